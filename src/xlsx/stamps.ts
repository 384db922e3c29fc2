/**
 * How the add-in recognises what it wrote (spec/workbook.md items 1 and 6), as the .xlsx host needs it.
 *
 * Where stamps live (decision): as real sheet-scoped hidden defined names holding a text constant, exactly what the
 * Excel host writes with `worksheet.names.add(name, '="…json…"')` + `visible = false`. exceljs cannot carry such
 * names (it keeps range names only and drops localSheetId and hidden), so this host reads them from xl/workbook.xml
 * itself and writes them back into the zip after exceljs has written it (save.ts). Excel limits a text constant in
 * a formula to 255 characters, so a stamp must stay under that (save.ts refuses longer ones).
 *
 * - `_thidua_owner` on an add-in sheet: the render engine's stamp {app, kind, version, hash}.
 * - `_thidua_block` on a checked sheet: the render engine's block stamp (block columns and rows, flag columns).
 * - `_thidua_filter` on a checked sheet (this host's addition): the AutoFilter range the add-in added there, so
 *   clearing removes that filter and never one the office set itself. The Excel host should write the same name.
 */
import { BLOCK_NAME, OWNER_NAME } from "../core/render";

export {
  BLOCK_NAME,
  contentHash,
  gridHash,
  MARKER,
  OWNER_NAME,
  parseBlockStamp,
  parseStamp,
} from "../core/render";

export const FILTER_NAME = "_thidua_filter";

/** Whether a sheet-scoped name is one of the add-in's stamps. */
export function isStampName(name: string): boolean {
  return name === OWNER_NAME || name === BLOCK_NAME || name === FILTER_NAME;
}
export const MAX_STAMP_LENGTH = 255;

/** `base`, or `base (2)`, `base (3)` … — the first not taken (Excel compares sheet names case-insensitively). */
export function freeSheetName(base: string, taken: string[]): string {
  const lower = new Set(taken.map((t) => t.toLocaleLowerCase("vi")));
  if (!lower.has(base.toLocaleLowerCase("vi"))) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLocaleLowerCase("vi"))) return name;
  }
}
