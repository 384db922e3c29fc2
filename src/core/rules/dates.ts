/**
 * Calendar arithmetic the rules need: decision dates (§5.2), months of service in the year (TT 01/2024/TT-BNV).
 * Dates are reduced to year/month/day: a Date from a host may be UTC or local midnight, so it is rounded to the
 * nearest UTC day before reading it (half a day absorbs any time-zone offset).
 */
import type { FieldCell } from "../records";
import { isCellError } from "../grid";
import { parseDate } from "../vocab/dates";

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const HALF_DAY_MS = 12 * 60 * 60 * 1000;

export function ymdOf(date: Date): Ymd {
  const t = new Date(date.getTime() + HALF_DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const NUMERIC_DATE = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;
const WORDED_DATE = /ng[aà]y\s+(\d{1,2})\s+th[aá]ng\s+(\d{1,2})\s+n[aă]m\s+(\d{4})/i;

function valid(y: number, m: number, d: number): Ymd | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  return { y, m, d };
}

/**
 * The date in a cell: a date value, a serial, dd/mm/yyyy text, or the date inside a decision reference such as
 * "Số 12/QĐ-STNMT ngày 05/3/2025". "blank" for an empty cell, null when no date can be read.
 */
export function dateInCell(cell: FieldCell): Ymd | "blank" | null {
  const v = cell.value;
  if (v === null || (typeof v === "string" && v.trim() === "")) return "blank";
  if (isCellError(v)) return null;
  if (typeof v === "string") {
    const text = v.normalize("NFC");
    const m = NUMERIC_DATE.exec(text) ?? WORDED_DATE.exec(text);
    if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  }
  const parsed = parseDate(v);
  return parsed ? ymdOf(parsed) : null;
}

/**
 * Whether a discipline decided on `date` weighs on `year` (spec/criteria.md §5.2): decided in the year, or decided
 * earlier with its 12-month term (NĐ 172/2025 Đ2.9) still running on 1 January. A decision of 1 January of the year
 * before ends exactly when the year starts, so it does not count.
 */
export function disciplineWeighsOn(date: Ymd, year: number): boolean {
  if (date.y === year) return true;
  if (date.y === year - 1) return !(date.m === 1 && date.d === 1);
  return false;
}

/** Whole months of service in `year` for someone who started on `start` (a month started on its 1st counts). */
export function monthsServedInYear(start: Ymd, year: number): number {
  if (start.y < year) return 12;
  if (start.y > year) return 0;
  return 12 - start.m + (start.d === 1 ? 1 : 0);
}
