/**
 * One data cell as a field sees it (records.ts FieldCell): merged cells take their merge's first cell, legacy text is
 * converted with the cell's font, the display text is cleaned. A sheet repeats the same few ratings, marks and blanks
 * thousands of times: every cell of a column that reads the same (value, font, shown text) is one shared FieldCell,
 * converted once. One object (and one address string) per cell was most of what a large sheet kept alive.
 */
import { a1 } from "../address";
import { type CellValue, type SheetGrid, cellAt, fontAt, isCellError, textAt } from "../grid";
import type { FieldCell } from "../records";
import { clean, isCleanAscii } from "../text/normalize";
import { toUnicode } from "../text/legacy";
import type { MergeIndex } from "./merges";

type Legacy = "tcvn3" | "vni";

interface Converted {
  /** The text in Unicode (legacy converted), as the value. */
  value: string;
  /** The same, cleaned for display. */
  text: string;
  legacy?: Legacy;
}

/** A shared cell and what it was read from besides its value; cells of one value with another font or shown text
 * follow in `next` (rare: a column's cells of one value are nearly always typed and shown alike). */
interface Shared {
  value: string | number | boolean | null;
  font: string | null;
  /** null when the value's own text is shown. */
  shown: string | null;
  cell: FieldCell;
  next: Shared | undefined;
}

/** A column's shared cells. */
interface Column {
  /** By value; null once the column has shown that its cells rarely repeat (STT, names): sharing would cost a map
   * entry per cell and save nothing. */
  byValue: Map<string | number | boolean | null, Shared> | null;
  /** The cell it gave last. */
  last: Shared | undefined;
  reads: number;
  misses: number;
}

/** Map reads of a column after which its repeats are judged, and the share of new values that stops sharing. */
const JUDGED_AFTER = 256;
const UNSHARED_MISSES = 0.9;

export class CellReader {
  /** Shared cells by column number. */
  private readonly columns: (Column | undefined)[] = [];
  /** The first legacy-encoded cell read on this sheet. */
  firstLegacy: { cell: string; encoding: Legacy } | undefined;

  constructor(
    private readonly grid: SheetGrid,
    private readonly merges: MergeIndex
  ) {}

  private convert(raw: string, font: string | null): Converted {
    const r = toUnicode(raw, font ?? undefined);
    const out: Converted = { value: r.text, text: clean(r.text) };
    if (r.legacy) out.legacy = r.legacy;
    return out;
  }

  /** The value that applies at (row, col): its merge's first cell's value. */
  valueAt(row: number, col: number): CellValue {
    const m = this.merges.at(row, col);
    return m ? cellAt(this.grid, m.top, m.left) : cellAt(this.grid, row, col);
  }

  read(row: number, col: number): FieldCell {
    const m = this.merges.at(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    const raw = cellAt(this.grid, r, c);
    const font = this.grid.fonts ? fontAt(this.grid, r, c) : null;
    const shown = this.grid.text ? textAt(this.grid, r, c) : null;
    const out =
      raw !== null && typeof raw === "object"
        ? // Dates and formula errors are objects of their own, rare enough not to share.
          this.make(col, raw, font, shown)
        : // A shown text that is blank or the string value itself adds nothing to what the value gives.
          this.shared(col, raw, font, shown === "" || shown === raw ? null : shown);
    if (out.legacy && !this.firstLegacy) {
      this.firstLegacy = { cell: a1(row, col), encoding: out.legacy };
    }
    return out;
  }

  private shared(
    col: number,
    raw: string | number | boolean | null,
    font: string | null,
    shown: string | null
  ): FieldCell {
    let column = this.columns[col];
    if (!column) {
      column = { byValue: new Map(), last: undefined, reads: 0, misses: 0 };
      this.columns[col] = column;
    }
    const byValue = column.byValue;
    if (!byValue) return this.make(col, raw, font, shown);
    // Rows below one another often read alike ("x", blank): the column's last cell is tried before its map.
    const last = column.last;
    if (last && last.value === raw && last.font === font && last.shown === shown) return last.cell;
    column.reads++;
    const first = byValue.get(raw);
    let hit = first;
    while (hit && (hit.font !== font || hit.shown !== shown)) hit = hit.next;
    if (!hit) {
      hit = { value: raw, font, shown, cell: this.make(col, raw, font, shown), next: first };
      byValue.set(raw, hit);
      column.misses++;
      if (column.reads >= JUDGED_AFTER && column.misses > UNSHARED_MISSES * column.reads) {
        column.byValue = null;
        column.last = undefined;
        return hit.cell;
      }
    }
    column.last = hit;
    return hit.cell;
  }

  private make(col: number, raw: CellValue, font: string | null, shown: string | null): FieldCell {
    const ownText = shown === null || shown === "" || shown === raw;
    // Clean printable ASCII is already Unicode NFC, clean, and no legacy encoding (those live at U+0080 and above).
    if (typeof raw === "string") {
      if (ownText && isCleanAscii(raw)) return { col, value: raw, text: raw };
    } else if (!ownText && isCleanAscii(shown)) return { col, value: raw, text: shown };
    let value: CellValue = raw;
    let text: string;
    let legacy: Legacy | undefined;
    if (typeof raw === "string") {
      const conv = this.convert(raw, font);
      value = conv.value;
      text = conv.text;
      legacy = conv.legacy;
    } else {
      text = displayOf(raw);
    }
    // A shown text equal to the string value converts to what was just taken from it.
    if (!ownText && shown !== null) {
      const conv = this.convert(shown, font);
      text = conv.text;
      legacy ??= conv.legacy;
    }
    return legacy ? { col, value, text, legacy } : { col, value, text };
  }
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Display text when the host gave none: dates as dd/mm/yyyy (hosts hand dates over as UTC midnight). */
export function displayOf(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return "";
    return `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  }
  if (isCellError(v)) return v.error;
  return "";
}

/** Whether a cell holds anything (blank strings and spaces count as empty). */
export function isFilled(v: CellValue): boolean {
  if (v === null) return false;
  if (typeof v === "string") return v.trim() !== "";
  return true;
}
