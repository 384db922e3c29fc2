/**
 * The one place the Excel host learns how the render engine stamps and hashes what it writes (src/core/render), so
 * hosts and render cannot drift apart. Also how a stamp sits in a defined name: as a text constant `="…"` (quotes
 * doubled), the form the .xlsx host writes too (src/xlsx/stamps.ts). Excel caps a text constant at 255 characters,
 * so longer text is written as constants joined by `&`.
 */
import { gridHash } from "../core/render";
import { fromExcel } from "./values";

export {
  BLOCK_NAME,
  contentHash,
  gridHash,
  makeStamp,
  MARKER,
  OWNER_NAME,
  parseBlockStamp,
  parseSettingsSheet,
  parseStamp,
  SHEET_NAMES,
} from "../core/render";
export type { BlockStamp, Stamp } from "../core/render";

/**
 * The content hash of a sheet's used range (loaded with values and valueTypes) in the form a stamp of `version` holds,
 * so that a sheet stamped by an earlier version is compared as it was hashed then.
 */
export function usedRangeHash(used: Excel.Range, version: number): string {
  if (used.isNullObject) return gridHash({ values: [], top: 1, left: 1 }, version);
  const values = used.values.map((row, r) =>
    row.map((v, c) => fromExcel(v, used.valueTypes[r][c]))
  );
  return gridHash({ values, top: used.rowIndex + 1, left: used.columnIndex + 1 }, version);
}

/** Where the add-in notes the AutoFilter range it added to a checked sheet (same name as the .xlsx host). */
export const FILTER_NAME = "_thidua_filter";

const MAX_CONSTANT = 255;

export function encodeNameText(text: string): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length || parts.length === 0; i += MAX_CONSTANT) {
    parts.push(`"${text.slice(i, i + MAX_CONSTANT).replace(/"/g, '""')}"`);
  }
  return "=" + parts.join("&");
}

/** The text of a name written by encodeNameText; null for a name that is not a text constant (a range, a number). */
export function decodeNameText(formula: string | null | undefined): string | null {
  if (typeof formula !== "string") return null;
  const f = formula.trim().replace(/^=/, "");
  const re = /^\s*"((?:[^"]|"")*)"\s*(&|$)/;
  let rest = f;
  let out = "";
  let m: RegExpExecArray | null;
  while ((m = re.exec(rest)) !== null) {
    out += m[1].replace(/""/g, '"');
    rest = rest.slice(m[0].length);
    if (m[2] === "") return rest.trim() === "" ? out : null;
  }
  return null;
}
