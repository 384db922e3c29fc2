/// <reference types="office-js" />
/**
 * PaneHost inside Excel: the only pane file that touches Office.js. Each call is one Excel.run through
 * src/excel's runExcel (retry while the clerk edits a cell, typed errors). The check itself runs in the pane
 * (core is pure); the workbook is read afresh for every check, since the clerk may have edited it.
 */
import { runCheck, settingsEntries, type CheckOutput } from "../../core/check";
import { format, type Lang } from "../../core/i18n/types";
import type { Msg } from "../../core/records";
import { clearMarks } from "../../excel/clear";
import { ExcelHostError, runExcel } from "../../excel/errors";
import { EXCEL_MESSAGES } from "../../excel/messages";
import { readWorkbook } from "../../excel/read";
import { applyPlan } from "../../excel/write";
import {
  HostError,
  throwIfAborted,
  type CheckResult,
  type ClearOutcome,
  type Inspection,
  type PaneHost,
  type RunOptions,
  type WriteOutcome,
  type WritePart,
} from "../host";
import { planPart, settingsOnly, writeSummary } from "../plan-parts";
import { inspectionOf } from "../inspection";
import { buildView, flattenFindings, localFindings } from "../view";

/** Offset of the Kết quả column inside the result block (render/result-block.ts: Đơn vị, Kết quả, …). */
const OUTCOME_OFFSET = 1;
/** Outcome texts to keep when filtering: "✗ Chưa đạt" and "? Cần bổ sung" in either language. */
const NEEDS_REVIEW = /^[✗?]/;

function msgText(msg: Msg, lang: Lang): string {
  const t = EXCEL_MESSAGES[msg.key];
  return t ? format(t[lang], msg.params) : msg.key;
}

/** Gives the clerk's-language text of any host error. */
async function guard<T>(lang: Lang, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof ExcelHostError) throw new HostError(msgText(e.msg, lang));
    throw e;
  }
}

/** Lets the pane paint (progress bar) before a long synchronous step. */
const yieldToPaint = () => new Promise<void>((r) => setTimeout(r, 0));

export class ExcelHost implements PaneHost {
  readonly kind = "excel" as const;
  private last: CheckOutput | null = null;

  private read(lang: Lang) {
    return guard(lang, () => runExcel((context) => readWorkbook(context)));
  }

  async inspect(opts: RunOptions = {}): Promise<Inspection> {
    const lang = opts.lang ?? "vi";
    const grid = await this.read(lang);
    const out = runCheck({ grid, lang, ruleSetId: opts.ruleSetId });
    return inspectionOf(out, null, settingsEntries(grid));
  }

  async check(overrides: Record<string, string>, opts: RunOptions = {}): Promise<CheckResult> {
    const lang = opts.lang ?? "vi";
    opts.onProgress?.({ phase: "read" });
    const grid = await this.read(lang);
    throwIfAborted(opts.signal);
    opts.onProgress?.({ phase: "check" });
    await yieldToPaint();
    const out = runCheck({ grid, overrides, lang, ruleSetId: opts.ruleSetId });
    throwIfAborted(opts.signal);
    this.last = out;
    return {
      checkable: out.checkable,
      view: buildView(out.report),
      findings: localFindings(flattenFindings(out.report)),
      writes: writeSummary(out.plan),
      report: () => Promise.resolve(out.report),
    };
  }

  async write(parts: WritePart[], opts: RunOptions = {}): Promise<WriteOutcome> {
    const lang = opts.lang ?? "vi";
    const last = this.last;
    if (!last) throw new HostError(lang === "vi" ? "Chưa rà soát." : "Not checked yet.");
    const plan = planPart(last.plan, parts);
    const r = await guard(lang, () => runExcel((context) => applyPlan(context, plan)));
    return {
      written: [...r.written, ...r.sheets.map((s) => s.name)],
      refused: r.refused.map((x) => ({ sheet: x.sheet, message: msgText(x.msg, lang) })),
      removed: r.removed,
    };
  }

  async saveSettings(entries: Record<string, string>, opts: RunOptions = {}): Promise<void> {
    const lang = opts.lang ?? "vi";
    const grid = await this.read(lang);
    const out = runCheck({
      grid,
      overrides: entries,
      saveOverrides: true,
      lang,
      ruleSetId: opts.ruleSetId,
    });
    const plan = settingsOnly(out.plan);
    await guard(lang, () => runExcel((context) => applyPlan(context, plan)));
  }

  async clear(opts: RunOptions = {}): Promise<ClearOutcome> {
    const lang = opts.lang ?? "vi";
    const r = await guard(lang, () => runExcel((context) => clearMarks(context)));
    this.last = null;
    return { cleared: r.blocks, removedSheets: r.removedSheets, keptSheets: r.kept };
  }

  /** Filters each checked sheet on its Kết quả column to the rows with gaps or missing information. */
  async applyFilter(): Promise<void> {
    const last = this.last;
    if (!last) return;
    const targets = last.plan.checked
      .filter((c) => !c.protected)
      .map((c) => {
        const values = new Set<string>();
        for (const row of c.values) {
          const v = row[OUTCOME_OFFSET];
          if (typeof v === "string" && NEEDS_REVIEW.test(v)) values.add(v);
        }
        return { sheet: c.sheet, col: c.firstCol + OUTCOME_OFFSET, values: [...values] };
      });
    await guard("vi", () =>
      runExcel(async (context) => {
        const probes = targets.map((t) => {
          const ws = context.workbook.worksheets.getItem(t.sheet);
          const range = ws.autoFilter.getRangeOrNullObject();
          range.load("columnIndex,columnCount");
          return { t, ws, range };
        });
        await context.sync();
        for (const { t, ws, range } of probes) {
          if (range.isNullObject) continue;
          const index = t.col - 1 - range.columnIndex;
          if (index < 0 || index >= range.columnCount) continue;
          ws.autoFilter.apply(range, index, {
            filterOn: Excel.FilterOn.values,
            values: t.values.length ? t.values : ["✗"],
          });
        }
        await context.sync();
      })
    );
  }

  async select(sheet: string, cell: string): Promise<void> {
    await guard("vi", () =>
      runExcel(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      })
    );
  }
}
