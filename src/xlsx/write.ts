/**
 * Applies the core's WritePlan to an exceljs Workbook (spec/workbook.md "What goes out"). The host decides nothing:
 * it writes the block, marks, owned sheets and stamps the plan describes, refuses protected sheets, and touches no
 * cell of the office's own. Save with `saveWorkbook` (save.ts), which also writes the stamps.
 */
import type ExcelJS from "exceljs";
import type { CheckedSheetPlan, WritePlan } from "../core/render/plan";
import type { Msg } from "../core/records";
import { autoFilterText, conditionalFormats, findBlock, removeBlock } from "./block";
import { renderMsg } from "./errors";
import { getStamp, setStamp } from "./extras";
import { applyStyles, ownedSheets, writeOwnedSheet } from "./owned";
import { BLOCK_NAME, FILTER_NAME } from "./stamps";
import { markStyle } from "./style";
import { toExcelValue } from "./values";

export interface Refusal {
  sheet: string;
  /** The Vietnamese sentence, ready to print. */
  msg: string;
  /** The same as a catalogue message, for the English UI. */
  message: Msg;
}

export interface ApplyResult {
  refused: Refusal[];
  /** Names of the owned sheets as written (a plan name may have become "… (2)"). */
  written: string[];
  /** Owned sheets removed because the plan asked (`remove`) and they were unedited. */
  removed: string[];
}

export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): ApplyResult {
  const refused: Refusal[] = [];
  for (const c of plan.checked) {
    const ws = wb.getWorksheet(c.sheet);
    if (!ws) {
      refused.push(refusal(c.sheet, "xlsx.sheetMissing"));
      continue;
    }
    if (c.protected || isProtected(ws)) {
      refused.push(refusal(c.sheet, "xlsx.protected"));
      continue;
    }
    writeBlock(ws, c);
  }
  const written = plan.sheets.map((s) => writeOwnedSheet(wb, s));
  const removed: string[] = [];
  for (const o of ownedSheets(wb)) {
    if (o.edited || !plan.remove.some((k) => k === o.stamp.kind) || written.includes(o.ws.name))
      continue;
    removed.push(o.ws.name);
    wb.removeWorksheet(o.ws.id);
  }
  return { refused, written, removed };
}

function refusal(sheet: string, key: string): Refusal {
  const message: Msg = { key, params: { sheet } };
  return { sheet, msg: renderMsg(message, "vi"), message };
}

export function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection: { sheet?: boolean } | null }).sheetProtection;
  return Boolean(p?.sheet);
}

/** Replaces the sheet's result block (and the add-in's rules and filter) with the plan's. */
export function writeBlock(ws: ExcelJS.Worksheet, c: CheckedSheetPlan): void {
  const wb = ws.workbook;
  const old = c.clearCols ?? findBlock(ws, getStamp(wb, ws.name, BLOCK_NAME));
  const ourFilter = getStamp(wb, ws.name, FILTER_NAME);
  if (old) removeBlock(ws, old);
  else if (ourFilter && autoFilterText(ws) === ourFilter) ws.autoFilter = undefined;
  c.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== null) ws.getCell(c.firstRow + i, c.firstCol + j).value = toExcelValue(v);
    })
  );
  for (const m of c.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  applyStyles(ws, c.styles);
  for (const w of c.widths) ws.getColumn(w.col).width = w.width;
  for (const col of c.hiddenCols) ws.getColumn(col).hidden = true;
  // Priorities continue after the office's rules, so its own formats keep precedence over the add-in's marks.
  const base = Math.max(
    0,
    ...conditionalFormats(ws).flatMap((cf) => cf.rules.map((r) => r.priority ?? 0))
  );
  c.marks.forEach((m, i) =>
    ws.addConditionalFormatting({
      ref: m.range,
      rules: [
        {
          type: "expression",
          formulae: [m.formula],
          style: markStyle(m.fill, m.fontColor),
          priority: base + i + 1,
        },
      ],
    })
  );
  if (c.autoFilter && !autoFilterText(ws)) {
    ws.autoFilter = c.autoFilter;
    setStamp(wb, ws.name, FILTER_NAME, c.autoFilter);
  } else if (!c.autoFilter || autoFilterText(ws) !== ourFilter) {
    setStamp(wb, ws.name, FILTER_NAME, null);
  }
  setStamp(wb, ws.name, BLOCK_NAME, c.blockStamp);
}
