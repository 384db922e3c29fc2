/** Accumulates an owned sheet row by row: values from A1, merges, styles, heights and links. */
import { a1, rangeA1 } from "../address";
import type { CellValue, MergeArea } from "../grid";
import type { CellStyle, StyledRange } from "./plan";
import { capacityEm, linesHeight, wrappedLines } from "./text-fit";

/** How a row's text is set, for fitting its height. */
export interface TextSetting {
  size: number;
  bold?: boolean;
}

export class SheetBuilder {
  readonly values: CellValue[][] = [];
  readonly merges: MergeArea[] = [];
  readonly styles: StyledRange[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];
  readonly links: { cell: string; target: string }[] = [];

  constructor(readonly width: number) {}

  /** The 1-based number the next row will get. */
  get nextRow(): number {
    return this.values.length + 1;
  }

  get lastRow(): number {
    return this.values.length;
  }

  /** Appends a row (padded to the sheet's width) and returns its number. */
  row(cells: CellValue[] = []): number {
    const r = new Array<CellValue>(this.width).fill(null);
    cells.forEach((v, i) => {
      if (i < this.width) r[i] = v;
    });
    this.values.push(r);
    return this.values.length;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  style(top: number, left: number, bottom: number, right: number, style: CellStyle): void {
    if (bottom >= top && right >= left)
      this.styles.push({ range: rangeA1(top, left, bottom, right), style });
  }

  link(row: number, col: number, target: string): void {
    this.links.push({ cell: a1(row, col), target });
  }

  /** Fits a row's height again after its cells were merged or restyled. */
  refit(row: number, widths: readonly number[], spans: readonly number[], text: TextSetting): void {
    const i = this.rowHeights.findIndex((h) => h.row === row);
    if (i >= 0) this.rowHeights.splice(i, 1);
    this.fitHeight(row, widths, spans, text);
  }

  /**
   * Sets a row's height from the number of printed lines its wrapped cells need (Excel does not fit merged rows).
   * `spans` gives how many columns each cell covers (0 for the cells a merge hides); one-line rows keep the default.
   */
  fitHeight(
    row: number,
    widths: readonly number[],
    spans: readonly number[] = [],
    text: TextSetting = { size: 12 }
  ): void {
    const cells = this.values[row - 1];
    let lines = 1;
    let col = 0;
    for (let i = 0; i < cells.length && col < widths.length; i++) {
      const span = spans[i] ?? 1;
      const v = cells[i];
      if (span > 0 && typeof v === "string" && v) {
        const cap = capacityEm(widths.slice(col, col + span), text.size);
        const n = wrappedLines(v, cap, text.bold);
        if (n > lines) lines = n;
      }
      col += span;
    }
    if (lines > 1) this.rowHeights.push({ row, height: linesHeight(lines, text.size) });
  }
}
