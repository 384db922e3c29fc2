import { highestTitle, parseTitles } from "../../../src/core/vocab/titles";
import type { TitleCode } from "../../../src/core/vocab/codes";

const codes = (v: string, subject: "individual" | "unit" = "individual") => {
  const r = parseTitles(v, subject);
  if (r.kind !== "ok") throw new Error(`not ok: ${JSON.stringify(r)}`);
  return r.value;
};

describe("parseTitles (spec/vocabulary.md, titles and awards)", () => {
  it.each([
    ["LDTT", ["Lao động tiên tiến", "LĐTT", "LDTT", "L.Đ.T.T"]],
    [
      "CSTDCS",
      ["Chiến sĩ thi đua cơ sở", "Chiến sỹ thi đua cơ sở", "CSTĐCS", "CSTĐ cơ sở", "CSTDCS"],
    ],
    [
      "CSTD_TINH",
      ["Chiến sĩ thi đua cấp tỉnh", "CSTĐ tỉnh", "CSTĐ cấp tỉnh", "Chiến sĩ thi đua thành phố"],
    ],
    [
      "BK_TINH",
      ["Bằng khen UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh", "BK tỉnh", "BKUBND", "Bằng khen"],
    ],
    ["GK", ["Giấy khen", "Giấy khen Giám đốc Sở", "GK"]],
    ["TTLDTT", ["Tập thể lao động tiên tiến", "TTLĐTT", "TTLDTT"]],
    ["TTLDXS", ["Tập thể lao động xuất sắc", "TTLĐXS", "TTLDXS"]],
  ] as [TitleCode, string[]][])("reads every accepted form of %s", (code, forms) => {
    for (const f of forms) expect(codes(f)).toEqual({ codes: [code], outside: [] });
  });

  it("reads “Giấy khen” as GK for an individual and GK_TT for a unit", () => {
    expect(codes("Giấy khen", "individual").codes).toEqual(["GK"]);
    expect(codes("Giấy khen", "unit").codes).toEqual(["GK_TT"]);
  });

  it("reads several titles in one cell, separated by commas, plus signs, semicolons or line breaks", () => {
    expect(codes("LĐTT, CSTĐCS").codes).toEqual(["LDTT", "CSTDCS"]);
    expect(codes("LĐTT + GK").codes).toEqual(["LDTT", "GK"]);
    expect(
      codes("Lao động tiên tiến;\nChiến sĩ thi đua cơ sở\n- Bằng khen UBND tỉnh").codes
    ).toEqual(["LDTT", "CSTDCS", "BK_TINH"]);
  });

  it("keeps awards outside this rule set, as the clerk wrote them", () => {
    expect(codes("LĐTT, Bằng khen của Bộ trưởng Bộ Nông nghiệp và Môi trường")).toEqual({
      codes: ["LDTT"],
      outside: ["Bằng khen của Bộ trưởng Bộ Nông nghiệp và Môi trường"],
    });
    expect(codes("Cờ thi đua của UBND tỉnh").outside).toEqual(["Cờ thi đua của UBND tỉnh"]);
    expect(codes("Huân chương Lao động hạng Ba").outside).toEqual(["Huân chương Lao động hạng Ba"]);
    expect(codes("Chiến sĩ thi đua toàn quốc")).toEqual({
      codes: [],
      outside: ["Chiến sĩ thi đua toàn quốc"],
    });
    expect(codes("Bằng khen Thủ tướng Chính phủ").codes).toEqual([]);
  });

  it("reads legacy-encoded and diacritic-free titles", () => {
    expect(codes("Lao ®éng tiªn tiÕn").codes).toEqual(["LDTT"]);
    expect(codes("Lao ñoäng tieân tieán").codes).toEqual(["LDTT"]);
    expect(codes("lao dong tien tien").codes).toEqual(["LDTT"]);
  });

  it("reads “Không” and “-” as no title, a blank as blank and unrecognised text as unknown", () => {
    expect(codes("Không")).toEqual({ codes: [], outside: [] });
    expect(codes("-")).toEqual({ codes: [], outside: [] });
    expect(parseTitles(null, "individual")).toEqual({ kind: "blank" });
    expect(parseTitles("Đề nghị xem xét", "individual")).toEqual({
      kind: "unknown",
      text: "Đề nghị xem xét",
    });
    expect(parseTitles({ error: "#N/A" }, "unit")).toEqual({ kind: "error", error: "#N/A" });
  });
});

describe("highestTitle", () => {
  it("returns the highest danh hiệu: CSTD_TINH > CSTDCS > LDTT; TTLDXS > TTLDTT", () => {
    expect(highestTitle(["LDTT", "CSTDCS"])).toBe("CSTDCS");
    expect(highestTitle(["CSTDCS", "CSTD_TINH", "LDTT"])).toBe("CSTD_TINH");
    expect(highestTitle(["TTLDTT", "TTLDXS"])).toBe("TTLDXS");
    expect(highestTitle(["LDTT", "BK_TINH"])).toBe("LDTT");
  });

  it("returns null when no danh hiệu is listed (Bằng khen and Giấy khen are not danh hiệu)", () => {
    expect(highestTitle(["BK_TINH", "GK"])).toBeNull();
    expect(highestTitle([])).toBeNull();
  });
});
