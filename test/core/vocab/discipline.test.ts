import { disciplineAtLeast, parseDiscipline } from "../../../src/core/vocab/discipline";
import type { DisciplineCode } from "../../../src/core/vocab/codes";
import { parseMark } from "../../../src/core/vocab/marks";

describe("parseDiscipline (spec/vocabulary.md, discipline)", () => {
  it.each([
    ["KHIEN_TRACH", ["Khiển trách", "KT", "khien trach"]],
    ["CANH_CAO", ["Cảnh cáo", "CC", "cảnh cáo"]],
    ["HA_BAC_LUONG", ["Hạ bậc lương", "hạ 1 bậc lương", "HBL"]],
    ["GIANG_CHUC", ["Giáng chức", "GC"]],
    ["CACH_CHUC", ["Cách chức"]],
    ["BUOC_THOI_VIEC", ["Buộc thôi việc", "BTV", "Bãi nhiệm", "Khai trừ", "Khai trừ Đảng"]],
  ] as [DisciplineCode, string[]][])("reads every accepted form of %s", (code, forms) => {
    for (const f of forms) expect(parseDiscipline(f)).toEqual({ kind: "ok", value: code });
  });

  it("leaves an invalid date in a yes/no column unknown instead of throwing", () => {
    expect(parseMark(new Date(NaN))).toEqual({ kind: "unknown", text: "" });
    expect(parseMark(new Date(Date.UTC(2025, 0, 2)))).toEqual({
      kind: "unknown",
      text: "2025-01-02",
    });
  });

  it("reads “CC” as cảnh cáo in a discipline column, while parseMark leaves “CC” unknown (công chức)", () => {
    expect(parseDiscipline("CC")).toEqual({ kind: "ok", value: "CANH_CAO" });
    expect(parseMark("CC")).toEqual({ kind: "unknown", text: "CC" });
  });

  it("reads a form followed by its decision reference", () => {
    expect(parseDiscipline("Khiển trách (QĐ số 12/QĐ-SNN ngày 05/3/2025)")).toEqual({
      kind: "ok",
      value: "KHIEN_TRACH",
    });
    expect(parseDiscipline("Cảnh cáo theo Quyết định số 45/QĐ-SNN")).toEqual({
      kind: "ok",
      value: "CANH_CAO",
    });
  });

  it.each(["Không", "-", "0", "Không có", "không", "KHÔNG CÓ"])(
    "reads %p as no discipline",
    (v) => {
      expect(parseDiscipline(v)).toEqual({ kind: "ok", value: null });
    }
  );

  it("reads the number 0 and FALSE as no discipline and a blank cell as blank", () => {
    expect(parseDiscipline(0)).toEqual({ kind: "ok", value: null });
    expect(parseDiscipline(false)).toEqual({ kind: "ok", value: null });
    expect(parseDiscipline(null)).toEqual({ kind: "blank" });
    expect(parseDiscipline(" ")).toEqual({ kind: "blank" });
  });

  it.each(["Nhắc nhở", "Phê bình", "Kiểm điểm rút kinh nghiệm", "Xử phạt hành chính"])(
    "reads %p as not discipline, with the note DISCIPLINE_NOT_COUNTED",
    (v) => {
      expect(parseDiscipline(v)).toEqual({
        kind: "ok",
        value: null,
        note: "DISCIPLINE_NOT_COUNTED",
      });
    }
  );

  it("leaves unrecognised text unknown and formula errors as errors", () => {
    expect(parseDiscipline("Đang xem xét")).toEqual({ kind: "unknown", text: "Đang xem xét" });
    expect(parseDiscipline(3)).toEqual({ kind: "unknown", text: "3" });
    expect(parseDiscipline({ error: "#REF!" })).toEqual({ kind: "error", error: "#REF!" });
  });
});

describe("disciplineAtLeast (increasing severity)", () => {
  it("compares by severity", () => {
    expect(disciplineAtLeast("CANH_CAO", "KHIEN_TRACH")).toBe(true);
    expect(disciplineAtLeast("CANH_CAO", "CANH_CAO")).toBe(true);
    expect(disciplineAtLeast("KHIEN_TRACH", "CANH_CAO")).toBe(false);
    expect(disciplineAtLeast("BUOC_THOI_VIEC", "HA_BAC_LUONG")).toBe(true);
  });
});
