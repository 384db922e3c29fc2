import { kh2025 } from "../../../src/core/rules";
import {
  fieldLabel,
  matchHeader,
  normalizeHeader,
  withPlanHeaders,
} from "../../../src/core/vocab/headers";

function best(header: string) {
  return matchHeader(header)[0];
}

describe("header synonyms (spec/vocabulary.md, Header synonyms)", () => {
  it("normalises line breaks, column numbers and diacritics before matching", () => {
    expect(normalizeHeader("Họ và tên\n(1)")).toBe("ho va ten");
    expect(normalizeHeader("XẾP LOẠI (5)")).toBe("xep loai");
  });

  it("maps the spec's headers to their fields", () => {
    const cases: [string, string][] = [
      ["Họ và tên", "name"],
      ["HỌ VÀ TÊN", "name"],
      ["Tên tập thể/cá nhân", "name"],
      ["Họ đệm", "familyName"],
      ["Tên", "givenName"],
      ["Chức vụ/chức danh", "position"],
      ["Đơn vị công tác", "unit"],
      ["Tên tập thể", "unit"],
      ["Kết quả đánh giá, xếp loại", "rating"],
      ["Sáng kiến, đề tài", "initiative"],
      ["Hưởng ứng phong trào thi đua", "emulation"],
      ["Số, ngày QĐ kỷ luật", "disciplineDate"],
      ["Hình thức kỷ luật", "discipline"],
      ["Đơn vị cũ", "previousUnit"],
      ["Phân loại khen thưởng", "rowKind"],
      ["Ghi chú", "note"],
      ["Xếp loại tập thể", "unitRating"],
      ["Đoàn kết nội bộ", "solidarity"],
      ["Tổng số CBCCVC", "headcount"],
      ["Hình thức đề nghị", "proposed"],
      ["Tóm tắt thành tích", "achievement"],
    ];
    for (const [header, field] of cases) {
      expect([header, best(header)?.field]).toEqual([header, field]);
    }
  });

  it("lets the longest, most specific key win (Kỷ luật, văn hóa công sở is unitConduct, not discipline)", () => {
    expect(best("Kỷ luật, văn hóa công sở")?.field).toBe("unitConduct");
    expect(best("Ngày quyết định kỷ luật")?.field).toBe("disciplineDate");
    expect(best("Ngày quyết định kỷ luật")?.variant).toBe("date");
    expect(best("Số, ngày QĐ kỷ luật")?.variant).toBe("numberAndDate");
  });

  it("matches key words given in another order with a lower score", () => {
    const inOrder = best("Ngày quyết định kỷ luật");
    const reordered = best("Kỷ luật ngày quyết định");
    expect(reordered?.field).toBe("disciplineDate");
    expect(reordered!.score).toBeLessThan(inOrder!.score);
  });

  it("never takes the salutation column “Tên gọi (Ông/Bà/Chức danh)” for the name or the position", () => {
    expect(matchHeader("Tên gọi\n(Ông/Bà/Chức danh)")).toEqual([]);
  });

  it("never maps the add-in's own result block header", () => {
    expect(matchHeader("KẾT QUẢ RÀ SOÁT")).toEqual([]);
  });

  it("returns the year of a header so the reader can tell this year from history", () => {
    const m = best("Đánh giá, xếp loại CCVC năm 2025");
    expect(m?.field).toBe("rating");
    expect(m?.year).toBe(2025);
  });

  it("turns title-history headers with a year into history.<year>, with the title a mark stands for", () => {
    expect(best("Danh hiệu năm 2024")?.field).toBe("history.2024");
    const cstd = best("CSTĐCS 2023");
    expect(cstd?.field).toBe("history.2023");
    expect(cstd?.impliedTitle).toBe("CSTDCS");
    expect(matchHeader("Danh hiệu")).toEqual([]);
  });

  it("only takes “Tên” and “TT” alone as given name and STT, not inside longer headers", () => {
    expect(best("TT")?.field).toBe("stt");
    expect(best("Tên sáng kiến")?.field).toBe("initiative");
    expect(matchHeader("Tên sáng kiến").some((m) => m.field === "givenName")).toBe(false);
  });

  it("lists every field a header matches, the longest match first", () => {
    const all = matchHeader("Văn hóa công sở, Tinh thần trách nhiệm");
    expect(all.map((m) => m.field)).toEqual(["responsibility", "conduct"]);
  });

  it("reads the plan's criterion codes as headers (spec/workbook.md: “Tiêu chí thi đua” over “I1 … I6”), except I1 and C3, which need the rating", () => {
    withPlanHeaders(kh2025.headers, () => {
      expect(best("I3")?.field).toBe("responsibility");
      expect(best("I6")?.field).toBe("emulation");
      expect(best("C5")?.field).toBe("solidarity");
      expect(matchHeader("I1")).toEqual([]);
      expect(matchHeader("C3")).toEqual([]);
    });
  });

  it("knows a criterion's code only while its plan is in force: without a plan “I3” is no header", () => {
    expect(matchHeader("I3")).toEqual([]);
  });

  it("matches headers typed without diacritics", () => {
    expect(best("Ho va ten")?.field).toBe("name");
    expect(best("Xep loai chat luong")?.field).toBe("rating");
  });

  it("names a field by its usual header for messages, or by its id when it has none", () => {
    expect(fieldLabel("rating")).toBe("Kết quả đánh giá, xếp loại");
    expect(fieldLabel("givenName")).toBe("Tên");
    expect(fieldLabel("history.2024")).toBe("history.2024");
  });
});
