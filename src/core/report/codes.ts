/**
 * The report's catalogue of codes (report.md, revision 2): every code a report can carry — criteria, conditions,
 * titles, controls and warnings of the rule set, and the problem and finding codes that are not rules — with its
 * level, its short label in Vietnamese and English, and its legal source. A person reads the labels; the codes are for
 * tools. The rule set gives its codes' labels and sources; the code catalogue (i18n/codes.ts) gives the others'.
 */
import { codeDef, type ProblemCode } from "../i18n/codes";
import { format, type Template } from "../i18n/types";
import { localityParams } from "../locality";
import type { Msg } from "../records";
import { sourceKey } from "../rules";
import type { RuleSet } from "../rules/types";
import type { Settings } from "../settings";

export interface CodeEntry {
  level: "criterion" | "condition" | "title" | "control" | "warning" | "error" | "info";
  label: string;
  labelEn: string;
  source: string;
}

/**
 * What the codes section of revision 2 said of eight codes, kept so that issue 16's outputs stay byte-identical to
 * revision 2's (test/core/equivalence.test.ts) — and wrong: three levels differ from the level the code is emitted at
 * (the code catalogue's), and five codes had no label, so the section showed the code itself. To be dropped, with
 * the equivalence baseline written anew, once the outputs may change.
 */
type Was = { level: CodeEntry["level"] } | "code as label";
const REVISION_2: Readonly<Record<string, Was>> = {
  NO_DATA_ROWS: { level: "error" },
  CRITERION_SKIPPED: { level: "info" },
  CRITERION_UNKNOWN: { level: "warning" },
  SHEET_NO_HEADER: "code as label",
  SHEET_LOOKUP: "code as label",
  SETTING_INVALID: "code as label",
  SETTING_UNKNOWN: "code as label",
  PLAN_NOT_USED: "code as label",
} satisfies Partial<Record<ProblemCode, Was>>;

/** The catalogue for a run: the rule set's codes, then any other code the report carries, by code. */
export function codeCatalogue(
  ruleSet: RuleSet,
  settings: Settings,
  used: Iterable<string>,
  text: (msg: Msg) => string
): Record<string, CodeEntry> {
  const loc = localityParams(settings);
  const out: Record<string, CodeEntry> = {};
  const put = (code: string, level: CodeEntry["level"], short: Template, sourced: boolean) => {
    out[code] ??= {
      level,
      label: format(short.vi, loc),
      labelEn: format(short.en, loc),
      source: sourced ? text({ key: sourceKey(ruleSet, code), params: loc }) : "",
    };
  };
  for (const c of ruleSet.criteria) put(c.id, "criterion", c.short, true);
  for (const c of ruleSet.conditions) put(c.id, "condition", c.short, true);
  for (const t of ruleSet.titles) put(t.code, "title", t.label, true);
  for (const q of ruleSet.quotas) put(q.id, "control", q.short, true);
  for (const w of ruleSet.warnings) put(w.id, "warning", w.short, true);
  for (const code of used) {
    const n = codeDef(code);
    const was = Object.hasOwn(REVISION_2, code) ? REVISION_2[code] : undefined;
    if (n && was !== "code as label") put(code, was?.level ?? n.level, n.description, false);
    else out[code] ??= { level: "info", label: code, labelEn: code, source: "" };
  }
  const sorted: Record<string, CodeEntry> = {};
  for (const k of Object.keys(out).sort()) sorted[k] = out[k];
  return sorted;
}
