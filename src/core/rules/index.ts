/**
 * The registered rule sets. A new year's plan is a new file beside kh-2025.ts, added to `ruleSets` here.
 * `ruleCatalogue` holds every rule message plus, per rule set, the label and the legal source of each criterion,
 * condition, title and quota under `label.<ruleSet>.<code>` and `source.<ruleSet>.<code>` (Finding.source is such a
 * key).
 */
import { format, type Catalogue, type Lang, type Template } from "../i18n/types";
import { localityParams } from "../locality";
import type { Settings } from "../settings";
import { kh2025 } from "./kh-2025";
import { ruleMessages } from "./messages";
import type { RuleSet } from "./types";

export const DEFAULT_RULE_SET_ID = "kh-2025";

export const ruleSets: readonly RuleSet[] = [kh2025];

export function getRuleSet(id: string = DEFAULT_RULE_SET_ID): RuleSet | undefined {
  return ruleSets.find((r) => r.id === id);
}

export function sourceKey(ruleSet: RuleSet, code: string): string {
  return `source.${ruleSet.id}.${code}`;
}

/** A title's name for people, in the locality's words ("Chiến sĩ thi đua thành phố", "Bằng khen của Chủ tịch UBND
 * thành phố Cần Thơ"): title labels take the parameters of localityParams. */
export function titleName(
  ruleSet: RuleSet,
  code: string,
  settings: Pick<Settings, "locality.kind" | "locality.name">,
  lang: Lang,
  which: "label" | "short" = "label"
): string {
  const def = ruleSet.titles.find((t) => t.code === code);
  return def ? format(def[which][lang], localityParams(settings)) : code;
}

export function labelKey(ruleSet: RuleSet, code: string): string {
  return `label.${ruleSet.id}.${code}`;
}

/** Every labelled item of a rule set (criteria, conditions, titles, quotas, warnings) with its code. */
export function ruleItems(
  ruleSet: RuleSet
): { code: string; label: Template; short: Template; source: Template }[] {
  return [
    ...ruleSet.criteria,
    ...ruleSet.conditions,
    ...ruleSet.titles,
    ...ruleSet.quotas,
    ...ruleSet.warnings,
  ].map((item) => ({
    code: "code" in item ? item.code : item.id,
    label: item.label,
    short: item.short,
    source: item.source,
  }));
}

function ruleSetEntries(ruleSet: RuleSet): Catalogue {
  const out: Catalogue = {};
  for (const item of ruleItems(ruleSet)) {
    const code = item.code;
    out[sourceKey(ruleSet, code)] = item.source;
    out[labelKey(ruleSet, code)] = item.label;
  }
  return out;
}

export const ruleCatalogue: Catalogue = ruleSets.reduce<Catalogue>(
  (acc, rs) => ({ ...acc, ...ruleSetEntries(rs) }),
  { ...ruleMessages }
);

export { kh2025 };
export type * from "./types";
