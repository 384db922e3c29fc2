/**
 * A PaneHost over a WorkbookGrid in memory, checking with the add-in's own grid check (hosts/grid-check.ts, the
 * Excel pane's path without Office.js): component tests see the core's real plan in force, plan sheet and refusals.
 * "Lưu" writes the settings sheet back into the grid, so a second pane on the same grid sees what was saved.
 * The plan fixtures it was written with live in test/support/plan-workbook.ts (re-exported here).
 */
import type { WorkbookGrid } from "../../src/core/grid";
import type {
  CheckResult,
  ClearOutcome,
  InspectOptions,
  Inspection,
  PaneHost,
  RunOptions,
  WriteOutcome,
  WritePart,
} from "../../src/taskpane/host";
import { GridChecks } from "../../src/taskpane/hosts/grid-check";
import { storeSheet } from "../support/plan-workbook";

export {
  criterionRow,
  department,
  KH2026,
  planRow,
  planSheet,
  storeSettings,
} from "../support/plan-workbook";

export class GridHost implements PaneHost {
  readonly kind = "excel" as const;
  calls: { op: string; args: unknown[] }[] = [];
  private readonly checks = new GridChecks();

  constructor(readonly grid: WorkbookGrid) {}

  /** The options a call was made with (what reaches runCheck about the plan). */
  optionsOf(op: string): RunOptions[] {
    return this.calls.filter((c) => c.op === op).map((c) => c.args.at(-1) as RunOptions);
  }

  /** The report of the last check the pane ran. */
  lastReport() {
    return this.checks.report();
  }

  ops(): string[] {
    return this.calls.map((c) => c.op);
  }

  async inspect(opts: InspectOptions = {}): Promise<Inspection> {
    this.calls.push({ op: "inspect", args: [opts] });
    return this.checks.inspect(this.grid, {
      overrides: opts.overrides ?? {},
      lang: opts.lang ?? "vi",
      ruleSetId: opts.ruleSetId,
      usePlanSheet: opts.usePlanSheet,
    });
  }

  async check(overrides: Record<string, string>, opts: RunOptions = {}): Promise<CheckResult> {
    this.calls.push({ op: "check", args: [overrides, opts] });
    const r = this.checks.check(this.grid, {
      overrides,
      lang: opts.lang ?? "vi",
      ruleSetId: opts.ruleSetId,
      usePlanSheet: opts.usePlanSheet,
    });
    return {
      checkable: r.checkable,
      view: r.view,
      writes: r.writes,
      findings: this.checks.findings,
      report: () => Promise.resolve(this.checks.report()),
    };
  }

  async write(parts: WritePart[]): Promise<WriteOutcome> {
    this.calls.push({ op: "write", args: [parts] });
    return { written: [], refused: [], removed: [] };
  }

  async clear(): Promise<ClearOutcome> {
    this.calls.push({ op: "clear", args: [] });
    return { cleared: [], removedSheets: [], keptSheets: [] };
  }

  async saveSettings(entries: Record<string, string>, opts: RunOptions = {}): Promise<void> {
    this.calls.push({ op: "saveSettings", args: [entries, opts] });
    const plan = this.checks.settingsPlan(this.grid, {
      overrides: entries,
      lang: opts.lang ?? "vi",
      ruleSetId: opts.ruleSetId,
      usePlanSheet: opts.usePlanSheet,
    });
    storeSheet(this.grid, plan.sheets[0]);
  }
}
