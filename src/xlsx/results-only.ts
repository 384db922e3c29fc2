/**
 * The results-only workbook (spec/workbook.md "Parts the add-in does not write are carried"): when a sheet the plan
 * writes into cannot be edited safely (package/safety.ts, package/office-sheet.ts), the checked copy is not written;
 * instead a new workbook holds each checked sheet's rows as values, then gets the result block, marks and the
 * add-in's sheets exactly as a checked copy does (package/). It is an ordinary .xlsx, whatever the original was.
 * Decision: the block is written into these copies even for a protected original (the copy is the add-in's own
 * file, not the office's sheet).
 */
import ExcelJS from "exceljs";
import type { WorkbookGrid } from "../core/grid";
import type { WritePlan } from "../core/render/plan";
import { writePlanToPackage, type WriteOptions } from "./package";
import { loadWorkbook } from "./read";
import { toExcelValue } from "./values";

export async function writeResultsOnly(
  grid: WorkbookGrid,
  plan: WritePlan,
  opts: WriteOptions & { note?: string } = {}
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
  }
  // A workbook needs a sheet; the add-in's sheets come after this one, which stays empty only when nothing was
  // checked.
  if (!wb.worksheets.length) wb.addWorksheet("Kết quả");
  const copy = await loadWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), {
    allowEmpty: true,
  });
  const written = await writePlanToPackage(
    copy,
    {
      checked: plan.checked
        .filter((c) => copy.facts.has(c.sheet))
        .map((c) => ({ ...c, protected: false, clearCols: null })),
      sheets: plan.sheets.map((s) => ({ ...s, inPlace: false })),
      remove: [],
    },
    { deflate: opts.deflate }
  );
  return written.bytes;
}
