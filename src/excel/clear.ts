/// <reference types="office-js" />
/**
 * "Xóa đánh dấu": removes what the add-in wrote (spec/workbook.md item 7) so the office's sheets are as they were.
 * Syncs: (1) the sheets; (2) per sheet its stamps, the marker cell, AutoFilter state and conditional formats, with the
 * values of sheets named like the add-in's; (3) only for stamped sheets that were renamed: their values; (4) the
 * removals.
 *
 * Decisions where the spec is silent:
 * - A block is cleared when its stamp's columns hold the marker header; a marker without a stamp (names lost, e.g.
 *   after a copy) means the block runs from the marker's column to the used range's last column, where the add-in
 *   appends it. A stamp whose columns no longer hold the marker is only forgotten: the clerk typed over the block.
 * - An owned sheet whose values no longer hash to its stamp was edited by hand and is kept (reported in `kept`).
 * - Protected sheets are left as they are and reported in `refused`.
 */
import { colLetter } from "../core/address";
import type { Msg } from "../core/records";
import {
  BLOCK_NAME,
  decodeNameText,
  FILTER_NAME,
  MARKER,
  OWNER_NAME,
  parseBlockStamp,
  parseStamp,
  SHEET_NAMES,
  usedRangeHash,
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
  syncs: number;
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
  marker: Excel.Range;
  cfs: Excel.ConditionalFormatCollection;
  values?: Excel.Range;
}

const OUR_SHEET_NAMES = Object.values(SHEET_NAMES).map((n) => n.toLocaleLowerCase());

function namedLikeOurs(name: string): boolean {
  const lower = name.toLocaleLowerCase();
  return OUR_SHEET_NAMES.some(
    (b) => lower === b || (lower.startsWith(b.slice(0, 25)) && / \(\d+\)$/.test(lower))
  );
}

function loadValues(ws: Excel.Worksheet): Excel.Range {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("values,valueTypes,rowIndex,columnIndex");
  return used;
}

export async function clearMarks(context: Excel.RequestContext): Promise<ClearResult> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  await context.sync();

  const probes = worksheets.items.map((ws): Probe => {
    const name = (n: string): Excel.NamedItem => {
      const item = ws.names.getItemOrNullObject(n);
      item.load("formula");
      return item;
    };
    const usedArea = ws.getUsedRangeOrNullObject(true);
    usedArea.load("columnIndex,columnCount");
    const marker = usedArea.findOrNullObject(MARKER, { completeMatch: true, matchCase: false });
    marker.load("rowIndex,columnIndex");
    const filter = ws.autoFilter;
    filter.load("enabled");
    const cfs = ws.getRange().conditionalFormats;
    cfs.load("items/type,items/customOrNullObject/rule/formula");
    return {
      ws,
      name: ws.name,
      protected: ws.protection.protected,
      owner: name(OWNER_NAME),
      block: name(BLOCK_NAME),
      filterName: name(FILTER_NAME),
      filter,
      usedArea,
      marker,
      cfs,
      values: namedLikeOurs(ws.name) ? loadValues(ws) : undefined,
    };
  });
  await context.sync();
  let syncs = 2;

  const renamed = probes.filter((p) => !p.owner.isNullObject && !p.values);
  if (renamed.length > 0) {
    for (const p of renamed) p.values = loadValues(p.ws);
    await context.sync();
    syncs++;
  }

  const result: ClearResult = {
    blocks: [],
    rules: 0,
    filters: [],
    removedSheets: [],
    kept: [],
    refused: [],
    syncs,
  };
  for (const p of probes) {
    const stamp = p.owner.isNullObject ? null : parseStamp(decodeNameText(p.owner.formula));
    const hasBlock = !p.block.isNullObject || !p.marker.isNullObject;
    if (!stamp && !hasBlock) continue;
    if (p.protected) {
      result.refused.push({
        sheet: p.name,
        msg: { key: "EXCEL_PROTECTED", params: { sheet: p.name } },
      });
      continue;
    }
    if (stamp) {
      if (p.values && usedRangeHash(p.values, stamp.version) === stamp.hash) {
        p.ws.delete();
        result.removedSheets.push(p.name);
      } else {
        result.kept.push(p.name);
      }
      continue;
    }
    clearBlock(p, result);
  }
  await context.sync();
  result.syncs = syncs + 1;
  return result;
}

function clearBlock(p: Probe, result: ClearResult): void {
  const stamp = p.block.isNullObject ? null : parseBlockStamp(decodeNameText(p.block.formula));
  const markerCol = p.marker.isNullObject ? null : p.marker.columnIndex + 1;
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

  for (const cf of p.cfs.items) {
    if (cf.type !== "Custom" || cf.customOrNullObject.isNullObject) continue;
    if (readsColumns(cf.customOrNullObject.rule.formula, flagCols)) {
      cf.delete();
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
    const range = p.ws.getRange(`${colLetter(cols.first)}:${colLetter(cols.last)}`);
    range.unmerge();
    range.clear("All");
    range.columnHidden = false;
    range.format.useStandardWidth = true;
    result.blocks.push(p.name);
  }
}
