/**
 * The reference the package writer is compared with (sheet-data.test.ts): the plan's styles and print settings
 * applied cell by cell through exceljs's own model, as the .xlsx host wrote them before it edited packages itself.
 */
import type ExcelJS from "exceljs";
import type { CellStyle, PageSetup } from "../../src/core/render/plan";

const argb = (rgb: string): string => `FF${rgb.replace(/^#/, "").toUpperCase()}`;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

export function applyCellStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  const font: Partial<ExcelJS.Font> = { ...(cell.font ?? {}) };
  font.name = s.fontName ?? font.name ?? "Times New Roman";
  font.size = s.fontSize ?? font.size ?? 12;
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.italic !== undefined) font.italic = s.italic;
  if (s.underline !== undefined) font.underline = s.underline;
  if (s.color) font.color = { argb: argb(s.color) };
  cell.font = font;
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.hAlign || s.vAlign || s.wrap !== undefined) {
    const al: Partial<ExcelJS.Alignment> = { ...(cell.alignment ?? {}) };
    if (s.hAlign) al.horizontal = s.hAlign;
    if (s.vAlign) al.vertical = s.vAlign;
    if (s.wrap !== undefined) al.wrapText = s.wrap;
    cell.alignment = al;
  }
  if (s.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.numFmt) cell.numFmt = s.numFmt;
}

export function applyPageSetup(ws: ExcelJS.Worksheet, p: PageSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    printArea: p.printArea,
    printTitlesRow: p.printTitleRows ?? undefined,
    margins: { ...p.margins },
    showGridLines: false,
  };
  ws.views = [{ showGridLines: false }];
  for (const row of p.rowBreaks ?? []) ws.getRow(row).addPageBreak();
  if (p.pageNumberTopFromPage2) {
    ws.headerFooter = { differentFirst: true, oddHeader: "&C&P", firstHeader: "" };
  }
}
