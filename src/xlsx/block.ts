/**
 * The add-in's result block on a checked sheet as exceljs read it: where it is, the columns a rule's formula reads
 * (a rule belongs to the add-in when a formula of it references a column of the block, where the flag columns live:
 * the office's own rules never point into columns right of its table), and the sheet's AutoFilter.
 */
import type ExcelJS from "exceljs";
import { colNumber } from "../core/address";
import { MARKER, parseBlockStamp } from "./stamps";

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

export function autoFilterText(ws: ExcelJS.Worksheet): string | null {
  const af = ws.autoFilter as unknown;
  if (!af) return null;
  if (typeof af === "string") return af;
  const o = af as { from?: unknown; to?: unknown };
  if (typeof o.from === "string" && typeof o.to === "string") return `${o.from}:${o.to}`;
  return null;
}
