/**
 * Sheets the add-in owns (summary, review, settings): recognised by their `_thidua_owner` stamp, never by name.
 * An owned sheet is unedited when the hash of what it holds now equals the hash in its stamp.
 */
import type ExcelJS from "exceljs";
import { extrasOf, getStamp } from "./extras";
import { sheetGrid } from "./read";
import { autoFilterText } from "./block";
import { FILTER_NAME, gridHash, OWNER_NAME, parseStamp } from "./stamps";
import type { ExistingSheet, Stamp } from "../core/render";

export interface OwnedSheet {
  ws: ExcelJS.Worksheet;
  stamp: Stamp;
  edited: boolean;
}

export function ownedSheets(wb: ExcelJS.Workbook): OwnedSheet[] {
  const out: OwnedSheet[] = [];
  for (const ws of wb.worksheets) {
    const stamp = parseStamp(getStamp(wb, ws.name, OWNER_NAME));
    if (!stamp) continue;
    out.push({ ws, stamp, edited: gridHash(sheetGrid(ws)) !== stamp.hash });
  }
  return out;
}

/** The sheets as render's chooseSheetName needs them: stamp text and the hash of what each holds now (chart
 * sheets too, so their names count as taken). */
export function existingSheets(wb: ExcelJS.Workbook): ExistingSheet[] {
  const out: ExistingSheet[] = wb.worksheets.map((ws) => {
    const stamp = getStamp(wb, ws.name, OWNER_NAME);
    return { sheetName: ws.name, stamp, currentHash: stamp ? gridHash(sheetGrid(ws)) : null };
  });
  for (const s of extrasOf(wb).info.sheets) {
    if (s.kind === "chartsheet") out.push({ sheetName: s.name, stamp: null, currentHash: null });
  }
  return out;
}

/** What render needs to know of each sheet beyond the grid: whether the office already set an AutoFilter. */
export function sheetInfo(wb: ExcelJS.Workbook): Record<string, { hasAutoFilter: boolean }> {
  const out: Record<string, { hasAutoFilter: boolean }> = {};
  for (const ws of wb.worksheets) {
    const af = autoFilterText(ws);
    // The add-in's own filter from an earlier run does not count: it is replaced with the new block.
    // An Excel table has its own filter buttons and Excel allows no sheet filter over it: it counts as a filter.
    const tables = Object.keys((ws as unknown as { tables?: object }).tables ?? {}).length;
    out[ws.name] = {
      hasAutoFilter: (af !== null && af !== getStamp(wb, ws.name, FILTER_NAME)) || tables > 0,
    };
  }
  return out;
}
