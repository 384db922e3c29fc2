/**
 * The add-in's result block on a checked sheet: where it is, the columns a rule's formula reads
 * (a rule belongs to the add-in when a formula of it references a column of the block, where the flag columns live:
 * the office's own rules never point into columns right of its table), and the sheet's AutoFilter.
 */
import type ExcelJS from "exceljs";
import type { SheetGrid } from "../core/grid";
import { colNumber } from "../core/address";
import { MARKER, parseBlockStamp } from "./stamps";

export interface BlockCols {
  first: number;
  last: number;
}

/** Block columns from the block stamp ({firstCol, lastCol}) when it says so, else from the marker header cell in the
 * sheet's first 60 rows (the block then runs to the sheet's last column). */
export function findBlock(sheet: SheetGrid, stampText: string | null): BlockCols | null {
  const fromStamp = colsFromStamp(stampText);
  if (fromStamp) return fromStamp;
  const rows = Math.min(sheet.values.length, 60 - sheet.top + 1);
  for (let i = 0; i < rows; i++) {
    const row = sheet.values[i];
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v === "string" && v.trim() === MARKER) {
        const first = sheet.left + j;
        return { first, last: Math.max(first, sheet.left + row.length - 1) };
      }
    }
  }
  return null;
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
