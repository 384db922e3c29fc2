/// <reference types="office-js" />
/**
 * "Xóa đánh dấu": removes what the add-in wrote (spec/workbook.md item 7) so the office's sheets are as they were.
 * Syncs: (1) the sheets and the workbook's structure protection; (2) per sheet its stamps, used range, AutoFilter
 * state, conditional formats and the cells holding the marker text (searched in the whole sheet, which is never a
 * null object); (3…) the values of the add-in's stamped sheets for their hash, in chunks of at most ~4 MB of response
 * (hash-load.ts), with the marker candidates' values; (last) the removals.
 *
 * Decisions where the spec is silent:
 * - A block is cleared when its stamp's columns hold the marker header; a marker without a stamp (names lost, e.g.
 *   after a copy) means the block runs from the marker's column to the used range's last column, where the add-in
 *   appends it. The marker is the cell's whole text, or its first line when the header is one row
 *   ("KẾT QUẢ RÀ SOÁT\nĐơn vị"); an office header that merely contains the words is not a marker. A stamp whose
 *   columns no longer hold the marker is only forgotten: the clerk typed over the block.
 * - An owned sheet whose values no longer hash to its stamp was edited by hand and is kept (reported in `kept`).
 * - Protected sheets are left as they are and reported in `refused`. In a workbook whose structure is protected the
 *   blocks and rules are cleared but no sheet is deleted; the clerk is told which (EXCEL_STRUCTURE_NOT_REMOVED).
 * - A filtered sheet has its filter's criteria cleared first: Excel clears only the rows a filter shows.
 */
import { colLetter } from "../core/address";
import type { Msg } from "../core/records";
import { addressAreas } from "./address";
import { DEFAULT_BUDGET } from "./batch";
import { clearColumns } from "./format";
import { loadedHash, loadGrids } from "./hash-load";
import {
  BLOCK_NAME,
  decodeNameText,
  FILTER_NAME,
  MARKER,
  OWNER_NAME,
  parseBlockStamp,
  parseStamp,
} from "./ownership";
import { readsColumns } from "./marks";

export interface ClearResult {
  /** Sheets whose result block was removed. */
  blocks: string[];
  /** Conditional-format rules of the add-in deleted. */
  rules: number;
  filters: string[];
  removedSheets: string[];
  /** Add-in sheets edited by hand, kept. */
  kept: string[];
  refused: { sheet: string; msg: Msg }[];
  /** What the clerk should know although nothing failed (sheets a protected structure kept). */
  notices: { sheet?: string; msg: Msg }[];
  syncs: number;
}

export interface ClearOptions {
  /** Response bytes per sync when loading the add-in's sheets (default 4 MB). */
  budget?: number;
}

interface Probe {
  ws: Excel.Worksheet;
  name: string;
  protected: boolean;
  owner: Excel.NamedItem;
  block: Excel.NamedItem;
  filterName: Excel.NamedItem;
  filter: Excel.AutoFilter;
  usedArea: Excel.Range;
  found: Excel.RangeAreas;
  candidates: Excel.Range[];
  markerCol: number | null;
  cfs: Excel.ConditionalFormatCollection;
}

/** The marker as the whole text of a cell, or as the first line of a one-row header. */
function isMarker(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const first = v.split(/\r?\n/)[0].trim();
  return first === MARKER;
}

const MAX_CANDIDATES = 50;

export async function clearMarks(
  context: Excel.RequestContext,
  opts: ClearOptions = {}
): Promise<ClearResult> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  const bookProtection = context.workbook.protection;
  bookProtection.load("protected");
  await context.sync();
  const structure = bookProtection.protected;

  const probes = worksheets.items.map((ws): Probe => {
    const name = (n: string): Excel.NamedItem => {
      const item = ws.names.getItemOrNullObject(n);
      item.load("formula");
      return item;
    };
    const usedArea = ws.getUsedRangeOrNullObject(true);
    usedArea.load("rowIndex,columnIndex,rowCount,columnCount");
    const found = ws.findAllOrNullObject(MARKER, { completeMatch: false, matchCase: true });
    found.load("address");
    const filter = ws.autoFilter;
    filter.load("enabled,isDataFiltered");
    const cfs = ws.getRange().conditionalFormats;
    cfs.load("items/id,items/type,items/customOrNullObject/rule/formula");
    return {
      ws,
      name: ws.name,
      protected: ws.protection.protected,
      owner: name(OWNER_NAME),
      block: name(BLOCK_NAME),
      filterName: name(FILTER_NAME),
      filter,
      usedArea,
      found,
      candidates: [],
      markerCol: null,
      cfs,
    };
  });
  await context.sync();

  // The cells holding the marker text: their values tell a marker from an office header containing the words.
  let candidates = 0;
  for (const p of probes) {
    if (p.found.isNullObject) continue;
    for (const a of addressAreas(p.found.address)) {
      if (candidates >= MAX_CANDIDATES) break;
      const cell = p.ws.getRangeByIndexes(a.top - 1, a.left - 1, 1, 1);
      cell.load("values,columnIndex");
      p.candidates.push(cell);
      candidates++;
    }
  }
  const stamped = probes.flatMap((p) => {
    const stamp = p.owner.isNullObject ? null : parseStamp(decodeNameText(p.owner.formula));
    return stamp ? [{ p, stamp }] : [];
  });
  const loaded = await loadGrids(
    context,
    stamped.map(({ p }) => ({ ws: p.ws, used: p.usedArea })),
    opts.budget ?? DEFAULT_BUDGET,
    candidates > 0
  );
  for (const p of probes) {
    const cols = p.candidates.filter((c) => isMarker(c.values[0][0])).map((c) => c.columnIndex + 1);
    p.markerCol = cols.length > 0 ? Math.min(...cols) : null;
  }

  const result: ClearResult = {
    blocks: [],
    rules: 0,
    filters: [],
    removedSheets: [],
    kept: [],
    refused: [],
    notices: [],
    syncs: 2 + loaded.syncs,
  };
  const notRemoved: string[] = [];
  for (const p of probes) {
    const entry = stamped.findIndex((x) => x.p === p);
    const stamp = entry >= 0 ? stamped[entry].stamp : null;
    const hasBlock = !p.block.isNullObject || p.markerCol !== null;
    if (!stamp && !hasBlock) continue;
    if (p.protected) {
      result.refused.push({
        sheet: p.name,
        msg: { key: "EXCEL_PROTECTED", params: { sheet: p.name } },
      });
      continue;
    }
    if (stamp) {
      if (loadedHash(loaded.grids[entry], stamp.version) !== stamp.hash) {
        result.kept.push(p.name);
      } else if (structure) {
        notRemoved.push(p.name);
      } else {
        p.ws.delete();
        result.removedSheets.push(p.name);
      }
      continue;
    }
    clearBlock(p, result);
  }
  if (notRemoved.length > 0) {
    result.notices.push({
      msg: { key: "EXCEL_STRUCTURE_NOT_REMOVED", params: { sheets: notRemoved.join(", ") } },
    });
  }
  await context.sync();
  result.syncs++;
  return result;
}

function clearBlock(p: Probe, result: ClearResult): void {
  const stamp = p.block.isNullObject ? null : parseBlockStamp(decodeNameText(p.block.formula));
  const markerCol = p.markerCol;
  let cols: { first: number; last: number } | null = null;
  const flagCols = new Set<number>();
  if (stamp) {
    stamp.flagCols.forEach((c) => flagCols.add(c));
    if (markerCol !== null && markerCol >= stamp.firstCol && markerCol <= stamp.lastCol) {
      cols = { first: stamp.firstCol, last: stamp.lastCol };
    }
  } else if (markerCol !== null && !p.usedArea.isNullObject) {
    cols = { first: markerCol, last: p.usedArea.columnIndex + p.usedArea.columnCount };
  }
  if (cols) for (let c = cols.first; c <= cols.last; c++) flagCols.add(c);
  // Excel clears only the rows a filter shows: its criteria go first.
  if (cols && p.filter.enabled && p.filter.isDataFiltered) p.ws.autoFilter.clearCriteria();

  // A rule loaded in an earlier sync is not a valid handle now (its path runs through a range): reached by its id.
  const rules = p.ws.getRange().conditionalFormats;
  for (const cf of p.cfs.items) {
    if (cf.type !== "Custom" || cf.customOrNullObject.isNullObject) continue;
    if (readsColumns(cf.customOrNullObject.rule.formula, flagCols)) {
      rules.getItem(cf.id).delete();
      result.rules++;
    }
  }
  if (!p.filterName.isNullObject) {
    if (p.filter.enabled) {
      p.ws.autoFilter.remove();
      result.filters.push(p.name);
    }
    p.ws.names.getItem(FILTER_NAME).delete();
  }
  if (!p.block.isNullObject) p.ws.names.getItem(BLOCK_NAME).delete();
  if (cols) {
    // Not clear("All"): it would cut an office rule whose range reaches into the block (format.ts).
    clearColumns(p.ws.getRange(`${colLetter(cols.first)}:${colLetter(cols.last)}`));
    result.blocks.push(p.name);
  }
}
