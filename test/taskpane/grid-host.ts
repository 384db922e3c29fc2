/**
 * A PaneHost over a WorkbookGrid in memory, checking with the add-in's own grid check (hosts/grid-check.ts, the
 * Excel pane's path without Office.js): component tests see the core's real plan in force, plan sheet and refusals.
 * "Lưu" writes the settings sheet back into the grid, so a second pane on the same grid sees what was saved.
 * Also the plan fixtures: a small department, the 2026 sample plan and its plan sheet.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runCheck } from "../../src/core/check";
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import { LAW } from "../../src/core/rules";
import { PLAN_SHEET_NAME, planSheetRows } from "../../src/core/rules/plan/sheet";
import type { PlanDef } from "../../src/core/rules/plan/types";
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
import { book, sheet } from "../core/read/grid-builder";

export const KH2026: PlanDef = JSON.parse(
  readFileSync(join(__dirname, "../../plans/kh-2026.json"), "utf8")
) as PlanDef;

/** The plan sheet of a plan, as the office would paste it ("Kế hoạch thi đua"); `edit` changes its rows. */
export function planSheet(plan: PlanDef = KH2026, edit?: (rows: CellValue[][]) => void) {
  const rows = planSheetRows(plan, LAW);
  edit?.(rows);
  return sheet(PLAN_SHEET_NAME, rows);
}

/** The plan sheet's row of a criterion (1-based, as the clerk reads it). */
export function planRow(plan: PlanDef, code: string): number {
  const rows = planSheetRows(plan, LAW);
  const head = rows.findIndex((r) => r[0] === "Mã");
  return rows.findIndex((r, i) => i > head && r[0] === code) + 1;
}

/** A row of the plan sheet by its code, to edit. */
export function criterionRow(rows: CellValue[][], code: string): CellValue[] {
  const head = rows.findIndex((r) => r[0] === "Mã");
  const row = rows.find((r, i) => i > head && r[0] === code);
  if (!row) throw new Error(`no row ${code}`);
  return row;
}

/** A department of three people with the 2026 plan's own column ("Chuyển đổi số") and one unit. */
export function department(): WorkbookGrid {
  return book(
    sheet("Cá nhân", [
      [
        "STT",
        "Họ và tên",
        "Chức vụ",
        "Đơn vị",
        "Xếp loại",
        "Sáng kiến",
        "Tinh thần trách nhiệm",
        "Chuyển đổi số",
        "Hưởng ứng phong trào thi đua",
        "Hình thức đề nghị",
      ],
      [
        1,
        "Nguyễn Văn An",
        "Chuyên viên",
        "Phòng Kế hoạch",
        "HTXSNV",
        "Sáng kiến A",
        "x",
        "x",
        "x",
        "CSTĐCS",
      ],
      [
        2,
        "Trần Thị Bình",
        "Chuyên viên",
        "Phòng Kế hoạch",
        "HTXSNV",
        "",
        "x",
        "Không",
        "x",
        "CSTĐCS",
      ],
      [3, "Lê Văn Cường", "Chuyên viên", "Phòng Kế hoạch", "HTTNV", "", "x", "x", "x", "LĐTT"],
    ]),
    sheet("Tập thể", [
      ["STT", "Tên tập thể", "Xếp loại", "Số người", "Điển hình tiên tiến", "Hình thức đề nghị"],
      [1, "Phòng Kế hoạch", "HTXSNV", 3, 1, "TTLĐXS"],
    ])
  );
}

/** Puts the settings sheet a check would write (with its stamp) into the grid, replacing any older one. */
export function storeSettings(grid: WorkbookGrid, out: ReturnType<typeof runCheck>): void {
  const written = out.plan.sheets.find((s) => s.kind === "settings");
  if (!written) throw new Error("no settings sheet in the plan");
  grid.sheets = grid.sheets.filter((s) => s.name !== written.name);
  grid.sheets.push(sheet(written.name, written.values, { stamp: written.stamp }));
}

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
    const written = plan.sheets[0];
    this.grid.sheets = this.grid.sheets.filter((s) => s.name !== written.name);
    this.grid.sheets.push(sheet(written.name, written.values, { stamp: written.stamp }));
  }
}
