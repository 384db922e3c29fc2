/**
 * Text normalisation shared by every matcher (spec/vocabulary.md, "Matching rules").
 *
 * Decisions where the spec is silent:
 * - toneKey places the tone mark the "new" way (hoà, thuỷ, khoẻ): for an open syllable ending in oa, oe or uy the tone
 *   sits on the second vowel; any vowel carrying a hat, breve or horn (ă â ê ô ơ ư) takes it otherwise, "ươ" on ơ.
 *   Which style is canonical does not matter for matching; only that both styles give the same key.
 * - A word carrying two tone marks is left as written (it is not Vietnamese and must not be "repaired").
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const NO_BREAK = /[\u00A0\u202F\u2007]/g;
const WHITESPACE = /\s+/g;

/** Printable ASCII with single inner spaces: what clean gives back unchanged (most cells: numbers, codes, marks). */
export function isCleanAscii(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 127) continue;
    if (c !== 32 || i === 0 || i === n - 1 || s.charCodeAt(i - 1) === 32) return false;
  }
  return true;
}

/** Characters clean removes or replaces above ASCII: zero-width ones and every non-ASCII whitespace of `\s`. */
function isSpecial(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Text whose only whitespace is single ASCII spaces inside it and that has no zero-width character: clean is then
 * its NFC form alone (names: no regular expression to run). */
function onlyNormalizes(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 127) continue;
    if (c >= 127) {
      if (isSpecial(c)) return false;
      continue;
    }
    if (c !== 32 || i === 0 || i === n - 1 || s.charCodeAt(i - 1) === 32) return false;
  }
  return true;
}

/** NFC; no-break spaces become spaces; zero-width characters go; whitespace runs become one space; trimmed. */
export function clean(s: string): string {
  if (isCleanAscii(s)) return s;
  if (onlyNormalizes(s)) return s.normalize("NFC");
  return s
    .replace(ZERO_WIDTH, "")
    .normalize("NFC")
    .replace(NO_BREAK, " ")
    .replace(WHITESPACE, " ")
    .trim();
}

const COMBINING = /[\u0300-\u036F]/g;

/** clean + lower case + diacritics removed (đ → d): the fallback matching key. */
export function fold(s: string): string {
  return clean(s)
    .toLowerCase()
    .normalize("NFD")
    .replace(COMBINING, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}

/** The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook above, dot below). */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VOWEL = "aăâeêioôơuưy";
/** Vowels whose own diacritic (hat, breve, horn) attracts the tone. */
const MARKED_VOWEL = "ăâêôơư";

function isVowel(ch: string): boolean {
  return VOWEL.includes(ch);
}

/** Index (in `word`, lower-case, NFC, without tone) of the letter that carries the tone, or -1. */
function toneSeat(word: string): number {
  const chars = Array.from(word);
  let start = chars.findIndex(isVowel);
  if (start < 0) return -1;
  // "qu" and "gi" before another vowel: the u / i belongs to the consonant.
  if (
    start > 0 &&
    chars[start - 1] === "q" &&
    chars[start] === "u" &&
    isVowel(chars[start + 1] ?? "")
  ) {
    start += 1;
  } else if (
    start > 0 &&
    chars[start - 1] === "g" &&
    chars[start] === "i" &&
    isVowel(chars[start + 1] ?? "")
  ) {
    start += 1;
  }
  let end = start;
  while (end + 1 < chars.length && isVowel(chars[end + 1])) end += 1;
  const cluster = chars.slice(start, end + 1).join("");
  const closed = end + 1 < chars.length;

  let seat: number;
  if (cluster.includes("ươ")) {
    seat = start + cluster.indexOf("ơ");
  } else {
    const marked = Array.from(cluster).findIndex((c) => MARKED_VOWEL.includes(c));
    if (marked >= 0) {
      seat = start + marked;
    } else if (cluster.length === 1) {
      seat = start;
    } else if (cluster.length === 3) {
      seat = start + 1;
    } else if (closed || cluster === "oa" || cluster === "oe" || cluster === "uy") {
      seat = start + 1;
    } else {
      seat = start;
    }
  }
  // Convert the index in code points to an index in UTF-16 units (all these letters are BMP, so they are equal).
  return seat;
}

function toneKeyWord(word: string): string {
  const nfd = word.normalize("NFD");
  const tones = nfd.match(TONE);
  if (!tones || tones.length !== 1) return word;
  const base = nfd.replace(TONE, "").normalize("NFC");
  const seat = toneSeat(base);
  if (seat < 0) return word;
  const chars = Array.from(base);
  chars[seat] = (chars[seat] + tones[0]).normalize("NFC");
  return chars.join("");
}

/**
 * clean + lower case, keeping diacritics, with the old and new tone placements unified ("hoà" = "hòa",
 * "thuỷ" = "thủy", "qúy" = "quý"): the primary matching key.
 */
export function toneKey(s: string): string {
  return clean(s)
    .toLowerCase()
    .replace(/[\p{L}\p{M}]+/gu, toneKeyWord);
}

/** Abbreviations of rating wording, on toneKey'd words (spec/vocabulary.md, rating levels). */
const ABBREVIATIONS: Record<string, string> = {
  ht: "hoàn thành",
  nv: "nhiệm vụ",
  xs: "xuất sắc",
  htt: "hoàn thành tốt",
  htxs: "hoàn thành xuất sắc",
  htnv: "hoàn thành nhiệm vụ",
  httnv: "hoàn thành tốt nhiệm vụ",
  htxsnv: "hoàn thành xuất sắc nhiệm vụ",
  kht: "không hoàn thành",
  khtnv: "không hoàn thành nhiệm vụ",
};

/**
 * Joins dotted or spaced single letters ("h.t.t.n.v", "h t t n v") into one word, so an abbreviation typed with dots
 * or spaces reads as the abbreviation itself.
 */
export function joinSpelledAbbreviations(s: string): string {
  const spaced = s.replace(/(\p{L})\.(?=\p{L})/gu, "$1 ").replace(/(\s\p{L})\.$/u, "$1");
  return spaced.replace(/(?:^|(?<=\s))\p{L}(?:\s\p{L})+(?=\s|$)/gu, (run) =>
    run.replace(/\s/g, "")
  );
}

/** On a toneKey'd string: known abbreviations (ht, nv, xs, htt, httnv …) written out as words. */
export function expandAbbreviations(s: string): string {
  return joinSpelledAbbreviations(s).replace(/\p{L}+/gu, (w) => ABBREVIATIONS[w] ?? w);
}

/** Numbering and bullet prefixes: "I.", "II)", "2.", "2.1.", "2.1 ", "a)", "-", "+", "•". A Roman numeral must be
 * followed by a space or a word ("I.Văn phòng"), so the "L." of "L.Đ.T.T" stays. */
const NUMBERING =
  /^(?:(?:[IVXLivxl]+[.)](?=\s|$|\p{Lu}\p{Ll})|\d+(?:\.\d+)+(?=\s)|\d+(?:\.\d+)*[.)]|\p{L}\)|[-+–—•*·])\s*)+/u;

/** Numbering and bullet prefixes removed, then cleaned. */
export function stripNumbering(s: string): string {
  return clean(clean(s).replace(NUMBERING, ""));
}

/** ASCII whitespace: what clean trims and collapses among the first 128 characters. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** The words still possible once fold's k-th character is `ch` (a bit each); -1 when one was already complete. */
function narrow(words: readonly string[], alive: number, k: number, ch: number): number {
  for (let w = 0; w < words.length; w++) {
    if ((alive & (1 << w)) === 0) continue;
    if (k >= words[w].length) return -1;
    if (words[w].charCodeAt(k) !== ch) alive &= ~(1 << w);
  }
  return alive;
}

/** What fold makes of non-ASCII characters: a lower-case ASCII code, 0 for nothing, -1 when not one character. */
const FOLDED_CHAR = new Map<number, number>();

function foldedChar(c: number): number {
  let f = FOLDED_CHAR.get(c);
  if (f === undefined) {
    if (c >= 0x300 && c <= 0x36f) f = 0;
    else if (c === 0x110 || c === 0x111)
      f = 0x64; // đ → d
    else if (isSpecial(c) || (c >= 0xd800 && c <= 0xdfff)) f = -1;
    else {
      // A letter with diacritics folds to its base letter when that is ASCII and the rest are combining marks.
      const d = String.fromCharCode(c).toLowerCase().normalize("NFD");
      const base = d.charCodeAt(0);
      f = base > 32 && base < 127 && /^.[\u0300-\u036f]*$/.test(d) ? base : -1;
    }
    FOLDED_CHAR.set(c, f);
  }
  return f;
}

/**
 * False only when fold(s) certainly begins with none of `words` (lower-case ASCII). It reads the text's leading
 * letters as fold does (lower-cased, diacritics off, whitespace runs as one space, leading space trimmed), and
 * answers true as soon as a character it cannot fold alone makes the rest uncertain. A cheap gate before fold on
 * cells that are mostly names.
 */
export function foldedMayStartWith(s: string, words: readonly string[]): boolean {
  let alive = (1 << words.length) - 1;
  let k = 0;
  let space = false;
  let i = 0;
  while (i < s.length && isAsciiSpace(s.charCodeAt(i))) i++;
  for (; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x80) {
      c = foldedChar(c);
      if (c < 0) return true;
      // A combining mark folds to nothing. (Between two spaces it leaves a double space in fold's text, which no
      // word has: reading one space instead can only say yes wrongly.)
      if (c === 0) continue;
    }
    if (isAsciiSpace(c)) {
      space = true;
      continue;
    }
    if (space) {
      alive = narrow(words, alive, k++, 32);
      if (alive <= 0) return alive < 0;
      space = false;
    }
    alive = narrow(words, alive, k++, c >= 65 && c <= 90 ? c + 32 : c);
    if (alive <= 0) return alive < 0;
  }
  // The text ended (trailing space is trimmed): only a word spelled out in full can begin it.
  return narrow(words, alive, k, -1) < 0;
}
