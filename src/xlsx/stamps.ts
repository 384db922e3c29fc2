/**
 * How the add-in recognises what it wrote (spec/workbook.md items 1 and 6), as the .xlsx host needs it.
 *
 * Where stamps live (decision): as real sheet-scoped hidden defined names holding a text constant, exactly what the
 * Excel host writes with `worksheet.names.add(name, '="…json…"')` + `visible = false`. exceljs cannot carry such
 * names (it keeps range names only and drops localSheetId and hidden), so this host reads them from xl/workbook.xml
 * itself and writes them back into the zip after exceljs has written it (see names-io.ts). Excel limits a text
 * constant in a formula to 255 characters, so a stamp must stay under that.
 *
 * - `_thidua_owner` on an add-in sheet: {kind, version, hash} (the render engine's stamp).
 * - `_thidua_block` on a checked sheet: the render engine's block stamp.
 * - `_thidua_filter` on a checked sheet: the AutoFilter range the add-in added there, so clearing removes that
 *   filter and never one the office set itself (the Excel host should write the same name).
 *
 * TODO(render): OWNER_NAME, BLOCK_NAME, MARKER, parseStamp, contentHash, chooseSheetName are to come from
 * src/core/render/index.ts; until that is committed, this file holds the same names.
 */
import type { CellValue } from "../core/grid";

export const OWNER_NAME = "_thidua_owner";
export const BLOCK_NAME = "_thidua_block";
export const FILTER_NAME = "_thidua_filter";
export const MARKER = "KẾT QUẢ RÀ SOÁT";
export const MAX_STAMP_LENGTH = 255;

export interface OwnerStamp {
  kind: string;
  version: number | string;
  hash: string;
}

export function parseStamp(text: string | null | undefined): OwnerStamp | null {
  if (!text) return null;
  try {
    const v: unknown = JSON.parse(text);
    if (!v || typeof v !== "object") return null;
    const o = v as Record<string, unknown>;
    if (typeof o.kind !== "string" || typeof o.hash !== "string") return null;
    const version = typeof o.version === "number" || typeof o.version === "string" ? o.version : 0;
    return { kind: o.kind, version, hash: o.hash };
  } catch {
    return null;
  }
}

/** FNV-1a over a canonical text of the values; trailing blank rows and cells do not change it. */
export function contentHash(values: CellValue[][]): string {
  const rows = values.map((r) => {
    const cells = r.map(canon);
    while (cells.length && cells[cells.length - 1] === "") cells.pop();
    return cells.join("\u001f");
  });
  while (rows.length && rows[rows.length - 1] === "") rows.pop();
  const text = rows.join("\u001e");
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

function canon(v: CellValue): string {
  if (v === null || v === "") return "";
  if (v instanceof Date) return `d:${v.toISOString().slice(0, 10)}`;
  if (typeof v === "object") return `e:${v.error}`;
  return `${typeof v}:${String(v)}`;
}

/** `base`, or `base (2)`, `base (3)` … — the first not taken (Excel compares sheet names case-insensitively). */
export function chooseSheetName(base: string, taken: string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
