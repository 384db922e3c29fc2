/// <reference types="office-js" />
/**
 * Plan styles and sizes in Office.js terms. Units (decision, matching what exceljs takes so both hosts print alike):
 * column widths in the plan are Excel character widths, row heights are points, page margins are inches.
 */
import { absoluteRows, parseA1 } from "../core/address";
import type { CellStyle, PageSetup } from "../core/render/plan";
import { ACTION_BYTES, jsonBytes } from "./batch";

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** Rows and columns of an A1 range ("B2:D9", "B2"); null for whole rows or columns ("Q:Q"). */
export function rangeSize(a1: string): { rows: number; cols: number } | null {
  const [from, to = from] = a1.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return null;
  return { rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}

/** Estimated request bytes of applyStyle, known before anything is queued. */
export function styleBytes(address: string, style: CellStyle): number {
  const size = rangeSize(address);
  const props = Object.keys(style).length + (style.border ? 18 : 0);
  const cells = size ? size.rows * size.cols : 1;
  const fmt = style.numFmt === undefined ? 0 : cells * (jsonBytes(style.numFmt) + 1);
  return props * ACTION_BYTES + jsonBytes(style) + fmt;
}

export function applyStyle(range: Excel.Range, address: string, style: CellStyle): void {
  const f = range.format;
  if (style.fontName !== undefined) f.font.name = style.fontName;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.underline !== undefined) f.font.underline = style.underline ? "Single" : "None";
  if (style.color !== undefined) f.font.color = `#${style.color}`;
  if (style.fill !== undefined) f.fill.color = `#${style.fill}`;
  if (style.hAlign) f.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) f.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  const size = rangeSize(address);
  if (style.border) {
    const edges: string[] = [...EDGES];
    if (size && size.rows > 1) edges.push("InsideHorizontal");
    if (size && size.cols > 1) edges.push("InsideVertical");
    for (const edge of edges) {
      const b = f.borders.getItem(edge as Excel.BorderIndex);
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = "#000000";
    }
  }
  if (style.numFmt !== undefined) {
    // A full 2-D array is what every Excel accepts; whole-column ranges get the single-value form.
    const fmt = style.numFmt;
    const grid = size
      ? Array.from({ length: size.rows }, () => Array<string>(size.cols).fill(fmt))
      : null;
    if (grid) range.numberFormat = grid;
    else (range as unknown as { numberFormat: string }).numberFormat = fmt;
  }
}

/** Excel character width (Calibri 11 digit widths) → points, as Excel converts it: 7 px per char + 5 px padding. */
export function charWidthToPoints(width: number): number {
  const px = Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);
  return Math.round(px * 0.75 * 100) / 100;
}

export function applyPageSetup(ws: Excel.Worksheet, setup: PageSetup): void {
  const pl = ws.pageLayout;
  pl.paperSize = "A4";
  pl.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  if (setup.printTitleRows) pl.setPrintTitleRows(absoluteRows(setup.printTitleRows));
  pl.setPrintArea(setup.printArea);
  pl.zoom = { horizontalFitToPages: setup.fitToWidth, verticalFitToPages: setup.fitToHeight };
  pl.printGridlines = setup.gridlines;
  const m = setup.margins;
  pl.topMargin = m.top * 72;
  pl.bottomMargin = m.bottom * 72;
  pl.leftMargin = m.left * 72;
  pl.rightMargin = m.right * 72;
  pl.headerMargin = m.header * 72;
  pl.footerMargin = m.footer * 72;
  if (setup.rowBreaks) {
    // a summary rewritten in place keeps the sheet, and with it the breaks of the previous layout
    ws.horizontalPageBreaks.removePageBreaks();
    for (const row of setup.rowBreaks) ws.horizontalPageBreaks.add(`A${row + 1}`);
  }
  const hf = pl.headersFooters;
  if (setup.pageNumberTopFromPage2) {
    hf.state = "FirstAndDefault";
    hf.defaultForAllPages.centerHeader = "&P";
    hf.firstPage.centerHeader = "";
  }
}

/**
 * Gives columns the add-in wrote (an old result block) back their unwritten state: merges undone, values cleared,
 * cell formats reset to the Normal style, shown, the sheet's standard width. Not `clear("All")` or
 * `clear("Formats")`: Excel takes conditional formats out of the cleared range with them, so an office rule whose
 * range reaches into the block would be cut (the add-in's own rules are deleted by id beforehand). Applying the
 * Normal style (Range.style, ExcelApi 1.7) replaces number format, alignment, font, border and fill and leaves
 * conditional formats alone.
 */
export function clearColumns(range: Excel.Range): void {
  range.unmerge();
  range.clear("Contents");
  range.style = NORMAL_STYLE;
  range.columnHidden = false;
  range.format.useStandardWidth = true;
}

/** Excel.BuiltInStyle.normal: Office.js names built-in styles in English whatever Excel's language. */
export const NORMAL_STYLE = "Normal";
