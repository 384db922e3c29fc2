/**
 * The plan in force (issue 16): a plan from a JSON file, from a plan sheet in the workbook, or shipped; checked
 * (one message per mistake, nothing checked with a broken plan) and composed over the law layer into a rule set
 * whose sentences join the catalogue.
 */
import type { WorkbookGrid } from "./grid";
import { addToCatalogue } from "./i18n/catalogue";
import { LAW, ruleSetCatalogue, ruleSetOfPlan, ruleSets } from "./rules";
import { PLAN_SHEET_NAME, isPlanSheet, planFromSheet } from "./rules/plan/sheet";
import type { PlanDef } from "./rules/plan/types";
import { planMistakes, type PlanMistake } from "./rules/plan/validate";
import type { RuleSet } from "./rules/types";

export type PlanLoad =
  { ruleSet: RuleSet; mistakes: [] } | { ruleSet: null; mistakes: PlanMistake[] };

function composed(plan: PlanDef): RuleSet {
  const rs = ruleSetOfPlan(plan);
  if (!ruleSets.includes(rs)) addToCatalogue(ruleSetCatalogue(rs));
  return rs;
}

/** A plan given as parsed JSON. */
export function loadPlan(value: unknown): PlanLoad {
  const mistakes = planMistakes(value, LAW);
  return mistakes.length
    ? { ruleSet: null, mistakes }
    : { ruleSet: composed(value as PlanDef), mistakes: [] };
}

/** A plan given as the text of a JSON file. */
export function loadPlanJson(text: string): PlanLoad {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = (e as Error).message;
    return {
      ruleSet: null,
      mistakes: [
        {
          row: null,
          code: "",
          msg: {
            key: "plan.mistake.json",
            params: { whereVi: "Tệp kế hoạch", whereEn: "The plan file", detail },
          },
        },
      ],
    };
  }
  return loadPlan(value);
}

export interface PlanSheetLoad {
  sheet: string;
  load: PlanLoad;
}

/** The plan sheet of a workbook ("Kế hoạch thi đua"), read and checked; null when the workbook has none. */
export function loadPlanSheet(grid: WorkbookGrid): PlanSheetLoad | null {
  const sheet = grid.sheets.find((s) => !s.stamp && s.kind !== "chartsheet" && isPlanSheet(s));
  if (!sheet) return null;
  const { plan, rows } = planFromSheet(sheet, LAW);
  const mistakes = planMistakes(plan, LAW, { sheet: sheet.name, rowOf: (i) => rows[i] ?? null });
  return {
    sheet: sheet.name,
    load: mistakes.length ? { ruleSet: null, mistakes } : { ruleSet: composed(plan), mistakes: [] },
  };
}

export { PLAN_SHEET_NAME };
