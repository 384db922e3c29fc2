/**
 * The review sheet "Rà soát chi tiết" (spec/workbook.md item 4): one row per problem, then one per finding, each
 * with a link to its cell. Decision: a name column is added after the cell, so a filtered list still says whose row it
 * is; a finding with no cell of its own links to the first cell of its row.
 */
import { a1, sheetRef } from "../address";
import type { CellValue } from "../grid";
import type { Msg, ProblemLevel, ReadResult } from "../records";
import type { Finding, IndividualResult, Review, UnitResult } from "../review";
import type { Say } from "./labels";
import { officeFirstCol } from "./result-block";
import { SheetBuilder } from "./sheet-builder";
import { HEADER_FILL, font } from "./style";

export const REVIEW_WIDTHS = [18, 8, 26, 12, 16, 70, 28];
const LEVEL_ORDER: Record<ProblemLevel, number> = { error: 0, warning: 1, info: 2 };

export interface ReviewContext {
  read: ReadResult;
  review: Review;
  say: Say;
  text: (msg: Msg) => string;
}

export function renderReviewSheet(ctx: ReviewContext): SheetBuilder {
  const { say, text, read, review } = ctx;
  const b = new SheetBuilder(REVIEW_WIDTHS.length);
  const firstCols = new Map(read.sheets.map((s) => [s.name, officeFirstCol(s)]));
  const sheetOrder = new Map(read.sheets.map((s, i) => [s.name, i]));

  const head = b.row(
    ["SHEET", "CELL", "NAME", "CODE", "VERDICT", "MESSAGE", "SOURCE"].map((k) =>
      say(`RENDER_REV_COL_${k}`)
    )
  );
  b.style(
    head,
    1,
    head,
    REVIEW_WIDTHS.length,
    font(11, {
      bold: true,
      fill: HEADER_FILL,
      border: true,
      wrap: true,
      hAlign: "center",
      vAlign: "middle",
    })
  );

  const problems = [...review.problems].sort((x, y) => LEVEL_ORDER[x.level] - LEVEL_ORDER[y.level]);
  for (const p of problems) {
    const r = b.row([
      p.sheet,
      p.cell,
      null,
      p.code,
      say(`RENDER_PROBLEM_${p.level}`),
      text(p.msg),
      null,
    ]);
    if (p.sheet && p.cell) b.link(r, 2, sheetRef(p.sheet, p.cell));
  }

  const rows: (IndividualResult | UnitResult)[] = [...review.units, ...review.individuals];
  rows.sort(
    (x, y) => (sheetOrder.get(x.sheet) ?? 0) - (sheetOrder.get(y.sheet) ?? 0) || x.row - y.row
  );
  for (const row of rows) {
    const name = "name" in row ? row.name : (row.unit ?? "");
    for (const f of row.findings) {
      const cell = f.cell ?? a1(row.row, firstCols.get(row.sheet) ?? 1);
      const values: CellValue[] = [
        row.sheet,
        cell,
        name,
        f.code,
        say(`RENDER_FINDING_${f.verdict}`),
        text(f.msg),
        sourceText(f, text),
      ];
      b.link(b.row(values), 2, sheetRef(row.sheet, cell));
    }
  }
  if (b.lastRow > head)
    b.style(
      head + 1,
      1,
      b.lastRow,
      REVIEW_WIDTHS.length,
      font(11, { border: true, wrap: true, vAlign: "top" })
    );
  return b;
}

function sourceText(f: Finding, text: (msg: Msg) => string): string | null {
  return f.source ? text({ key: f.source }) : null;
}
