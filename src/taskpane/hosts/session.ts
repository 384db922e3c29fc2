/**
 * One .xlsx workbook opened in the standalone page: the work the Web Worker does (worker.ts only passes
 * messages). Kept free of worker globals so Node tests drive it directly.
 * Decisions: after each write the workbook is saved to bytes and re-read lazily, so the next check sees the result
 * block and stamps exactly as a reopened file would. A workbook with parts exceljs would drop is never rewritten:
 * writes are collected and the download is the results-only workbook (spec/workbook.md).
 */
import { runCheck, settingsEntries, type CheckOutput } from "../../core/check";
import type { Lang } from "../../core/i18n/types";
import type { WritePlan } from "../../core/render/plan";
import { renderMsg } from "../../xlsx/errors";
import { describeUncarried, mustWriteResultsOnly } from "../../xlsx/parts";
import { loadWorkbook, type LoadedWorkbook } from "../../xlsx/read";
import { writeResultsOnly } from "../../xlsx/results-only";
import { sheetInfo } from "../../xlsx/owned";
import { clearPackage, writePlanToPackage } from "../../xlsx/package";
import type { ClearOutcome, Inspection, Phase, WriteOutcome, WritePart } from "../host";
import { planPart, settingsOnly, writeSummary } from "../plan-parts";
import {
  buildView,
  flattenFindings,
  localFindings,
  type FindingSource,
  type ResultView,
} from "../view";
import { inspectWith, planGuard } from "../inspection";
import { parseA1 } from "../../core/address";
import { cellAt, isCellError, textAt } from "../../core/grid";

/** The text of a cell as the clerk sees it (the standalone page shows it beside a finding's address). */
function cellText(lw: LoadedWorkbook): (sheet: string, cell: string) => string | null {
  const byName = new Map(lw.grid.sheets.map((s) => [s.name, s]));
  return (sheet, cell) => {
    const g = byName.get(sheet);
    const at = parseA1(cell.replace(/\$/g, "").split(":")[0]);
    if (!g || !at) return null;
    const shown = textAt(g, at.row, at.col);
    if (shown !== null) return shown;
    const v = cellAt(g, at.row, at.col);
    if (v === null || v === undefined) return "";
    if (isCellError(v)) return v.error;
    return v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  };
}

export interface SessionCheck {
  checkable: boolean;
  view: ResultView;
  writes: ReturnType<typeof writeSummary>;
}

export interface CheckArgs {
  overrides: Record<string, string>;
  lang: Lang;
  ruleSetId?: string;
  /** The clerk's answer about the workbook's plan sheet (host.ts RunOptions). */
  usePlanSheet?: boolean;
  onPhase?: (phase: Phase) => void;
}

/** What an inspection or a saving of settings is asked with. */
export type PlanArgs = Pick<CheckArgs, "ruleSetId" | "usePlanSheet">;

export class WorkbookSession {
  private loaded: LoadedWorkbook | null = null;
  private last: CheckOutput | null = null;
  /** The last check's findings, served to the page a page at a time. */
  findings: FindingSource = localFindings([]);
  /** Results-only mode: what has been "written" so far, merged. */
  private pending: WritePlan = { checked: [], sheets: [], remove: [] };

  private constructor(
    private bytes: Uint8Array,
    readonly file: string,
    private sha256: string | null
  ) {}

  static async open(bytes: Uint8Array, file: string): Promise<WorkbookSession> {
    const s = new WorkbookSession(bytes, file, await sha256Hex(bytes));
    await s.ensureLoaded();
    return s;
  }

  private async ensureLoaded(): Promise<LoadedWorkbook> {
    if (!this.loaded) this.loaded = await loadWorkbook(this.bytes, { file: this.file });
    return this.loaded;
  }

  private resultsOnly(lw: LoadedWorkbook, lang: Lang): string | undefined {
    return mustWriteResultsOnly(lw.info.uncarried)
      ? describeUncarried(lw.info.uncarried, lang)
      : undefined;
  }

  private run(lw: LoadedWorkbook, args: Omit<CheckArgs, "onPhase">, save = false): CheckOutput {
    return runCheck({
      grid: lw.grid,
      overrides: args.overrides,
      saveOverrides: save,
      ruleSetId: args.ruleSetId,
      usePlanSheet: args.usePlanSheet,
      lang: args.lang,
      file: this.file,
      sha256: this.sha256,
      sheetInfo: sheetInfo(lw),
    });
  }

  /** Never refused on its plan: a refusal comes back in the inspection (inspection.ts). */
  async inspect(
    lang: Lang,
    plan: PlanArgs = {},
    overrides: Record<string, string> = {}
  ): Promise<Inspection> {
    const lw = await this.ensureLoaded();
    return inspectWith(
      (usePlanSheet) => this.run(lw, { overrides, lang, ruleSetId: plan.ruleSetId, usePlanSheet }),
      plan.usePlanSheet,
      lw.grid,
      this.file,
      settingsEntries(lw.grid),
      lang
    );
  }

  async check(args: CheckArgs): Promise<SessionCheck> {
    args.onPhase?.("read");
    const lw = await this.ensureLoaded();
    args.onPhase?.("check");
    const out = planGuard(args.lang, () => this.run(lw, args));
    this.last = out;
    this.findings = localFindings(flattenFindings(out.report, cellText(lw)));
    return {
      checkable: out.checkable,
      view: buildView(out.report),
      writes: writeSummary(out.plan),
    };
  }

  /** The last check's report as JSON text (the page parses it only when asked). */
  reportJson(): string {
    if (!this.last) throw new Error("Not checked yet.");
    return JSON.stringify(this.last.report);
  }

  async write(parts: WritePart[], lang: Lang): Promise<WriteOutcome> {
    if (!this.last) throw new Error(lang === "vi" ? "Chưa rà soát." : "Not checked yet.");
    return this.applyPart(planPart(this.last.plan, parts), lang);
  }

  async saveSettings(
    entries: Record<string, string>,
    lang: Lang,
    plan: PlanArgs = {}
  ): Promise<void> {
    const lw = await this.ensureLoaded();
    const out = planGuard(lang, () => this.run(lw, { overrides: entries, lang, ...plan }, true));
    await this.applyPart(settingsOnly(out.plan), lang);
  }

  private async applyPart(plan: WritePlan, lang: Lang): Promise<WriteOutcome> {
    const lw = await this.ensureLoaded();
    const resultsOnly = this.resultsOnly(lw, lang);
    if (resultsOnly) {
      this.pending = mergePlans(this.pending, plan);
      return {
        written: [...plan.checked.map((c) => c.sheet), ...plan.sheets.map((s) => s.name)],
        refused: [],
        removed: [],
        resultsOnly,
      };
    }
    const applied = await writePlanToPackage(lw, plan);
    this.bytes = applied.bytes;
    this.loaded = null;
    return {
      written: [
        ...plan.checked
          .filter((c) => !applied.refused.some((r) => r.sheet === c.sheet))
          .map((c) => c.sheet),
        ...applied.written,
      ],
      refused: applied.refused.map((r) => ({
        sheet: r.sheet,
        message: renderMsg(r.message, lang),
      })),
      removed: applied.removed,
      notices: applied.notices.map((r) => renderMsg(r.message, lang)),
    };
  }

  async clear(): Promise<ClearOutcome> {
    const lw = await this.ensureLoaded();
    this.pending = { checked: [], sheets: [], remove: [] };
    this.last = null;
    this.findings = localFindings([]);
    // A file exceljs cannot rewrite was never written to: its results-only copy is simply dropped.
    if (mustWriteResultsOnly(lw.info.uncarried))
      return { cleared: [], removedSheets: [], keptSheets: [] };
    const { bytes, result: r } = await clearPackage(lw);
    this.bytes = bytes;
    this.loaded = null;
    return { cleared: r.cleared, removedSheets: r.removedSheets, keptSheets: r.keptSheets };
  }

  /** The workbook to download: the checked copy, or the results-only workbook. */
  async output(lang: Lang): Promise<{ bytes: Uint8Array; name: string }> {
    const lw = await this.ensureLoaded();
    const base = this.file.replace(/\.xl[st][xm]$/i, "") || "thi-dua";
    if (this.resultsOnly(lw, lang)) {
      const note = describeUncarried(lw.info.uncarried, lang);
      return {
        bytes: await writeResultsOnly(lw.grid, this.pending, { note }),
        name: `${base}-ket-qua-ra-soat.xlsx`,
      };
    }
    // The copy keeps the original's kind (an .xlsm stays macro-enabled): Excel opens it only under that extension.
    return { bytes: this.bytes, name: `${base}-da-ra-soat${lw.info.extension}` };
  }
}

function mergePlans(a: WritePlan, b: WritePlan): WritePlan {
  const checked = [
    ...a.checked.filter((c) => !b.checked.some((x) => x.sheet === c.sheet)),
    ...b.checked,
  ];
  const sheets = [...a.sheets.filter((s) => !b.sheets.some((x) => x.kind === s.kind)), ...b.sheets];
  return { checked, sheets, remove: [...new Set([...a.remove, ...b.remove])] };
}

async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest("SHA-256", bytes as unknown as ArrayBuffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
