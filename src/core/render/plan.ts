/**
 * What to write, as data (design.md: `src/core/render` → WritePlan). Hosts apply it and decide nothing:
 * every value, colour, width and print setting comes from here.
 */
import type { CellValue, MergeArea } from "../grid";

/** Cell styling the hosts can carry both in exceljs and in Office.js. Colours are RRGGBB. */
export interface CellStyle {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string;
  fill?: string;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin borders on all four sides of every cell of the range. */
  border?: boolean;
  numFmt?: string;
}

export interface StyledRange {
  /** A1 range on the sheet, e.g. "A5:F5". */
  range: string;
  style: CellStyle;
}

/** A conditional-format rule (formula type), the only way the add-in marks the office's cells. */
export interface MarkRule {
  kind: "gap" | "unknown" | "eligible";
  /** A1 range the format applies to (the office's data range, or the Kết quả column for "eligible"). */
  range: string;
  /** Formula relative to the range's top-left cell, without a leading "=", e.g. `$Q8=1`. */
  formula: string;
  fill: string;
  fontColor: string;
  /** The flag column range the formula reads: how the add-in recognises its own rules when clearing. */
  flagRange: string;
}

export interface CheckedSheetPlan {
  sheet: string;
  /** The host must refuse to write (spec/criteria.md §5.7) and say so; the plan still lists what would be written. */
  protected: boolean;
  /** First column of the result block (1-based). */
  firstCol: number;
  /** Columns of an older result block to clear first (they belong to the add-in). */
  clearCols: { first: number; last: number } | null;
  /** Rows of the block, top to bottom: header rows then data rows, all starting at `firstCol`. */
  firstRow: number;
  values: CellValue[][];
  /** Merges inside the block's header (absolute). */
  merges: MergeArea[];
  /** Styles of the block's own cells only (never the office's). */
  styles: StyledRange[];
  /** Absolute column numbers of the hidden flag columns. */
  hiddenCols: number[];
  widths: { col: number; width: number }[];
  marks: MarkRule[];
  /** Range for AutoFilter on the header row, or null to keep the office's existing filter. */
  autoFilter: string | null;
  /** The JSON stamp stored as the sheet-scoped name `_thidua_block` (block location and version). */
  blockStamp: string;
}

export interface PageSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Rows repeated at the top of each page, e.g. "7:8". */
  printTitleRows: string | null;
  printArea: string;
  fitToWidth: 1;
  /** 0 = as many pages tall as needed. */
  fitToHeight: 0;
  /** Manual page breaks: a new page begins after each of these rows (1-based). Absent: none. */
  rowBreaks?: number[];
  /** Page number centred in the top margin, not on page 1. */
  pageNumberTopFromPage2: boolean;
  gridlines: false;
  margins: {
    top: number;
    bottom: number;
    left: number;
    right: number;
    header: number;
    footer: number;
  };
}

export interface OwnedSheetPlan {
  kind: "summary" | "review" | "settings";
  /** The name it should have; the host adds " (2)" etc. when that name is taken by an edited or foreign sheet. */
  name: string;
  visibility: "visible" | "hidden";
  /** Values from A1, row by row. Counts are values, never formulas. */
  values: CellValue[][];
  merges: MergeArea[];
  styles: StyledRange[];
  widths: { col: number; width: number }[];
  rowHeights: { row: number; height: number }[];
  /** Internal hyperlinks: cell → target reference ('Cá nhân'!F9). */
  links: { cell: string; target: string }[];
  pageSetup: PageSetup | null;
  /** The JSON stamp for `_thidua_owner`: {kind, version, hash}. The hash is of `values`. */
  stamp: string;
  /** True when `name` is an unedited sheet of ours to rewrite in place; false or absent: a new sheet (render's
   * chooseSheetName has already stepped past edited and foreign sheets). */
  inPlace?: boolean;
  /** AutoFilter range for the sheet's own table (the review sheet), or null/absent for none. */
  autoFilter?: string | null;
}

export interface WritePlan {
  checked: CheckedSheetPlan[];
  sheets: OwnedSheetPlan[];
  /** Add-in sheet kinds to remove if present and unedited (e.g. the review sheet when `review.sheet` is off). */
  remove: ("summary" | "review" | "settings")[];
}
