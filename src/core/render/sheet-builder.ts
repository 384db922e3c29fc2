/** Accumulates an owned sheet row by row: values from A1, merges, styles, heights and links. */
import { a1, rangeA1 } from "../address";
import type { CellValue, MergeArea } from "../grid";
import type { CellStyle, StyledRange } from "./plan";

// local aliases keep global lookups out of per-row loops (slow inside Jest's vm sandbox)
const { max, ceil, floor } = Math;

/** Points per printed line of 12–13 pt Times New Roman, with leading. */
const LINE_HEIGHT = 16.5;

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

  /** Sets a row's height from the number of printed lines its wrapped cells need (Excel does not fit merged rows). */
  fitHeight(row: number, widths: readonly number[], spans: readonly number[] = []): void {
    const cells = this.values[row - 1];
    let lines = 1;
    let col = 0;
    for (let i = 0; i < cells.length; i++) {
      const span = spans[i] ?? 1;
      const v = cells[i];
      if (typeof v === "string" && v) {
        let w = 0;
        for (let k = col; k < col + span && k < widths.length; k++) w += widths[k];
        lines = max(lines, linesNeeded(v, w));
      }
      col += span;
      if (col >= widths.length) break;
    }
    if (lines > 1) this.rowHeights.push({ row, height: ceil(lines * LINE_HEIGHT) });
  }
}

/** Lines a text needs in a column `width` characters wide (serif text runs a little narrower than the digit width). */
export function linesNeeded(text: string, width: number): number {
  const perLine = max(1, floor(width * 1.1));
  if (text.length <= perLine && text.indexOf("\n") < 0) return 1;
  return text.split("\n").reduce((n, part) => n + max(1, ceil(part.length / perLine)), 0);
}
