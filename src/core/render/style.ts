/** Shared styling of what the add-in writes (Nghị định 30/2020 conventions for printed sheets). */
import type { CellStyle } from "./plan";

export const FONT = "Times New Roman";
export const HEADER_FILL = "DDEBF7";

export const MARK_COLOURS = {
  gap: { fill: "FFC7CE", fontColor: "9C0006" },
  unknown: { fill: "FFEB9C", fontColor: "9C5700" },
  eligible: { fill: "C6EFCE", fontColor: "006100" },
} as const;

/** Every style names its font and size: exceljs drops the font name of a style that does not (toolchain.md). */
export function font(
  size: number,
  extra: Omit<CellStyle, "fontName" | "fontSize"> = {}
): CellStyle {
  return { fontName: FONT, fontSize: size, ...extra };
}

/**
 * Approximate printed width of a column of `width` characters, in millimetres: Excel shows a width w as
 * 7·w + 5 pixels at the default maximum digit width of 7 px, and prints 96 px to the inch.
 */
export function widthToMm(width: number): number {
  return ((7 * width + 5) * 25.4) / 96;
}
