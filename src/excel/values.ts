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

/**
 * Text that Excel's entry parser might not keep as typed: anything starting with a digit or with a sign, currency,
 * bracket, "#" (an error literal such as "#N/A"), "=" or "@" (a formula), or an apostrophe (Excel takes it as the
 * text prefix and drops it); booleans; and dates written with an English month name ("5 Jan", "Jan 2025"). Such text
 * is written with a leading apostrophe, which Excel keeps as "this is text" and never shows as part of the value.
 * Erring on the side of the apostrophe costs one byte; a missed case changes the clerk's text into a number or an
 * error and the sheet's hash.
 */
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
const COERCIBLE = new RegExp(
  `^\\s*([\\d'#=+\\-@$€₫(.,%]|(true|false)\\s*$|${MONTH}[\\s\\-/,]+\\d|\\d{1,2}[\\s\\-/.]*${MONTH}(\\W|$))`,
  "i"
);

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
