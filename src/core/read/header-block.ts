/**
 * Finding the header of a sheet's table: the add-in's old result block, the header rows (1–3, merged cells filled),
 * the numbering row under them, and each column's header texts.
 *
 * How the block is found (spec/workbook.md "What comes in"): every row of the first SCAN_ROWS rows is matched cell by
 * cell; the row matching the most distinct fields is the anchor (at least two fields, else there is no header).
 * The block then grows up and down, at most to three rows, by rows that share a vertical merge with it or that
 * raise the number of fields matched. Title rows ("BẢNG TỔNG HỢP …") add no field and stay out; a numbering row
 * ("(1) (2) (3)" or "1 2 3") is never part of it and is skipped below it.
 */
import { type SheetGrid, cellAt, fontAt, lastCol, lastRow, textAt } from "../grid";
import type { FieldId } from "../records";
import { clean } from "../text/normalize";
import { toUnicode } from "../text/legacy";
import { type HeaderMatch, matchHeader } from "../vocab/headers";
import type { MergeIndex } from "./merges";

export const SCAN_ROWS = 60;
const MAX_HEADER_ROWS = 3;
/**
 * The add-in writes its marker exactly, alone or as the first line of a one-row block header. Decision (issue 7):
 * only that text counts, in upper case with its diacritics. A looser match took an office's own "Kết quả rà soát hồ
 * sơ" column for an old block and overwrote it and every column right of it.
 */
const RESULT_MARKER = "KẾT QUẢ RÀ SOÁT";

function isResultMarker(v: string): boolean {
  return clean(v.split(/\r?\n/)[0]) === RESULT_MARKER;
}

export interface HeaderContext {
  grid: SheetGrid;
  merges: MergeIndex;
  /** Last column that belongs to the office (before the add-in's result block). */
  lastOfficeCol: number;
  /** The first cell typed in a legacy encoding in the header area, if any. */
  legacy?: { cell: { row: number; col: number }; encoding: "tcvn3" | "vni" };
}

export interface HeaderBlock {
  rows: number[];
  /** First row after the header (and after the numbering row, if any). */
  dataStart: number;
  /** Per office column, the distinct texts of its header rows, top to bottom. */
  segments: Map<number, string[]>;
}

function rawText(grid: SheetGrid, row: number, col: number): string {
  const shown = textAt(grid, row, col);
  if (shown !== null && shown !== "") return shown;
  const v = cellAt(grid, row, col);
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}

/** A header cell's text, taken from its merge's first cell, converted from legacy encodings and cleaned. */
export function headerCellText(ctx: HeaderContext, row: number, col: number): string {
  const m = ctx.merges.at(row, col);
  const r = m ? m.top : row;
  const c = m ? m.left : col;
  const raw = rawText(ctx.grid, r, c);
  if (raw === "") return "";
  const converted = toUnicode(raw, fontAt(ctx.grid, r, c) ?? undefined);
  if (converted.legacy && !ctx.legacy) {
    ctx.legacy = { cell: { row: r, col: c }, encoding: converted.legacy };
  }
  return clean(converted.text.replace(/[\r\n\t]+/g, " "));
}

/** Finds the add-in's previous result block: a header cell beginning with "KẾT QUẢ RÀ SOÁT". */
export function findResultBlock(
  grid: SheetGrid,
  merges: MergeIndex
): { firstCol: number; lastCol: number } | undefined {
  const last = Math.min(lastRow(grid), grid.top + SCAN_ROWS - 1);
  const right = lastCol(grid);
  let first: number | undefined;
  for (let r = grid.top; r <= last; r++) {
    for (let c = grid.left; c <= right; c++) {
      if (first !== undefined && c >= first) break;
      const m = merges.at(r, c);
      const v = cellAt(grid, m ? m.top : r, m ? m.left : c);
      if (typeof v === "string" && isResultMarker(v)) first = c;
    }
  }
  return first === undefined ? undefined : { firstCol: first, lastCol: right };
}

const NUMBER_TOKEN = /^\(?\s*(\d{1,3})\s*\)?\.?$/;

/** "(1) (2) (3)" or "1 2 3": at least three cells, all numbers, increasing. */
export function isNumberingRow(ctx: HeaderContext, row: number): boolean {
  let count = 0;
  let prev = -Infinity;
  for (let c = ctx.grid.left; c <= ctx.lastOfficeCol; c++) {
    const m = ctx.merges.at(row, c);
    if (m && (m.left !== c || m.top !== row)) continue;
    const v = cellAt(ctx.grid, row, c);
    if (v === null || v === "") continue;
    let n: number;
    if (typeof v === "number") n = v;
    else if (typeof v === "string") {
      const t = NUMBER_TOKEN.exec(v.trim());
      if (!t) {
        if (v.trim() === "") continue;
        return false;
      }
      n = Number(t[1]);
    } else return false;
    if (!Number.isInteger(n) || n <= prev) return false;
    prev = n;
    count++;
  }
  return count >= 3;
}

/** Header texts of one column over the given rows, merged repeats (vertical merges) removed. */
function columnSegments(ctx: HeaderContext, rows: number[], col: number): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const t = headerCellText(ctx, r, col);
    if (t !== "" && out[out.length - 1] !== t) out.push(t);
  }
  return out;
}

/** Candidate fields of a column: the lowest rows first ("Tiêu chí thi đua" over "Tinh thần trách nhiệm" is
 * responsibility), the joined text when the lower rows alone say nothing ("Xếp loại" over "Năm 2024"). */
export function matchSegments(
  segments: string[],
  cache: Map<string, HeaderMatch[]>
): HeaderMatch[] {
  for (let start = segments.length - 1; start >= 0; start--) {
    const text = segments.slice(start).join(" ");
    let found = cache.get(text);
    if (!found) {
      found = matchHeader(text);
      cache.set(text, found);
    }
    if (found.length > 0) return found;
  }
  return [];
}

function fieldsOf(ctx: HeaderContext, rows: number[], cache: Map<string, HeaderMatch[]>): number {
  const fields = new Set<FieldId>();
  for (let c = ctx.grid.left; c <= ctx.lastOfficeCol; c++) {
    const found = matchSegments(columnSegments(ctx, rows, c), cache);
    if (found.length > 0) fields.add(found[0].field);
  }
  return fields.size;
}

function isBlankRow(ctx: HeaderContext, row: number): boolean {
  for (let c = ctx.grid.left; c <= ctx.lastOfficeCol; c++) {
    if (headerCellText(ctx, row, c) !== "") return false;
  }
  return true;
}

function sharesVerticalMerge(ctx: HeaderContext, rows: number[], row: number): boolean {
  for (let c = ctx.grid.left; c <= ctx.lastOfficeCol; c++) {
    const m = ctx.merges.at(row, c);
    if (m && m.top !== m.bottom && rows.some((r) => r >= m.top && r <= m.bottom)) return true;
  }
  return false;
}

function joins(
  ctx: HeaderContext,
  rows: number[],
  row: number,
  count: number,
  cache: Map<string, HeaderMatch[]>
): boolean {
  if (row < ctx.grid.top || row > lastRow(ctx.grid)) return false;
  if (isBlankRow(ctx, row) || isNumberingRow(ctx, row)) return false;
  if (sharesVerticalMerge(ctx, rows, row)) return true;
  const grown = [...rows, row].sort((a, b) => a - b);
  return fieldsOf(ctx, grown, cache) > count;
}

export function findHeader(ctx: HeaderContext): HeaderBlock | null {
  const cache = new Map<string, HeaderMatch[]>();
  const last = Math.min(lastRow(ctx.grid), ctx.grid.top + SCAN_ROWS - 1);
  let anchor = -1;
  let best = 1;
  for (let r = ctx.grid.top; r <= last; r++) {
    const n = fieldsOf(ctx, [r], cache);
    if (n > best) {
      best = n;
      anchor = r;
    }
  }
  if (anchor < 0) return null;

  let rows = [anchor];
  let count = best;
  let grew = true;
  while (grew && rows.length < MAX_HEADER_ROWS) {
    grew = false;
    for (const next of [rows[0] - 1, rows[rows.length - 1] + 1]) {
      if (rows.length >= MAX_HEADER_ROWS) break;
      if (joins(ctx, rows, next, count, cache)) {
        rows = [...rows, next].sort((a, b) => a - b);
        count = Math.max(count, fieldsOf(ctx, rows, cache));
        grew = true;
      }
    }
  }

  let dataStart = rows[rows.length - 1] + 1;
  while (dataStart <= lastRow(ctx.grid) && isNumberingRow(ctx, dataStart)) dataStart++;

  const segments = new Map<number, string[]>();
  for (let c = ctx.grid.left; c <= ctx.lastOfficeCol; c++) {
    segments.set(c, columnSegments(ctx, rows, c));
  }
  return { rows, dataStart, segments };
}
