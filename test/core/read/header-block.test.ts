import { a1 } from "../../../src/core/address";
import { readWorkbook } from "../../../src/core/read";
import { kh2025 } from "../../../src/core/rules";
import { withPlanHeaders } from "../../../src/core/vocab/headers";
import { PERSON_HEADER, book, person, settings, sheet } from "./grid-builder";

describe("header detection (spec/workbook.md, What comes in)", () => {
  it("skips title rows and a form label above the header", () => {
    const wb = book(
      sheet(
        "Cá nhân",
        [
          ["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", null, null, null, "Mẫu số 02"],
          ["Tỉnh: Cần Thơ"],
          ["BẢNG TỔNG HỢP KẾT QUẢ BÌNH XÉT THI ĐUA NĂM 2025"],
          [],
          PERSON_HEADER,
          person(1, "Nguyễn Văn An"),
          person(2, "Trần Thị Bình"),
        ],
        { merges: ["A3:H3"] }
      )
    );
    const r = readWorkbook(wb, settings());
    expect(r.sheets[0].role).toBe("individuals");
    expect(r.sheets[0].headerRows).toEqual([5]);
    expect(r.sheets[0].firstDataRow).toBe(6);
    expect(r.individuals.map((p) => p.name)).toEqual(["Nguyễn Văn An", "Trần Thị Bình"]);
  });

  it("joins a two-row header with merged cells: a parent merged over its children, names merged down", () => {
    const wb = book(
      sheet(
        "Bình xét",
        [
          ["STT", "Họ và tên", "Tiêu chí thi đua", null, null, "Xếp loại"],
          [null, null, "Tinh thần trách nhiệm", "Chấp hành phân công", "Văn hóa công sở", null],
          [1, "Nguyễn Văn An", "x", "x", "x", "HTTNV"],
        ],
        { merges: ["A1:A2", "B1:B2", "C1:E1", "F1:F2"] }
      )
    );
    const s = readWorkbook(wb, settings()).sheets[0];
    expect(s.headerRows).toEqual([1, 2]);
    expect(s.mapping.name?.columns).toEqual(["B"]);
    expect(s.mapping.responsibility?.columns).toEqual(["C"]);
    expect(s.mapping.assignment?.columns).toEqual(["D"]);
    expect(s.mapping.conduct?.columns).toEqual(["E"]);
    expect(s.mapping.rating?.columns).toEqual(["F"]);
    expect(s.headers.find((h) => h.col === "C")?.header).toBe(
      "Tiêu chí thi đua Tinh thần trách nhiệm"
    );
  });

  it("maps criterion codes under “Tiêu chí thi đua” (I2 … I6) to their mark columns", () => {
    const wb = book(
      sheet(
        "Bình xét",
        [
          ["STT", "Họ và tên", "Xếp loại", "Tiêu chí thi đua", null, null],
          [null, null, null, "I3", "I4", "I6"],
          [1, "Lê Thị Cúc", "HTTNV", "x", "x", ""],
        ],
        { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:F1"] }
      )
    );
    // The codes are the plan's: its rule set brings them to the vocabulary.
    const s = withPlanHeaders(kh2025.headers, () => readWorkbook(wb, settings())).sheets[0];
    expect(s.headerRows).toEqual([1, 2]);
    expect([
      s.mapping.responsibility?.columns,
      s.mapping.assignment?.columns,
      s.mapping.emulation?.columns,
    ]).toEqual([["D"], ["E"], ["F"]]);
  });

  it("reads a three-row header and the numbering row (1) (2) (3) under it as header, not data", () => {
    const wb = book(
      sheet(
        "Cá nhân",
        [
          ["STT", "Họ và tên", "Kết quả", null, null],
          [null, null, "Đánh giá, xếp loại", "Sáng kiến", null],
          [null, null, "Năm 2025", "Tên sáng kiến", "Cấp công nhận"],
          ["(1)", "(2)", "(3)", "(4)", "(5)"],
          [1, "Nguyễn Văn An", "HTXSNV", "Số hóa hồ sơ", "cơ sở"],
        ],
        { merges: ["A1:A3", "B1:B3", "C1:E1", "D2:E2"] }
      )
    );
    const r = readWorkbook(wb, settings());
    const s = r.sheets[0];
    expect(s.headerRows).toEqual([1, 2, 3]);
    expect(s.firstDataRow).toBe(5);
    expect(s.mapping.rating?.columns).toEqual(["C"]);
    expect(s.mapping.initiative?.columns).toEqual(["D"]);
    expect(s.mapping.initiativeLevel?.columns).toEqual(["E"]);
    expect(r.individuals).toHaveLength(1);
  });

  it("skips a plain 1 2 3 numbering row under the header: it is not data", () => {
    const wb = book(
      sheet("Cá nhân", [PERSON_HEADER, [1, 2, 3, 4, 5, 6, 7, 8], person(1, "Nguyễn Văn An")])
    );
    const r = readWorkbook(wb, settings());
    expect(r.sheets[0].firstDataRow).toBe(3);
    expect(r.individuals.map((p) => p.row)).toEqual([3]);
  });

  it("removes line breaks and column numbers inside header cells and reads upper-case headers", () => {
    const wb = book(
      sheet("Cá nhân", [
        ["STT", "HỌ VÀ TÊN\n(1)", "CHỨC VỤ\n(2)", "XẾP LOẠI\n(3)"],
        [1, "NGUYỄN VĂN AN", "Chuyên viên", "HTTNV"],
      ])
    );
    const s = readWorkbook(wb, settings()).sheets[0];
    expect(s.mapping.name?.columns).toEqual(["B"]);
    expect(s.mapping.position?.columns).toEqual(["C"]);
    expect(s.mapping.rating?.columns).toEqual(["D"]);
  });

  it("finds a header as low as row 30", () => {
    const above = Array.from({ length: 29 }, (_, i) => [i === 0 ? "Hướng dẫn nhập liệu" : null]);
    const wb = book(sheet("Cá nhân", [...above, PERSON_HEADER, person(1, "Nguyễn Văn An")]));
    const r = readWorkbook(wb, settings());
    expect(r.sheets[0].headerRows).toEqual([30]);
    expect(r.individuals[0].row).toBe(31);
  });

  it("reads a used range that does not start at A1", () => {
    const wb = book(sheet("Cá nhân", [PERSON_HEADER, person(1, "Nguyễn Văn An")], { at: "C4" }));
    const r = readWorkbook(wb, settings());
    expect(r.sheets[0].mapping.name?.columns).toEqual(["D"]);
    expect(r.individuals[0]).toMatchObject({ row: 5, name: "Nguyễn Văn An" });
    expect(a1(r.individuals[0].row, r.individuals[0].cells.rating?.col ?? 0)).toBe("G5");
  });

  it("takes “Tên gọi (Ông/Bà/Chức danh)” as a salutation, never as the name", () => {
    const wb = book(
      sheet("Cá nhân", [
        ["STT", "Tên gọi\n(Ông/Bà/Chức danh)", "Họ và tên", "Xếp loại"],
        [1, "Ông", "Nguyễn Văn An", "HTTNV"],
      ])
    );
    const r = readWorkbook(wb, settings());
    expect(r.sheets[0].mapping.name?.columns).toEqual(["C"]);
    expect(r.sheets[0].mapping.position).toBeUndefined();
    expect(r.individuals[0].name).toBe("Nguyễn Văn An");
  });

  it("reads a name split into Họ đệm and Tên under a merged “Họ và tên” and joins it", () => {
    const wb = book(
      sheet(
        "Cá nhân",
        [
          ["STT", "Họ và tên", null, "Xếp loại"],
          [null, "Họ đệm", "Tên", null],
          [1, "Nguyễn Văn", "An", "HTTNV"],
        ],
        { merges: ["A1:A2", "B1:C1", "D1:D2"] }
      )
    );
    const r = readWorkbook(wb, settings());
    const s = r.sheets[0];
    expect(s.mapping.familyName?.columns).toEqual(["B"]);
    expect(s.mapping.givenName?.columns).toEqual(["C"]);
    expect(r.individuals[0].name).toBe("Nguyễn Văn An");
  });

  it("reads “Họ và tên” merged over two unlabelled columns as family and given name", () => {
    const wb = book(
      sheet(
        "Cá nhân",
        [
          ["STT", "Họ và tên", null, "Xếp loại"],
          [1, "Nguyễn Văn", "An", "HTTNV"],
        ],
        { merges: ["B1:C1"] }
      )
    );
    const r = readWorkbook(wb, settings());
    expect(r.sheets[0].mapping.familyName?.columns).toEqual(["B"]);
    expect(r.sheets[0].mapping.givenName?.columns).toEqual(["C"]);
    expect(r.individuals[0].name).toBe("Nguyễn Văn An");
    expect(r.problems.filter((p) => p.code === "MAPPING_AMBIGUOUS")).toEqual([]);
  });

  it("never maps the add-in's previous result block and stops the office's columns before it", () => {
    const wb = book(
      sheet(
        "Cá nhân",
        [
          [...PERSON_HEADER, "KẾT QUẢ RÀ SOÁT", null, null],
          [null, null, null, null, null, null, null, null, "Đơn vị", "Kết quả", "Ghi chú rà soát"],
          person(1, "Nguyễn Văn An").concat(["Phòng X", "✓ Đủ điều kiện", ""]),
        ],
        { merges: ["I1:K1"] }
      )
    );
    const s = readWorkbook(wb, settings()).sheets[0];
    expect(s.resultBlock).toEqual({ firstCol: 9, lastCol: 11 });
    expect(s.lastOfficeCol).toBe(8);
    expect(s.mapping.unit?.columns).toEqual(["D"]);
    expect(s.mapping.note).toBeUndefined();
    expect(s.headers.map((h) => h.col)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"]);
  });

  it("lists every office column's joined header for the pane's dropdowns, blank ones too", () => {
    const wb = book(
      sheet("Cá nhân", [
        ["STT", "Họ và tên", "Xếp loại", null, "Cột riêng của đơn vị"],
        [1, "Nguyễn Văn An", "HTTNV", null, "abc"],
      ])
    );
    expect(readWorkbook(wb, settings()).sheets[0].headers).toEqual([
      { col: "A", header: "STT" },
      { col: "B", header: "Họ và tên" },
      { col: "C", header: "Xếp loại" },
      { col: "D", header: "" },
      { col: "E", header: "Cột riêng của đơn vị" },
    ]);
  });
});
