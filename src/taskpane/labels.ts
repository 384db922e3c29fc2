/**
 * Labels, never identifiers (spec/criteria.md §7): the pane names every criterion, condition, title, quota,
 * warning and problem code by its short label, taken from the report's `codes` catalogue or, failing that, from the
 * rule set. An identifier is shown only in a tooltip (`title`).
 */
import { format, type Lang } from "../core/i18n/types";
import { localityParams } from "../core/locality";
import { ruleItems } from "../core/rules";
import type { RuleSet } from "../core/rules/types";
import type { Settings } from "../core/settings";
import type { CodeLabel } from "./view";

/** Identifiers as the spec's tests see them (criteria.md §7). */
export const IDENTIFIER = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g;
/** The plan's criterion codes standing as codes: not a cell address ("ô C5", "'Tập thể'!C5", "$C$5", "C5:C9"). */
export const PLAN_CODE = /(?<![!$:(]|[ôÔ] |[cC]ells? )\b(?:I[1-6]H?|C[1-6])\b(?![:$\d])/gu;

type Locality = Pick<Settings, "locality.kind" | "locality.name">;

/** The short label of a code from the rule set (criteria, conditions, titles, quotas, warnings), or null. */
export function ruleShort(
  ruleSet: RuleSet,
  code: string,
  lang: Lang,
  locality: Locality = { "locality.kind": "thanh_pho", "locality.name": "" }
): string | null {
  const item = ruleItems(ruleSet).find((x) => x.code === code);
  return item ? format(item.short[lang], localityParams(locality)) : null;
}

/** A labeller: the report's catalogue first, then the rule set; null when neither knows the code. */
export function labeller(
  codes: Record<string, CodeLabel>,
  ruleSet: RuleSet,
  lang: Lang,
  locality?: Locality
): (code: string) => string | null {
  return (code) => {
    const c = codes[code];
    const fromReport = c ? (lang === "vi" ? c.label : c.labelEn) : null;
    if (fromReport && fromReport !== code) return fromReport;
    return ruleShort(ruleSet, code, lang, locality);
  };
}

const HEAD = /^([A-Z][A-Z0-9_]*) — /;

/**
 * A rule message as the pane shows it: the leading "CODE — " goes (the group already names the criterion) or
 * becomes its label when it names another code; any code inside the sentence becomes its label. Cell addresses stay:
 * in the pane they are links.
 */
export function labelMessage(
  message: string,
  code: string | null,
  label: (code: string) => string | null
): string {
  let body = message;
  const head = HEAD.exec(body);
  if (head) {
    const rest = body.slice(head[0].length);
    const l = head[1] === code ? null : label(head[1]);
    body = l ? `${l} — ${rest}` : rest;
  }
  const swap = (c: string) => label(c) ?? c;
  return body.replace(IDENTIFIER, swap).replace(PLAN_CODE, swap);
}

/** The identifiers standing in a visible text (what the e2e scan and the unit tests look for). */
export function identifiersIn(text: string): string[] {
  return [...(text.match(IDENTIFIER) ?? []), ...(text.match(PLAN_CODE) ?? [])];
}
