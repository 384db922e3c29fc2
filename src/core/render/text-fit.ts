/**
 * How much room printed text takes, so the summary sets column widths and row heights the way Excel would if it could
 * fit merged and wrapped rows (it cannot). Widths come from Times New Roman's advance widths (the Adobe Times-Roman
 * metrics, which Times New Roman and Liberation Serif share); a Vietnamese letter is as wide as its base letter.
 *
 * Text is wrapped word by word, as Excel does, and row heights follow the lines at 1.25 × the font size.
 */

// local aliases keep global lookups out of per-row loops (slow inside Jest's vm sandbox)
const { ceil, floor, max } = Math;

/** Advance widths in thousandths of an em for the base letters, digits and common punctuation. */
// prettier-ignore
const WIDTHS: Readonly<Record<string, number>> = {
  " ": 250,
  a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
  n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889,
  N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  "đ": 500, "Đ": 722,
  ".": 250, ",": 250, ":": 278, ";": 278, "-": 333, "–": 500, "—": 1000, "…": 1000, "/": 278, "(": 333,
  ")": 333, "%": 833, "“": 444, "”": 444, '"': 408, "'": 180, "!": 333, "?": 444, "&": 778, "_": 500,
  "✓": 850, "✗": 850,
};
/** Digits are all 500; anything unknown (symbols, other scripts) counts as a wide letter. */
const DIGIT = 500;
const UNKNOWN = 750;
/** Bold Times runs about 5 % wider. */
const BOLD = 1.06;
/**
 * Decision: no allowance beyond the metrics. Measured in LibreOffice (Carlito standing in for Calibri, the default
 * font that sets the column unit), a 5 % allowance put a second line under one in six unit names that print on one.
 */
const SAFETY = 1;
/** Cell padding Excel keeps on each side of a cell's text, in pixels. */
const PADDING_PX = 2;

const cache = new Map<string, number>();

function charWidth(ch: string): number {
  const known = WIDTHS[ch];
  if (known !== undefined) return known;
  if (ch >= "0" && ch <= "9") return DIGIT;
  let w = cache.get(ch);
  if (w === undefined) {
    const base = ch.normalize("NFD")[0];
    w = WIDTHS[base] ?? (base >= "0" && base <= "9" ? DIGIT : UNKNOWN);
    cache.set(ch, w);
  }
  return w;
}

/** Widths of texts already measured: names, units and words repeat across thousands of rows. */
const measured = new Map<string, number>();

/** Width of a single line of text in ems. */
export function textEm(text: string, bold = false): number {
  let n = measured.get(text);
  if (n === undefined) {
    n = 0;
    for (const ch of text.normalize("NFC")) n += charWidth(ch);
    // Bounded, so that a long-lived pane does not keep every text it ever measured.
    if (measured.size > 100_000) measured.clear();
    measured.set(text, n);
  }
  return (n / 1000) * (bold ? BOLD : 1) * SAFETY;
}

/** Pixels Excel shows for a column of width `w` (characters of the default font's digit, 7 px each, plus 5). */
export function columnPx(width: number): number {
  return 7 * width + 5;
}

/** Ems of `size`-point text that fit on one line of a span of columns. */
export function capacityEm(widths: readonly number[], size: number): number {
  const px = widths.reduce((sum, w) => sum + columnPx(w), 0) - 2 * PADDING_PX;
  return max(1, px / ((size * 4) / 3));
}

/** The narrowest column width (characters) that shows `text` on one line at `size` points. */
export function widthFor(text: string, size: number, bold = false): number {
  let em = 0;
  for (const line of text.split("\n")) em = max(em, textEm(line, bold));
  return ceil((em * ((size * 4) / 3) + 2 * PADDING_PX - 5) / 7);
}

/** Printed lines of `text` wrapped at word boundaries in a span `capacity` ems wide. */
export function wrappedLines(text: string, capacity: number, bold = false): number {
  const space = textEm(" ", bold);
  let lines = 0;
  for (const para of text.split("\n")) {
    let used = -1;
    let count = 1;
    for (const word of para.split(" ")) {
      if (!word) continue;
      const w = textEm(word, bold);
      if (w > capacity) {
        // a word longer than the line is broken across lines
        const whole = used < 0 ? 0 : 1;
        const parts = ceil(w / capacity);
        count += whole + parts - 1;
        used = w - floor(w / capacity) * capacity;
        continue;
      }
      if (used < 0) used = w;
      else if (used + space + w <= capacity) used += space + w;
      else {
        count++;
        used = w;
      }
    }
    lines += count;
  }
  return max(1, lines);
}

/** Height in points of `lines` lines of `size`-point Times New Roman as Excel spaces them. */
export function linesHeight(lines: number, size: number): number {
  return ceil((lines * size * 1.25 + 1.5) * 4) / 4;
}
