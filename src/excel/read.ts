/// <reference types="office-js" />
/**
 * Reads the workbook into core's WorkbookGrid in a few syncs (design.md "Few round trips"):
 *   1. the sheets: name, visibility, protection;
 *   2. each sheet's used range (values only) and its stamps (`_thidua_owner`, `_thidua_block`);
 *   3. values and value types (+ display text) in row chunks of at most ~4 MB of response, and merged areas; the
 *      bytes per cell are re-measured after each sync, so the number of syncs follows bytes, not rows;
 *   4. font names, only for text cells that look legacy-encoded (mayBeLegacyText), capped at `maxFontCells`.
 * Decisions: hidden rows and formulas without cached values are not read (Office.js always returns a calculated
 * value, and reading row visibility costs a request per row); fonts are read cell by cell because a multi-cell range
 * reports null when its fonts differ, and the cap keeps that request small — legacy text comes in whole columns, so
 * the first cells found are enough for core to tell the encoding.
 */
import type { CellValue, MergeArea, SheetGrid, WorkbookGrid } from "../core/grid";
import { DEFAULT_BUDGET, jsonBytes } from "./batch";
import { isPayloadError } from "./errors";
import { mayBeLegacyText } from "./legacy-hint";
import { BLOCK_NAME, decodeNameText, OWNER_NAME } from "./ownership";
import { addressAreas } from "./address";
import { fromExcel } from "./values";

export interface ReadOptions {
  /** Response bytes per sync (default 4 MB; Excel on the web refuses 5 MB). */
  budget?: number;
  /** Read display text too (default true). */
  text?: boolean;
  /** Read font names of legacy-looking text cells (default true). */
  fonts?: boolean;
  maxFontCells?: number;
  /** Only these sheets' cells (all sheets are still listed). */
  sheets?: string[];
  /** First estimate of response bytes per cell, before anything is measured. */
  bytesPerCell?: number;
}

const VISIBILITY: Record<string, SheetGrid["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

interface SheetJob {
  grid: SheetGrid;
  ws: Excel.Worksheet;
  rows: number;
  cols: number;
  nextRow: number;
  merged?: Excel.RangeAreas;
}

interface Chunk {
  job: SheetJob;
  range: Excel.Range;
  first: number;
  count: number;
}

export async function readWorkbook(
  context: Excel.RequestContext,
  opts: ReadOptions = {}
): Promise<WorkbookGrid> {
  const budget = opts.budget ?? DEFAULT_BUDGET;
  const wantText = opts.text ?? true;

  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility,items/protection/protected");
  await context.sync();

  const probes = worksheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const owner = ws.names.getItemOrNullObject(OWNER_NAME);
    owner.load("formula");
    const block = ws.names.getItemOrNullObject(BLOCK_NAME);
    block.load("formula");
    return { ws, used, owner, block };
  });
  await context.sync();

  const grids: SheetGrid[] = [];
  const jobs: SheetJob[] = [];
  for (const { ws, used, owner, block } of probes) {
    const grid: SheetGrid = {
      name: ws.name,
      top: 1,
      left: 1,
      values: [],
      merges: [],
      protected: ws.protection.protected,
      visibility: VISIBILITY[ws.visibility] ?? "visible",
      stamp: owner.isNullObject ? null : decodeNameText(owner.formula),
      blockStamp: block.isNullObject ? null : decodeNameText(block.formula),
      kind: "worksheet",
    };
    if (wantText) grid.text = [];
    grids.push(grid);
    if (used.isNullObject || (opts.sheets && !opts.sheets.includes(ws.name))) continue;
    grid.top = used.rowIndex + 1;
    grid.left = used.columnIndex + 1;
    jobs.push({ grid, ws, rows: used.rowCount, cols: used.columnCount, nextRow: 0 });
  }

  await readCells(context, jobs, budget, wantText, opts.bytesPerCell ?? 32);
  if (opts.fonts ?? true) await readFonts(context, jobs, opts.maxFontCells ?? 500);
  return { sheets: grids };
}

async function readCells(
  context: Excel.RequestContext,
  jobs: SheetJob[],
  budget: number,
  wantText: boolean,
  firstBytesPerCell: number
): Promise<void> {
  const props = wantText ? "values,valueTypes,text" : "values,valueTypes";
  let perCell = firstBytesPerCell;
  let mergesPending = true;
  while (jobs.some((j) => j.nextRow < j.rows)) {
    // Merged areas ride along with the first batch (again after a refused one: it executed nothing).
    if (mergesPending) queueMerges(jobs);
    const chunks = queueChunks(jobs, budget, perCell, props);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB of response
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || perCell > budget) throw e;
      for (const c of chunks) c.job.nextRow = Math.min(c.job.nextRow, c.first);
      perCell *= 2;
      continue;
    }
    let bytes = 0;
    let cells = 0;
    for (const c of chunks) {
      const { values, valueTypes } = c.range;
      const text = wantText ? c.range.text : null;
      bytes += jsonBytes(values) + jsonBytes(valueTypes) + (text ? jsonBytes(text) : 0);
      cells += c.count * c.job.cols;
      for (let r = 0; r < values.length; r++) {
        c.job.grid.values[c.first + r] = values[r].map((v, k) => fromExcel(v, valueTypes[r][k]));
        if (text && c.job.grid.text) {
          c.job.grid.text[c.first + r] = text[r].map((t) => (t === "" ? null : t));
        }
      }
      c.range.untrack();
    }
    // The next chunks are sized on what this sync really weighed (with a margin), not on the first guess.
    if (cells > 0) perCell = Math.max(4, (bytes / cells) * 1.25);
    if (mergesPending) {
      for (const job of jobs) collectMerges(job);
      mergesPending = false;
    }
  }
}

function queueMerges(jobs: SheetJob[]): void {
  for (const job of jobs) {
    // A sheet without merges gives a null object: only its properties may be loaded in the same batch (navigating to
    // its `areas` would fail the request), so the areas are read from its address.
    job.merged = job.ws
      .getRangeByIndexes(job.grid.top - 1, job.grid.left - 1, job.rows, job.cols)
      .getMergedAreasOrNullObject();
    job.merged.load("address");
  }
}

function queueChunks(jobs: SheetJob[], budget: number, perCell: number, props: string): Chunk[] {
  const chunks: Chunk[] = [];
  let left = budget;
  for (const job of jobs) {
    while (job.nextRow < job.rows) {
      const fit = Math.floor(left / (perCell * job.cols));
      if (fit < 1 && chunks.length > 0) return chunks;
      const count = Math.min(Math.max(1, fit), job.rows - job.nextRow);
      const range = job.ws.getRangeByIndexes(
        job.grid.top - 1 + job.nextRow,
        job.grid.left - 1,
        count,
        job.cols
      );
      // eslint-disable-next-line office-addins/no-empty-load -- props is a non-empty property list
      range.load(props);
      chunks.push({ job, range, first: job.nextRow, count });
      job.nextRow += count;
      left -= count * job.cols * perCell;
    }
  }
  return chunks;
}

function collectMerges(job: SheetJob): void {
  const merged = job.merged;
  if (!merged || merged.isNullObject) return;
  job.grid.merges = addressAreas(merged.address).map((a): MergeArea => ({
    top: a.top,
    left: a.left,
    bottom: a.bottom,
    right: a.right,
  }));
}

async function readFonts(
  context: Excel.RequestContext,
  jobs: SheetJob[],
  maxCells: number
): Promise<void> {
  const wanted: { grid: SheetGrid; r: number; c: number; font: Excel.RangeFont }[] = [];
  for (const job of jobs) {
    const { grid } = job;
    for (let r = 0; r < grid.values.length && wanted.length < maxCells; r++) {
      const row = grid.values[r];
      for (let c = 0; c < row.length && wanted.length < maxCells; c++) {
        const v: CellValue = row[c];
        if (typeof v !== "string" || !mayBeLegacyText(v)) continue;
        const font = job.ws.getCell(grid.top - 1 + r, grid.left - 1 + c).format.font;
        font.load("name");
        wanted.push({ grid, r, c, font });
      }
    }
  }
  if (wanted.length === 0) return;
  await context.sync();
  for (const w of wanted) {
    if (!w.grid.fonts) w.grid.fonts = w.grid.values.map((row) => row.map(() => null));
    w.grid.fonts[w.r][w.c] = w.font.name;
  }
}
