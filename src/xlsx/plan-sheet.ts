/** The plan as a one-sheet workbook (`thidua plan export --out plan.xlsx`): a sheet to copy into the office's book. */
import ExcelJS from "exceljs";
import type { LawLayer } from "../core/rules/law/types";
import { PLAN_SHEET_NAME, PLAN_SHEET_WIDTHS, planSheetRows } from "../core/rules/plan/sheet";
import type { PlanDef } from "../core/rules/plan/types";

export async function planWorkbookBytes(plan: PlanDef, law: LawLayer): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(PLAN_SHEET_NAME);
  const rows = planSheetRows(plan, law);
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((v, j) => {
      const cell = row.getCell(j + 1);
      cell.value = v as ExcelJS.CellValue;
      cell.alignment = { wrapText: true, vertical: "top" };
      // Codes, levels and sections stay text ("1.2" is a section, not a number).
      cell.numFmt = "@";
    });
  });
  const header = rows.findIndex((r) => r[0] === "Mã") + 1;
  ws.getRow(header).font = { bold: true };
  ws.getColumn(1).font = { bold: true };
  PLAN_SHEET_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: "frozen", ySplit: header, xSplit: 1 }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
