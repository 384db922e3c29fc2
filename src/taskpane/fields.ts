/**
 * Which fields the mapping step offers for a sheet, how they are named, and which criteria an unmapped field
 * leaves unchecked (read from the rule set's `essentialFields`, so the pane says what the core will skip).
 */
import { messageText } from "../core/i18n/catalogue";
import { format, type Lang } from "../core/i18n/types";
import type { SheetRole } from "../core/records";
import { FIELD_LABELS, resolveField } from "../core/rules/fields";
import { labelKey } from "../core/rules";
import type { Criterion, RuleSet } from "../core/rules/types";
import type { SheetInfo } from "./host";
import { ruleShort } from "./labels";

const INDIVIDUAL_FIELDS = [
  "name",
  "position",
  "unit",
  "rating",
  "initiative",
  "initiativeLevel",
  "initiativeDecision",
  "discipline",
  "disciplineDate",
  "pending",
  "service",
  "leave",
  "responsibility",
  "assignment",
  "conduct",
  "emulation",
  "proposed",
  "achievement",
];

const UNIT_FIELDS = [
  "unit",
  "unitRating",
  "workPlan",
  "unitEmulation",
  "unitConduct",
  "solidarity",
  "roleModels",
  "headcount",
  "proposed",
  "achievement",
];

export const REQUIRED: Record<Exclude<SheetRole, "ignored">, string[]> = {
  individuals: ["name", "rating"],
  units: ["unit", "unitRating"],
  mixed: ["name", "rating"],
};

/** Fields offered for a sheet: those of its role, then the history columns of the two previous years, then any
 * other field the reader mapped. */
export function fieldsFor(sheet: SheetInfo, year: number): string[] {
  if (sheet.role === "ignored") return [];
  const base =
    sheet.role === "units"
      ? UNIT_FIELDS
      : sheet.role === "mixed"
        ? [
            ...INDIVIDUAL_FIELDS,
            ...UNIT_FIELDS.filter((f) => !INDIVIDUAL_FIELDS.includes(f)),
            "rowKind",
          ]
        : INDIVIDUAL_FIELDS;
  const history =
    sheet.role === "units"
      ? []
      : [
          `history.${year - 1}`,
          `history.${year - 2}`,
          `history.${year - 1}.rating`,
          `history.${year - 1}.initiative`,
        ];
  const out = [...base, ...history];
  for (const f of Object.keys(sheet.mapping)) if (!out.includes(f)) out.push(f);
  return out;
}

export function fieldName(field: string, lang: Lang): string {
  const hist = /^history\.(\d{4})(?:\.(rating|initiative))?$/.exec(field);
  if (hist) {
    const key = hist[2] ? `history.prev1.${hist[2]}` : "history.prev1";
    return format(FIELD_LABELS[key][lang], { prev1: hist[1] });
  }
  return FIELD_LABELS[field]?.[lang] ?? field;
}

/** Fields a sheet's mapping step shows first: required ones, unmapped ones whose absence costs a check, and columns
 * the reader is not sure of. */
export function mattersFirst(opts: {
  required: boolean;
  mapped: boolean;
  costs: boolean;
  confidence: number;
  confirmed: boolean;
}): boolean {
  if (opts.required) return true;
  if (!opts.mapped) return opts.costs;
  return !opts.confirmed && opts.confidence < 1;
}

/**
 * What the missing columns of a sheet cost, said once: the columns (by label) and the checks left undone (by their
 * short label, from the rule set), e.g. "Không có cột Cấp công nhận sáng kiến nên chưa kiểm tra: Sáng kiến cấp tỉnh".
 */
export function missingCost(
  ruleSet: RuleSet,
  role: SheetRole,
  mapped: readonly string[],
  fields: readonly string[],
  year: number,
  lang: Lang
): { columns: string[]; skipped: string[] } {
  const columns: string[] = [];
  const skipped: string[] = [];
  for (const field of fields) {
    if (mapped.includes(field)) continue;
    const ids = skippedWithout(ruleSet, role, mapped, field, year);
    if (!ids.length) continue;
    columns.push(fieldName(field, lang));
    for (const id of ids) {
      const label = ruleShort(ruleSet, id, lang) ?? criterionLabel(ruleSet, id, lang);
      if (!skipped.includes(label)) skipped.push(label);
    }
  }
  return { columns, skipped };
}

export function criterionLabel(ruleSet: RuleSet, code: string, lang: Lang): string {
  const key = labelKey(ruleSet, code);
  const text = messageText({ key }, lang);
  return text === key ? code : text;
}

function subjectsOf(role: SheetRole): Criterion["subject"][] {
  if (role === "units") return ["unit"];
  if (role === "mixed") return ["individual", "unit"];
  return role === "individuals" ? ["individual"] : [];
}

/**
 * Criteria and conditions that would be skipped if `field` had no column on this sheet, given the other fields
 * mapped there. An entry of `essentialFields` that lists alternatives is satisfied by any of them.
 */
export function skippedWithout(
  ruleSet: RuleSet,
  role: SheetRole,
  mapped: readonly string[],
  field: string,
  year: number
): string[] {
  const subjects = subjectsOf(role);
  const present = new Set(mapped.filter((f) => f !== field));
  const out: string[] = [];
  for (const c of [...ruleSet.criteria, ...ruleSet.conditions]) {
    if (!subjects.includes(c.subject)) continue;
    const hits = c.essentialFields.some((entry) => {
      const refs = (Array.isArray(entry) ? entry : [entry]).map((r) => resolveField(r, year));
      return refs.includes(field as never) && !refs.some((r) => present.has(r));
    });
    if (hits) out.push(c.id);
  }
  return out;
}
