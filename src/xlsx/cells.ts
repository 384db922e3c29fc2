/**
 * One exceljs cell → the core's CellValue, its display text and its font. Decisions:
 * - a formula gives its cached result; one without a result gives null (the reader notes its address);
 * - a merged cell other than the merge's first cell gives null, as Office.js reports it (exceljs repeats the value);
 * - a number formatted as a date (also a formula result) becomes a Date at UTC midnight, shown as dd/mm/yyyy;
 * - display text of other numbers is the plain number (no number-format rendering: only dates are cheap).
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/grid";

export interface ReadCell {
  value: CellValue;
  text: string | null;
  /** Font name, given for text cells only. */
  font: string | null;
  /** True for a formula that has no cached value. */
  noValue: boolean;
}

type Raw = ExcelJS.CellValue;

/** `raw`: the cell's value when the caller has already read it (exceljs computes it on each read). */
export function readCell(cell: ExcelJS.Cell, raw: Raw = cell.value): ReadCell {
  if (cell.isMerged && cell.master !== cell)
    return { value: null, text: null, font: null, noValue: false };
  const numFmt = cell.numFmt ?? "";
  let noValue = false;
  let value: CellValue;
  if (
    raw !== null &&
    typeof raw === "object" &&
    !(raw instanceof Date) &&
    ("formula" in raw || "sharedFormula" in raw)
  ) {
    const result = (raw as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) {
      noValue = true;
      value = null;
    } else value = plain(result, numFmt);
  } else value = plain(raw, numFmt);
  const isText = typeof value === "string";
  return { value, text: displayText(value), font: isText ? fontName(cell, raw) : null, noValue };
}

function plain(raw: Raw | ExcelJS.CellFormulaValue["result"], numFmt: string): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") {
    if (!isDateFormat(numFmt)) return raw;
    // A number too large to be a date keeps its value rather than becoming an invalid date.
    const d = serialToDate(raw);
    return Number.isNaN(d.getTime()) ? raw : d;
  }
  if (typeof raw === "string" || typeof raw === "boolean") return raw;
  if (raw instanceof Date) return raw;
  if (typeof raw === "object") {
    if ("error" in raw) return { error: String(raw.error) };
    if ("richText" in raw) return raw.richText.map((r) => r.text).join("");
    if ("hyperlink" in raw) {
      const t: unknown = raw.text;
      if (typeof t === "string") return t;
      if (t && typeof t === "object" && "richText" in t) {
        return (t as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
      }
      return raw.hyperlink;
    }
  }
  return null;
}

function fontName(cell: ExcelJS.Cell, raw: Raw): string | null {
  if (raw && typeof raw === "object" && "richText" in raw) {
    const run = raw.richText.find((r) => r.text.trim() !== "" && r.font?.name);
    if (run?.font?.name) return run.font.name;
  }
  return cell.font?.name ?? null;
}

export function displayText(v: CellValue): string | null {
  if (v === null) return null;
  if (v instanceof Date) return ddmmyyyy(v);
  if (typeof v === "object") return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export function ddmmyyyy(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** Answers by number format: a workbook has a handful of formats and many thousands of numbers. */
const dateFormats = new Map<string, boolean>();

/** A number format shows a date when it has day/month/year codes outside quotes and brackets. */
export function isDateFormat(numFmt: string): boolean {
  if (!numFmt || numFmt === "General") return false;
  let known = dateFormats.get(numFmt);
  if (known === undefined) {
    const bare = numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
    known = /[dy]/i.test(bare) || /m{3,}/i.test(bare);
    dateFormats.set(numFmt, known);
  }
  return known;
}

/** Excel serial (1900 system, with its 1900 leap-year bug) → Date at UTC midnight + fraction. */
export function serialToDate(serial: number): Date {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms);
}
