/**
 * Sheets the add-in owns (summary, review, settings): recognised by their `_thidua_owner` stamp, never by name.
 * An owned sheet is unedited when the hash of what it holds now equals the hash in its stamp.
 */
import ExcelJS from "exceljs";
import { parseA1 } from "../core/address";
import type { OwnedSheetPlan, PageSetup } from "../core/render/plan";
import { extrasOf, getStamp, setStamp } from "./extras";
import { sheetGrid } from "./read";
import { autoFilterText } from "./block";
import { FILTER_NAME, freeSheetName, gridHash, OWNER_NAME, parseStamp } from "./stamps";
import type { ExistingSheet, Stamp } from "../core/render";
import { applyCellStyle } from "./style";
import { planBulkSheet, stylePlaceholders } from "./sheet-data";

export interface OwnedSheet {
  ws: ExcelJS.Worksheet;
  stamp: Stamp;
  edited: boolean;
}

export function ownedSheets(wb: ExcelJS.Workbook): OwnedSheet[] {
  const out: OwnedSheet[] = [];
  for (const ws of wb.worksheets) {
    const stamp = parseStamp(getStamp(wb, ws.name, OWNER_NAME));
    if (!stamp) continue;
    out.push({ ws, stamp, edited: gridHash(sheetGrid(ws)) !== stamp.hash });
  }
  return out;
}

/**
 * Writes an owned sheet where render decided (render's chooseSheetName, fed by `existingSheets`): over the sheet of
 * that name when `inPlace` and it bears our stamp of the same kind (same name and position), else as a new sheet
 * under the plan's name — or the next free "name (2)" should that name have been taken since. A sheet without our
 * stamp is never overwritten. Returns the sheet's name.
 */
export function writeOwnedSheet(wb: ExcelJS.Workbook, plan: OwnedSheetPlan): string {
  const current = wb.getWorksheet(plan.name);
  const stamp = current ? parseStamp(getStamp(wb, current.name, OWNER_NAME)) : null;
  let ws: ExcelJS.Worksheet;
  if (current && plan.inPlace && stamp?.kind === plan.kind) {
    const { name, orderNo } = current as ExcelJS.Worksheet & { orderNo: number };
    wb.removeWorksheet(current.id);
    ws = wb.addWorksheet(name);
    (ws as ExcelJS.Worksheet & { orderNo: number }).orderNo = orderNo;
  } else {
    const taken = wb.worksheets
      .map((w) => w.name)
      .concat(extrasOf(wb).info.sheets.map((s) => s.name));
    ws = wb.addWorksheet(freeSheetName(plan.name, taken));
  }
  fillOwnedSheet(ws, plan);
  setStamp(wb, ws.name, OWNER_NAME, plan.stamp);
  extrasOf(wb).rewritten.add(ws.name);
  return ws.name;
}

/**
 * Everything of the sheet but its cells goes through exceljs; the cells are recorded for saveWorkbook to write as
 * XML (sheet-data.ts), with one placeholder cell per distinct style so that exceljs registers the styles.
 */
export function fillOwnedSheet(ws: ExcelJS.Worksheet, plan: OwnedSheetPlan): void {
  ws.state = plan.visibility;
  for (const m of plan.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  const bulk = planBulkSheet(plan);
  stylePlaceholders(ws, bulk, (cell, i) => applyCellStyle(cell, plan.styles[i].style));
  extrasOf(ws.workbook).bulk.set(ws, bulk);
  for (const w of plan.widths) ws.getColumn(w.col).width = w.width;
  for (const h of plan.rowHeights) ws.getRow(h.row).height = h.height;
  if (plan.pageSetup) applyPageSetup(ws, plan.pageSetup);
  if (plan.autoFilter) ws.autoFilter = plan.autoFilter;
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
  for (const row of p.rowBreaks ?? []) ws.getRow(row).addPageBreak();
  if (p.pageNumberTopFromPage2) {
    ws.headerFooter = { differentFirst: true, oddHeader: "&C&P", firstHeader: "" };
  }
}

/** The sheets as render's chooseSheetName needs them: stamp text and the hash of what each holds now (chart
 * sheets too, so their names count as taken). */
export function existingSheets(wb: ExcelJS.Workbook): ExistingSheet[] {
  const out: ExistingSheet[] = wb.worksheets.map((ws) => {
    const stamp = getStamp(wb, ws.name, OWNER_NAME);
    return { sheetName: ws.name, stamp, currentHash: stamp ? gridHash(sheetGrid(ws)) : null };
  });
  for (const s of extrasOf(wb).info.sheets) {
    if (s.kind === "chartsheet") out.push({ sheetName: s.name, stamp: null, currentHash: null });
  }
  return out;
}

/** What render needs to know of each sheet beyond the grid: whether the office already set an AutoFilter. */
export function sheetInfo(wb: ExcelJS.Workbook): Record<string, { hasAutoFilter: boolean }> {
  const out: Record<string, { hasAutoFilter: boolean }> = {};
  for (const ws of wb.worksheets) {
    const af = autoFilterText(ws);
    // The add-in's own filter from an earlier run does not count: it is replaced with the new block.
    out[ws.name] = { hasAutoFilter: af !== null && af !== getStamp(wb, ws.name, FILTER_NAME) };
  }
  return out;
}
