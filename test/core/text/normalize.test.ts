import fc from "fast-check";
import {
  clean,
  expandAbbreviations,
  fold,
  foldedMayStartWith,
  stripNumbering,
  toneKey,
} from "../../../src/core/text/normalize";

describe("clean (spec/vocabulary.md, matching rules)", () => {
  it("composes NFD input to NFC", () => {
    const nfd = "Hoàn thành tốt".normalize("NFD");
    expect(nfd).not.toBe("Hoàn thành tốt");
    expect(clean(nfd)).toBe("Hoàn thành tốt");
  });

  it("turns no-break spaces into spaces and removes zero-width characters", () => {
    expect(clean("Hoàn\u00A0thành\u202Ftốt\u2007nhiệm\u200Bvụ\uFEFF")).toBe(
      "Hoàn thành tốt nhiệmvụ"
    );
    expect(clean("Ho\u200Càn\u200D th\u2060ành")).toBe("Hoàn thành");
  });

  it("collapses line breaks and runs of whitespace and trims", () => {
    expect(clean("  Lao động\n\ttiên   tiến \r\n")).toBe("Lao động tiên tiến");
  });

  it("composes a letter whose tone mark was split off by a zero-width character", () => {
    expect(clean("a\u200B\u0300")).toBe("à");
  });

  it("gives clean text back as it is, and still cleans text that only looks clean (edge spaces, ideographic space)", () => {
    expect(clean("HTTNV")).toBe("HTTNV");
    expect(clean("Hoàn thành tốt")).toBe("Hoàn thành tốt");
    expect(clean(" x")).toBe("x");
    expect(clean("x ")).toBe("x");
    expect(clean("Lao  động")).toBe("Lao động");
    expect(clean("Lao\u3000động\u2028")).toBe("Lao động");
    expect(clean("\u007f")).toBe("\u007f");
  });
});

describe("fold", () => {
  it("removes diacritics, turns đ into d and lower-cases", () => {
    expect(fold("ĐẶNG Thị Ưng")).toBe("dang thi ung");
    expect(fold("Hoàn thành xuất sắc")).toBe("hoan thanh xuat sac");
  });
});

describe("toneKey (spec/vocabulary.md: old and new tone positions are the same word)", () => {
  it.each([
    ["hoà", "hòa"],
    ["thuỷ", "thủy"],
    ["quý", "qúy"],
    ["khoẻ", "khỏe"],
    ["Văn hoá", "văn hóa"],
    ["Thuý", "Thúy"],
    ["luỹ", "lũy"],
  ])("gives %s and %s the same key", (a, b) => {
    expect(toneKey(a)).toBe(toneKey(b));
  });

  it("keeps diacritics and tone marks that change the word", () => {
    expect(toneKey("Hòa")).not.toBe(toneKey("Hóa"));
    expect(toneKey("Người")).toBe("người");
    expect(toneKey("Nguyễn")).toBe("nguyễn");
    expect(toneKey("giữa")).toBe("giữa");
  });

  it("leaves closed syllables with the tone on the last vowel", () => {
    expect(toneKey("hòan")).toBe("hoàn");
    expect(toneKey("HOÀN THÀNH")).toBe("hoàn thành");
  });
});

describe("expandAbbreviations (spec/vocabulary.md: HT, NV, XS inside longer text)", () => {
  it.each([
    ["Hoàn thành tốt NV", "hoàn thành tốt nhiệm vụ"],
    ["HTT NV", "hoàn thành tốt nhiệm vụ"],
    ["H.T.T.N.V", "hoàn thành tốt nhiệm vụ"],
    ["H.T.T.N.V.", "hoàn thành tốt nhiệm vụ"],
    ["HT xuất sắc NV", "hoàn thành xuất sắc nhiệm vụ"],
    ["KHTNV", "không hoàn thành nhiệm vụ"],
    ["Không HTNV", "không hoàn thành nhiệm vụ"],
  ])("writes out %s as %s", (input, out) => {
    expect(expandAbbreviations(toneKey(input))).toBe(out);
  });

  it("does not touch words that merely contain an abbreviation", () => {
    expect(expandAbbreviations("nhiệm vụ xuất sắc htx")).toBe("nhiệm vụ xuất sắc htx");
  });
});

describe("stripNumbering (spec/vocabulary.md, unit names)", () => {
  it.each([
    ["I. Văn phòng Sở", "Văn phòng Sở"],
    ["II. PHÒNG QUẢN LÝ ĐẤT ĐAI", "PHÒNG QUẢN LÝ ĐẤT ĐAI"],
    ["IV) Thanh tra", "Thanh tra"],
    ["2. Phòng Môi trường", "Phòng Môi trường"],
    ["2.1. Tổ Hành chính", "Tổ Hành chính"],
    ["2.1 Tổ Hành chính", "Tổ Hành chính"],
    ["a) Chi cục Thủy lợi", "Chi cục Thủy lợi"],
    ["- Trạm Trồng trọt", "Trạm Trồng trọt"],
    ["+ Hạt Kiểm lâm", "Hạt Kiểm lâm"],
    ["  Văn phòng  ", "Văn phòng"],
  ])("turns %s into %s", (input, out) => {
    expect(stripNumbering(input)).toBe(out);
  });

  it("keeps a name that starts with a word, not a numeral", () => {
    expect(stripNumbering("Lãnh đạo Sở")).toBe("Lãnh đạo Sở");
    expect(stripNumbering("Chi cục Kiểm lâm")).toBe("Chi cục Kiểm lâm");
  });
});

describe("normalisation properties", () => {
  it("never throws and fold(clean(x)) is idempotent on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (x) => {
        const once = fold(clean(x));
        expect(fold(clean(once))).toBe(once);
        expect(typeof toneKey(x)).toBe("string");
        expect(typeof stripNumbering(x)).toBe("string");
        expect(typeof expandAbbreviations(toneKey(x))).toBe("string");
      }),
      { numRuns: 500 }
    );
  });

  it("clean is idempotent and leaves no double spaces on arbitrary Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (x) => {
        const c = clean(x);
        expect(clean(c)).toBe(c);
        expect(c).not.toMatch(/\s\s|^\s|\s$/);
      }),
      { numRuns: 500 }
    );
  });
});

describe("foldedMayStartWith (a cheap gate before fold; it may say yes wrongly, never no wrongly)", () => {
  const WORDS = ["cong", "tong", "nguoi lap", "thu truong"];

  it("rules out names whose leading ASCII already differs from every word", () => {
    expect(foldedMayStartWith("Trần Văn An", ["cong", "tong"])).toBe(false);
    expect(foldedMayStartWith("  Cao Thị Bình", ["cong", "tong"])).toBe(false);
    expect(foldedMayStartWith("Nguyễn Văn An", ["nguoi lap"])).toBe(false);
    expect(foldedMayStartWith("Tong", ["tong cong"])).toBe(false);
  });

  it("keeps texts that fold to one of the words, however they are typed", () => {
    expect(foldedMayStartWith("Cộng", ["cong", "tong"])).toBe(true);
    expect(foldedMayStartWith("TỔNG CỘNG", ["cong", "tong"])).toBe(true);
    expect(foldedMayStartWith(" \tNGUOI   LAP biểu", ["nguoi lap"])).toBe(true);
    expect(foldedMayStartWith("Tong", ["tong"])).toBe(true);
    expect(foldedMayStartWith("\u200BTrần", ["cong"])).toBe(true);
  });

  /** A word as a clerk might type it: any case, tones and hats (composed or not), stretched spaces. */
  const VARIANTS: Record<string, string[]> = {
    o: ["o", "O", "ô", "Ộ", "ổ", "ơ", "Ờ", "o\u0302\u0323", "O\u0309"],
    u: ["u", "U", "ư", "ừ", "Ú", "u\u031B"],
    a: ["a", "A", "á", "Ậ", "ă"],
    i: ["i", "I", "í", "ị"],
    " ": [" ", "  ", "\t", " \n "],
  };
  const typed = (word: string) =>
    fc.tuple(
      ...Array.from(word, (ch) => fc.constantFrom(...(VARIANTS[ch] ?? [ch, ch.toUpperCase()])))
    );
  const lead = fc.constantFrom("", " ", "\t ", "\u200B", "\u00A0");
  const tail = fc.string({ unit: "grapheme", maxLength: 6 });

  it("never rules out a text whose fold begins with one of the words", () => {
    const text = fc
      .tuple(lead, fc.constantFrom(...WORDS).chain(typed), tail)
      .map(([l, w, t]) => l + w.join("") + t);
    let checked = 0;
    fc.assert(
      fc.property(text, (s) => {
        const folded = fold(s);
        for (const w of WORDS) {
          if (!folded.startsWith(w)) continue;
          checked++;
          expect(foldedMayStartWith(s, [w])).toBe(true);
          expect(foldedMayStartWith(s, WORDS)).toBe(true);
        }
      }),
      { numRuns: 2000 }
    );
    expect(checked).toBeGreaterThan(1500);
  });

  it("agrees with fold wherever it rules a text out, on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.tuple(lead, fc.string({ unit: "grapheme", maxLength: 12 })), ([l, t]) => {
        const s = l + t;
        if (!foldedMayStartWith(s, WORDS)) {
          expect(WORDS.some((w) => fold(s).startsWith(w))).toBe(false);
        }
      }),
      { numRuns: 2000 }
    );
  });
});
