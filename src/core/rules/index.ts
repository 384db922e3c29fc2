/**
 * The registered rule sets: the law layer (rules/law) joined with each plan the add-in ships (rules/plan/*.json).
 * Next year's plan is a JSON file — shipped here, given with `--plan`, or written by the office on a plan sheet — and
 * no code. `ruleSetCatalogue` holds, per rule set, the label and the legal source of each criterion, condition,
 * title, quota and warning under `label.<ns>.<code>` and `source.<ns>.<code>` (Finding.source is such a key), and
 * the sentences of its plan's criteria.
 */
import { format, type Catalogue, type Lang, type Template } from "../i18n/types";
import { localityParams } from "../locality";
import type { Settings } from "../settings";
import { luat2022 } from "./law/luat-2022";
import type { LawLayer } from "./law/types";
import { ruleMessages } from "./messages";
import { compose } from "./plan/compose";
import kh2025Plan from "./plan/kh-2025.json";
import type { PlanDef } from "./plan/types";
import type { RuleSet } from "./types";

export const DEFAULT_RULE_SET_ID = "kh-2025";

/** The law layer plans are composed over. */
export const LAW: LawLayer = luat2022;

export const kh2025: RuleSet = compose(LAW, kh2025Plan as unknown as PlanDef);

export const ruleSets: readonly RuleSet[] = [kh2025];

/** Rule sets composed at run time (a plan from a file or a plan sheet), by `ruleSetKey`. */
const composed = new Map<string, RuleSet>();

/** How hosts name a rule set: a shipped plan by its id, any other by its id and hash (two plans may share an id). */
export function ruleSetKey(ruleSet: RuleSet): string {
  return ruleSets.includes(ruleSet)
    ? ruleSet.id
    : `${ruleSet.id}#${ruleSet.plan.hash.slice(0, 12)}`;
}

export function getRuleSet(key: string = DEFAULT_RULE_SET_ID): RuleSet | undefined {
  return ruleSets.find((r) => r.id === key) ?? composed.get(key);
}

/** A rule set of a checked plan, composed once per plan: the shipped one when the plan is a shipped plan. */
export function ruleSetOfPlan(plan: PlanDef): RuleSet {
  const candidate = compose(LAW, plan);
  const shipped = ruleSets.find((r) => r.plan.hash === candidate.plan.hash);
  if (shipped) return shipped;
  const key = ruleSetKey(candidate);
  const known = composed.get(key);
  if (known) return known;
  composed.set(key, candidate);
  return candidate;
}

export function sourceKey(ruleSet: RuleSet, code: string): string {
  return `source.${ruleSet.ns}.${code}`;
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
  return `label.${ruleSet.ns}.${code}`;
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

/** The catalogue entries a rule set brings: its items' labels and sources, and its plan's sentences. */
export function ruleSetCatalogue(ruleSet: RuleSet): Catalogue {
  const out: Catalogue = { ...ruleSet.messages };
  for (const item of ruleItems(ruleSet)) {
    const code = item.code;
    out[sourceKey(ruleSet, code)] = item.source;
    out[labelKey(ruleSet, code)] = item.label;
  }
  return out;
}

export const ruleCatalogue: Catalogue = ruleSets.reduce<Catalogue>(
  (acc, rs) => ({ ...acc, ...ruleSetCatalogue(rs) }),
  { ...ruleMessages }
);

export type * from "./types";
