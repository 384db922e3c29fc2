import type { CellValue } from "../../../src/core/grid";
import { readWorkbook } from "../../../src/core/read";
import { book, person, PERSON_HEADER, settings, sheet, UNIT_HEADER } from "./grid-builder";

const NO_UNIT = null;

describe("data rows (spec/workbook.md, What comes in)", () => {
  it("takes a member's unit from the group row above it; the innermost (latest) group wins", () => {
    const wb = book(
      sheet(
        "Cá nhân",
        [
          PERSON_HEADER,
          ["I. VĂN PHÒNG SỞ"],
          person(1, "Nguyễn Văn An", NO_UNIT),
          ["II", "CÁC PHÒNG CHUYÊN MÔN"],
          [null, "2. Phòng Quản lý đất đai"],
          person(2, "Trần Thị Bình", NO_UNIT),
        ],
        { merges: ["A2:H2"] }
      )
    );
    const r = readWorkbook(wb, settings());
    expect(r.individuals.map((p) => [p.name, p.unit, p.unitKey, p.unitFrom])).toEqual([
      ["Nguyễn Văn An", "VĂN PHÒNG SỞ", "van phong so", "group"],
      ["Trần Thị Bình", "Phòng Quản lý đất đai", "phong quan ly dat dai", "group"],
    ]);
  });

  it("reads a numbered group row that carries a head count right of its name as a group, not a person", () => {
    const wb = book(
      sheet("Cá nhân", [
        PERSON_HEADER,
        ["II", "PHÒNG KẾ HOẠCH - TÀI CHÍNH", null, null, null, null, null, 12],
        person(1, "Nguyễn Văn An", NO_UNIT),
      ])
    );
    const r = readWorkbook(wb, settings());
    expect(r.individuals.map((p) => [p.name, p.unit])).toEqual([
      ["Nguyễn Văn An", "PHÒNG KẾ HOẠCH - TÀI CHÍNH"],
    ]);
  });

  it("puts members of a “Ban Giám đốc” / “Lãnh đạo Sở” group in the department itself", () => {
    const wb = book(
      sheet("Cá nhân", [
        PERSON_HEADER,
        ["A", "LÃNH ĐẠO SỞ"],
        person(1, "Lê Văn Cường", NO_UNIT),
        ["B", "Ban Giám đốc"],
        person(2, "Phạm Thị Dung", NO_UNIT),
      ])
    );
    const r = readWorkbook(wb, settings());
    for (const p of r.individuals) {
      expect([p.unitKey, p.unitFrom]).toEqual(["__department__", "department"]);
    }
  });

  it("lets a non-blank unit column win over the group row", () => {
    const wb = book(
      sheet("Cá nhân", [
        PERSON_HEADER,
        ["I", "VĂN PHÒNG SỞ"],
        person(1, "Nguyễn Văn An", "Thanh tra Sở"),
        person(2, "Trần Thị Bình", NO_UNIT),
      ])
    );
    const r = readWorkbook(wb, settings());
    expect(r.individuals.map((p) => [p.unit, p.unitFrom])).toEqual([
      ["Thanh tra Sở", "column"],
      ["VĂN PHÒNG SỞ", "group"],
    ]);
  });

  it("keeps a person with only a name as a person (not a group row) so evaluate can ask for the rest", () => {
    const wb = book(
      sheet("Cá nhân", [PERSON_HEADER, [1, "Nguyễn Văn An"], person(2, "Trần Thị Bình")])
    );
    const r = readWorkbook(wb, settings());
    expect(r.individuals.map((p) => p.name)).toEqual(["Nguyễn Văn An", "Trần Thị Bình"]);
  });

  it("skips subtotal rows beginning with Cộng, Tổng cộng or Tổng số, wherever that text stands", () => {
    const wb = book(
      sheet("Cá nhân", [
        PERSON_HEADER,
        person(1, "Nguyễn Văn An"),
        [null, "Cộng", null, null, 1],
        [null, null, "TỔNG CỘNG:", null, 1],
        ["Tổng số: 1 người"],
        person(2, "Công Thị Bình"),
      ])
    );
    const r = readWorkbook(wb, settings());
    expect(r.individuals.map((p) => p.name)).toEqual(["Nguyễn Văn An", "Công Thị Bình"]);
  });

  it("skips blank rows and rows with only an STT, and reads hidden or filtered rows", () => {
    const wb = book(
      sheet(
        "Cá nhân",
        [
          PERSON_HEADER,
          [],
          [7],
          ["  ", null],
          person(1, "Nguyễn Văn An"),
          person(2, "Trần Thị Bình"),
        ],
        { hiddenRows: [6] }
      )
    );
    const r = readWorkbook(wb, settings());
    expect(r.individuals.map((p) => p.row)).toEqual([5, 6]);
    expect(r.sheets[0].dataRows).toBe(2);
  });

  it("applies a merged data cell's first value to every cell of the merge", () => {
    const wb = book(
      sheet(
        "Cá nhân",
        [
          PERSON_HEADER,
          person(1, "Nguyễn Văn An", "Phòng Kế hoạch"),
          person(2, "Trần Thị Bình", null),
        ],
        { merges: ["D2:D3"] }
      )
    );
    const r = readWorkbook(wb, settings());
    expect(r.individuals[1].unit).toBe("Phòng Kế hoạch");
    // The cell is the row's own (D3), taking the value of the merge's first cell.
    expect(r.individuals[1].row).toBe(3);
    expect(r.individuals[1].cells.unit).toMatchObject({ col: 4, text: "Phòng Kế hoạch" });
  });

  it("warns about exact duplicate rows and keeps both (identity is the row, not the name)", () => {
    const wb = book(
      sheet("Cá nhân", [
        PERSON_HEADER,
        person(1, "Nguyễn Văn An"),
        person(2, "Nguyễn Văn An"),
        person(3, "Nguyễn Văn An", "Phòng Kế hoạch"),
      ])
    );
    const r = readWorkbook(wb, settings());
    expect(r.individuals).toHaveLength(3);
    const dups = r.problems.filter((p) => p.code === "DUPLICATE_ROW");
    expect(dups).toHaveLength(1);
    expect(dups[0]).toMatchObject({
      level: "warning",
      cell: "B3",
      msg: { params: { row: 3, firstRow: 2 } },
    });
  });

  it("compares rows as shown: a number and the same number typed as text are alike; moving text between cells is not", () => {
    const wb = book(
      sheet("Cá nhân", [
        [...PERSON_HEADER, "Ghi chú", "Ghi chú 2"],
        [...person(1, "Nguyễn Văn An"), 12, "ab"],
        [...person(2, "Nguyễn Văn An"), "12", "ab"],
        [...person(3, "Trần Thị Bình"), "ab", "c"],
        [...person(4, "Trần Thị Bình"), "a", "bc"],
      ])
    );
    const r = readWorkbook(wb, settings());
    const dups = r.problems.filter((p) => p.code === "DUPLICATE_ROW");
    expect(dups.map((p) => [p.msg.params?.row, p.msg.params?.firstRow])).toEqual([[3, 2]]);
  });

  it("names the first of several same-name rows that the duplicate copies, not merely the first with that name", () => {
    const wb = book(
      sheet("Cá nhân", [
        PERSON_HEADER,
        person(1, "Nguyễn Văn An", "Phòng Kế hoạch"),
        person(2, "Nguyễn Văn An"),
        person(3, "Lê Văn Cường"),
        person(4, "Nguyễn Văn An", "Phòng Kế hoạch", "HTXSNV"),
        person(5, "Nguyễn Văn An"),
        person(6, "Nguyễn Văn An", "Phòng Kế hoạch"),
        person(7, "Lê Văn Cường"),
      ])
    );
    const r = readWorkbook(wb, settings());
    expect(r.individuals).toHaveLength(7);
    const dups = r.problems.filter((p) => p.code === "DUPLICATE_ROW");
    expect(dups.map((p) => [p.msg.params?.row, p.msg.params?.firstRow])).toEqual([
      [6, 3],
      [7, 2],
      [8, 4],
    ]);
  });

  it("stops at the signature block under the table", () => {
    const wb = book(
      sheet("Cá nhân", [
        PERSON_HEADER,
        person(1, "Nguyễn Văn An"),
        [],
        [null, "Người lập biểu", null, null, "GIÁM ĐỐC"],
        [null, "Lê Thị Cúc", null, null, "Nguyễn Văn Dũng"],
      ])
    );
    expect(readWorkbook(wb, settings()).individuals.map((p) => p.name)).toEqual(["Nguyễn Văn An"]);
  });

  it("keeps a rated row without a name and reports the missing name", () => {
    const wb = book(
      sheet("Cá nhân", [PERSON_HEADER, [1, null, "Chuyên viên", "Phòng X", "HTTNV"]])
    );
    const r = readWorkbook(wb, settings());
    expect(r.individuals).toHaveLength(1);
    expect(r.problems.find((p) => p.code === "MISSING_NAME")).toMatchObject({ cell: "B2" });
  });
});

describe("units sheet rows", () => {
  it("marks the department's own row (Sở …, Ban Giám đốc, Lãnh đạo Sở) but not Văn phòng Sở or Cơ quan Sở", () => {
    const wb = book(
      sheet("Tập thể", [
        UNIT_HEADER,
        [1, "Sở Nông nghiệp và Môi trường", "HTXSNV", 60],
        [2, "Văn phòng Sở", "HTTNV", 12],
        [3, "Cơ quan Sở", "HTTNV", 30],
        [4, "Ban Giám đốc", "HTTNV", 4],
        [5, "Phòng Quản lý đất đai", "HTTNV", 14],
      ])
    );
    const r = readWorkbook(wb, settings());
    expect(r.sheets[0].role).toBe("units");
    expect(r.units.map((u) => [u.unit, u.isDepartment, u.unitKey])).toEqual([
      ["Sở Nông nghiệp và Môi trường", true, "__department__"],
      ["Văn phòng Sở", false, "van phong so"],
      ["Cơ quan Sở", false, "co quan so"],
      ["Ban Giám đốc", true, "__department__"],
      ["Phòng Quản lý đất đai", false, "phong quan ly dat dai"],
    ]);
    expect(r.sheets[0].mapping.unitRating?.columns).toEqual(["C"]);
    expect(r.sheets[0].mapping.rating).toBeUndefined();
    expect(r.units[0].cells.headcount?.value).toBe(60);
  });

  it("keeps an unrated unit row as a unit, and skips a Roman-numbered group row", () => {
    const wb = book(
      sheet("Tập thể", [
        UNIT_HEADER,
        ["I", "KHỐI VĂN PHÒNG"],
        [1, "Phòng Kế hoạch"],
        [2, "Phòng Quản lý đất đai", "HTTNV"],
      ])
    );
    expect(readWorkbook(wb, settings()).units.map((u) => u.unit)).toEqual([
      "Phòng Kế hoạch",
      "Phòng Quản lý đất đai",
    ]);
  });
});

describe("mixed sheets (spec/criteria.md §5.5)", () => {
  const header: CellValue[] = [
    "STT",
    "Tên tập thể/cá nhân",
    "Phân loại khen thưởng",
    "Xếp loại",
    "Hình thức đề nghị",
  ];

  it("splits rows by the row-kind column: CANHAN individuals, TAPTHE units, HOGIADINH ignored with a note", () => {
    const wb = book(
      sheet("Đề nghị", [
        header,
        [1, "Nguyễn Văn An", "CANHAN", "HTTNV", "LĐTT"],
        [2, "Phòng Quản lý đất đai", "Khen thưởng tập thể", "HTXSNV", "TTLĐXS"],
        [3, "Hộ ông Nguyễn Văn Ba", "HOGIADINH", null, "Giấy khen"],
        [4, "Trần Thị Bình", "Cá nhân", "HTXSNV", "CSTĐCS"],
      ])
    );
    const r = readWorkbook(wb, settings());
    expect(r.sheets[0].role).toBe("mixed");
    expect(r.individuals.map((p) => [p.name, p.order])).toEqual([
      ["Nguyễn Văn An", 0],
      ["Trần Thị Bình", 1],
    ]);
    expect(r.units.map((u) => u.unit)).toEqual(["Phòng Quản lý đất đai"]);
    expect(r.units[0].cells.unitRating?.text).toBe("HTXSNV");
    expect(r.problems.find((p) => p.code === "HOUSEHOLD_ROW")).toMatchObject({
      level: "info",
      cell: "C4",
    });
  });

  it("reports a row whose kind cannot be told", () => {
    const wb = book(sheet("Đề nghị", [header, [1, "Nguyễn Văn An", "???", "HTTNV"]]));
    const r = readWorkbook(wb, settings());
    expect(r.individuals).toEqual([]);
    expect(r.problems.find((p) => p.code === "ROW_KIND_UNKNOWN")).toMatchObject({
      level: "warning",
      cell: "C2",
    });
  });
});
