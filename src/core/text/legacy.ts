/**
 * Legacy Vietnamese encodings (spec/vocabulary.md, "Legacy encodings"). Text typed with a TCVN3 (ABC) font such as
 * ".VnTime", or a VNI font such as "VNI-Times", reaches us as Windows-1252 mojibake: "Hoµn thµnh tèt nhiÖm vô" (TCVN3),
 * "Hoaøn thaønh toát nhieäm vuï" (VNI).
 *
 * Decisions where the spec is silent:
 * - Without a font name we convert only when the text is confidently legacy: every character lies in Latin-1 (real
 *   Unicode Vietnamese such as "ư", "ạ", "đ" rules legacy out), there is telltale evidence, and the converted text
 *   reads as Vietnamese syllables (at most one tone mark per word). A lone ambiguous word stays as written.
 * - Fonts whose name ends in "H" (".VnTimeH", ".VnArialH") show the lower-case codes as capitals; the converted text
 *   is upper-cased to match what the clerk saw.
 */
import { fold } from "./normalize";

export type LegacyEncoding = "tcvn3" | "vni";

/** TCVN 5712 (VN3 / ABC) code points 0xA1–0xFF as read through Windows-1252, mapped to Unicode. */
const TCVN3_HIGH: readonly number[] = [
  // 0xA0 (no-break space stays itself)
  0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4,
  0x01a1, 0x01b0, 0x0111, 0x1eb0,
  // 0xB0
  0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3, 0x00e1, 0x1ea1, 0x1eb2, 0x1eb1,
  0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4,
  // 0xC0
  0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead,
  0x00e8, 0x1ec2, 0x1ebb, 0x1ebd,
  // 0xD0
  0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2,
  0x0129, 0x00ed, 0x1ecb, 0x00f2,
  // 0xE0
  0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7, 0x1ed1, 0x1ed9, 0x1edd, 0x1edf,
  0x1ee1, 0x1edb, 0x1ee3, 0x00f9,
  // 0xF0
  0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7,
  0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
];

function tcvn3Char(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0xa1 || code > 0xff) return ch;
  return String.fromCharCode(TCVN3_HIGH[code - 0xa0]);
}

/** VNI marks that follow a base vowel, as Windows-1252 characters (lower case; upper case is the same letter). */
const VNI_TONE: Record<string, string> = {
  ù: "\u0301", // sắc
  ø: "\u0300", // huyền
  û: "\u0309", // hỏi
  õ: "\u0303", // ngã
  ï: "\u0323", // nặng
};
/** After a, e, o: the hat (â ê ô), alone or with a tone. */
const VNI_HAT: Record<string, string> = {
  â: "",
  á: "\u0301",
  à: "\u0300",
  å: "\u0309",
  ã: "\u0303",
  ä: "\u0323",
};
/** After a: the breve (ă), alone or with a tone. */
const VNI_BREVE: Record<string, string> = {
  ê: "",
  é: "\u0301",
  è: "\u0300",
  ú: "\u0309",
  ü: "\u0303",
  ë: "\u0323",
};
/** Characters that stand alone in VNI. */
const VNI_SINGLE: Record<string, string> = {
  ô: "ơ",
  ö: "ư",
  ñ: "đ",
  í: "í",
  ì: "ì",
  æ: "ỉ",
  ó: "ĩ",
  ò: "ị",
  î: "ỵ",
};

function withCase(lower: string, upper: boolean): string {
  return upper ? lower.toUpperCase() : lower;
}

/** Converts VNI mojibake: a base letter followed by its mark(s) becomes one precomposed letter. */
function convertVni(text: string): string {
  const chars = Array.from(text);
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    const next = (chars[i + 1] ?? "").toLowerCase();
    let base: string | null = null;
    if (lower === "a" || lower === "e" || lower === "o") {
      if (next in VNI_HAT) {
        base = { a: "â", e: "ê", o: "ô" }[lower] + VNI_HAT[next];
      } else if (lower === "a" && next in VNI_BREVE) {
        base = "ă" + VNI_BREVE[next];
      }
    }
    if (base === null && "aeouy".includes(lower) && next in VNI_TONE) {
      base = lower + VNI_TONE[next];
    }
    if (base === null && (lower === "ô" || lower === "ö") && next in VNI_TONE) {
      base = VNI_SINGLE[lower] + VNI_TONE[next];
    }
    if (base !== null) {
      out += withCase(base.normalize("NFC"), upper);
      i += 1;
      continue;
    }
    if (lower in VNI_SINGLE) {
      out += withCase(VNI_SINGLE[lower], upper);
      continue;
    }
    out += ch;
  }
  return out;
}

/** Converts legacy-encoded text to Unicode NFC with the full TCVN3 (ABC) or VNI table. */
export function convertLegacy(text: string, enc: LegacyEncoding): string {
  const converted = enc === "tcvn3" ? Array.from(text).map(tcvn3Char).join("") : convertVni(text);
  return converted.normalize("NFC");
}

/** Which legacy encoding a font name implies, if any. */
export function fontEncoding(font: string | null | undefined): LegacyEncoding | null {
  if (!font) return null;
  const f = font.trim().toLowerCase();
  if (f.startsWith(".vn")) return "tcvn3";
  if (/^vni[-\s_]/.test(f)) return "vni";
  return null;
}

function isCapsFont(font: string | null | undefined): boolean {
  return !!font && fontEncoding(font) === "tcvn3" && /h$/i.test(font.trim());
}

/** TCVN3 codes that are never a Unicode Vietnamese letter and never a VNI code. */
const TCVN3_TELLTALE =
  /[\u00A1-\u00A7\u00A8-\u00AC\u00AE\u00B5-\u00B9\u00BB-\u00BE\u00C7\u00D0\u00D7\u00DE\u00DF\u00E7\u00F7\u00FE]/;
/** Ö Ò Õ after a lower-case letter, or Ò Õ between letters: TCVN3 ệ ề ế inside a word ("nhiÖm", "vÒ", "YÕn"). */
const TCVN3_CAPITAL_INSIDE = /[a-z\u00AD][\u00D2\u00D5\u00D6]|[A-Za-z][\u00D2\u00D5][a-z]/;
/** ư (TCVN3 0xAD) is a soft hyphen: between letters it is a telltale ("ng­êi"). */
const TCVN3_SOFT_HYPHEN = /\p{L}\u00AD|\u00AD\p{L}/u;

/** A VNI vowel followed by a mark that Unicode Vietnamese never writes after a vowel. */
const VNI_PAIR =
  /[aeiouyôöAEIOUYÔÖ][øûïäåëüØÛÏÄÅËÜ]|[aeouyAEOUY][ùõÙÕ]|[aA][âáàãêéèúÂÁÀÃÊÉÈÚ]|[eE][âáàãÂÁÀÃ]|[oO][âÂ]|[ôöÔÖ][ùõÙÕ]/;
/** VNI đ at the start of a word ("ñoàn", "Ñaûng"). */
const VNI_D = /(?:^|[\s(“"'-])[ñÑ][aeiouyAEIOUYôöÔÖ]/;
/** VNI ư after a consonant ("thöôøng", "tröôøng"). */
const VNI_U_HORN = /[bcdghklmnpqrstvxBCDGHKLMNPQRSTVX][öÖ]/;

function onlyLatin1(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    // Windows-1252 punctuation (curly quotes, dashes, bullet, ellipsis) can sit in legacy text too.
    if (code > 0xff && !/[\u2010-\u2026\u20AC\u2122]/.test(ch)) return false;
  }
  return true;
}

const INITIALS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x";
const NUCLEI =
  "iêu|yêu|oai|oay|oao|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uă|ue|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y";
const FINALS = "ch|ng|nh|c|m|n|p|t";
const SYLLABLE = new RegExp(`^(?:${INITIALS})?(?:${NUCLEI})(?:${FINALS})?$`);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Whether a lower-case word is one Vietnamese syllable with at most one tone mark. */
function isSyllable(word: string): boolean {
  const nfd = word.normalize("NFD");
  if ((nfd.match(TONE_MARKS) ?? []).length > 1) return false;
  return SYLLABLE.test(nfd.replace(TONE_MARKS, "").normalize("NFC"));
}

const CONSONANTS_ONLY = /^[bcdđfghjklmnpqrstvwxz]+$/;

/**
 * How converted text reads: its words that hold a non-ASCII letter (abbreviations of consonants only, such as "LĐTT",
 * and ASCII words are left out) and how many of them are not Vietnamese syllables.
 */
function syllableCheck(converted: string): { checked: number; bad: number } {
  const words = converted
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => /[^\u0020-\u007E]/.test(w) && !CONSONANTS_ONLY.test(w));
  return { checked: words.length, bad: words.filter((w) => !isSyllable(w)).length };
}

/** With telltale evidence: at most a fifth of the words astray (typos, foreign names), and not all of them. */
function readsAsVietnamese(converted: string, original: string): boolean {
  const { checked, bad } = syllableCheck(converted);
  // Nothing but abbreviations ("L§TT" = "LĐTT"): believable only for a TCVN3 capital letter inside a word.
  if (checked === 0) return /[A-Z][\u00A1-\u00A7]|[\u00A1-\u00A7][A-Z]/.test(original);
  return bad * 5 <= checked && bad < checked;
}

function tcvn3Score(text: string): number {
  let score = 0;
  for (const ch of text) if (TCVN3_TELLTALE.test(ch)) score += 1;
  if (TCVN3_CAPITAL_INSIDE.test(text)) score += 1;
  if (TCVN3_SOFT_HYPHEN.test(text)) score += 1;
  return score;
}

function vniScore(text: string): number {
  const pairs = text.match(new RegExp(VNI_PAIR.source, "g")) ?? [];
  return pairs.length + (VNI_D.test(text) ? 1 : 0) + (VNI_U_HORN.test(text) ? 1 : 0);
}

/**
 * The legacy encoding a text was typed in, or null for ordinary Unicode. The cell's font decides when the host gives
 * it; otherwise telltale characters do, and only when the evidence is unambiguous.
 */
export function detectLegacy(text: string, font?: string | null): LegacyEncoding | null {
  // Real Unicode Vietnamese (ư, ạ, đ …) or nothing beyond ASCII: nothing to convert, whatever the font says.
  if (!text || !onlyLatin1(text) || !/[\u0080-\u00FF]/.test(text)) return null;
  const byFont = fontEncoding(font);
  if (byFont) return byFont;
  const t = tcvn3Score(text);
  const v = vniScore(text);
  if (t === 0 && v === 0) return null;
  if (t === v) {
    // Equal evidence: only the encoding whose conversion reads as Vietnamese is believed.
    const tOk = readsAsVietnamese(convertLegacy(text, "tcvn3"), text);
    const vOk = readsAsVietnamese(convertLegacy(text, "vni"), text);
    if (tOk === vOk) return null;
    return tOk ? "tcvn3" : "vni";
  }
  const [first, second]: LegacyEncoding[] = t > v ? ["tcvn3", "vni"] : ["vni", "tcvn3"];
  if (readsAsVietnamese(convertLegacy(text, first), text)) return first;
  // The other encoding, without telltales of its own, only when every converted word is a syllable
  // ("Hå BÝch Thuû" looks like VNI "uû" but reads only as TCVN3 "Hồ Bích Thuỷ").
  const other = convertLegacy(text, second);
  const check = syllableCheck(other);
  const ownScore = second === "tcvn3" ? t : v;
  if (other !== text && check.checked > 0 && check.bad === 0) return second;
  if (ownScore > 0 && readsAsVietnamese(other, text)) return second;
  return null;
}

/** Text in Unicode NFC, converted when it was typed in a legacy encoding, and which encoding that was. */
export function toUnicode(
  text: string,
  font?: string | null
): { text: string; legacy: LegacyEncoding | null } {
  const legacy = detectLegacy(text, font);
  if (!legacy) return { text: text.normalize("NFC"), legacy: null };
  let converted = convertLegacy(text, legacy);
  if (isCapsFont(font)) converted = converted.toUpperCase();
  return { text: converted, legacy };
}

/** Exposed for matchers that want a legacy-proof fold of raw cell text. */
export function foldUnicode(text: string, font?: string | null): string {
  return fold(toUnicode(text, font).text);
}
