/**
 * Column widths and orientation of the summary (spec/workbook.md item 3: A4, portrait unless the table is wider than
 * portrait allows, one page wide).
 *
 * Decisions where the spec is silent:
 * - "Wider than portrait allows" compares the columns' natural widths (each fits its longest entry, within bounds)
 *   with the width between portrait margins; no column is squeezed to stay portrait.
 * - The columns then fill the width between the margins exactly: the spare room goes to "Ghi chú" (also room for
 *   the council's handwritten notes); an overlong table gives up note, unit, name and position width (SHRINK: in
 *   that order, down to floors) before fit-to-width has to shrink the print.
 */
import { widthFor } from "./text-fit";

const { max, min, floor } = Math;

export const COLS = 6;
const PAPER_MM = { portrait: 210, landscape: 297 } as const;
export type Orientation = keyof typeof PAPER_MM;

export interface ColumnTexts {
  /** The column titles, printed bold at 12 pt: six, or seven with the vote column before the notes. */
  headers: readonly string[];
  names: Iterable<string>;
  positions: Iterable<string>;
  units: Iterable<string>;
  results: Iterable<string>;
  /** The council's vote shares, when the lists show them (criteria.md §5.11). */
  votes?: Iterable<string>;
  /** Note texts; a text may hold several lines. */
  notes: Iterable<string>;
}

export interface ColumnFit {
  widths: number[];
  orientation: Orientation;
}

/** Column-width units (characters) that fit between the side margins, one to spare for rounding. */
export function pageUnits(
  orientation: Orientation,
  leftIn: number,
  rightIn: number,
  cols = COLS
): number {
  const mm = PAPER_MM[orientation] - (leftIn + rightIn) * 25.4;
  const px = (mm / 25.4) * 96;
  return floor((px - 5 * cols) / 7) - 1;
}

function widest(texts: Iterable<string>, size = 12): number {
  let w = 0;
  const seen = new Set<string>();
  for (const t of texts) {
    if (!t || seen.has(t)) continue;
    seen.add(t);
    w = max(w, widthFor(t, size));
  }
  return w;
}

/** A column title may wrap between words, never inside one. */
function longestWord(header: string): number {
  return max(...header.split(/\s+/).map((w) => widthFor(w, 12, true)));
}

const clamp = (n: number, lo: number, hi: number): number => max(lo, min(hi, n));

export function naturalWidths(t: ColumnTexts): { widths: number[]; hasNotes: boolean } {
  const h = t.headers.map(longestWord);
  const noteWidth = widest(t.notes);
  const hasNotes = noteWidth > 0;
  const vote = t.votes ? [clamp(widest(t.votes) + 1, max(h[5], 8), 12)] : [];
  const n = h.length - 1;
  return {
    hasNotes,
    widths: [
      max(5, h[0]),
      // long collective names wrap rather than widen the column of people's names
      clamp(widest(t.names) + 1, max(h[1], 18), 26),
      clamp(widest(t.positions) + 1, max(h[2], 10), 18),
      clamp(widest(t.units) + 1, max(h[3], 14), 28),
      // "✗ Chưa đủ điều kiện" may take two lines: its row holds a note of several lines anyway
      clamp(widest(t.results) + 1, h[4], 17),
      ...vote,
      // a note of several reasons reads well in lines of about a third of its longest reason
      hasNotes ? clamp(Math.ceil(noteWidth / 3), 28, 50) : max(h[n], 8),
    ],
  };
}

const sum = (ws: readonly number[]): number => ws.reduce((a, b) => a + b, 0);

/** Floors an overlong landscape table shrinks to, in the order it gives up width (-1: the notes, the last column). */
const SHRINK: readonly [col: number, floor: number][] = [
  [-1, 36],
  [3, 22],
  [1, 20],
  [-1, 28],
  [3, 18],
  [2, 12],
];

export function fitColumns(t: ColumnTexts, leftIn: number, rightIn: number): ColumnFit {
  const { widths } = naturalWidths(t);
  const cols = widths.length;
  const note = cols - 1;
  const portrait = pageUnits("portrait", leftIn, rightIn, cols);
  const orientation: Orientation = sum(widths) <= portrait ? "portrait" : "landscape";
  const room =
    orientation === "portrait" ? portrait : pageUnits("landscape", leftIn, rightIn, cols);
  let over = sum(widths) - room;
  for (const [at, lo] of SHRINK) {
    if (over <= 0) break;
    const col = at < 0 ? note : at;
    const give = min(over, max(0, widths[col] - lo));
    widths[col] -= give;
    over -= give;
  }
  if (over < 0) widths[note] -= over;
  return { widths, orientation };
}

/**
 * Where a two-block line (agency | national motto, recipients | signer) splits: the most columns for the left block
 * that still leave the right block wide enough for its longest line, at least two.
 */
export function pairSplit(widths: readonly number[], rightNeed: number): number {
  for (let k = widths.length - 1; k >= 2; k--) {
    if (sum(widths.slice(k)) >= rightNeed) return k;
  }
  return 2;
}
