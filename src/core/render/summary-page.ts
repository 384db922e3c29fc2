/**
 * The summary's building blocks: full-width lines, two-block lines, bordered tables. The page has six columns, seven
 * when the lists show the council's vote (spec/criteria.md §5.11); tables of six cells on a seven-column page (the
 * overview) widen their second cell, the label, over the extra column.
 */
import type { CellValue } from "../grid";
import type { CellStyle } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import { HEADER_FILL, font } from "./style";
import { capacityEm, linesHeight, wrappedLines } from "./text-fit";

export class SummaryPage {
  readonly b: SheetBuilder;
  readonly cols: number;

  /** `split`: columns of the left block of a two-block line (pairSplit). */
  constructor(
    readonly widths: readonly number[],
    readonly split: number
  ) {
    this.cols = widths.length;
    this.b = new SheetBuilder(this.cols);
  }

  /** Extra columns a row of `n` cells leaves, which its second cell spans. */
  private extra(n: number): number {
    return Math.max(0, this.cols - n);
  }

  /** Cells laid on the page: the second cell followed by the columns it spans; its merge and fitting spans. */
  private spread(r: number, cells: CellValue[]): number[] {
    const extra = this.extra(cells.length);
    if (!extra || cells.length < 2) return [];
    this.b.values[r - 1] = [
      cells[0],
      cells[1],
      ...new Array<CellValue>(extra).fill(null),
      ...cells.slice(2),
    ];
    this.b.merge(r, 2, r, 2 + extra);
    return [1, 1 + extra, ...new Array<number>(extra).fill(0)];
  }

  blank(): number {
    return this.b.row();
  }

  /** A full-width line of text. */
  line(text: string, style: CellStyle): number {
    const cols = this.cols;
    const r = this.b.row([text]);
    this.b.merge(r, 1, r, cols);
    this.b.style(r, 1, r, cols, { wrap: true, ...style });
    this.b.fitHeight(r, this.widths, [cols], { size: style.fontSize ?? 12, bold: style.bold });
    return r;
  }

  /** Two blocks side by side: the left over the first `split` columns, the right over the rest. */
  pair(left: string | null, right: string | null, ls: CellStyle, rs: CellStyle): number {
    const k = this.split;
    const cols = this.cols;
    const cells: CellValue[] = new Array<CellValue>(cols).fill(null);
    cells[0] = left;
    cells[k] = right;
    const r = this.b.row(cells);
    this.b.merge(r, 1, r, k);
    this.b.merge(r, k + 1, r, cols);
    if (left !== null) this.b.style(r, 1, r, k, { wrap: true, ...ls });
    if (right !== null) this.b.style(r, k + 1, r, cols, { wrap: true, ...rs });
    // the two blocks differ in size and weight: fit each on its own and keep the taller
    const fit = (text: string | null, widths: readonly number[], st: CellStyle) => {
      if (!text) return { lines: 1, height: 0 };
      const size = st.fontSize ?? 12;
      const lines = wrappedLines(text, capacityEm(widths, size), st.bold);
      return { lines, height: linesHeight(lines, size) };
    };
    const l = fit(left, this.widths.slice(0, k), ls);
    const rt = fit(right, this.widths.slice(k), rs);
    if (l.lines > 1 || rt.lines > 1)
      this.b.rowHeights.push({ row: r, height: Math.max(l.height, rt.height) });
    return r;
  }

  tableHeader(cells: string[]): number {
    const r = this.b.row(cells);
    const spans = this.spread(r, cells);
    this.b.style(
      r,
      1,
      r,
      this.cols,
      font(12, {
        bold: true,
        fill: HEADER_FILL,
        border: true,
        wrap: true,
        hAlign: "center",
        vAlign: "middle",
      })
    );
    this.b.fitHeight(r, this.widths, spans, { size: 12, bold: true });
    return r;
  }

  /**
   * Body rows of a table, styled as one block: STT and columns centreFrom..centreTo centred, the rest left. Column
   * numbers are the rows' own (a row of six cells on a seven-column page: shifted past the widened label).
   */
  tableBody(rows: CellValue[][], centreFrom = 3, centreTo = 6): { first: number; last: number } {
    const first = this.b.nextRow;
    const extra = rows.length ? this.extra(rows[0].length) : 0;
    for (const cells of rows) {
      const r = this.b.row(cells);
      this.b.fitHeight(r, this.widths, this.spread(r, cells));
    }
    const last = this.b.lastRow;
    if (!rows.length) return { first, last };
    const body = font(12, { border: true, wrap: true, vAlign: "top" });
    const shift = (c: number): number => (c >= 3 ? c + extra : c);
    this.b.style(first, 1, last, this.cols, body);
    this.b.style(first, 1, last, 1, { ...body, hAlign: "center" });
    this.b.style(first, shift(centreFrom), last, shift(centreTo), { ...body, hAlign: "center" });
    return { first, last };
  }
}
