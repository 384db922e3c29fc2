/** What the "Bảng dữ liệu" and "Tiêu chí" steps need from a check: the sheets, their roles and mappings, the plan in
 * force and the workbook's plan sheet (no exceljs here: the Excel pane imports it too).
 * Decisions (issue 16 is silent):
 * - Inspecting never fails on the plan: when the plan asked for is refused (another year, mistakes), the inspection
 *   describes the workbook without it and carries the refusal, so the pane can ask the clerk.
 * - A check refused on its plan throws PlanRefusedError, whose refusal crosses the worker as data (protocol.ts). */
import { PlanMistakes, PlanYearMismatch, type CheckOutput } from "../core/check";
import type { WorkbookGrid } from "../core/grid";
import { messageText } from "../core/i18n/catalogue";
import type { Lang } from "../core/i18n/types";
import { loadPlanSheet } from "../core/plans";
import { LAW } from "../core/rules";
import { planFromSheet } from "../core/rules/plan/sheet";
import { PlanRefusedError, type Inspection, type PlanRefusal, type PlanSheetState } from "./host";

export function inspectionOf(
  out: CheckOutput,
  grid: WorkbookGrid,
  file: string | null,
  stored: Record<string, string>,
  lang: Lang
): Inspection {
  const rs = out.ruleSet;
  return {
    file,
    checkable: out.checkable,
    stored,
    plan: {
      id: rs.plan.id,
      version: rs.plan.version,
      year: rs.plan.year,
      hash: rs.plan.hash,
      title: rs.title[lang],
      from: out.planFrom,
      def: rs.planDef,
    },
    planSheet: planSheetState(grid, out, lang),
    sheets: out.read.sheets.map((s) => ({
      name: s.name,
      role: s.role,
      ignoredBecause: s.ignoredBecause,
      headerRows: s.headerRows,
      dataRows: s.dataRows,
      protected: s.protected,
      headers: s.headers,
      mapping: Object.fromEntries(
        Object.entries(s.mapping).flatMap(([field, m]) =>
          m
            ? [
                [
                  field,
                  {
                    columns: m.columns,
                    header: m.header,
                    confidence: m.confidence,
                    confirmed: m.confirmed,
                  },
                ],
              ]
            : []
        )
      ),
    })),
  };
}

/** The workbook's plan sheet as the pane shows it, or null when it has none. */
export function planSheetState(
  grid: WorkbookGrid,
  out: CheckOutput,
  lang: Lang
): PlanSheetState | null {
  const found = loadPlanSheet(grid);
  if (!found) return null;
  const rs = found.load.ruleSet;
  let id = rs?.plan.id ?? "";
  let year: number | null = rs?.plan.year ?? null;
  if (!rs) {
    // A plan with mistakes: its id and year as written, if the sheet writes them.
    const sheet = grid.sheets.find((s) => s.name === found.sheet);
    const plan = sheet ? planFromSheet(sheet, LAW).plan : null;
    id = plan?.id ?? "";
    year = plan && Number.isInteger(plan.year) && plan.year > 0 ? plan.year : null;
  }
  return {
    sheet: found.sheet,
    id,
    year,
    inForce: out.planFrom === "sheet",
    mistakes: found.load.mistakes.map((m) => messageText(m.msg, lang)),
  };
}

/** The refusal a core error stands for, or null when it is another error. */
export function refusalOf(e: unknown, lang: Lang): PlanRefusedError | null {
  if (e instanceof PlanYearMismatch) {
    const refusal: PlanRefusal = {
      kind: "year",
      id: e.planId,
      planYear: e.planYear,
      year: e.year,
    };
    return new PlanRefusedError(refusal, messageText(e.msg, lang));
  }
  if (e instanceof PlanMistakes) {
    const mistakes = e.mistakes.map((m) => messageText(m.msg, lang));
    return new PlanRefusedError({ kind: "mistakes", sheet: e.sheet, mistakes }, mistakes.join(" "));
  }
  return null;
}

/** Runs a check, turning the core's plan refusals into PlanRefusedError. */
export function planGuard<T>(lang: Lang, work: () => T): T {
  try {
    return work();
  } catch (e) {
    throw refusalOf(e, lang) ?? e;
  }
}

/**
 * The inspection of a workbook: `run(usePlanSheet)` checks it with the clerk's answer about the plan sheet. When the
 * plan is refused, the workbook is described as checked without the plan sheet, with the refusal.
 */
export function inspectWith(
  run: (usePlanSheet: boolean | undefined) => CheckOutput,
  usePlanSheet: boolean | undefined,
  grid: WorkbookGrid,
  file: string | null,
  stored: Record<string, string>,
  lang: Lang
): Inspection {
  try {
    return inspectionOf(run(usePlanSheet), grid, file, stored, lang);
  } catch (e) {
    const refused = refusalOf(e, lang);
    if (!refused) throw e;
    return {
      ...inspectionOf(run(false), grid, file, stored, lang),
      refusal: refused.refusal,
    };
  }
}
