/**
 * Dates and numbers as clerks type them (spec/vocabulary.md; criteria.md service and discipline dates).
 *
 * Decisions where the spec is silent:
 * - A Date object is taken to the nearest UTC midnight, so a host that built it at local midnight anywhere between
 *   UTC−11 and UTC+12 gives the same day.
 * - Serial 60 (Excel's 29/02/1900, a day that never was) is null; fractions of a day are dropped.
 * - Serials stored as text count only from 10000 (1927) upwards, so a year typed as "2025" is not read as 1905.
 * - Text may hold a date among other words ("Số 12/QĐ-SNN ngày 05/3/2025"): the date after "ngày" wins, else the
 *   first one. Two-digit years are 20yy; ISO "yyyy-mm-dd" is accepted too.
 * - parseNumber accepts a trailing unit word (tháng, ngày, năm, điểm, người): "12 tháng" is 12. One comma or one dot is
 *   the decimal mark; several of the same are thousands separators; with both, the last one is the decimal mark.
 */
import { isCellError, type CellValue } from "../grid";
import { clean, fold } from "../text/normalize";

const DAY_MS = 86_400_000;
/** 1899-12-30: Excel's day 0 once the phantom 29/02/1900 is skipped. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function utcDate(y: number, m: number, d: number): Date | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 9999) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date;
}

function fromSerial(serial: number): Date | null {
  const whole = Math.floor(serial);
  if (whole < 1 || whole > 2958465 || whole === 60) return null;
  // Before the phantom leap day Excel's count runs one day ahead of the real calendar.
  const days = whole < 60 ? whole + 1 : whole;
  return new Date(EXCEL_EPOCH + days * DAY_MS);
}

function year4(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

const DMY = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?!\d)/g;
const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const WORDS = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/;

function fromText(raw: string): Date | null {
  const text = clean(raw);
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n >= 10000 ? fromSerial(n) : null;
  }
  const folded = fold(text);
  const words = WORDS.exec(folded);
  if (words) return utcDate(Number(words[3]), Number(words[2]), Number(words[1]));
  const iso = ISO.exec(text);
  if (iso) {
    const d = utcDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (d) return d;
  }
  const found = [...folded.matchAll(DMY)];
  if (found.length === 0) return null;
  const afterNgay = found.find((m) => /ngay\s*$/.test(folded.slice(0, m.index ?? 0)));
  const m = afterNgay ?? found[0];
  return utcDate(year4(m[3]), Number(m[2]), Number(m[1]));
}

export function parseDate(v: CellValue): Date | null {
  if (v === null || isCellError(v) || typeof v === "boolean") return null;
  if (v instanceof Date) {
    const t = v.getTime();
    if (Number.isNaN(t)) return null;
    return new Date(Math.round(t / DAY_MS) * DAY_MS);
  }
  if (typeof v === "number") return Number.isFinite(v) ? fromSerial(v) : null;
  return fromText(v);
}

const UNIT_WORDS = /\s*(?:thang|ngay|nam|diem|nguoi)$/;

function numberFromText(raw: string): number | null {
  let t = fold(raw).replace(UNIT_WORDS, "").replace(/\s/g, "");
  if (!/^[+-]?[\d.,]+$/.test(t) || !/\d/.test(t)) return null;
  const commas = (t.match(/,/g) ?? []).length;
  const dots = (t.match(/\./g) ?? []).length;
  if (commas > 0 && dots > 0) {
    const decimal = t.lastIndexOf(",") > t.lastIndexOf(".") ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    t = t.split(thousands).join("").replace(decimal, ".");
    if ((t.match(/\./g) ?? []).length > 1) return null;
  } else if (commas > 1) {
    t = t.replace(/,/g, "");
  } else if (dots > 1) {
    t = t.replace(/\./g, "");
  } else {
    t = t.replace(",", ".");
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

export function parseNumber(v: CellValue): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return numberFromText(v);
  return null;
}
