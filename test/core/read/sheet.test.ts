import { readWorkbook } from "../../../src/core/read";
import { kh2025 } from "../../../src/core/rules";
import { withPlanHeaders } from "../../../src/core/vocab/headers";
import { book, person, PERSON_HEADER, settings, sheet, UNIT_HEADER } from "./grid-builder";

describe("sheet roles (spec/vocabulary.md, Header synonyms; spec/workbook.md)", () => {
  it("recognises sheets by their headers, not their names", () => {
    const wb = book(
      sheet("Sheet1", [PERSON_HEADER, person(1, "Nguyễn Văn An")]),
      sheet("Tập thể", [["Ghi chú"], ["Trang này để trống"]]),
      sheet("Sheet3", [UNIT_HEADER, [1, "Phòng Quản lý đất đai", "HTTNV", 1]])
    );
    const r = readWorkbook(wb, settings());
    expect(r.sheets.map((s) => s.role)).toEqual(["individuals", "ignored", "units"]);
    expect(r.sheets[1].ignoredBecause).toBe("SHEET_NO_HEADER");
  });

  it("ignores lookup sheets (DANHMUC, HTKT) and says so", () => {
    const wb = book(
      sheet("Cá nhân", [PERSON_HEADER, person(1, "Nguyễn Văn An")]),
      sheet("DANHMUC", [
        ["Mã", "Tên hình thức khen thưởng"],
        ["LDTT", "Lao động tiên tiến"],
      ]),
      sheet("HTKT", [["Mã"], ["CSTDCS"]])
    );
    const r = readWorkbook(wb, settings());
    expect(r.sheets.slice(1).map((s) => [s.role, s.ignoredBecause])).toEqual([
      ["ignored", "SHEET_LOOKUP"],
      ["ignored", "SHEET_LOOKUP"],
    ]);
  });

  it("ignores a history sheet that holds only earlier years", () => {
    const wb = book(
      sheet("Cá nhân", [PERSON_HEADER, person(1, "Nguyễn Văn An")]),
      sheet("Lịch sử", [
        ["Họ và tên", "Danh hiệu năm 2023", "Danh hiệu năm 2024"],
        ["Nguyễn Văn An", "LĐTT", "CSTĐCS"],
      ])
    );
    const r = readWorkbook(wb, settings());
    expect(r.sheets[1]).toMatchObject({ role: "ignored", ignoredBecause: "SHEET_HISTORY" });
    expect(r.individuals).toHaveLength(1);
  });

  it("ignores chart sheets and the add-in's own sheets (recognised by their stamp, not their name)", () => {
    const stamp = JSON.stringify({ app: "thidua", kind: "summary", version: 1, hash: "abc" });
    const wb = book(
      sheet("Biểu đồ", [], { kind: "chartsheet" }),
      sheet("Đề xuất khen thưởng", [PERSON_HEADER, person(1, "Nguyễn Văn An")], { stamp }),
      sheet("Đề xuất khen thưởng (2)", [PERSON_HEADER, person(1, "Trần Thị Bình")], {
        stamp: "not json",
      })
    );
    const r = readWorkbook(wb, settings());
    expect(r.sheets.map((s) => [s.role, s.ignoredBecause])).toEqual([
      ["ignored", "SHEET_CHART"],
      ["ignored", "ADDIN_SHEET"],
      ["individuals", undefined],
    ]);
    expect(r.individuals.map((p) => p.name)).toEqual(["Trần Thị Bình"]);
  });

  it("refuses a proposal list without a rating column, listing the columns found and what each missing column would allow", () => {
    const wb = book(
      sheet("Danh sách đề nghị", [
        ["STT", "Họ và tên", "Đơn vị", "Hình thức đề nghị"],
        [1, "Nguyễn Văn An", "Phòng Quản lý đất đai", "CSTĐCS"],
      ])
    );
    const r = withPlanHeaders(kh2025.headers, () => readWorkbook(wb, settings()));
    expect(r.sheets[0]).toMatchObject({ role: "ignored", ignoredBecause: "NO_RATING_COLUMN" });
    const p = r.problems.find((x) => x.code === "NO_RATING_COLUMN");
    expect(p?.level).toBe("error");
    expect(p?.msg.params?.columns).toBe(
      "A “STT”, B “Họ và tên”, C “Đơn vị”, D “Hình thức đề nghị”"
    );
    // The plan in force names each missing column by its header and what it allows, in the clerk's words.
    const missing = String(p?.msg.params?.missingVi);
    expect(missing).toContain("“Xếp loại” (Xếp loại, Xếp loại xuất sắc)");
    expect(missing).toContain("“Sáng kiến, đề tài” (Sáng kiến)");
    expect(missing).toContain("“Tinh thần trách nhiệm” (Tinh thần trách nhiệm)");
    expect(missing).not.toMatch(/\b(I[0-9]|C[0-9]|SERVICE|PENDING)\b/);
    expect(r.problems.some((x) => x.code === "NO_DATA_SHEET" && x.level === "error")).toBe(true);
  });

  it("lets the clerk's mapping of a rating column make a proposal list checkable", () => {
    const wb = book(
      sheet("Danh sách đề nghị", [
        ["Họ và tên", "Kết quả", "Hình thức đề nghị"],
        ["Nguyễn Văn An", "HTTNV", "LĐTT"],
      ])
    );
    const r = readWorkbook(wb, settings({ mapping: { "Danh sách đề nghị": { rating: ["B"] } } }));
    expect(r.sheets[0].role).toBe("individuals");
    expect(r.individuals[0].cells.rating?.text).toBe("HTTNV");
  });

  it("reads a protected sheet and warns how to unprotect it (spec/criteria.md §5.7)", () => {
    const wb = book(
      sheet("Cá nhân", [PERSON_HEADER, person(1, "Nguyễn Văn An")], { protected: true })
    );
    const r = readWorkbook(wb, settings());
    expect(r.sheets[0].protected).toBe(true);
    expect(r.individuals).toHaveLength(1);
    const p = r.problems.find((x) => x.code === "PROTECTED_SHEET");
    expect(p).toMatchObject({ level: "warning", sheet: "Cá nhân" });
  });

  it("reports an empty sheet and a header-only sheet as problems, never an exception", () => {
    const wb = book(
      sheet("Trống", []),
      sheet("Chỉ tiêu đề", [PERSON_HEADER]),
      sheet("Rỗng", [[null, "  "]])
    );
    const r = readWorkbook(wb, settings());
    expect(r.sheets.map((s) => [s.role, s.ignoredBecause ?? null, s.dataRows])).toEqual([
      ["ignored", "SHEET_EMPTY", 0],
      ["individuals", null, 0],
      ["ignored", "SHEET_EMPTY", 0],
    ]);
    expect(r.problems.find((p) => p.code === "NO_DATA_ROWS")).toMatchObject({
      level: "warning",
      sheet: "Chỉ tiêu đề",
    });
    expect(r.problems.find((p) => p.code === "NO_DATA_SHEET")).toMatchObject({
      level: "error",
      sheet: null,
    });
  });

  it("reports an empty workbook as nothing to check", () => {
    const r = readWorkbook(book(), settings());
    expect(r.sheets).toEqual([]);
    expect(r.problems.map((p) => p.code)).toEqual(["NO_DATA_SHEET"]);
  });

  it("finds the old result block by its stamp when the marker header is missing", () => {
    const blockStamp = JSON.stringify({
      app: "thidua",
      kind: "block",
      version: 1,
      firstCol: 9,
      lastCol: 10,
      firstRow: 1,
      lastRow: 2,
      flagCols: [10],
    });
    const wb = book(
      sheet(
        "Cá nhân",
        [[...PERSON_HEADER, "Đơn vị", "Ghi chú"], person(1, "Nguyễn Văn An").concat(["X", "Y"])],
        { blockStamp }
      )
    );
    const s = readWorkbook(wb, settings()).sheets[0];
    expect(s.resultBlock).toEqual({ firstCol: 9, lastCol: 10 });
    expect(s.lastOfficeCol).toBe(8);
    expect(s.mapping.note).toBeUndefined();
  });
});
