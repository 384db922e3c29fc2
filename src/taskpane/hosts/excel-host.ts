/// <reference types="office-js" />
/**
 * PaneHost inside Excel: the only pane file that touches Office.js. Each call is one Excel.run through
 * src/excel's runExcel (retry while the clerk edits a cell, typed errors). The workbook is read afresh for every
 * check, since the clerk may have edited it.
 * The check runs in a Web Worker (design.md: the pane never freezes): Office.js works only on the pane's thread, so
 * the pane reads the grid, the worker runs runCheck on it (serve.ts "checkGrid", the page's worker module) and
 * sends back the view, the write summary and the WritePlan; the pane writes the plan. Findings and the report stay
 * in the worker and are fetched a page at a time. Cancel terminates the worker, so a cancelled check writes
 * nothing. Decision: when no worker can be started, or it fails (a very old WebView, a refused Blob URL), the
 * check runs on the pane's thread as before, for the rest of the session.
 */
import type { WorkbookGrid } from "../../core/grid";
import { format, type Lang } from "../../core/i18n/types";
import type { Msg } from "../../core/records";
import type { WritePlan } from "../../core/render/plan";
import type { Report } from "../../core/report/types";
import { clearMarks } from "../../excel/clear";
import { ExcelHostError, runExcel } from "../../excel/errors";
import { EXCEL_MESSAGES } from "../../excel/messages";
import { readWorkbook } from "../../excel/read";
import { runSelfTest, type SelfTestReport } from "../../excel/self-test";
import { applyPlan } from "../../excel/write";
import {
  HostError,
  throwIfAborted,
  type CheckResult,
  type ClearOutcome,
  type InspectOptions,
  type Inspection,
  type PaneHost,
  type RunOptions,
  type WriteOutcome,
  type WritePart,
} from "../host";
import { planPart } from "../plan-parts";
import type { FindingSource } from "../view";
import { GridChecks, type GridArgs } from "./grid-check";
import type { Replies, Request, WorkerLike } from "./protocol";
import { WorkerClient, WorkerFailedError } from "./worker-client";

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

/** The address of the office.js this page loaded (Microsoft's CDN or the self-hosted copy), for the self-test. */
function officeJsSource(): string | null {
  if (typeof document === "undefined") return null;
  const script = document.querySelector<HTMLScriptElement>('script[src*="office.js"]');
  return script?.src || null;
}

function gridArgs(overrides: Record<string, string>, opts: RunOptions): GridArgs {
  return {
    overrides,
    lang: opts.lang ?? "vi",
    ruleSetId: opts.ruleSetId,
    usePlanSheet: opts.usePlanSheet,
  };
}

/** Lets the pane paint (progress bar) before a long synchronous step. */
const yieldToPaint = () => new Promise<void>((r) => setTimeout(r, 0));

type GridOp = "inspectGrid" | "checkGrid" | "settingsPlan";

export interface ExcelHostOptions {
  /** Starts the Web Worker the check runs in (index.tsx: the inlined worker bundle; tests: an in-process one).
   * Without it the check runs on the pane's thread. */
  createWorker?: () => WorkerLike;
}

export class ExcelHost implements PaneHost {
  readonly kind = "excel" as const;
  /** The last check's plan: what "write" applies and "applyFilter" filters on. */
  private plan: WritePlan | null = null;
  private client: WorkerClient | null;
  /** The pane-thread check, used when there is no worker. */
  private readonly local = new GridChecks();

  constructor(options: ExcelHostOptions = {}) {
    this.client = options.createWorker ? new WorkerClient(options.createWorker) : null;
  }

  /** Whether checks still go to a worker (false once it could not be started). */
  get usesWorker(): boolean {
    return this.client !== null;
  }

  private read(lang: Lang) {
    return guard(lang, () => runExcel((context) => readWorkbook(context)));
  }

  /** A grid op in the worker, or on the pane's thread when there is none or it failed. */
  private async run<K extends GridOp>(
    req: Extract<Request, { op: K }>,
    opts: RunOptions,
    here: () => Replies[K]
  ): Promise<Replies[K]> {
    if (this.client) {
      try {
        return await this.client.send(req, opts);
      } catch (e) {
        if (!(e instanceof WorkerFailedError)) throw e;
        this.client.dispose();
        this.client = null;
      }
    }
    await yieldToPaint();
    throwIfAborted(opts.signal);
    const out = here();
    throwIfAborted(opts.signal);
    return out;
  }

  async inspect(opts: InspectOptions = {}): Promise<Inspection> {
    const lang = opts.lang ?? "vi";
    const grid = await this.read(lang);
    const args = gridArgs(opts.overrides ?? {}, opts);
    return this.run({ op: "inspectGrid", grid, ...args }, opts, () =>
      this.local.inspect(grid, args)
    );
  }

  async check(overrides: Record<string, string>, opts: RunOptions = {}): Promise<CheckResult> {
    const lang = opts.lang ?? "vi";
    // A check that does not finish leaves nothing to write.
    this.plan = null;
    opts.onProgress?.({ phase: "read" });
    const grid: WorkbookGrid = await this.read(lang);
    throwIfAborted(opts.signal);
    opts.onProgress?.({ phase: "check" });
    const args = gridArgs(overrides, opts);
    const r = await this.run({ op: "checkGrid", grid, ...args }, opts, () =>
      this.local.check(grid, args)
    );
    this.plan = r.plan;
    return {
      checkable: r.checkable,
      view: r.view,
      findings: this.findings(),
      writes: r.writes,
      report: () => this.report(),
    };
  }

  /** Findings of the last check, from wherever it ran. */
  private findings(): FindingSource {
    const client = this.client;
    if (!client) return this.local.findings;
    return {
      groups: (filter) => client.send({ op: "findingGroups", filter }),
      items: (filter, code, offset, limit) =>
        client.send({ op: "findingItems", filter, code, offset, limit }),
    };
  }

  private async report(): Promise<Report> {
    if (!this.client) return this.local.report();
    return JSON.parse(await this.client.send({ op: "report" })) as Report;
  }

  async write(parts: WritePart[], opts: RunOptions = {}): Promise<WriteOutcome> {
    const lang = opts.lang ?? "vi";
    const last = this.plan;
    if (!last) throw new HostError(lang === "vi" ? "Chưa rà soát." : "Not checked yet.");
    const plan = planPart(last, parts);
    const r = await guard(lang, () => runExcel((context) => applyPlan(context, plan)));
    return {
      written: [...r.written, ...r.sheets.map((s) => s.name)],
      refused: r.refused.map((x) => ({ sheet: x.sheet, message: msgText(x.msg, lang) })),
      removed: r.removed,
      notices: r.notices.map((x) => msgText(x.msg, lang)),
    };
  }

  async saveSettings(entries: Record<string, string>, opts: RunOptions = {}): Promise<void> {
    const lang = opts.lang ?? "vi";
    const grid = await this.read(lang);
    const args = gridArgs(entries, opts);
    const plan = await this.run({ op: "settingsPlan", grid, ...args }, opts, () =>
      this.local.settingsPlan(grid, args)
    );
    await guard(lang, () => runExcel((context) => applyPlan(context, plan)));
  }

  async clear(opts: RunOptions = {}): Promise<ClearOutcome> {
    const lang = opts.lang ?? "vi";
    const r = await guard(lang, () => runExcel((context) => clearMarks(context)));
    this.plan = null;
    return {
      cleared: r.blocks,
      removedSheets: r.removedSheets,
      keptSheets: r.kept,
      notices: r.notices.map((x) => msgText(x.msg, lang)),
    };
  }

  /** Filters each checked sheet on its Kết quả column to the rows with gaps or missing information. */
  async applyFilter(): Promise<void> {
    const last = this.plan;
    if (!last) return;
    const targets = last.checked
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

  /** "Kiểm tra tương thích Excel" (src/excel/self-test.ts), with where this pane's office.js came from. */
  async selfTest(opts: RunOptions = {}): Promise<SelfTestReport> {
    const lang = opts.lang ?? "vi";
    return guard(lang, () =>
      runExcel((context) => runSelfTest(context, { officeJs: officeJsSource() }))
    );
  }

  /** Ends the worker (the pane is closing). */
  dispose(): void {
    this.client?.dispose();
  }
}
