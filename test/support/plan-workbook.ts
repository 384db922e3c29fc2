/**
 * The plan fixtures shared by the core, command-line and pane tests: the 2026 sample plan, its plan sheet, a small
 * department with the 2026 plan's own column ("Chuyển đổi số"), and the settings sheet a check writes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { runCheck } from "../../src/core/check";
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import { LAW } from "../../src/core/rules";
import { PLAN_SHEET_NAME, planSheetRows } from "../../src/core/rules/plan/sheet";
import type { PlanDef } from "../../src/core/rules/plan/types";
import type { OwnedSheetPlan } from "../../src/core/render/plan";
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

/** Puts an owned sheet as a check would write it (with its stamp) into the grid, replacing an older one. */
export function storeSheet(grid: WorkbookGrid, written: OwnedSheetPlan): void {
  grid.sheets = grid.sheets.filter((s) => s.name !== written.name);
  grid.sheets.push(sheet(written.name, written.values, { stamp: written.stamp }));
}

/** Puts the settings sheet a check would write (with its stamp) into the grid, replacing any older one. */
export function storeSettings(grid: WorkbookGrid, out: ReturnType<typeof runCheck>): void {
  const written = out.plan.sheets.find((s) => s.kind === "settings");
  if (!written) throw new Error("no settings sheet in the plan");
  storeSheet(grid, written);
}
