/** The summary's building blocks on six fixed columns: full-width lines, two-block lines, bordered tables. */
import type { CellValue } from "../grid";
import type { CellStyle } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import { HEADER_FILL, font } from "./style";
import { COLS } from "./summary-widths";
import { capacityEm, linesHeight, wrappedLines } from "./text-fit";

export class SummaryPage {
  readonly b = new SheetBuilder(COLS);

  /** `split`: columns of the left block of a two-block line (pairSplit). */
  constructor(
    readonly widths: readonly number[],
    readonly split: number
  ) {}

  blank(): number {
    return this.b.row();
  }

  /** A full-width line of text. */
  line(text: string, style: CellStyle): number {
    const r = this.b.row([text]);
    this.b.merge(r, 1, r, COLS);
    this.b.style(r, 1, r, COLS, { wrap: true, ...style });
    this.b.fitHeight(r, this.widths, [COLS], { size: style.fontSize ?? 12, bold: style.bold });
    return r;
  }

  /** Two blocks side by side: the left over the first `split` columns, the right over the rest. */
  pair(left: string | null, right: string | null, ls: CellStyle, rs: CellStyle): number {
    const k = this.split;
    const cells: CellValue[] = new Array<CellValue>(COLS).fill(null);
    cells[0] = left;
    cells[k] = right;
    const r = this.b.row(cells);
    this.b.merge(r, 1, r, k);
    this.b.merge(r, k + 1, r, COLS);
    if (left !== null) this.b.style(r, 1, r, k, { wrap: true, ...ls });
    if (right !== null) this.b.style(r, k + 1, r, COLS, { wrap: true, ...rs });
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
    this.b.style(
      r,
      1,
      r,
      COLS,
      font(12, {
        bold: true,
        fill: HEADER_FILL,
        border: true,
        wrap: true,
        hAlign: "center",
        vAlign: "middle",
      })
    );
    this.b.fitHeight(r, this.widths, [], { size: 12, bold: true });
    return r;
  }

  /** Body rows of a table, styled as one block: STT and columns centreFrom..centreTo centred, the rest left. */
  tableBody(rows: CellValue[][], centreFrom = 3, centreTo = COLS): { first: number; last: number } {
    const first = this.b.nextRow;
    for (const cells of rows) this.b.fitHeight(this.b.row(cells), this.widths);
    const last = this.b.lastRow;
    if (!rows.length) return { first, last };
    const body = font(12, { border: true, wrap: true, vAlign: "top" });
    this.b.style(first, 1, last, COLS, body);
    this.b.style(first, 1, last, 1, { ...body, hAlign: "center" });
    this.b.style(first, centreFrom, last, centreTo, { ...body, hAlign: "center" });
    return { first, last };
  }
}
