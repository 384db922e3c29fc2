/** The core's CellValue → what exceljs stores in a cell. */
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/grid";

export function toExcelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null || v instanceof Date || typeof v !== "object") return v;
  return { error: v.error as ExcelJS.CellErrorValue["error"] };
}
