/// <reference types="office-js" />
/**
 * Applies a WritePlan: result blocks, marks, owned sheets (spec/workbook.md "What goes out"). It decides nothing the
 * plan does not say, and never writes a cell of the office's own: only the block's columns, the add-in's sheets and
 * conditional-format rules it recognises as its own.
 *
 * Syncs: (1) the sheets and the workbook's structure protection; (2) on every sheet its ownership stamp, used range
 * and AutoFilter state, and on the checked sheets their conditional formats, stamps and Excel tables (only sheets
 * known to exist: nothing is asked of an object that may be null); (3…) the values of the add-in's stamped sheets
 * for their content hash, in chunks of at most ~4 MB of response (hash-load.ts); then one sync per ~4 MB of writes
 * (batch.ts).
 *
 * Decisions where the spec is silent:
 * - The AutoFilter the add-in adds is noted in the sheet-scoped name `_thidua_filter` (as the .xlsx host does), not in
 *   the block stamp, so the block stamp stays the render engine's own.
 * - Office data formatted as an Excel table gets no sheet AutoFilter (Excel refuses one over a table, and the
 *   table's own filter buttons do not reach the result block beside it): the block and marks are written, and the
 *   clerk is told how reviewers filter (EXCEL_TABLE_NO_FILTER). The .xlsx host does the same.
 * - The block stamp is written in the same request as the clearing of the old block, before any block cell: a run
 *   cut short (a refused request, a closed pane) leaves a block clear can find, never cells without their stamp. An
 *   owned sheet gets its stamp in the request that creates it, for the same reason.
 * - A filtered sheet has its filter's criteria cleared first: Excel clears only the rows a filter shows, so old
 *   results would stay in hidden rows. When the filter is the office's own, the clerk is told.
 * - In a workbook whose structure is protected no sheet is added, deleted or hidden; the office's sheets still get
 *   their block and the clerk is told which add-in sheets were not written (EXCEL_STRUCTURE_SKIPPED).
 * - Old block columns are cleared (values, merges; formats back to the Normal style), unhidden and given back the
 *   sheet's standard width: they lay right of the office's used range, where columns had it before the first run.
 *   Never with clear("All"/"Formats"), which would cut an office conditional format reaching into them
 *   (format.ts clearColumns).
 * - An add-in rule is a custom conditional format whose formula reads one of the add-in's flag columns (the old block
 *   stamp's flagCols, the old block columns, the plan's hidden columns and mark flag ranges).
 * - A stamped sheet that is protected is never rewritten or removed; the new one goes beside it.
 * - Screen updating is suspended for the first request only (Excel flickers when it is suspended again and again);
 *   calculation is suspended for every request.
 */
import { colLetter } from "../core/address";
import type { Msg } from "../core/records";
import type { CheckedSheetPlan, OwnedSheetPlan, WritePlan } from "../core/render/plan";
import {
  ACTION_BYTES,
  CF_RULE_BYTES,
  DEFAULT_BUDGET,
  itemsOp,
  jsonBytes,
  LINK_BYTES,
  listOp,
  runOps,
  type BatchStats,
  type Op,
  utf8Length,
} from "./batch";
import { defaultIsSetSupported } from "./errors";
import { applyPageSetup, applyStyle, charWidthToPoints, clearColumns, styleBytes } from "./format";
import { loadedHash, loadGrids, type HashTarget } from "./hash-load";
import {
  BLOCK_NAME,
  decodeNameText,
  encodeNameText,
  FILTER_NAME,
  OWNER_NAME,
  parseBlockStamp,
  parseStamp,
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
  /** What the clerk should know although nothing failed: a filter not added over a table, sheets a protected
   * structure kept the add-in from adding or removing, a filter whose criteria were cleared. */
  notices: { sheet?: string; msg: Msg }[];
  stats: BatchStats & { inspectSyncs: number };
}

export interface ApplyOptions {
  /** Request and response bytes per sync (default 4 MB). */
  budget?: number;
  /** Office's requirement-set check (default: Office.context.requirements). */
  isSetSupported?: (name: string, version: string) => boolean;
}

interface CheckedProbe {
  plan: CheckedSheetPlan;
  ws: Excel.Worksheet;
  sheet: SheetProbe;
  cfs: Excel.ConditionalFormatCollection;
  block: Excel.NamedItem;
  filterName: Excel.NamedItem;
  tables: Excel.TableCollection;
}

interface SheetProbe {
  ws: Excel.Worksheet;
  name: string;
  protected: boolean;
  owner: Excel.NamedItem;
  used: Excel.Range;
  filter: Excel.AutoFilter;
}

/** An existing stamped sheet, once its content hash is known. */
interface Owned {
  name: string;
  kind: string;
  unedited: boolean;
  protected: boolean;
  filter: boolean;
}

export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  opts: ApplyOptions = {}
): Promise<ApplyResult> {
  const supported = opts.isSetSupported ?? defaultIsSetSupported;
  const budget = opts.budget ?? DEFAULT_BUDGET;
  const filtered = supported("ExcelApi", "1.9");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  const bookProtection = context.workbook.protection;
  bookProtection.load("protected");
  await context.sync();
  const structure = bookProtection.protected;

  const sheets = worksheets.items.map((ws): SheetProbe => {
    const owner = ws.names.getItemOrNullObject(OWNER_NAME);
    owner.load("formula");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const filter = ws.autoFilter;
    filter.load(filtered ? "enabled,isDataFiltered" : "enabled");
    return { ws, name: ws.name, protected: ws.protection.protected, owner, used, filter };
  });
  const checked = plan.checked.flatMap((p): CheckedProbe[] => {
    const sheet = sheets.find((s) => s.name === p.sheet);
    return sheet ? [probeChecked(sheet, p)] : [];
  });
  await context.sync();

  const stamped = sheets.flatMap((s) => {
    const stamp = s.owner.isNullObject ? null : parseStamp(decodeNameText(s.owner.formula));
    return stamp ? [{ s, stamp }] : [];
  });
  // The settings sheet is meant to be edited by the clerk (render/sheet-name.ts): it is rewritten in place, unhashed.
  const toHash = stamped.filter((x) => x.stamp.kind !== "settings");
  const targets: HashTarget[] = toHash.map((x) => ({ ws: x.s.ws, used: x.s.used }));
  const loaded = await loadGrids(context, targets, budget);
  const inspectSyncs = 2 + loaded.syncs;
  const owned = stamped.map(({ s, stamp }): Owned => {
    const i = toHash.findIndex((x) => x.s === s);
    const unedited = i < 0 || loadedHash(loaded.grids[i], stamp.version) === stamp.hash;
    return {
      name: s.name,
      kind: stamp.kind,
      unedited,
      protected: s.protected,
      filter: s.filter.enabled,
    };
  });

  const result: ApplyResult = {
    written: [],
    sheets: [],
    removed: [],
    refused: [],
    notices: [],
    stats: { syncs: 0, maxBatchBytes: 0, totalBytes: 0, inspectSyncs },
  };
  const ops: Op[] = [];
  for (const probe of checked) {
    if (probe.plan.protected || probe.sheet.protected) {
      result.refused.push({
        sheet: probe.plan.sheet,
        msg: { key: "EXCEL_PROTECTED_REFUSED", params: { sheet: probe.plan.sheet } },
      });
      continue;
    }
    ops.push(...checkedSheetOps(probe, filtered, result));
    result.written.push(probe.plan.sheet);
  }

  const skipped: string[] = [];
  const taken = new Set(sheets.map((s) => s.name.toLocaleLowerCase()));
  const used = new Set<string>();
  for (const kind of plan.remove) {
    for (const o of owned) {
      if (o.kind !== kind || !o.unedited || o.protected || used.has(o.name)) continue;
      used.add(o.name);
      if (structure) {
        skipped.push(o.name);
        continue;
      }
      taken.delete(o.name.toLocaleLowerCase());
      result.removed.push(o.name);
      ops.push(op(ACTION_BYTES, (ctx) => ctx.workbook.worksheets.getItem(o.name).delete()));
    }
  }
  for (const sheet of plan.sheets) {
    const reuse = owned.find(
      (o) => o.kind === sheet.kind && o.unedited && !o.protected && !used.has(o.name)
    );
    if (!reuse && structure) {
      skipped.push(sheet.name);
      continue;
    }
    const name = reuse ? reuse.name : freeName(sheet.name, taken);
    used.add(name);
    taken.add(name.toLocaleLowerCase());
    result.sheets.push({ kind: sheet.kind, name, inPlace: !!reuse });
    if (sheet.links.length > MAX_LINKS) {
      result.notices.push({
        sheet: name,
        msg: {
          key: "EXCEL_LINKS_CAPPED",
          params: { sheet: name, count: String(sheet.links.length - MAX_LINKS) },
        },
      });
    }
    ops.push(...ownedSheetOps(sheet, name, reuse ?? null, structure));
  }
  if (skipped.length > 0) {
    result.notices.push({
      msg: { key: "EXCEL_STRUCTURE_SKIPPED", params: { sheets: skipped.join(", ") } },
    });
  }

  const screen = supported("ExcelApi", "1.9");
  const stats = await runOps(context, ops, {
    budget,
    beforeBatch: (ctx, first) => {
      ctx.application.suspendApiCalculationUntilNextSync();
      if (first && screen) ctx.application.suspendScreenUpdatingUntilNextSync();
    },
  });
  result.stats = { ...stats, inspectSyncs };
  return result;
}

function probeChecked(sheet: SheetProbe, plan: CheckedSheetPlan): CheckedProbe {
  const ws = sheet.ws;
  const cfs = ws.getRange().conditionalFormats;
  cfs.load("items/id,items/type,items/customOrNullObject/rule/formula");
  const block = ws.names.getItemOrNullObject(BLOCK_NAME);
  block.load("formula");
  const filterName = ws.names.getItemOrNullObject(FILTER_NAME);
  filterName.load("formula");
  const tables = ws.tables;
  tables.load("items/name");
  return { plan, ws, sheet, cfs, block, filterName, tables };
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
  // A loop, not Math.max(...rows): a 150,000-row review sheet would overflow the call stack.
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length);
  const padded = rows.map((r) =>
    r.length === width ? r : [...r, ...Array<string>(width - r.length).fill("")]
  );
  const rowBytes = padded.map((r) => jsonBytes(r) + 1);
  return itemsOp(rowBytes, ACTION_BYTES, (ctx, from, to) => {
    const range = sheetOf(ctx, sheet).getRangeByIndexes(row0 + from, col0, to - from, width);
    range.values = padded.slice(from, to);
    range.untrack();
  });
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

function checkedSheetOps(probe: CheckedProbe, filtered: boolean, result: ApplyResult): Op[] {
  const p = probe.plan;
  const s = p.sheet;
  const ops: Op[] = [];
  const flags = flagColumns(probe);
  const oldRules = probe.cfs.items
    .filter(
      (cf) =>
        cf.type === "Custom" &&
        !cf.customOrNullObject.isNullObject &&
        readsColumns(cf.customOrNullObject.rule.formula, flags)
    )
    .map((cf) => cf.id);
  const filter = probe.sheet.filter;
  const ourFilter = !probe.filterName.isNullObject && filter.enabled;
  const dataFiltered = filtered && filter.enabled && filter.isDataFiltered;
  const hasTable = probe.tables.items.length > 0;
  const addFilter = p.autoFilter !== null && !hasTable && (!filter.enabled || ourFilter);
  if (p.autoFilter !== null && hasTable) {
    result.notices.push({ sheet: s, msg: { key: "EXCEL_TABLE_NO_FILTER", params: { sheet: s } } });
  }
  if (dataFiltered && !ourFilter) {
    result.notices.push({
      sheet: s,
      msg: { key: "EXCEL_FILTER_CRITERIA_CLEARED", params: { sheet: s } },
    });
  }
  ops.push(
    op(ACTION_BYTES * (6 + oldRules.length) + p.blockStamp.length, (ctx) => {
      // A rule loaded while inspecting is not a valid handle in a later request (its path runs through a range,
      // which Office.js invalidates after each sync): it is reached again by its id.
      const ws = sheetOf(ctx, s);
      // Excel clears only the rows a filter shows: the criteria go first (the add-in's own filter goes whole, it is
      // applied again at the end).
      if (ourFilter) ws.autoFilter.remove();
      else if (dataFiltered) ws.autoFilter.clearCriteria();
      const rules = ws.getRange().conditionalFormats;
      for (const id of oldRules) rules.getItem(id).delete();
      if (p.clearCols) {
        clearColumns(ws.getRange(`${colLetter(p.clearCols.first)}:${colLetter(p.clearCols.last)}`));
      }
      upsertName(ws, probe.block, BLOCK_NAME, p.blockStamp);
    })
  );
  ops.push(cellsOp(s, p.firstRow - 1, p.firstCol - 1, toExcelRows(p.values)));
  ops.push(...layoutOps(s, p.merges, p.styles, p.widths, []));
  ops.push(
    ...listOp(
      p.hiddenCols,
      () => ACTION_BYTES,
      (ctx, cols) => {
        const ws = sheetOf(ctx, s);
        for (const c of cols) ws.getRange(`${colLetter(c)}:${colLetter(c)}`).columnHidden = true;
      }
    )
  );
  for (const m of p.marks) {
    ops.push(
      op(CF_RULE_BYTES + jsonBytes(m), (ctx) => {
        const cf = sheetOf(ctx, s).getRange(m.range).conditionalFormats.add("Custom");
        cf.custom.rule.formula = `=${m.formula}`;
        cf.custom.format.fill.color = `#${m.fill}`;
        cf.custom.format.font.color = `#${m.fontColor}`;
      })
    );
  }
  const filterName = probe.filterName;
  if (addFilter || ourFilter) {
    ops.push(
      op(ACTION_BYTES * 3 + jsonBytes(p.autoFilter), (ctx) => {
        const ws = sheetOf(ctx, s);
        if (addFilter && p.autoFilter) {
          ws.autoFilter.apply(p.autoFilter);
          upsertName(ws, filterName, FILTER_NAME, p.autoFilter);
        } else ws.names.getItem(FILTER_NAME).delete();
      })
    );
  }
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
  ops.push(
    ...listOp(
      merges,
      () => ACTION_BYTES,
      (ctx, list) => {
        const ws = sheetOf(ctx, s);
        for (const m of list) {
          ws.getRangeByIndexes(
            m.top - 1,
            m.left - 1,
            m.bottom - m.top + 1,
            m.right - m.left + 1
          ).merge(false);
        }
      }
    )
  );
  for (const st of styles) {
    ops.push(
      op(styleBytes(st.range, st.style), (ctx) => {
        applyStyle(sheetOf(ctx, s).getRange(st.range), st.range, st.style);
      })
    );
  }
  ops.push(
    ...listOp(
      widths,
      () => ACTION_BYTES,
      (ctx, list) => {
        const ws = sheetOf(ctx, s);
        for (const w of list) {
          ws.getRange(`${colLetter(w.col)}:${colLetter(w.col)}`).format.columnWidth =
            charWidthToPoints(w.width);
        }
      }
    )
  );
  ops.push(
    ...listOp(
      heights,
      () => ACTION_BYTES,
      (ctx, list) => {
        const ws = sheetOf(ctx, s);
        for (const h of list) ws.getRange(`${h.row}:${h.row}`).format.rowHeight = h.height;
      }
    )
  );
  return ops;
}

/** Excel keeps at most this many hyperlinks on a worksheet; past it, a review row shows its cell address as text. */
export const MAX_LINKS = 65_530;

function ownedSheetOps(
  plan: OwnedSheetPlan,
  name: string,
  reuse: Owned | null,
  structure: boolean
): Op[] {
  const ops: Op[] = [];
  ops.push(
    op(ACTION_BYTES * 8 + plan.stamp.length, (ctx) => {
      if (reuse) {
        const ws = sheetOf(ctx, name);
        // Clearing cells leaves a sheet's AutoFilter: it goes first, and the plan's is applied at the end.
        if (reuse.filter) ws.autoFilter.remove();
        const all = ws.getRange();
        all.unmerge();
        all.clear("All");
        all.format.useStandardWidth = true;
        all.format.useStandardHeight = true;
        ws.names.getItem(OWNER_NAME).formula = encodeNameText(plan.stamp);
      } else {
        // The stamp rides with the sheet's creation: a run cut short leaves a sheet the add-in knows as its own.
        const ws = ctx.workbook.worksheets.add(name);
        const item = ws.names.add(OWNER_NAME, encodeNameText(plan.stamp));
        item.visible = false;
      }
    })
  );
  ops.push(cellsOp(name, 0, 0, toExcelRows(plan.values)));
  ops.push(...layoutOps(name, plan.merges, plan.styles, plan.widths, plan.rowHeights));
  ops.push(
    ...listOp(
      plan.links.slice(0, MAX_LINKS),
      (l) => LINK_BYTES + utf8Length(l.cell) + utf8Length(l.target),
      (ctx, links) => {
        const ws = sheetOf(ctx, name);
        for (const l of links) ws.getRange(l.cell).hyperlink = { documentReference: l.target };
      }
    )
  );
  const setup = plan.pageSetup;
  const filter = plan.autoFilter ?? null;
  ops.push(
    op(ACTION_BYTES * 24 + jsonBytes(setup) + jsonBytes(filter), (ctx) => {
      const ws = sheetOf(ctx, name);
      if (setup) applyPageSetup(ws, setup);
      if (filter) ws.autoFilter.apply(filter);
      // A protected structure allows no hiding or showing of sheets; a sheet rewritten in place keeps its state then.
      if (!structure) ws.visibility = plan.visibility === "hidden" ? "Hidden" : "Visible";
    })
  );
  return ops;
}
