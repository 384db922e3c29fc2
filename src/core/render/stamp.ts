/**
 * Ownership stamps and content hashes (spec/workbook.md item 6).
 *
 * The hash covers values only, in a canonical form chosen so that a host's read-back of what it wrote hashes the same
 * as the plan: empty string and null are the same; numbers, and text that Excel turns into numbers on entry ("2025"),
 * are written the same; booleans and the text "true"/"false" likewise; dates become Excel serial numbers (Excel reads
 * them back that way); line ends are "\n". Cells are hashed with their positions counted from A1, so
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

/** Kind of the last cell `canonical` read: a module-level slot so the hot loop allocates no pair per cell. */
let kind = 0;
const K_TEXT = 115; // s
const K_NUMBER = 110; // n
const K_BOOL = 98; // b
const K_ERROR = 101; // e

/** The canonical text of a cell, "" when the cell counts as empty; its kind is left in `kind`. */
function canonical(v: CellValue): string {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "number") {
    kind = K_NUMBER;
    return String(v);
  }
  if (typeof v === "boolean") {
    kind = K_BOOL;
    return v ? "TRUE" : "FALSE";
  }
  if (v instanceof Date) {
    kind = K_NUMBER;
    return String((v.getTime() - EXCEL_EPOCH_MS) / 86400000);
  }
  if (isCellError(v)) {
    kind = K_ERROR;
    return v.error;
  }
  const s = v.indexOf("\r") >= 0 ? v.replace(/\r\n?/g, "\n") : v;
  // only text that could be a number or a boolean pays for the regular expressions
  const first = s.charCodeAt(0);
  const maybeNumber = (first >= 48 && first <= 57) || first <= 46; // digit, sign, dot or space
  const maybeBoolean = first === 116 || first === 84 || first === 102 || first === 70; // t T f F
  if (maybeNumber || maybeBoolean) {
    const t = s.trim();
    if (NUMERIC_TEXT.test(t)) {
      kind = K_NUMBER;
      return String(Number(t));
    }
    if (/^(true|false)$/i.test(t)) {
      kind = K_BOOL;
      return t.toUpperCase();
    }
  }
  kind = K_TEXT;
  return s;
}

/**
 * FNV-1a 64-bit, the state kept as two int32 halves in an Int32Array: no BigInt, no Node crypto, and no boxed
 * doubles in the hot loop. Text is fed as UTF-16 code units, two bytes each, low byte first.
 */
const PRIME_LO = 0x1b3;
// A local alias: inside a vm context (Jest) every global lookup in the hot loop goes through the sandbox's
// interceptor and costs ~50× more.
const imul = Math.imul;

function foldByte(state: Int32Array, b: number): void {
  const lo = state[1] ^ b;
  // lo * (2^40 + 0x1b3) modulo 2^64, in 16-bit pieces so every product stays exact
  const p0 = (lo & 0xffff) * PRIME_LO;
  const p1 = (lo >>> 16) * PRIME_LO;
  const carry = (p1 + (p0 >>> 16)) >>> 16;
  state[0] = imul(state[0], PRIME_LO) + carry + (lo << 8);
  state[1] = p0 + (p1 << 16);
}

/** Folds one 16-bit code unit into the running hash halves (two bytes, low first). */
function foldUnit(state: Int32Array, c: number): void {
  foldByte(state, c & 0xff);
  foldByte(state, (c >>> 8) & 0xff);
}

/** Folds a string's UTF-16 code units, with the state in locals for speed. */
function foldText(state: Int32Array, s: string): void {
  let hi = state[0];
  let lo = state[1];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    lo ^= c & 0xff;
    let p0 = (lo & 0xffff) * PRIME_LO;
    let p1 = (lo >>> 16) * PRIME_LO;
    hi = (imul(hi, PRIME_LO) + ((p1 + (p0 >>> 16)) >>> 16) + (lo << 8)) | 0;
    lo = (p0 + (p1 << 16)) | 0;
    lo ^= c >>> 8;
    p0 = (lo & 0xffff) * PRIME_LO;
    p1 = (lo >>> 16) * PRIME_LO;
    hi = (imul(hi, PRIME_LO) + ((p1 + (p0 >>> 16)) >>> 16) + (lo << 8)) | 0;
    lo = (p0 + (p1 << 16)) | 0;
  }
  state[0] = hi;
  state[1] = lo;
}

function fnvStart(): Int32Array {
  return Int32Array.of(0xcbf29ce4 | 0, 0x84222325 | 0);
}

function fnvHex(state: Int32Array): string {
  return (
    (state[0] >>> 0).toString(16).padStart(8, "0") + (state[1] >>> 0).toString(16).padStart(8, "0")
  );
}

/** FNV-1a 64 of raw bytes, as hex (exported so tests can check it against the published test vectors). */
export function fnv1a64(bytes: Iterable<number>): string {
  const h = fnvStart();
  for (const b of bytes) foldByte(h, b & 0xff);
  return fnvHex(h);
}

/** Hash version 1 (stamps of version 1): FNV-1a 64 over two bytes per UTF-16 code unit. */
function hashCellsFnv(
  values: readonly (readonly CellValue[])[],
  top: number,
  left: number
): string {
  const h = fnvStart();
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const s = canonical(row[c]);
      if (!s) continue;
      // position (row as two units, column as one), kind, text, terminator
      const at = r + top;
      foldUnit(h, at & 0xffff);
      foldUnit(h, at >>> 16);
      foldUnit(h, c + left);
      foldUnit(h, kind);
      foldText(h, s);
      foldUnit(h, 0);
    }
  }
  return fnvHex(h);
}

/** FNV's 32-bit prime, and a second odd constant (MurmurHash2's) for the other lane. */
const LANE_A = 0x01000193;
const LANE_B = 0x5bd1e995;

/**
 * Hash version 2 (stamps of version 2 on): the same canonical cells, each UTF-16 code unit folded whole into two
 * independent 32-bit FNV-1a-style lanes (different multipliers and offsets), each mixed at the end (MurmurHash3's
 * fmix32). The byte-wise 64-bit FNV step is a chain of dependent multiplications, four per code unit; the two lanes
 * take one each, side by side: the review sheet of a 10,000-row check hashed in a fraction of the time. It detects
 * edits; it is not a digest.
 */
function hashCellsLanes(
  values: readonly (readonly CellValue[])[],
  top: number,
  left: number
): string {
  let a = 0x811c9dc5 | 0;
  let b = 0x050c5d1f | 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const at = r + top;
    for (let c = 0; c < row.length; c++) {
      const s = canonical(row[c]);
      if (!s) continue;
      // position (row, column), kind, text, terminator
      const col = c + left;
      a = imul(imul(imul(a ^ at, LANE_A) ^ col, LANE_A) ^ kind, LANE_A);
      b = imul(imul(imul(b ^ at, LANE_B) ^ col, LANE_B) ^ kind, LANE_B);
      for (let i = 0; i < s.length; i++) {
        const u = s.charCodeAt(i);
        a = imul(a ^ u, LANE_A);
        b = imul(b ^ u, LANE_B);
      }
      a = imul(a ^ 0x10000, LANE_A);
      b = imul(b ^ 0x10000, LANE_B);
    }
  }
  return hex32(fmix32(a)) + hex32(fmix32(b));
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function hex32(h: number): string {
  return (h >>> 0).toString(16).padStart(8, "0");
}

function hashCells(
  values: readonly (readonly CellValue[])[],
  top: number,
  left: number,
  version: number
): string {
  return version >= 2 ? hashCellsLanes(values, top, left) : hashCellsFnv(values, top, left);
}

/**
 * Hash of a sheet's values given from A1 (values[0][0] is A1), as written in OwnedSheetPlan.values, in the form a
 * stamp of `version` holds (the current version unless a stamp read back says otherwise).
 */
export function contentHash(
  values: readonly (readonly CellValue[])[],
  version: number = STAMP_VERSION
): string {
  return hashCells(values, 1, 1, version);
}

/** The same hash of a sheet as a host reads it (its used range may start anywhere). */
export function gridHash(
  grid: Pick<SheetGrid, "values" | "top" | "left">,
  version: number = STAMP_VERSION
): string {
  return hashCells(grid.values, grid.top, grid.left, version);
}
