/**
 * The state behind the fake Excel of mock-excel.ts: plain data a test can build, inspect and compare (snapshot).
 * Rows and columns are 0-based here, as in Office.js's getRangeByIndexes.
 */
export type Scalar = string | number | boolean;

export interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface FormatRecord {
  area: Area;
  path: string;
  value: unknown;
}

export interface CfRecord {
  id: number;
  area: Area;
  type: string;
  formula: string | null;
  fill: string | null;
  font: string | null;
}

export interface SheetState {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  /** row → col → value; errors are kept as their text plus an entry in `errors`. */
  cells: Map<number, Map<number, Scalar>>;
  errors: Set<string>;
  formats: FormatRecord[];
  merges: Area[];
  hiddenCols: Set<number>;
  colWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  names: Map<string, { formula: string; visible: boolean }>;
  cfs: CfRecord[];
  autoFilter: string | null;
  page: Map<string, unknown>;
  links: Map<string, string>;
  /** Excel tables (ListObjects) on the sheet; `filterHidden`: rows (0-based) the table's own filter hides. */
  tables: TableState[];
  /** Rows (0-based) hidden by the AutoFilter's criteria: the filter is "data filtered" while this is not empty. */
  filterHidden: Set<number>;
}

export interface TableState {
  name: string;
  area: Area;
  filterHidden?: number[];
}

export interface BookState {
  sheets: SheetState[];
  nextId: number;
  /** Review → Protect Workbook (structure): sheets cannot be added, deleted, hidden or renamed. */
  structureProtected?: boolean;
}

export function newSheet(name: string): SheetState {
  return {
    name,
    visibility: "Visible",
    protected: false,
    cells: new Map(),
    errors: new Set(),
    formats: [],
    merges: [],
    hiddenCols: new Set(),
    colWidths: new Map(),
    rowHeights: new Map(),
    names: new Map(),
    cfs: [],
    autoFilter: null,
    page: new Map(),
    links: new Map(),
    tables: [],
    filterHidden: new Set(),
  };
}

export function intersects(a: Area, b: Area): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function inside(a: Area, outer: Area): boolean {
  return a.r0 >= outer.r0 && a.r1 <= outer.r1 && a.c0 >= outer.c0 && a.c1 <= outer.c1;
}

/** a minus b, as up to four rectangles. */
export function subtract(a: Area, b: Area): Area[] {
  if (!intersects(a, b)) return [a];
  const out: Area[] = [];
  if (a.r0 < b.r0) out.push({ ...a, r1: b.r0 - 1 });
  if (a.r1 > b.r1) out.push({ ...a, r0: b.r1 + 1 });
  const r0 = Math.max(a.r0, b.r0);
  const r1 = Math.min(a.r1, b.r1);
  if (a.c0 < b.c0) out.push({ r0, r1, c0: a.c0, c1: b.c0 - 1 });
  if (a.c1 > b.c1) out.push({ r0, r1, c0: b.c1 + 1, c1: a.c1 });
  return out;
}

export function getCell(s: SheetState, r: number, c: number): Scalar | undefined {
  return s.cells.get(r)?.get(c);
}

export function setCell(s: SheetState, r: number, c: number, v: Scalar | undefined): void {
  let row = s.cells.get(r);
  if (v === undefined || v === "") {
    row?.delete(c);
    if (row && row.size === 0) s.cells.delete(r);
    s.errors.delete(`${r},${c}`);
    return;
  }
  if (!row) s.cells.set(r, (row = new Map()));
  row.set(c, v);
}

/** Bounding box of the cells holding values, or null. */
export function usedArea(s: SheetState): Area | null {
  let a: Area | null = null;
  for (const [r, row] of s.cells) {
    for (const c of row.keys()) {
      if (!a) a = { r0: r, r1: r, c0: c, c1: c };
      else {
        a.r0 = Math.min(a.r0, r);
        a.r1 = Math.max(a.r1, r);
        a.c0 = Math.min(a.c0, c);
        a.c1 = Math.max(a.c1, c);
      }
    }
  }
  return a;
}

function sortedEntries<V>(m: Map<string | number, V>): [string | number, V][] {
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Everything about a sheet, as plain JSON-able data in a stable order: equal snapshots mean equal sheets. */
export function snapshotSheet(s: SheetState): unknown {
  const cells: [number, number, Scalar][] = [];
  for (const [r, row] of s.cells) for (const [c, v] of row) cells.push([r, c, v]);
  cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    name: s.name,
    visibility: s.visibility,
    protected: s.protected,
    cells,
    errors: [...s.errors].sort(),
    formats: s.formats,
    merges: s.merges,
    hiddenCols: [...s.hiddenCols].sort((a, b) => a - b),
    colWidths: sortedEntries(s.colWidths),
    rowHeights: sortedEntries(s.rowHeights),
    names: sortedEntries(s.names),
    cfs: s.cfs.map((cf) => ({
      area: cf.area,
      type: cf.type,
      formula: cf.formula,
      fill: cf.fill,
      font: cf.font,
    })),
    autoFilter: s.autoFilter,
    page: sortedEntries(s.page),
    links: sortedEntries(s.links),
    tables: s.tables,
    filterHidden: [...s.filterHidden].sort((a, b) => a - b),
  };
}

export function snapshotBook(b: BookState): unknown {
  return b.sheets.map(snapshotSheet);
}
