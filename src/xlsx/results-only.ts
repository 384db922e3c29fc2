/**
 * The results-only workbook (spec/workbook.md "Parts exceljs cannot carry"): when the office's file has parts
 * exceljs would drop, the checked copy is not written; instead a new workbook holds each checked sheet's rows as
 * values with the result block and marks, then the add-in's sheets. Decision: the block is written into these
 * copies even for a protected original (the copy is the add-in's own file, not the office's sheet).
 */
import ExcelJS from "exceljs";
import type { WorkbookGrid } from "../core/grid";
import type { WritePlan } from "../core/render/plan";
import { fillOwnedSheet } from "./owned";
import { saveWorkbook } from "./save";
import { extrasOf, setStamp } from "./extras";
import { OWNER_NAME } from "./stamps";
import { toExcelValue } from "./values";
import { writeBlock } from "./write";

export async function writeResultsOnly(
  grid: WorkbookGrid,
  plan: WritePlan,
  opts: { note?: string } = {}
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (opts.note) wb.description = opts.note;
  for (const c of plan.checked) {
    const g = grid.sheets.find((s) => s.name === c.sheet);
    if (!g) continue;
    const ws = wb.addWorksheet(g.name);
    g.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== null) ws.getCell(g.top + i, g.left + j).value = toExcelValue(v);
      })
    );
    for (const m of g.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    writeBlock(ws, { ...c, clearCols: null });
  }
  for (const s of plan.sheets) {
    const ws = wb.addWorksheet(s.name);
    fillOwnedSheet(ws, s);
    setStamp(wb, ws.name, OWNER_NAME, s.stamp);
    extrasOf(wb).rewritten.add(ws.name);
  }
  return saveWorkbook(wb);
}
