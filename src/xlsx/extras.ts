/**
 * What this host knows about a loaded workbook beyond exceljs's model: the package as it was read (parts, sheet
 * list, every defined name) and the stamps to write. Kept beside the exceljs Workbook in a WeakMap so the
 * public functions can keep taking a plain `ExcelJS.Workbook`.
 */
import type ExcelJS from "exceljs";
import type { PackageInfo } from "./parts";
import type { BulkSheet } from "./sheet-data";

export interface WorkbookExtras {
  /** The package as loaded (empty for a workbook made in memory). */
  info: PackageInfo;
  /** Sheet-scoped hidden text names to write: sheet name → name → text. Starts as the stamps read. */
  stamps: Map<string, Map<string, string>>;
  /** Sheets the add-in (re)wrote in this run: their print names come from exceljs, not from the loaded file. */
  rewritten: Set<string>;
  /** Owned sheets whose cells saveWorkbook writes as XML itself (sheet-data.ts), by the exceljs sheet. */
  bulk: Map<ExcelJS.Worksheet, BulkSheet>;
}

const table = new WeakMap<ExcelJS.Workbook, WorkbookExtras>();

export function extrasOf(wb: ExcelJS.Workbook): WorkbookExtras {
  let e = table.get(wb);
  if (!e) {
    e = {
      info: { parts: [], sheets: [], names: [], uncarried: [] },
      stamps: new Map(),
      rewritten: new Set(),
      bulk: new Map(),
    };
    table.set(wb, e);
  }
  return e;
}

export function setStamp(
  wb: ExcelJS.Workbook,
  sheet: string,
  name: string,
  text: string | null
): void {
  const stamps = extrasOf(wb).stamps;
  let m = stamps.get(sheet);
  if (!m) stamps.set(sheet, (m = new Map()));
  if (text === null) m.delete(name);
  else m.set(name, text);
}

export function getStamp(wb: ExcelJS.Workbook, sheet: string, name: string): string | null {
  return extrasOf(wb).stamps.get(sheet)?.get(name) ?? null;
}
