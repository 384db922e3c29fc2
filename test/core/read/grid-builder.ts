/** Small WorkbookGrids written in code: rows as arrays from a given top-left cell, merges as A1 ranges. */
import { parseA1 } from "../../../src/core/address";
import type { CellValue, MergeArea, SheetGrid, WorkbookGrid } from "../../../src/core/grid";
import type { Settings } from "../../../src/core/settings";
import { defaultSettings } from "../../../src/core/settings-defaults";

export interface SheetOptions {
  /** Top-left cell of the first row (default A1). */
  at?: string;
  merges?: string[];
  fonts?: (string | null)[][];
  text?: (string | null)[][];
  protected?: boolean;
  stamp?: string | null;
  blockStamp?: string | null;
  kind?: "worksheet" | "chartsheet";
  noValueFormulas?: string[];
  hiddenRows?: number[];
}

export function range(ref: string): MergeArea {
  const [a, b] = ref.split(":");
  const p = parseA1(a);
  const q = parseA1(b ?? a);
  if (!p || !q) throw new Error(`bad range ${ref}`);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

function pad<T>(rows: T[][], width: number, fill: T): T[][] {
  return rows.map((r) => [...r, ...Array<T>(Math.max(0, width - r.length)).fill(fill)]);
}

export function sheet(name: string, rows: CellValue[][], opts: SheetOptions = {}): SheetGrid {
  const origin = parseA1(opts.at ?? "A1");
  if (!origin) throw new Error("bad origin");
  const width = Math.max(0, ...rows.map((r) => r.length));
  const grid: SheetGrid = {
    name,
    top: origin.row,
    left: origin.col,
    values: pad(rows, width, null),
    merges: (opts.merges ?? []).map(range),
  };
  if (opts.fonts) grid.fonts = pad(opts.fonts, width, null);
  if (opts.text) grid.text = pad(opts.text, width, null);
  if (opts.protected !== undefined) grid.protected = opts.protected;
  if (opts.stamp !== undefined) grid.stamp = opts.stamp;
  if (opts.blockStamp !== undefined) grid.blockStamp = opts.blockStamp;
  if (opts.kind) grid.kind = opts.kind;
  if (opts.noValueFormulas) grid.noValueFormulas = opts.noValueFormulas;
  if (opts.hiddenRows) grid.hiddenRows = opts.hiddenRows;
  return grid;
}

export function book(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

export function settings(patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...patch };
}

/** The usual individuals header: STT, name, position, unit, rating, initiative, discipline, proposal. */
export const PERSON_HEADER: CellValue[] = [
  "STT",
  "Họ và tên",
  "Chức vụ",
  "Đơn vị",
  "Xếp loại",
  "Sáng kiến",
  "Hình thức kỷ luật",
  "Hình thức đề nghị",
];

export const UNIT_HEADER: CellValue[] = [
  "STT",
  "Tên tập thể",
  "Xếp loại",
  "Số người",
  "Hình thức đề nghị",
];

/** A person row in PERSON_HEADER's layout. */
export function person(
  stt: number,
  name: string,
  unit: string | null = "Phòng Quản lý đất đai",
  rating: CellValue = "HTTNV"
): CellValue[] {
  return [stt, name, "Chuyên viên", unit, rating, null, null, "LĐTT"];
}
