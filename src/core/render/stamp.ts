/**
 * Ownership stamps and content hashes (spec/workbook.md item 6).
 *
 * The hash covers values only, in a canonical form chosen so that a host's read-back of what it wrote hashes the same
 * as the plan: empty string and null are the same; numbers, and text that Excel turns into numbers on entry ("2025"),
 * are written the same; booleans and the text "true"/"false" likewise; dates become Excel serial numbers (Excel reads
 * them back that way); line ends are "\n"; text is NFC. Cells are hashed with their positions counted from A1, so
 * trailing empty rows or columns, or a used range that does not start at A1, do not change the hash.
 * Formats are not hashed: a clerk who only recolours a summary has not edited its content.
 */
import { isCellError, type CellValue, type SheetGrid } from "../grid";
import { STAMP_VERSION, type OwnedKind } from "./constants";

export interface Stamp {
  app: "thidua";
  kind: OwnedKind;
  version: number;
  /** contentHash of the values written. */
  hash: string;
}

export interface BlockStamp {
  app: "thidua";
  kind: "block";
  version: number;
  firstCol: number;
  lastCol: number;
  firstRow: number;
  lastRow: number;
  /** Absolute columns of the hidden flag columns, the ones the marks read. */
  flagCols: number[];
}

const OWNED_KINDS: readonly string[] = ["summary", "review", "settings"];

export function makeStamp(kind: OwnedKind, hash: string): string {
  const stamp: Stamp = { app: "thidua", kind, version: STAMP_VERSION, hash };
  return JSON.stringify(stamp);
}

function parseObject(text: string | null | undefined): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === "object" && v !== null && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The stamp of an owned sheet, or null for anything that is not one (a clerk's text, another kind, bad JSON). */
export function parseStamp(text: string | null | undefined): Stamp | null {
  const o = parseObject(text);
  if (!o || o.app !== "thidua") return null;
  if (typeof o.kind !== "string" || !OWNED_KINDS.includes(o.kind)) return null;
  if (typeof o.version !== "number" || typeof o.hash !== "string") return null;
  return { app: "thidua", kind: o.kind as OwnedKind, version: o.version, hash: o.hash };
}

export function makeBlockStamp(b: Omit<BlockStamp, "app" | "kind" | "version">): string {
  const stamp: BlockStamp = { app: "thidua", kind: "block", version: STAMP_VERSION, ...b };
  return JSON.stringify(stamp);
}

export function parseBlockStamp(text: string | null | undefined): BlockStamp | null {
  const o = parseObject(text);
  if (!o || o.app !== "thidua" || o.kind !== "block" || typeof o.version !== "number") return null;
  const nums = ["firstCol", "lastCol", "firstRow", "lastRow"] as const;
  if (nums.some((k) => !Number.isInteger(o[k]))) return null;
  const flagCols = o.flagCols;
  if (!Array.isArray(flagCols) || flagCols.some((c) => !Number.isInteger(c))) return null;
  return {
    app: "thidua",
    kind: "block",
    version: o.version,
    firstCol: o.firstCol as number,
    lastCol: o.lastCol as number,
    firstRow: o.firstRow as number,
    lastRow: o.lastRow as number,
    flagCols: flagCols as number[],
  };
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The canonical text of a cell, "" when the cell counts as empty. */
function canonical(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return `n${v}`;
  if (typeof v === "boolean") return v ? "bTRUE" : "bFALSE";
  if (v instanceof Date) return `n${(v.getTime() - EXCEL_EPOCH_MS) / 86400000}`;
  if (isCellError(v)) return `e${v.error}`;
  const s = v.replace(/\r\n?/g, "\n").normalize("NFC");
  if (s === "") return "";
  const t = s.trim();
  if (NUMERIC_TEXT.test(t)) return `n${Number(t)}`;
  if (/^(true|false)$/i.test(t)) return `b${t.toUpperCase()}`;
  return `s${s}`;
}

/** FNV-1a 64-bit over UTF-16 code units (two bytes each), kept in two 32-bit halves: no BigInt, no Node crypto. */
class Fnv64 {
  private hi = 0xcbf29ce4;
  private lo = 0x84222325;

  byte(b: number): void {
    this.lo ^= b;
    // multiply by the prime 2^40 + 0x1b3, modulo 2^64
    const p = (this.lo >>> 0) * 0x1b3;
    const carry = Math.floor(p / 0x100000000);
    this.hi = (Math.imul(this.hi, 0x1b3) + carry + (this.lo << 8)) >>> 0;
    this.lo = p >>> 0;
  }

  text(s: string): void {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this.byte(c & 0xff);
      this.byte(c >>> 8);
    }
  }

  hex(): string {
    return (
      (this.hi >>> 0).toString(16).padStart(8, "0") + (this.lo >>> 0).toString(16).padStart(8, "0")
    );
  }
}

/** FNV-1a 64 of raw bytes, as hex (exported so tests can check it against the published test vectors). */
export function fnv1a64(bytes: Iterable<number>): string {
  const h = new Fnv64();
  for (const b of bytes) h.byte(b & 0xff);
  return h.hex();
}

function hashCells(values: readonly (readonly CellValue[])[], top: number, left: number): string {
  const h = new Fnv64();
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const s = canonical(row[c]);
      if (s) h.text(`${r + top},${c + left}:${s}\u0000`);
    }
  }
  return h.hex();
}

/** Hash of a sheet's values given from A1 (values[0][0] is A1), as written in OwnedSheetPlan.values. */
export function contentHash(values: readonly (readonly CellValue[])[]): string {
  return hashCells(values, 1, 1);
}

/** The same hash of a sheet as a host reads it (its used range may start anywhere). */
export function gridHash(grid: Pick<SheetGrid, "values" | "top" | "left">): string {
  return hashCells(grid.values, grid.top, grid.left);
}
