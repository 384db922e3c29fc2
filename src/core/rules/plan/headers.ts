/**
 * The header words a plan brings to the vocabulary (issue 16): each criterion's code finds the column it reads
 * ("Tiêu chí thi đua" over "I2 … I6", spec/workbook.md), and a criterion's own column is found by its header words.
 * Rating and head-of-unit criteria are judged on the rating and the position, so their codes map to nothing.
 */
import type { FieldId } from "../../records";
import type { ColumnAdvice, PlanSynonym } from "../../vocab/headers";
import { FIELD_LABELS, resolveField } from "../fields";
import type { Criterion } from "../types";
import { planField } from "./kinds";
import type { PlanDef } from "./types";

export function planSynonyms(plan: PlanDef): PlanSynonym[] {
  const codes: PlanSynonym[] = [];
  const own: PlanSynonym[] = [];
  for (const c of plan.criteria) {
    if (c.column.kind === "rating" || c.column.kind === "head") continue;
    const field = planField(c) as FieldId | null;
    if (!field) continue;
    codes.push({ field, keys: [c.code], exact: true });
    if (field.startsWith("plan.") && c.column.headers?.length)
      own.push({ field, keys: c.column.headers });
  }
  return [...codes, ...own];
}

/**
 * The columns a check reads, for a clerk whose sheet lacks them: each field the plan's criteria and the law's
 * conditions need (their first essential field), named by its usual header, with the short labels of what it allows
 * to check, in rule-set order.
 */
export function columnAdvice(items: readonly Criterion[], year: number): ColumnAdvice[] {
  const out: ColumnAdvice[] = [];
  for (const c of items) {
    const first = c.essentialFields[0];
    const ref = Array.isArray(first) ? first[0] : first;
    if (ref === undefined || ref.startsWith("history.")) continue;
    const field = resolveField(ref, year);
    const header = FIELD_LABELS[field] ?? c.columnLabel;
    if (!header) continue;
    let entry = out.find((a) => a.field === field);
    if (!entry) {
      entry = { field, header: { vi: header.vi, en: header.vi }, allows: { vi: "", en: "" } };
      out.push(entry);
    }
    for (const lang of ["vi", "en"] as const) {
      if (entry.allows[lang].split(", ").includes(c.short[lang])) continue;
      entry.allows[lang] = entry.allows[lang]
        ? `${entry.allows[lang]}, ${c.short[lang]}`
        : c.short[lang];
    }
  }
  return out;
}
