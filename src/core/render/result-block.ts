/**
 * The result block appended to each checked sheet, and its marks (spec/workbook.md items 1–2, criteria.md §4).
 *
 * Marks are per cell, with a constant three rules per sheet. Each row's hidden flag columns hold
 * - gap cells: "|3|7|24|" — the column numbers of the cells of the row's deciding gaps, plus the Kết quả column when
 *   the outcome is `gaps`;
 * - unknown cells: the same for deciding unknowns (a cell already in the gap list is left out), plus the Kết quả
 *   column when the outcome is `needs_info`;
 * - eligible: 1 or 0.
 * The gap and unknown rules cover the office's data range *extended to the block's Kết quả column* (so the outcome
 * cell is coloured by the same rule) with `ISNUMBER(SEARCH("|"&COLUMN()&"|",$W8))`: COLUMN() in a conditional
 * format is the column of the cell being formatted (the same mechanism as the classic MOD(ROW(),2) banding), so
 * only the cells named in the row's flag are painted and an LĐTT-only row is not painted for its missing initiative.
 * Findings whose cell is on another row or sheet (a group row, the units sheet) colour only the Kết quả cell.
 * The eligible rule covers the Kết quả column only.
 * The marker stays "KẾT QUẢ RÀ SOÁT" in both languages: it is how the reader recognises the block.
 */
import { a1, colLetter, colNumber, parseA1, rangeA1 } from "../address";
import { inNote, judgedTitlesOf } from "./judged";
import type { CellValue, MergeArea } from "../grid";
import type { SheetRead } from "../records";
import type { Finding, IndividualResult, UnitResult } from "../review";
import { MARKER } from "./constants";
import { outcomeLabel, titleShort, type Say } from "./labels";
import type { CheckedSheetPlan, MarkRule, StyledRange } from "./plan";
import { makeBlockStamp } from "./stamp";
import { HEADER_FILL, MARK_COLOURS, font } from "./style";

type RowResult = IndividualResult | UnitResult;

/** Visible columns, in order, then the hidden flag columns. */
const VISIBLE = [
  { key: "RENDER_COL_UNIT", width: 24 },
  { key: "RENDER_COL_OUTCOME", width: 17 },
  { key: "RENDER_COL_PROPOSED", width: 18 },
  { key: "RENDER_COL_UP_TO", width: 14 },
  { key: "RENDER_COL_CODES", width: 14 },
  { key: "RENDER_COL_NOTES", width: 60 },
] as const;
const FLAGS = [
  "RENDER_COL_FLAG_GAP",
  "RENDER_COL_FLAG_UNKNOWN",
  "RENDER_COL_FLAG_ELIGIBLE",
] as const;
const OUTCOME_OFFSET = 1;
/** Excel refuses cell text longer than this. */
const MAX_CELL_TEXT = 32767;

export interface BlockContext {
  say: Say;
  /** A finding as the reader sees it: plain sentences (plain.ts), no identifiers, no cell addresses. */
  text: (f: Finding) => string;
  /** The short label of a criterion or condition ("Xếp loại", "Người đứng đầu"), for "Tiêu chí chưa đạt". */
  short: (code: string) => string | null;
  /** The title a row without proposals is judged on (the rule set's `judgedWithoutProposal`). */
  judgedWithoutProposal: { individual: string; unit: string };
  hasAutoFilter: boolean;
}

/** First column of the office's table: the leftmost header the reader saw, else A. */
export function officeFirstCol(sheet: SheetRead): number {
  const cols = sheet.headers
    .map((h) => colNumber(h.col))
    .filter((n) => Number.isFinite(n) && n > 0);
  return cols.length ? Math.min(...cols) : 1;
}

function cellList(cols: number[]): string | null {
  if (cols.length === 0) return null;
  if (cols.length === 1) return `|${cols[0]}|`;
  const list = [...new Set(cols)].sort((a, b) => a - b);
  return list.length ? `|${list.join("|")}|` : null;
}

function clip(s: string): string {
  return s.length > MAX_CELL_TEXT ? s.slice(0, MAX_CELL_TEXT - 1) + "…" : s;
}

function rowValues(
  r: RowResult,
  ctx: BlockContext,
  officeFirst: number,
  officeLast: number,
  outcomeCol: number
): CellValue[] {
  const say = ctx.say;
  const gapCols: number[] = [];
  const unknownCols: number[] = [];
  const labels: string[] = [];
  const deciding: string[] = [];
  const information: string[] = [];
  const judged = judgedTitlesOf(r, ctx.judgedWithoutProposal);
  for (const f of r.findings) {
    // Findings of titles not judged go to the review sheet and the report only (criteria.md §4).
    if (!f.decides && !inNote(f, judged)) continue;
    const isMark = f.decides && (f.verdict === "gap" || f.verdict === "unknown");
    if (isMark) {
      const label = ctx.short(f.code);
      if (label && !labels.includes(label)) labels.push(label);
      const at = f.cell ? parseA1(f.cell) : null;
      if (at && at.row === r.row && at.col >= officeFirst && at.col <= officeLast)
        (f.verdict === "gap" ? gapCols : unknownCols).push(at.col);
    }
    (f.decides ? deciding : information).push(ctx.text(f));
  }
  if (r.outcome === "gaps") gapCols.push(outcomeCol);
  if (r.outcome === "needs_info") unknownCols.push(outcomeCol);
  const titles = r.proposals.length ? r.proposals.map((p) => p.title) : r.proposedByUnit;
  return [
    r.unit ?? null,
    outcomeLabel(say, r.outcome),
    titles.length ? titles.map((t) => titleShort(say, t)).join(", ") : null,
    r.eligibleUpTo ? titleShort(say, r.eligibleUpTo) : null,
    labels.length ? labels.join("; ") : null,
    deciding.length || information.length ? clip([...deciding, ...information].join("\n")) : null,
    cellList(gapCols),
    cellList(gapCols.length ? unknownCols.filter((c) => !gapCols.includes(c)) : unknownCols),
    r.outcome === "eligible" ? 1 : 0,
  ];
}

function headerValues(say: Say, top: number, last: number): CellValue[][] {
  const titles: CellValue[] = [...VISIBLE.map((c) => say(c.key)), ...FLAGS.map((k) => say(k))];
  if (top === last) titles[0] = `${MARKER}\n${titles[0] as string}`;
  const rows: CellValue[][] = [];
  for (let row = top; row < last; row++) {
    const blank: CellValue[] = titles.map(() => null);
    if (row === top) blank[0] = MARKER;
    rows.push(blank);
  }
  rows.push(titles);
  return rows;
}

function markRule(
  kind: MarkRule["kind"],
  range: string,
  flagCol: number,
  top: number,
  bottom: number,
  formula: string
): MarkRule {
  return {
    kind,
    range,
    formula,
    ...MARK_COLOURS[kind],
    flagRange: rangeA1(top, flagCol, bottom, flagCol),
  };
}

export function renderResultBlock(
  sheet: SheetRead,
  results: readonly RowResult[],
  ctx: BlockContext
): CheckedSheetPlan {
  const firstCol = sheet.resultBlock?.firstCol ?? sheet.lastOfficeCol + 2;
  const width = VISIBLE.length + FLAGS.length;
  const lastCol = firstCol + width - 1;
  const outcomeCol = firstCol + OUTCOME_OFFSET;
  const [gapCol, unknownCol, eligibleCol] = FLAGS.map((_, i) => firstCol + VISIBLE.length + i);
  const officeFirst = officeFirstCol(sheet);

  const headerTop = sheet.headerRows.length
    ? Math.min(...sheet.headerRows)
    : Math.max(1, sheet.firstDataRow - 1);
  const headerLast = sheet.headerRows.length ? Math.max(...sheet.headerRows) : headerTop;
  const dataTop = Math.max(sheet.firstDataRow, headerLast + 1);
  const dataBottom = sheet.lastDataRow;
  const hasData = dataBottom >= dataTop;

  const byRow = new Map<number, RowResult>();
  for (const r of results) if (r.sheet === sheet.name) byRow.set(r.row, r);

  const values = headerValues(ctx.say, headerTop, headerLast);
  const empty = (): CellValue[] => new Array<CellValue>(width).fill(null);
  for (let row = headerLast + 1; row <= dataBottom; row++) {
    const r = row >= dataTop ? byRow.get(row) : undefined;
    values.push(r ? rowValues(r, ctx, officeFirst, sheet.lastOfficeCol, outcomeCol) : empty());
  }

  const merges: MergeArea[] =
    headerLast > headerTop
      ? [
          {
            top: headerTop,
            left: firstCol,
            bottom: headerLast - 1,
            right: firstCol + VISIBLE.length - 1,
          },
        ]
      : [];

  const visibleLast = firstCol + VISIBLE.length - 1;
  const styles: StyledRange[] = [
    {
      range: rangeA1(headerTop, firstCol, headerLast, lastCol),
      style: font(11, {
        bold: true,
        fill: HEADER_FILL,
        border: true,
        wrap: true,
        hAlign: "center",
        vAlign: "middle",
      }),
    },
  ];
  if (hasData) {
    styles.push({
      range: rangeA1(dataTop, firstCol, dataBottom, visibleLast),
      style: font(11, { border: true, wrap: true, vAlign: "top" }),
    });
    styles.push({
      range: rangeA1(dataTop, gapCol, dataBottom, lastCol),
      style: font(11, { numFmt: "@" }),
    });
  }

  const marks: MarkRule[] = [];
  if (hasData) {
    const office = rangeA1(dataTop, officeFirst, dataBottom, outcomeCol);
    const listed = (col: number): string =>
      `ISNUMBER(SEARCH("|"&COLUMN()&"|",$${colLetter(col)}${dataTop}))`;
    marks.push(markRule("gap", office, gapCol, dataTop, dataBottom, listed(gapCol)));
    marks.push(markRule("unknown", office, unknownCol, dataTop, dataBottom, listed(unknownCol)));
    marks.push(
      markRule(
        "eligible",
        rangeA1(dataTop, outcomeCol, dataBottom, outcomeCol),
        eligibleCol,
        dataTop,
        dataBottom,
        `$${a1(dataTop, eligibleCol)}=1`
      )
    );
  }

  const flagCols = [gapCol, unknownCol, eligibleCol];
  return {
    sheet: sheet.name,
    protected: sheet.protected,
    firstCol,
    clearCols: sheet.resultBlock
      ? { first: sheet.resultBlock.firstCol, last: sheet.resultBlock.lastCol }
      : null,
    firstRow: headerTop,
    values,
    merges,
    styles,
    hiddenCols: flagCols,
    widths: [
      ...VISIBLE.map((c, i) => ({ col: firstCol + i, width: c.width })),
      ...flagCols.map((col) => ({ col, width: 8 })),
    ],
    marks,
    autoFilter: ctx.hasAutoFilter
      ? null
      : rangeA1(headerLast, officeFirst, Math.max(headerLast, dataBottom), lastCol),
    blockStamp: makeBlockStamp({
      firstCol,
      lastCol,
      firstRow: headerTop,
      lastRow: Math.max(headerLast, dataBottom),
      flagCols,
    }),
  };
}
