/** A SheetSpec as the core's grid (what a host hands over) and as an .xlsx written by exceljs (what a clerk has). */
import ExcelJS from "exceljs";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { TCVN3_TEXT, VNI_TEXT } from "../fixtures/hostile";
import type { SheetSpec } from "./arbitraries";

const TITLE = "BẢNG TỔNG HỢP KẾT QUẢ BÌNH XÉT THI ĐUA NĂM 2025";
const TCVN3 = new Set(TCVN3_TEXT.map(([t]) => t));
const VNI = new Set(VNI_TEXT.map(([t]) => t));

function fontFor(v: CellValue): string {
  if (typeof v === "string" && TCVN3.has(v)) return ".VnTime";
  if (typeof v === "string" && VNI.has(v)) return "VNI-Times";
  return "Times New Roman";
}

/** Rows from row 1 (title, blanks, header, data), as absolute positions. */
function layout(s: SheetSpec): { row: number; col: number; value: CellValue }[] {
  const out: { row: number; col: number; value: CellValue }[] = [];
  if (s.top > 1) out.push({ row: 1, col: s.left, value: TITLE });
  s.header.forEach((h, i) => out.push({ row: s.top, col: s.left + i, value: h }));
  s.rows.forEach((r, i) =>
    r.forEach((v, j) => out.push({ row: s.top + 1 + i, col: s.left + j, value: v }))
  );
  return out;
}

export function toGrid(s: SheetSpec): SheetGrid {
  const cells = layout(s).filter((c) => c.value !== null);
  const inMergeTail = (r: number, c: number) =>
    s.merges.some(
      (m) =>
        r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left)
    );
  const kept = cells.filter((c) => !inMergeTail(c.row, c.col));
  const rows = [...kept.map((c) => c.row), ...s.merges.map((m) => m.bottom)];
  const cols = [...kept.map((c) => c.col), ...s.merges.map((m) => m.right)];
  const empty: SheetGrid = { name: s.name, top: 1, left: 1, values: [], merges: [] };
  if (!rows.length) return empty;
  const top = Math.min(...kept.map((c) => c.row), ...s.merges.map((m) => m.top));
  const left = Math.min(...kept.map((c) => c.col), ...s.merges.map((m) => m.left));
  const height = Math.max(...rows) - top + 1;
  const width = Math.max(...cols) - left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () =>
    Array<CellValue>(width).fill(null)
  );
  const fonts: (string | null)[][] = Array.from({ length: height }, () =>
    Array<string | null>(width).fill(null)
  );
  for (const c of kept) {
    values[c.row - top][c.col - left] = c.value;
    if (typeof c.value === "string") fonts[c.row - top][c.col - left] = fontFor(c.value);
  }
  return {
    name: s.name,
    top,
    left,
    values,
    fonts,
    merges: s.merges,
    hiddenRows: s.hiddenRows,
    protected: false,
    visibility: "visible",
    kind: "worksheet",
  };
}

export function toWorkbookGrid(specs: SheetSpec[]): WorkbookGrid {
  return { sheets: specs.map(toGrid) };
}

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (v !== null && typeof v === "object" && !(v instanceof Date))
    return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

/** The workbook a clerk would have: fonts, a border on the header, widths, merges, hidden rows and the office's own
 * conditional format on the data. */
export async function toXlsx(specs: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of specs) {
    const ws = wb.addWorksheet(s.name);
    for (const c of layout(s)) {
      if (c.value === null) continue;
      const cell = ws.getCell(c.row, c.col);
      cell.value = excelValue(c.value);
      cell.font = { name: fontFor(c.value), size: 12, bold: c.row === s.top };
      if (c.row === s.top) cell.border = { bottom: { style: "thin" } };
    }
    s.header.forEach((_, i) => (ws.getColumn(s.left + i).width = 10 + ((i * 7) % 20)));
    for (const m of s.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    for (const r of s.hiddenRows) ws.getRow(r).hidden = true;
    if (s.rows.length)
      ws.addConditionalFormatting({
        ref: `A${s.top + 1}:C${s.top + s.rows.length}`,
        rules: [
          {
            type: "containsText",
            operator: "containsText",
            text: "KHTNV",
            priority: 1,
            style: { font: { color: { argb: "FF9C0006" } } },
          },
        ],
      });
  }
  if (!specs.length) wb.addWorksheet("Sheet1");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
