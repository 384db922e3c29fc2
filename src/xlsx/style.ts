/**
 * The plan's CellStyle → exceljs style. Decisions: a style without a font name or size gets Times New Roman 12
 * (the administrative-document font of Nghị định 30/2020), because exceljs drops the font name when only some font
 * properties are set (toolchain.md); styles of overlapping ranges are layered in plan order, later ones winning
 * property by property.
 */
import type ExcelJS from "exceljs";
import type { CellStyle } from "../core/render/plan";

export const DEFAULT_FONT = "Times New Roman";
export const DEFAULT_SIZE = 12;

const argb = (rgb: string): string => `FF${rgb.replace(/^#/, "").toUpperCase()}`;

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

export function applyCellStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  const font: Partial<ExcelJS.Font> = { ...(cell.font ?? {}) };
  font.name = s.fontName ?? font.name ?? DEFAULT_FONT;
  font.size = s.fontSize ?? font.size ?? DEFAULT_SIZE;
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

/** The fill and font of a conditional format (a dxf: the fill colour goes in bgColor for a solid pattern). */
export function markStyle(fill: string, fontColor: string): Partial<ExcelJS.Style> {
  return {
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(fill) } },
    font: { color: { argb: argb(fontColor) } },
  };
}
