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
