/**
 * The check of a workbook that Excel read (a WorkbookGrid), as the add-in's Web Worker runs it (serve.ts, ops
 * "inspectGrid", "checkGrid", "settingsPlan"), and as the pane runs it itself when no worker can be started.
 * No exceljs and no Office here: only core and the pane's view helpers, so the Excel pane can import it.
 * Decision: the last check's report and findings stay here (like WorkbookSession's), and only the view, the write
 * summary and the WritePlan go back to the pane, which needs the plan to write with Office.js.
 */
import { runCheck, settingsEntries, type CheckOutput } from "../../core/check";
import type { WorkbookGrid } from "../../core/grid";
import type { Lang } from "../../core/i18n/types";
import type { WritePlan } from "../../core/render/plan";
import type { Inspection } from "../host";
import { inspectWith, planGuard } from "../inspection";
import { settingsOnly, writeSummary } from "../plan-parts";
import { buildView, flattenFindings, localFindings, type FindingSource } from "../view";
import type { SessionCheck } from "./session";

export interface GridCheck extends SessionCheck {
  plan: WritePlan;
}

export interface GridArgs {
  overrides: Record<string, string>;
  lang: Lang;
  ruleSetId?: string;
  usePlanSheet?: boolean;
}

export class GridChecks {
  private last: CheckOutput | null = null;
  findings: FindingSource = localFindings([]);

  /** Never refused on its plan: a refusal comes back in the inspection (inspection.ts). */
  inspect(grid: WorkbookGrid, args: GridArgs): Inspection {
    const { lang } = args;
    return inspectWith(
      (usePlanSheet) => runCheck({ grid, ...args, usePlanSheet }),
      args.usePlanSheet,
      grid,
      null,
      settingsEntries(grid),
      lang
    );
  }

  /** Throws PlanRefusedError when the plan asked for is refused (nothing is checked). */
  check(grid: WorkbookGrid, args: GridArgs): GridCheck {
    const out = planGuard(args.lang, () => runCheck({ grid, ...args }));
    this.last = out;
    this.findings = localFindings(flattenFindings(out.report));
    return {
      checkable: out.checkable,
      view: buildView(out.report),
      writes: writeSummary(out.plan),
      plan: out.plan,
    };
  }

  /** "Lưu": only the settings sheet of a check that stores the overrides; the last check is kept. */
  settingsPlan(grid: WorkbookGrid, args: GridArgs): WritePlan {
    return settingsOnly(
      planGuard(args.lang, () => runCheck({ grid, ...args, saveOverrides: true })).plan
    );
  }

  reportJson(): string {
    if (!this.last) throw new Error("Not checked yet.");
    return JSON.stringify(this.last.report);
  }

  report(): CheckOutput["report"] {
    if (!this.last) throw new Error("Not checked yet.");
    return this.last.report;
  }
}
