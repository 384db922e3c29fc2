/**
 * Sheets the add-in owns (summary, review, settings): recognised by their `_thidua_owner` stamp, never by name.
 * An owned sheet is unedited when the hash of what it holds now equals the hash in its stamp.
 */
import ExcelJS from "exceljs";
import { parseA1 } from "../core/address";
import type { CellValue } from "../core/grid";
import type { OwnedSheetPlan, PageSetup } from "../core/render/plan";
import { displayText } from "./cells";
import { extrasOf, getStamp, setStamp } from "./extras";
import { sheetGrid } from "./read";
import { contentHash, OWNER_NAME, parseStamp, type OwnerStamp } from "./stamps";
import { applyCellStyle } from "./style";
import { toExcelValue } from "./values";

export interface OwnedSheet {
  ws: ExcelJS.Worksheet;
  stamp: OwnerStamp;
  edited: boolean;
}

export function ownedSheets(wb: ExcelJS.Workbook): OwnedSheet[] {
  const out: OwnedSheet[] = [];
  for (const ws of wb.worksheets) {
    const stamp = parseStamp(getStamp(wb, ws.name, OWNER_NAME));
    if (!stamp) continue;
    out.push({ ws, stamp, edited: contentHash(valuesFromA1(ws)) !== stamp.hash });
  }
  return out;
}

/** The sheet's values as a block starting at A1 (what the plan's `values` were). */
export function valuesFromA1(ws: ExcelJS.Worksheet): CellValue[][] {
  const g = sheetGrid(ws);
  if (!g.values.length) return [];
  const width = g.left - 1 + (g.values[0]?.length ?? 0);
  const rows: CellValue[][] = [];
  for (let r = 1; r < g.top; r++) rows.push(new Array<CellValue>(width).fill(null));
  for (const row of g.values) rows.push([...new Array<CellValue>(g.left - 1).fill(null), ...row]);
  return rows;
}

/**
 * Writes an owned sheet: over an unedited one of the same kind (same name and position), else as a new sheet whose
 * name is the plan's name or the next free "name (2)". Returns the sheet's name.
 */
export function writeOwnedSheet(
  wb: ExcelJS.Workbook,
  plan: OwnedSheetPlan,
  choose: (base: string, taken: string[]) => string
): string {
  const owned = ownedSheets(wb).filter((o) => o.stamp.kind === plan.kind && !o.edited);
  const target = owned.find((o) => o.ws.name === plan.name) ?? owned[0];
  let ws: ExcelJS.Worksheet;
  if (target) {
    const { name, orderNo } = target.ws as ExcelJS.Worksheet & { orderNo: number };
    wb.removeWorksheet(target.ws.id);
    ws = wb.addWorksheet(name);
    (ws as ExcelJS.Worksheet & { orderNo: number }).orderNo = orderNo;
  } else {
    ws = wb.addWorksheet(
      choose(
        plan.name,
        wb.worksheets.map((w) => w.name)
      )
    );
  }
  fillOwnedSheet(ws, plan);
  setStamp(wb, ws.name, OWNER_NAME, plan.stamp);
  extrasOf(wb).rewritten.add(ws.name);
  return ws.name;
}

export function fillOwnedSheet(ws: ExcelJS.Worksheet, plan: OwnedSheetPlan): void {
  ws.state = plan.visibility;
  plan.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== null) ws.getCell(i + 1, j + 1).value = toExcelValue(v);
    })
  );
  for (const m of plan.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  applyStyles(ws, plan.styles);
  for (const w of plan.widths) ws.getColumn(w.col).width = w.width;
  for (const h of plan.rowHeights) ws.getRow(h.row).height = h.height;
  for (const link of plan.links) {
    const at = parseA1(link.cell);
    if (!at) continue;
    const shown = plan.values[at.row - 1]?.[at.col - 1];
    const text = shown === null || shown === undefined ? link.target : (displayText(shown) ?? "");
    ws.getCell(at.row, at.col).value = { text, hyperlink: link.target };
  }
  if (plan.pageSetup) applyPageSetup(ws, plan.pageSetup);
}

export function applyStyles(ws: ExcelJS.Worksheet, styles: OwnedSheetPlan["styles"]): void {
  for (const s of styles) {
    const [from, to] = s.range.split(":");
    const a = parseA1(from);
    const b = parseA1(to ?? from);
    if (!a || !b) continue;
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) {
        applyCellStyle(ws.getCell(r, c), s.style);
      }
    }
  }
}

/**
 * Print settings. Decision: the plan's margins are in inches, OOXML's own unit (exceljs writes them unchanged);
 * the page number goes in the odd-page header, with a blank first-page header ("different first page").
 */
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
  if (p.pageNumberTopFromPage2) {
    ws.headerFooter = { differentFirst: true, oddHeader: "&C&P", firstHeader: "" };
  }
}
