import { defaultSettings } from "../../../src/core/settings-defaults";
import { parseRating, ratingAtLeast } from "../../../src/core/vocab/ratings";
import type { RatingCode } from "../../../src/core/vocab/codes";

const bands = defaultSettings()["rating.scoreBands"];
const ok = (value: RatingCode) => ({ kind: "ok", value });

describe("parseRating (spec/vocabulary.md, rating levels)", () => {
  it.each([
    [
      "HTXSNV",
      [
        "Hoàn thành xuất sắc nhiệm vụ",
        "HTXSNV",
        "HTXS NV",
        "HTXS",
        "HT xuất sắc NV",
        "Hoàn thành xuất sắc",
        "Xuất sắc",
        "XS",
      ],
    ],
    [
      "HTTNV",
      ["Hoàn thành tốt nhiệm vụ", "HTTNV", "HTT NV", "HTT", "HT tốt NV", "Hoàn thành tốt", "Tốt"],
    ],
    ["HTNV", ["Hoàn thành nhiệm vụ", "HTNV", "HT NV", "HT", "Hoàn thành"]],
    [
      "KHTNV",
      ["Không hoàn thành nhiệm vụ", "KHTNV", "KHT NV", "KHT", "Không hoàn thành", "Không HTNV"],
    ],
  ] as [RatingCode, string[]][])("reads every accepted form of %s", (code, forms) => {
    for (const f of forms) {
      expect(parseRating(f, bands)).toEqual(ok(code));
      expect(parseRating(f.toUpperCase(), bands)).toEqual(ok(code));
      expect(parseRating(f.toLowerCase(), bands)).toEqual(ok(code));
    }
  });

  it("reads “Không hoàn thành nhiệm vụ” as KHTNV, not HTNV (negative forms first)", () => {
    expect(parseRating("Không hoàn thành nhiệm vụ", bands)).toEqual(ok("KHTNV"));
    expect(parseRating("Không hoàn thành nhiệm vụ được giao", bands)).toEqual(ok("KHTNV"));
  });

  it("reads “Hoàn thành tốt NV” and “Hoàn thành tốt nhiệm vụ được giao” as HTTNV", () => {
    expect(parseRating("Hoàn thành tốt NV", bands)).toEqual(ok("HTTNV"));
    expect(parseRating("Hoàn thành tốt nhiệm vụ được giao", bands)).toEqual(ok("HTTNV"));
    expect(parseRating("Hoàn thành tốt nhiệm vụ được giao năm 2025.", bands)).toEqual(ok("HTTNV"));
  });

  it("reads abbreviations typed with dots or spaces: H.T.T.N.V, HTT NV, H T X S", () => {
    expect(parseRating("H.T.T.N.V", bands)).toEqual(ok("HTTNV"));
    expect(parseRating("h.t.x.s.n.v.", bands)).toEqual(ok("HTXSNV"));
    expect(parseRating("HTT NV", bands)).toEqual(ok("HTTNV"));
    expect(parseRating("H T X S", bands)).toEqual(ok("HTXSNV"));
  });

  it("reads text typed without diacritics, in NFD, with no-break and zero-width characters", () => {
    expect(parseRating("Hoan thanh tot nhiem vu", bands)).toEqual(ok("HTTNV"));
    expect(parseRating("Khong hoan thanh nhiem vu", bands)).toEqual(ok("KHTNV"));
    expect(parseRating("Hoàn thành xuất sắc nhiệm vụ".normalize("NFD"), bands)).toEqual(
      ok("HTXSNV")
    );
    expect(parseRating("Hoàn\u00A0thành\u200B tốt\u202Fnhiệm vụ", bands)).toEqual(ok("HTTNV"));
    expect(parseRating("  Hoàn thành\ntốt nhiệm vụ ", bands)).toEqual(ok("HTTNV"));
  });

  it("reads legacy TCVN3 and VNI text", () => {
    expect(parseRating("Hoµn thµnh tèt nhiÖm vô", bands)).toEqual(ok("HTTNV"));
    expect(parseRating("Hoaøn thaønh toát nhieäm vuï", bands)).toEqual(ok("HTTNV"));
  });

  it("reads the legacy fourth level as HTNV with the note RATING_LEGACY_HTNV", () => {
    const legacy = { kind: "ok", value: "HTNV", note: "RATING_LEGACY_HTNV" };
    expect(parseRating("Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực", bands)).toEqual(legacy);
    expect(parseRating("HTNV nhưng còn hạn chế về năng lực", bands)).toEqual(legacy);
  });

  it.each([
    [100, "HTXSNV"],
    [90, "HTXSNV"],
    [89.9, "HTTNV"],
    [70, "HTTNV"],
    [69.99, "HTNV"],
    [50, "HTNV"],
    [49, "KHTNV"],
    [0, "KHTNV"],
  ])(
    "maps score %p to %s with the default NĐ 335/2025 bands and the note RATING_SCORE",
    (score, code) => {
      expect(parseRating(score, bands)).toEqual({ kind: "ok", value: code, note: "RATING_SCORE" });
    }
  );

  it("maps scores stored as text, including a decimal comma", () => {
    expect(parseRating("92", bands)).toEqual({ kind: "ok", value: "HTXSNV", note: "RATING_SCORE" });
    expect(parseRating("89,9", bands)).toEqual({
      kind: "ok",
      value: "HTTNV",
      note: "RATING_SCORE",
    });
  });

  it("uses the bands it is given", () => {
    const strict = [
      { min: 95, code: "HTXSNV" as const },
      { min: 80, code: "HTTNV" as const },
      { min: 60, code: "HTNV" as const },
    ];
    expect(parseRating(90, strict)).toEqual({ kind: "ok", value: "HTTNV", note: "RATING_SCORE" });
  });

  it("treats scores outside 0–100, booleans and dates as unknown", () => {
    expect(parseRating(101, bands)).toEqual({ kind: "unknown", text: "101" });
    expect(parseRating(-1, bands)).toEqual({ kind: "unknown", text: "-1" });
    expect(parseRating(true, bands).kind).toBe("unknown");
    expect(parseRating(new Date(Date.UTC(2025, 0, 1)), bands).kind).toBe("unknown");
  });

  it("returns blank for empty cells, error for formula errors and unknown with the text otherwise", () => {
    expect(parseRating(null, bands)).toEqual({ kind: "blank" });
    expect(parseRating("  \u00A0", bands)).toEqual({ kind: "blank" });
    expect(parseRating({ error: "#N/A" }, bands)).toEqual({ kind: "error", error: "#N/A" });
    expect(parseRating("Khá", bands)).toEqual({ kind: "unknown", text: "Khá" });
    expect(parseRating("Tốt nghiệp đại học", bands)).toEqual({
      kind: "unknown",
      text: "Tốt nghiệp đại học",
    });
    expect(parseRating("Hoàn thành tốt nhiệm vụ trở lên", bands).kind).toBe("unknown");
  });
});

describe("ratingAtLeast", () => {
  it("orders KHTNV < HTNV < HTTNV < HTXSNV", () => {
    expect(ratingAtLeast("HTXSNV", "HTTNV")).toBe(true);
    expect(ratingAtLeast("HTTNV", "HTTNV")).toBe(true);
    expect(ratingAtLeast("HTNV", "HTTNV")).toBe(false);
    expect(ratingAtLeast("KHTNV", "HTNV")).toBe(false);
    expect(ratingAtLeast("HTNV", "KHTNV")).toBe(true);
  });
});
