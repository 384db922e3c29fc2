/// <reference types="office-js" />
/**
 * Applies a WritePlan: result blocks, marks, owned sheets (spec/workbook.md "What goes out"). It decides nothing the
 * plan does not say, and never writes a cell of the office's own: only the block's columns, the add-in's sheets and
 * conditional-format rules it recognises as its own.
 *
 * Syncs: (1) the sheets and what is on the checked sheets (protection, AutoFilter, conditional formats, stamps);
 * (2) every sheet's ownership stamp, with the values of sheets named like the add-in's; (3) only when a stamped sheet
 * was renamed: its values; then one sync per ~4 MB of writes (batch.ts).
 *
 * Decisions where the spec is silent:
 * - The AutoFilter the add-in adds is noted in the sheet-scoped name `_thidua_filter` (as the .xlsx host does), not in
 *   the block stamp, so the block stamp stays the render engine's own.
 * - Old block columns are cleared (values, formats, merges), unhidden and given back the sheet's standard width:
 *   they lay right of the office's used range, where columns had it before the first run.
 * - An add-in rule is a custom conditional format whose formula reads one of the add-in's flag columns (the old block
 *   stamp's flagCols, the old block columns, the plan's hidden columns and mark flag ranges).
 * - A stamped sheet that is protected is never rewritten or removed; the new one goes beside it.
 */
import { colLetter } from "../core/address";
import type { Msg } from "../core/records";
import type { CheckedSheetPlan, OwnedSheetPlan, WritePlan } from "../core/render/plan";
import { ACTION_BYTES, jsonBytes, runOps, type BatchStats, type Op } from "./batch";
import { applyPageSetup, applyStyle, charWidthToPoints, styleBytes } from "./format";
import {
  BLOCK_NAME,
  decodeNameText,
  encodeNameText,
  FILTER_NAME,
  OWNER_NAME,
  parseBlockStamp,
  parseStamp,
  SHEET_NAMES,
  usedRangeHash,
} from "./ownership";
import { rangeColumns, readsColumns } from "./marks";
import { toExcelRows, type ExcelScalar } from "./values";

export interface ApplyResult {
  /** Checked sheets whose result block was written. */
  written: string[];
  /** Owned sheets written, with the name they got and whether an unedited one was rewritten in place. */
  sheets: { kind: OwnedSheetPlan["kind"]; name: string; inPlace: boolean }[];
  /** Add-in sheets removed (plan.remove). */
  removed: string[];
  /** Protected sheets not written, with the message for the clerk. */
  refused: { sheet: string; msg: Msg }[];
  stats: BatchStats & { inspectSyncs: number };
}

export interface ApplyOptions {
  /** Request bytes per sync (default 4 MB). */
  budget?: number;
}

interface CheckedProbe {
  plan: CheckedSheetPlan;
  ws: Excel.Worksheet;
  cfs: Excel.ConditionalFormatCollection;
  filter: Excel.AutoFilter;
  block: Excel.NamedItem;
  filterName: Excel.NamedItem;
}

interface SheetProbe {
  name: string;
  protected: boolean;
  owner: Excel.NamedItem;
  used?: Excel.Range;
  hash?: string | null;
}

/** An existing stamped sheet, once its content hash is known. */
interface Owned {
  name: string;
  kind: string;
  unedited: boolean;
  protected: boolean;
}

export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  opts: ApplyOptions = {}
): Promise<ApplyResult> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  const checked = plan.checked.map((p) => probeChecked(worksheets, p));
  await context.sync();

  const sheets = worksheets.items.map((ws): SheetProbe => {
    const owner = ws.names.getItemOrNullObject(OWNER_NAME);
    owner.load("formula");
    const probe: SheetProbe = { name: ws.name, protected: ws.protection.protected, owner };
    if (namedLikeOurs(ws.name, plan)) probe.used = loadUsedValues(ws);
    return probe;
  });
  await context.sync();
  let inspectSyncs = 2;

  const renamed = sheets.filter((s) => !s.owner.isNullObject && !s.used);
  if (renamed.length > 0) {
    for (const s of renamed) s.used = loadUsedValues(worksheets.getItem(s.name));
    await context.sync();
    inspectSyncs++;
  }
  const owned = sheets.flatMap((s): Owned[] => {
    const stamp = s.owner.isNullObject ? null : parseStamp(decodeNameText(s.owner.formula));
    if (!stamp) return [];
    const hash = s.used ? usedRangeHash(s.used, stamp.version) : null;
    // The settings sheet is meant to be edited by the clerk (render/sheet-name.ts): it is rewritten in place.
    const unedited = stamp.kind === "settings" || hash === stamp.hash;
    return [{ name: s.name, kind: stamp.kind, unedited, protected: s.protected }];
  });

  const result: ApplyResult = {
    written: [],
    sheets: [],
    removed: [],
    refused: [],
    stats: { syncs: 0, maxBatchBytes: 0, totalBytes: 0, inspectSyncs },
  };
  const ops: Op[] = [];
  for (const probe of checked) {
    if (probe.ws.isNullObject) continue;
    if (probe.plan.protected || probe.ws.protection.protected) {
      result.refused.push({
        sheet: probe.plan.sheet,
        msg: { key: "EXCEL_PROTECTED_REFUSED", params: { sheet: probe.plan.sheet } },
      });
      continue;
    }
    ops.push(...checkedSheetOps(probe));
    result.written.push(probe.plan.sheet);
  }

  const taken = new Set(sheets.map((s) => s.name.toLocaleLowerCase()));
  const used = new Set<string>();
  for (const kind of plan.remove) {
    for (const o of owned) {
      if (o.kind !== kind || !o.unedited || o.protected || used.has(o.name)) continue;
      used.add(o.name);
      taken.delete(o.name.toLocaleLowerCase());
      result.removed.push(o.name);
      ops.push(op(ACTION_BYTES, (ctx) => ctx.workbook.worksheets.getItem(o.name).delete()));
    }
  }
  for (const sheet of plan.sheets) {
    const reuse = owned.find(
      (o) => o.kind === sheet.kind && o.unedited && !o.protected && !used.has(o.name)
    );
    const name = reuse ? reuse.name : freeName(sheet.name, taken);
    used.add(name);
    taken.add(name.toLocaleLowerCase());
    result.sheets.push({ kind: sheet.kind, name, inPlace: !!reuse });
    ops.push(...ownedSheetOps(sheet, name, !!reuse));
  }

  const stats = await runOps(context, ops, {
    budget: opts.budget,
    beforeBatch: (ctx) => {
      ctx.application.suspendApiCalculationUntilNextSync();
      ctx.application.suspendScreenUpdatingUntilNextSync();
    },
  });
  result.stats = { ...stats, inspectSyncs };
  return result;
}

function probeChecked(worksheets: Excel.WorksheetCollection, plan: CheckedSheetPlan): CheckedProbe {
  const ws = worksheets.getItemOrNullObject(plan.sheet);
  ws.load("name");
  ws.protection.load("protected");
  // eslint-disable-next-line office-addins/call-sync-before-read -- autoFilter is a navigation property, not a read
  const filter = ws.autoFilter;
  filter.load("enabled");
  const cfs = ws.getRange().conditionalFormats;
  cfs.load("items/type,items/customOrNullObject/rule/formula");
  const block = ws.names.getItemOrNullObject(BLOCK_NAME);
  block.load("formula");
  const filterName = ws.names.getItemOrNullObject(FILTER_NAME);
  filterName.load("formula");
  return { plan, ws, cfs, filter, block, filterName };
}

function namedLikeOurs(name: string, plan: WritePlan): boolean {
  const bases = [...plan.sheets.map((s) => s.name), ...plan.remove.map((k) => SHEET_NAMES[k])];
  const lower = name.toLocaleLowerCase();
  return bases.some((b) => {
    const base = b.toLocaleLowerCase();
    return lower === base || (lower.startsWith(base.slice(0, 25)) && / \(\d+\)$/.test(lower));
  });
}

function loadUsedValues(ws: Excel.Worksheet): Excel.Range {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("values,valueTypes,rowIndex,columnIndex");
  return used;
}

function freeName(base: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}

function op(bytes: number, queue: (context: Excel.RequestContext) => void): Op {
  return { bytes, queue };
}

function sheetOf(context: Excel.RequestContext, name: string): Excel.Worksheet {
  return context.workbook.worksheets.getItem(name);
}

/** Writes rows of values from a 0-based corner, cut by rows when a batch must be smaller. */
function cellsOp(sheet: string, row0: number, col0: number, rows: ExcelScalar[][]): Op {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const padded = rows.map((r) =>
    r.length === width ? r : [...r, ...Array<string>(width - r.length).fill("")]
  );
  const rowBytes = padded.map((r) => jsonBytes(r) + 1);
  const make = (from: number, to: number): Op => {
    let bytes = ACTION_BYTES;
    for (let i = from; i < to; i++) bytes += rowBytes[i];
    const chunk: Op = {
      bytes,
      queue: (ctx) => {
        const range = sheetOf(ctx, sheet).getRangeByIndexes(row0 + from, col0, to - from, width);
        range.values = padded.slice(from, to);
        range.untrack();
      },
    };
    if (to - from > 1) {
      const mid = from + Math.floor((to - from) / 2);
      chunk.split = () => [make(from, mid), make(mid, to)];
    }
    return chunk;
  };
  return make(0, padded.length);
}

/** Columns whose presence in a rule's formula marks the rule as the add-in's. */
function flagColumns(probe: CheckedProbe): Set<number> {
  const p = probe.plan;
  const cols = new Set<number>(p.hiddenCols);
  for (const m of p.marks) rangeColumns(m.flagRange).forEach((c) => cols.add(c));
  const old = probe.block.isNullObject
    ? null
    : parseBlockStamp(decodeNameText(probe.block.formula));
  if (old) old.flagCols.forEach((c) => cols.add(c));
  if (p.clearCols) for (let c = p.clearCols.first; c <= p.clearCols.last; c++) cols.add(c);
  return cols;
}

function upsertName(
  ws: Excel.Worksheet,
  existing: Excel.NamedItem | null,
  name: string,
  text: string
): void {
  if (existing && !existing.isNullObject) {
    ws.names.getItem(name).formula = encodeNameText(text);
    return;
  }
  const item = ws.names.add(name, encodeNameText(text));
  item.visible = false;
}

function checkedSheetOps(probe: CheckedProbe): Op[] {
  const p = probe.plan;
  const s = p.sheet;
  const ops: Op[] = [];
  const flags = flagColumns(probe);
  const oldRules = probe.cfs.items.filter(
    (cf) =>
      cf.type === "Custom" &&
      !cf.customOrNullObject.isNullObject &&
      readsColumns(cf.customOrNullObject.rule.formula, flags)
  );
  const ruleCount = oldRules.length;
  ops.push(
    op(ACTION_BYTES * (4 + ruleCount), (ctx) => {
      // The rules loaded while inspecting stay valid handles in later batches of the same run.
      const ws = sheetOf(ctx, s);
      for (const cf of oldRules) cf.delete();
      if (p.clearCols) {
        const cols = ws.getRange(`${colLetter(p.clearCols.first)}:${colLetter(p.clearCols.last)}`);
        cols.unmerge();
        cols.clear("All");
        cols.columnHidden = false;
        cols.format.useStandardWidth = true;
      }
    })
  );
  ops.push(cellsOp(s, p.firstRow - 1, p.firstCol - 1, toExcelRows(p.values)));
  ops.push(...layoutOps(s, p.merges, p.styles, p.widths, []));
  if (p.hiddenCols.length > 0) {
    ops.push(
      op(ACTION_BYTES * p.hiddenCols.length, (ctx) => {
        const ws = sheetOf(ctx, s);
        for (const c of p.hiddenCols)
          ws.getRange(`${colLetter(c)}:${colLetter(c)}`).columnHidden = true;
      })
    );
  }
  for (const m of p.marks) {
    ops.push(
      op(ACTION_BYTES * 4 + jsonBytes(m), (ctx) => {
        const cf = sheetOf(ctx, s).getRange(m.range).conditionalFormats.add("Custom");
        cf.custom.rule.formula = `=${m.formula}`;
        cf.custom.format.fill.color = `#${m.fill}`;
        cf.custom.format.font.color = `#${m.fontColor}`;
      })
    );
  }
  const ourFilter = !probe.filterName.isNullObject && probe.filter.enabled;
  const addFilter = p.autoFilter !== null && (!probe.filter.enabled || ourFilter);
  ops.push(
    op(ACTION_BYTES * 6 + p.blockStamp.length, (ctx) => {
      const ws = sheetOf(ctx, s);
      if (addFilter && p.autoFilter) {
        if (ourFilter) ws.autoFilter.remove();
        ws.autoFilter.apply(p.autoFilter);
        upsertName(ws, probe.filterName, FILTER_NAME, p.autoFilter);
      }
      upsertName(ws, probe.block, BLOCK_NAME, p.blockStamp);
    })
  );
  return ops;
}

function layoutOps(
  s: string,
  merges: CheckedSheetPlan["merges"],
  styles: CheckedSheetPlan["styles"],
  widths: CheckedSheetPlan["widths"],
  heights: OwnedSheetPlan["rowHeights"]
): Op[] {
  const ops: Op[] = [];
  if (merges.length > 0) {
    ops.push(
      op(ACTION_BYTES * merges.length, (ctx) => {
        const ws = sheetOf(ctx, s);
        for (const m of merges) {
          ws.getRangeByIndexes(
            m.top - 1,
            m.left - 1,
            m.bottom - m.top + 1,
            m.right - m.left + 1
          ).merge(false);
        }
      })
    );
  }
  for (const st of styles) {
    ops.push(
      op(styleBytes(st.range, st.style), (ctx) => {
        applyStyle(sheetOf(ctx, s).getRange(st.range), st.range, st.style);
      })
    );
  }
  if (widths.length + heights.length > 0) {
    ops.push(
      op(ACTION_BYTES * (widths.length + heights.length), (ctx) => {
        const ws = sheetOf(ctx, s);
        for (const w of widths) {
          ws.getRange(`${colLetter(w.col)}:${colLetter(w.col)}`).format.columnWidth =
            charWidthToPoints(w.width);
        }
        for (const h of heights) ws.getRange(`${h.row}:${h.row}`).format.rowHeight = h.height;
      })
    );
  }
  return ops;
}

function ownedSheetOps(plan: OwnedSheetPlan, name: string, inPlace: boolean): Op[] {
  const ops: Op[] = [];
  ops.push(
    op(ACTION_BYTES * 6, (ctx) => {
      if (inPlace) {
        const all = sheetOf(ctx, name).getRange();
        all.unmerge();
        all.clear("All");
        all.format.useStandardWidth = true;
        all.format.useStandardHeight = true;
      } else {
        ctx.workbook.worksheets.add(name);
      }
    })
  );
  ops.push(cellsOp(name, 0, 0, toExcelRows(plan.values)));
  ops.push(...layoutOps(name, plan.merges, plan.styles, plan.widths, plan.rowHeights));
  if (plan.links.length > 0) {
    ops.push(
      op(ACTION_BYTES * plan.links.length + jsonBytes(plan.links), (ctx) => {
        const ws = sheetOf(ctx, name);
        for (const l of plan.links) ws.getRange(l.cell).hyperlink = { documentReference: l.target };
      })
    );
  }
  const setup = plan.pageSetup;
  ops.push(
    op(ACTION_BYTES * 20 + plan.stamp.length + jsonBytes(setup), (ctx) => {
      const ws = sheetOf(ctx, name);
      if (setup) applyPageSetup(ws, setup);
      // In place, the sheet already has its stamp name: update it; a new sheet gets one.
      if (inPlace) ws.names.getItem(OWNER_NAME).formula = encodeNameText(plan.stamp);
      else {
        const item = ws.names.add(OWNER_NAME, encodeNameText(plan.stamp));
        item.visible = false;
      }
      ws.visibility = plan.visibility === "hidden" ? "Hidden" : "Visible";
    })
  );
  return ops;
}
