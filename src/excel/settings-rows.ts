/**
 * The layout of the settings sheet: a header row, then one `key | value` row per setting, keys sorted so two runs
 * with the same settings write the same sheet (and the same hash). Rows whose first cell is not a key (the header, a
 * clerk's note) are skipped when reading.
 */
import type { CellValue } from "../core/grid";

export const CACHE_KEY_SETTINGS = "thidua.settings";
export const SETTINGS_HEADER: readonly [string, string] = ["Khóa (key)", "Giá trị (value)"];

const KEY = /^[A-Za-z][A-Za-z0-9_.]*$/;

export function settingsRows(pairs: Record<string, string>): CellValue[][] {
  const keys = Object.keys(pairs).sort();
  return [[...SETTINGS_HEADER], ...keys.map((k) => [k, pairs[k]])];
}

export function settingsFromRows(rows: readonly (readonly unknown[])[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of rows) {
    const key = typeof row[0] === "string" ? row[0].trim() : "";
    if (!KEY.test(key)) continue;
    const v = row[1];
    out[key] = v === null || v === undefined ? "" : String(v);
  }
  return out;
}
