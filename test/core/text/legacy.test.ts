import { convertLegacy, detectLegacy, toUnicode } from "../../../src/core/text/legacy";
import { ENGLISH, NAMES, PHRASES } from "./phrases";

/** Windows-1252 characters of the TCVN3 (ABC) table, written out independently of the implementation. */
const TCVN3_OF: Record<string, string> = {
  ă: "¨",
  â: "©",
  ê: "ª",
  ô: "«",
  ơ: "¬",
  ư: "\u00AD",
  đ: "®",
  Ă: "¡",
  Â: "¢",
  Ê: "£",
  Ô: "¤",
  Ơ: "¥",
  Ư: "¦",
  Đ: "§",
  à: "µ",
  ả: "¶",
  ã: "·",
  á: "¸",
  ạ: "¹",
  ằ: "»",
  ẳ: "¼",
  ẵ: "½",
  ắ: "¾",
  ặ: "Æ",
  ầ: "Ç",
  ẩ: "È",
  ẫ: "É",
  ấ: "Ê",
  ậ: "Ë",
  è: "Ì",
  ẻ: "Î",
  ẽ: "Ï",
  é: "Ð",
  ẹ: "Ñ",
  ề: "Ò",
  ể: "Ó",
  ễ: "Ô",
  ế: "Õ",
  ệ: "Ö",
  ì: "×",
  ỉ: "Ø",
  ĩ: "Ü",
  í: "Ý",
  ị: "Þ",
  ò: "ß",
  ỏ: "á",
  õ: "â",
  ó: "ã",
  ọ: "ä",
  ồ: "å",
  ổ: "æ",
  ỗ: "ç",
  ố: "è",
  ộ: "é",
  ờ: "ê",
  ở: "ë",
  ỡ: "ì",
  ớ: "í",
  ợ: "î",
  ù: "ï",
  ủ: "ñ",
  ũ: "ò",
  ú: "ó",
  ụ: "ô",
  ừ: "õ",
  ử: "ö",
  ữ: "÷",
  ứ: "ø",
  ự: "ù",
  ỳ: "ú",
  ỷ: "û",
  ỹ: "ü",
  ý: "ý",
  ỵ: "þ",
};

/** TCVN3 as a clerk types it: capitals with a tone are typed as the small letter (the font has no such capital). */
function toTcvn3(s: string): string {
  return Array.from(s.normalize("NFC"))
    .map((ch) => TCVN3_OF[ch] ?? TCVN3_OF[ch.toLowerCase()] ?? ch)
    .join("");
}

const VNI_TONE = ["ù", "ø", "û", "õ", "ï"]; // sắc huyền hỏi ngã nặng
const VNI_HAT_TONE = ["á", "à", "å", "ã", "ä"];
const VNI_BREVE_TONE = ["é", "è", "ú", "ü", "ë"];
const VNI_I = ["í", "ì", "æ", "ó", "ò"];
const TONES = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

/** VNI Windows as a clerk types it, from the published key table. */
function vniLetter(ch: string): string {
  const upper = ch !== ch.toLowerCase();
  const d = ch.toLowerCase().normalize("NFD");
  const tone = TONES.findIndex((t) => d.includes(t));
  const base = d.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "").normalize("NFC");
  let out: string;
  if (base === "đ") out = "ñ";
  else if (base === "i") out = tone < 0 ? "i" : VNI_I[tone];
  else if (base === "y" && tone === 4) out = "î";
  else if (base === "â" || base === "ê" || base === "ô")
    out = base === "â" ? "a" : base === "ê" ? "e" : "o";
  else if (base === "ă") out = "a";
  else if (base === "ơ") out = "ô";
  else if (base === "ư") out = "ö";
  else out = base;
  if (base === "â" || base === "ê" || base === "ô") out += tone < 0 ? "â" : VNI_HAT_TONE[tone];
  else if (base === "ă") out += tone < 0 ? "ê" : VNI_BREVE_TONE[tone];
  else if (tone >= 0 && base !== "i" && !(base === "y" && tone === 4)) out += VNI_TONE[tone];
  return upper ? out.toUpperCase() : out;
}

function toVni(s: string): string {
  return Array.from(s.normalize("NFC"))
    .map((ch) => (/[^\u0020-\u007E]/.test(ch) || /[aeiouy]/i.test(ch) ? vniLetter(ch) : ch))
    .join("");
}

describe("convertLegacy (spec/vocabulary.md, legacy encodings)", () => {
  it("converts the spec's TCVN3 example", () => {
    expect(convertLegacy("Hoµn thµnh tèt nhiÖm vô", "tcvn3")).toBe("Hoàn thành tốt nhiệm vụ");
  });

  it("converts the spec's VNI example", () => {
    expect(convertLegacy("Hoaøn thaønh toát nhieäm vuï", "vni")).toBe("Hoàn thành tốt nhiệm vụ");
  });

  it("converts every lower-case Vietnamese letter of the TCVN3 table", () => {
    for (const [uni, legacy] of Object.entries(TCVN3_OF)) {
      expect(convertLegacy(legacy, "tcvn3")).toBe(uni);
    }
  });

  it("converts every Vietnamese letter, small and capital, of the VNI table", () => {
    const letters = "aăâeêioôơuưy".split("");
    for (const l of letters) {
      for (const t of ["", ...TONES]) {
        const small = (l + t).normalize("NFC");
        expect(convertLegacy(vniLetter(small), "vni")).toBe(small);
        expect(convertLegacy(vniLetter(small.toUpperCase()), "vni")).toBe(small.toUpperCase());
      }
    }
    expect(convertLegacy("ñ Ñ", "vni")).toBe("đ Đ");
  });

  it("round-trips hundreds of real names, positions, units and ratings through both encodings", () => {
    for (const p of PHRASES) {
      expect(convertLegacy(toVni(p), "vni")).toBe(p.normalize("NFC"));
      const lowerFirst = toTcvn3(p.toLowerCase());
      expect(convertLegacy(lowerFirst, "tcvn3")).toBe(p.toLowerCase().normalize("NFC"));
    }
  });
});

describe("detectLegacy", () => {
  it("trusts the font name first", () => {
    expect(detectLegacy("Hoµn thµnh", ".VnTime")).toBe("tcvn3");
    expect(detectLegacy("Hoµn thµnh", ".VnArialH")).toBe("tcvn3");
    expect(detectLegacy("Hoaøn thaønh", "VNI-Times")).toBe("vni");
    expect(detectLegacy("Hoµn thµnh", "Times New Roman")).toBe("tcvn3");
  });

  it("never converts text that already holds Unicode Vietnamese, whatever the font", () => {
    expect(detectLegacy("Hoàn thành tốt nhiệm vụ", ".VnTime")).toBeNull();
    expect(detectLegacy("Nguyễn Văn Ơn", "VNI-Times")).toBeNull();
  });

  it("recognises TCVN3 and VNI by their telltale characters", () => {
    expect(detectLegacy("Hoµn thµnh tèt nhiÖm vô")).toBe("tcvn3");
    expect(detectLegacy("Kh«ng hoµn thµnh")).toBe("tcvn3");
    expect(detectLegacy("Tr\u00ADëng phßng")).toBe("tcvn3");
    expect(detectLegacy("Hoaøn thaønh toát nhieäm vuï")).toBe("vni");
    expect(detectLegacy("Xuaát saéc")).toBe("vni");
    expect(detectLegacy("Phoøng Quaûn lyù ñaát ñai")).toBe("vni");
  });

  it("recognises the legacy spelling of most names (short names without telltales stay as written)", () => {
    const tcvn = NAMES.filter((n) => detectLegacy(toTcvn3(n)) === "tcvn3").length;
    const vni = NAMES.filter((n) => detectLegacy(toVni(n)) === "vni").length;
    expect(tcvn / NAMES.length).toBeGreaterThan(0.8);
    expect(vni / NAMES.length).toBeGreaterThan(0.8);
    expect(NAMES.filter((n) => detectLegacy(toTcvn3(n)) === "vni")).toEqual([]);
    expect(NAMES.filter((n) => detectLegacy(toVni(n)) === "tcvn3")).toEqual([]);
  });

  it("does not misfire on hundreds of ordinary Unicode Vietnamese and English phrases", () => {
    const all = [
      ...PHRASES,
      ...PHRASES.map((p) => p.toUpperCase()),
      ...PHRASES.map((p) => p.normalize("NFD")),
    ];
    expect(all.length).toBeGreaterThan(800);
    expect(all.filter((p) => detectLegacy(p) !== null)).toEqual([]);
    expect(ENGLISH.filter((p) => detectLegacy(p) !== null)).toEqual([]);
  });

  it("leaves ambiguous short words alone", () => {
    expect(detectLegacy("tèt")).toBeNull();
    expect(detectLegacy("Toát")).toBeNull();
  });
});

describe("toUnicode", () => {
  it("returns converted NFC text and the encoding", () => {
    expect(toUnicode("§Æng V¨n Hïng")).toEqual({ text: "Đặng Văn Hùng", legacy: "tcvn3" });
    expect(toUnicode("Hoµn thµnh tèt nhiÖm vô", ".VnTimeH")).toEqual({
      text: "HOÀN THÀNH TỐT NHIỆM VỤ",
      legacy: "tcvn3",
    });
  });

  it("returns ordinary text unchanged apart from NFC", () => {
    const nfd = "Nguyễn Thị Hương".normalize("NFD");
    expect(toUnicode(nfd)).toEqual({ text: "Nguyễn Thị Hương", legacy: null });
  });
});
