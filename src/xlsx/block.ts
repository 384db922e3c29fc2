/**
 * The add-in's result block on a checked sheet: finding it, removing it, and the conditional-format rules that read
 * it. A rule belongs to the add-in when a formula of it references a column of the block (the flag columns live
 * there): the office's own rules never point into columns right of its table.
 */
import type ExcelJS from "exceljs";
import { colNumber } from "../core/address";
import { getStamp, setStamp } from "./extras";
import { BLOCK_NAME, FILTER_NAME, MARKER, parseBlockStamp } from "./stamps";

export interface BlockCols {
  first: number;
  last: number;
}

/** Block columns from the block stamp ({firstCol, lastCol}) when it says so, else from the marker header cell. */
export function findBlock(ws: ExcelJS.Worksheet, stampText: string | null): BlockCols | null {
  const fromStamp = colsFromStamp(stampText);
  if (fromStamp) return fromStamp;
  let markerCol = 0;
  const lastRowToScan = Math.min(ws.rowCount, 60);
  for (let r = 1; r <= lastRowToScan && !markerCol; r++) {
    ws.findRow(r)?.eachCell({ includeEmpty: false }, (cell, c) => {
      if (!markerCol && typeof cell.value === "string" && cell.value.trim() === MARKER)
        markerCol = c;
    });
  }
  if (!markerCol) return null;
  return { first: markerCol, last: Math.max(markerCol, ws.actualColumnCount, ws.columnCount) };
}

function colsFromStamp(text: string | null): BlockCols | null {
  const b = parseBlockStamp(text);
  return b && b.lastCol >= b.firstCol ? { first: b.firstCol, last: b.lastCol } : null;
}

/** Columns a formula references (A1 references, with or without $, sheet-local). */
export function referencedCols(formula: string): number[] {
  const out: number[] = [];
  const noStrings = formula.replace(/"[^"]*"/g, "");
  for (const m of noStrings.matchAll(/(?<![A-Za-z_!.])\$?([A-Z]{1,3})\$?\d+(?![\w(])/g)) {
    out.push(colNumber(m[1]));
  }
  return out;
}

type CfRule = { formulae?: string[] };

export function isAddinRule(cf: ExcelJS.ConditionalFormattingOptions, cols: BlockCols): boolean {
  const rules = cf.rules as CfRule[];
  return (
    rules.length > 0 &&
    rules.every((r) =>
      (r.formulae ?? []).some((f) =>
        referencedCols(String(f)).some((c) => c >= cols.first && c <= cols.last)
      )
    )
  );
}

/**
 * Removes the block's cells (values, styles, merges), its column settings, the add-in's rules and the AutoFilter the
 * add-in added. Cells are deleted from exceljs's row model rather than blanked so the sheet is written as before.
 */
export function removeBlock(ws: ExcelJS.Worksheet, cols: BlockCols): void {
  for (const m of mergeRanges(ws)) {
    if (m.right >= cols.first && m.left <= cols.last)
      ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  }
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells = (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells;
    for (let c = cols.first; c <= cols.last && c <= cells.length; c++) delete cells[c - 1];
    while (cells.length && cells[cells.length - 1] === undefined) cells.pop();
  });
  for (let c = cols.first; c <= cols.last; c++) {
    const col = ws.getColumn(c);
    col.hidden = false;
    col.width = undefined as unknown as number;
  }
  const keep = (cf: ExcelJS.ConditionalFormattingOptions): boolean => !isAddinRule(cf, cols);
  ws.removeConditionalFormatting(keep);
  const filter = getStamp(ws.workbook, ws.name, FILTER_NAME);
  if (filter && autoFilterText(ws) === filter) ws.autoFilter = undefined;
  setStamp(ws.workbook, ws.name, FILTER_NAME, null);
  setStamp(ws.workbook, ws.name, BLOCK_NAME, null);
}

export function autoFilterText(ws: ExcelJS.Worksheet): string | null {
  const af = ws.autoFilter as unknown;
  if (!af) return null;
  if (typeof af === "string") return af;
  const o = af as { from?: unknown; to?: unknown };
  if (typeof o.from === "string" && typeof o.to === "string") return `${o.from}:${o.to}`;
  return null;
}

export function mergeRanges(
  ws: ExcelJS.Worksheet
): { top: number; left: number; bottom: number; right: number }[] {
  const merges = (
    ws as unknown as {
      _merges: Record<
        string,
        { top: number; left: number; bottom: number; right: number } | undefined
      >;
    }
  )._merges;
  return Object.values(merges ?? {}).filter(
    (m): m is { top: number; left: number; bottom: number; right: number } => Boolean(m)
  );
}

/** The sheet's conditional formats (exceljs keeps them in a property its typings do not declare). */
export function conditionalFormats(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
}
