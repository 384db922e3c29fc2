import { paneEn, paneVi, translator, type PaneKey } from "../../src/taskpane/i18n";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the pane's catalogue", () => {
  const keys = Object.keys(paneVi) as PaneKey[];

  it("has the same keys in Vietnamese and English", () => {
    expect(Object.keys(paneEn).sort()).toEqual([...keys].sort());
  });

  it("has no empty text in either language", () => {
    for (const k of keys) {
      expect(paneVi[k].trim()).not.toBe("");
      expect(paneEn[k].trim()).not.toBe("");
    }
  });

  it("uses the same placeholders in both languages", () => {
    for (const k of keys)
      expect([k, placeholders(paneEn[k])]).toEqual([k, placeholders(paneVi[k])]);
  });

  it("writes Vietnamese with its diacritics (composed, NFC)", () => {
    for (const k of keys) expect(paneVi[k]).toBe(paneVi[k].normalize("NFC"));
    expect(paneVi["step.sheets"]).toBe("Bảng dữ liệu");
    expect(paneVi["results.filterRows"]).toBe("Lọc dòng cần xem");
    expect(paneVi["results.writeSummary"]).toBe("Ghi bảng đề xuất");
    expect(paneVi["results.clear"]).toBe("Xóa đánh dấu");
  });

  it("fills placeholders in the chosen language", () => {
    expect(translator("vi")("results.findings", { count: 3 })).toBe("Phát hiện (3)");
    expect(translator("en")("results.findings", { count: 3 })).toBe("Findings (3)");
  });
});
