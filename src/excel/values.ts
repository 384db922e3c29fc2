/**
 * Cell values between Office.js and core. Excel reports errors as text ("#N/A") with valueType "Error", empty cells as
 * "", dates as serial numbers (core parses them). On the way in, Excel would turn text that looks like a number, a
 * date, a percentage or a formula into one; text written by the add-in is kept as text with a leading apostrophe.
 */
import type { CellValue } from "../core/grid";

export type ExcelScalar = string | number | boolean;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function fromExcel(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string")
    return value;
  return String(value);
}

/** Text that Excel's entry parser would not keep as typed (numbers, dates, times, fractions, formulas, (1)). */
const COERCIBLE =
  /^\s*([=+\-@]|[$€₫]?\s*[\d.,]+\s*%?\s*$|\(\s*[\d.,]+\s*\)$|\d{1,4}\s*[/\-.]\s*\d{1,2}|\d{1,2}:\d{2}|(true|false)\s*$)/i;

export function toExcel(v: CellValue): ExcelScalar {
  if (v === null) return "";
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / 86400000;
  if (typeof v === "object") return v.error;
  return COERCIBLE.test(v) ? `'${v}` : v;
}

export function toExcelRows(values: readonly (readonly CellValue[])[]): ExcelScalar[][] {
  return values.map((row) => row.map(toExcel));
}
