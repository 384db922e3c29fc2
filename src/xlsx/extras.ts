/**
 * What this host knows about a loaded workbook beyond exceljs's model: the package as it was read (parts, sheet
 * list, every defined name) and the stamps to write. Kept beside the exceljs Workbook in a WeakMap so the
 * public functions can keep taking a plain `ExcelJS.Workbook`.
 */
import type ExcelJS from "exceljs";
import type { PackageInfo } from "./parts";

export interface WorkbookExtras {
  /** The package as loaded (empty for a workbook made in memory). */
  info: PackageInfo;
  /** The add-in's stamps as read: sheet name → name → text (sheet-scoped hidden text names). */
  stamps: Map<string, Map<string, string>>;
}

const table = new WeakMap<ExcelJS.Workbook, WorkbookExtras>();

export function extrasOf(wb: ExcelJS.Workbook): WorkbookExtras {
  let e = table.get(wb);
  if (!e) {
    e = {
      info: { parts: [], sheets: [], names: [], uncarried: [] },
      stamps: new Map(),
    };
    table.set(wb, e);
  }
  return e;
}

export function getStamp(wb: ExcelJS.Workbook, sheet: string, name: string): string | null {
  return extrasOf(wb).stamps.get(sheet)?.get(name) ?? null;
}
