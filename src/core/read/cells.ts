/**
 * One data cell as a field sees it (records.ts FieldCell): merged cells take their merge's first cell, legacy text is
 * converted with the cell's font, the display text is cleaned. Conversions are cached: a sheet repeats the same
 * few ratings and marks thousands of times.
 */
import { colLetter } from "../address";
import { type CellValue, type SheetGrid, cellAt, fontAt, isCellError, textAt } from "../grid";
import type { FieldCell } from "../records";
import { clean } from "../text/normalize";
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

export class CellReader {
  /** Conversions by font, then by raw text: a nested map spares building a font+text key string per cell. */
  private readonly cache = new Map<string | null, Map<string, Converted>>();
  private readonly letters: string[] = [];
  /** The first legacy-encoded cell read on this sheet. */
  firstLegacy: { cell: string; encoding: Legacy } | undefined;

  constructor(
    private readonly grid: SheetGrid,
    private readonly merges: MergeIndex
  ) {}

  private convert(raw: string, font: string | null): Converted {
    let byText = this.cache.get(font);
    if (!byText) {
      byText = new Map();
      this.cache.set(font, byText);
    }
    let hit = byText.get(raw);
    if (!hit) {
      const r = toUnicode(raw, font ?? undefined);
      hit = { value: r.text, text: clean(r.text) };
      if (r.legacy) hit.legacy = r.legacy;
      byText.set(raw, hit);
    }
    return hit;
  }

  private address(row: number, col: number): string {
    let letter = this.letters[col];
    if (letter === undefined) {
      letter = colLetter(col);
      this.letters[col] = letter;
    }
    return `${letter}${row}`;
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
    const shown = this.grid.text ? textAt(this.grid, r, c) : null;
    // A shown text equal to the string value converts to what was just taken from it.
    if (shown !== null && shown !== "" && shown !== raw) {
      const conv = this.convert(shown, font);
      text = conv.text;
      legacy ??= conv.legacy;
    }
    const cell = this.address(row, col);
    const out: FieldCell = { cell, col, value, text };
    if (legacy) {
      out.legacy = legacy;
      this.firstLegacy ??= { cell, encoding: legacy };
    }
    return out;
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
