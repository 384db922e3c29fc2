/**
 * The host-neutral picture of a workbook: what a host (Office.js or exceljs) reads, in one pass, and hands to core.
 * Row and column numbers are 1-based and absolute (as Excel shows them).
 */

/** A formula error as the host reports it ("#N/A", "#REF!", "#VALUE!" …). */
export interface CellError {
  error: string;
}

/**
 * A cell's value: formulas arrive as their cached value; a formula with no cached value arrives as null with
 * `formulaWithoutValue` noted by the host in `SheetGrid.noValueFormulas`.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Row and column of values[0][0]: the used range's top-left corner. */
  top: number;
  left: number;
  /** The used range, row by row (every row has the same length). Empty cells are null. */
  values: CellValue[][];
  /** Display text as the host shows it, same shape as values, where the host gives it (dates as typed, numbers formatted). */
  text?: (string | null)[][];
  /** Font name of text cells, same shape as values; only given where the host read them (legacy-encoding detection). */
  fonts?: (string | null)[][];
  merges: MergeArea[];
  /** Absolute row numbers that are hidden or filtered out (they are still read). */
  hiddenRows?: number[];
  /** Addresses (A1) of formulas that have no cached value. */
  noValueFormulas?: string[];
  protected?: boolean;
  visibility?: "visible" | "hidden" | "veryHidden";
  /** The JSON text of the add-in's ownership stamp (sheet-scoped name `_thidua_owner`), or null/undefined. */
  stamp?: string | null;
  /** The JSON text of the add-in's result-block stamp (sheet-scoped name `_thidua_block`), or null/undefined. */
  blockStamp?: string | null;
  /** A chart sheet has no cells; it is listed so the report can say it was left alone. */
  kind?: "worksheet" | "chartsheet";
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return (
    typeof v === "object" &&
    v !== null &&
    !(v instanceof Date) &&
    typeof (v as CellError).error === "string"
  );
}

/** Value at an absolute row/column, or null outside the used range. */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.top];
  if (!r) return null;
  const v = r[col - grid.left];
  return v === undefined ? null : v;
}

export function textAt(grid: SheetGrid, row: number, col: number): string | null {
  const r = grid.text?.[row - grid.top];
  const t = r?.[col - grid.left];
  return t === undefined ? null : t;
}

export function fontAt(grid: SheetGrid, row: number, col: number): string | null {
  const r = grid.fonts?.[row - grid.top];
  const f = r?.[col - grid.left];
  return f === undefined ? null : f;
}

export function lastRow(grid: SheetGrid): number {
  return grid.top + grid.values.length - 1;
}

export function lastCol(grid: SheetGrid): number {
  return grid.left + (grid.values[0]?.length ?? 0) - 1;
}
