/**
 * The header words a plan brings to the vocabulary (issue 16): each criterion's code finds the column it reads
 * ("Tiêu chí thi đua" over "I2 … I6", spec/workbook.md), and a criterion's own column is found by its header words.
 * Rating and head-of-unit criteria are judged on the rating and the position, so their codes map to nothing.
 */
import type { FieldId } from "../../records";
import type { PlanSynonym } from "../../vocab/headers";
import { usualField } from "./kinds";
import type { PlanDef } from "./types";

export function planSynonyms(plan: PlanDef): PlanSynonym[] {
  const codes: PlanSynonym[] = [];
  const own: PlanSynonym[] = [];
  for (const c of plan.criteria) {
    if (c.column.kind === "rating" || c.column.kind === "head") continue;
    const field = (c.column.field ?? usualField(c.column.kind, c.subject)) as FieldId | null;
    if (!field) continue;
    codes.push({ field, keys: [c.code], exact: true });
    if (field.startsWith("plan.") && c.column.headers?.length)
      own.push({ field, keys: c.column.headers });
  }
  return [...codes, ...own];
}
