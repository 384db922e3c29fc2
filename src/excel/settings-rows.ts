/**
 * The layout of the settings sheet as this store writes it: a header row, then one `key | value` row per setting,
 * keys sorted so two saves of the same settings write the same sheet (and the same hash). Reading uses render's
 * parseSettingsSheet, so a sheet written by a full run (key | value | meaning) reads the same way.
 */
import type { CellValue } from "../core/grid";
import { parseSettingsSheet } from "./ownership";

export const CACHE_KEY_SETTINGS = "thidua.settings";
export const SETTINGS_HEADER: readonly [string, string] = ["Khóa (key)", "Giá trị (value)"];

export function settingsRows(pairs: Record<string, string>): CellValue[][] {
  const keys = Object.keys(pairs).sort();
  return [[...SETTINGS_HEADER], ...keys.map((k) => [k, pairs[k]])];
}

/** Pairs from the used range's values, which start at (top, left) — padded so the parser sees them from A1. */
export function settingsFromRows(
  rows: readonly (readonly CellValue[])[],
  top = 1,
  left = 1
): Record<string, string> {
  const pad = Array<CellValue>(left - 1).fill(null);
  const fromA1 = [...Array.from({ length: top - 1 }, () => []), ...rows.map((r) => [...pad, ...r])];
  return parseSettingsSheet(fromA1);
}
