/**
 * "Xóa đánh dấu" (spec/workbook.md item 7): removes the result blocks, the add-in's conditional-format rules, the
 * AutoFilter it added and its unedited sheets, so the office's sheets are as they were before the first check.
 * Edited add-in sheets are kept (the clerk's work) and listed.
 */
import type ExcelJS from "exceljs";
import { autoFilterText, findBlock, removeBlock } from "./block";
import { getStamp, setStamp } from "./extras";
import { ownedSheets } from "./owned";
import { BLOCK_NAME, FILTER_NAME } from "./stamps";

export interface ClearResult {
  /** Checked sheets whose result block was removed. */
  cleared: string[];
  removedSheets: string[];
  /** Add-in sheets kept because they were edited by hand. */
  keptSheets: string[];
}

export function clearWorkbook(wb: ExcelJS.Workbook): ClearResult {
  const result: ClearResult = { cleared: [], removedSheets: [], keptSheets: [] };
  const owned = ownedSheets(wb);
  for (const o of owned) {
    if (o.edited) result.keptSheets.push(o.ws.name);
    else {
      result.removedSheets.push(o.ws.name);
      wb.removeWorksheet(o.ws.id);
    }
  }
  const ownedNames = new Set(owned.map((o) => o.ws.name));
  for (const ws of wb.worksheets) {
    if (ownedNames.has(ws.name)) continue;
    // Only a sheet that bears the add-in's block stamp has a block to remove. Decision (issue 7): a marker header
    // alone is not enough here, since an office sheet never checked may hold that text and clear would delete it.
    const blockStamp = getStamp(wb, ws.name, BLOCK_NAME);
    const block = blockStamp ? findBlock(ws, blockStamp) : null;
    if (block) {
      removeBlock(ws, block);
      result.cleared.push(ws.name);
      continue;
    }
    const filter = getStamp(wb, ws.name, FILTER_NAME);
    if (filter && autoFilterText(ws) === filter) ws.autoFilter = undefined;
    setStamp(wb, ws.name, FILTER_NAME, null);
  }
  return result;
}
