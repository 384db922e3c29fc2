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

/**
 * Style objects are shared between cells with the same plan style and the same starting style: exceljs keeps the
 * object it is given by reference and never mutates it, and a fresh object per cell made a 50,000-row check spend
 * most of its time collecting garbage (issue 7, scale).
 */
type Made = {
  font: Partial<ExcelJS.Font>;
  alignment?: Partial<ExcelJS.Alignment>;
  fill?: ExcelJS.Fill;
  border?: Partial<ExcelJS.Borders>;
};
const made = new WeakMap<CellStyle, Map<unknown, Map<unknown, Made>>>();
const NONE = {};

export function applyCellStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  const before = cell.font ?? NONE;
  const beforeAl = cell.alignment ?? NONE;
  let byFont = made.get(s);
  if (!byFont) made.set(s, (byFont = new Map()));
  let byAl = byFont.get(before);
  if (!byAl) byFont.set(before, (byAl = new Map()));
  let m = byAl.get(beforeAl);
  if (!m) byAl.set(beforeAl, (m = makeStyle(cell.font, cell.alignment, s)));
  cell.font = m.font;
  if (m.fill) cell.fill = m.fill;
  if (m.alignment) cell.alignment = m.alignment;
  if (m.border) cell.border = m.border;
  if (s.numFmt) cell.numFmt = s.numFmt;
}

function makeStyle(
  font0: Partial<ExcelJS.Font> | undefined,
  al0: Partial<ExcelJS.Alignment> | undefined,
  s: CellStyle
): Made {
  const font: Partial<ExcelJS.Font> = { ...(font0 ?? {}) };
  font.name = s.fontName ?? font.name ?? DEFAULT_FONT;
  font.size = s.fontSize ?? font.size ?? DEFAULT_SIZE;
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.italic !== undefined) font.italic = s.italic;
  if (s.underline !== undefined) font.underline = s.underline;
  if (s.color) font.color = { argb: argb(s.color) };
  const out: Made = { font };
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.hAlign || s.vAlign || s.wrap !== undefined) {
    const al: Partial<ExcelJS.Alignment> = { ...(al0 ?? {}) };
    if (s.hAlign) al.horizontal = s.hAlign;
    if (s.vAlign) al.vertical = s.vAlign;
    if (s.wrap !== undefined) al.wrapText = s.wrap;
    out.alignment = al;
  }
  if (s.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return out;
}

/** The fill and font of a conditional format (a dxf: the fill colour goes in bgColor for a solid pattern). */
export function markStyle(fill: string, fontColor: string): Partial<ExcelJS.Style> {
  return {
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(fill) } },
    font: { color: { argb: argb(fontColor) } },
  };
}
