/**
 * A rule set from its two layers (issue 16): the law layer's titles and conditions, and a year's plan's criteria.
 * Everything the evaluator, the report, the printout and the pane know of a plan comes from here: the criteria with
 * their checks and sentences, each title's list (the plan's criteria put into the law's "@rating"/"@plan" slots), the
 * head-of-unit criterion, and the plan's identity (id, version, hash of its canonical JSON).
 */
import type { Catalogue, Template } from "../../i18n/types";
import { sha256Hex } from "../../text/sha256";
import type { LawLayer, LawTitle, LawWarning } from "../law/types";
import type { Criterion, FieldRef, RuleSet, TitleDef, TitleTerm, WarningDef } from "../types";
import { cellCases, FIXED_NEEDS, FIXED_SENTENCES, withCode } from "./kind-messages";
import { columnAdvice, planSynonyms } from "./headers";
import { kindReading, ownColumnHeader, planField } from "./kinds";
import type { ColumnKind, PlanCriterion, PlanDef } from "./types";

/** The plan in force, as the report and the settings sheet name it. */
export interface PlanIdentity {
  id: string;
  version: string;
  year: number;
  /** sha256 of the canonical JSON (keys sorted, no spaces). */
  hash: string;
}

/** JSON with every object's keys sorted, no spaces: the same plan always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const keys = Object.keys(value as Record<string, unknown>)
      .filter((k) => k !== "$schema" && (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function planIdentity(plan: PlanDef): PlanIdentity {
  return {
    id: plan.id,
    version: plan.version,
    year: plan.year,
    hash: sha256Hex(canonicalJson(plan)),
  };
}

function lower(t: Template): Template {
  return {
    vi: t.vi.charAt(0).toLowerCase() + t.vi.slice(1),
    en: t.en.charAt(0).toLowerCase() + t.en.slice(1),
  };
}

/** What a cell should hold when the plan does not say (a plan written on a sheet by a clerk). */
function defaultNeed(c: PlanCriterion): Template {
  const l = lower(c.label);
  switch (c.column.kind) {
    case "rating":
      return {
        vi: "mức xếp loại (Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn thành hoặc Không hoàn thành nhiệm vụ)",
        en: "the rating (HTXSNV, HTTNV, HTNV or KHTNV)",
      };
    case "number":
      return { vi: `số lượng (${l.vi})`, en: `the number (${l.en})` };
    case "text":
      return {
        vi: `“x” hoặc nội dung (${l.vi}), hoặc “Không”`,
        en: `“x” or the item (${l.en}), or “Không”`,
      };
    default:
      return {
        vi: `“x” nếu đạt tiêu chí ${l.vi}, hoặc “Không”`,
        en: `“x” if ${l.en} is met, or “Không”`,
      };
  }
}

function defaultGap(c: PlanCriterion): Template {
  const l = lower(c.label);
  if (c.column.kind === "rating") {
    return {
      vi: `Xếp loại “{text}” (ô {cell}) chưa đạt mức yêu cầu của tiêu chí ${l.vi}.`,
      en: `The rating “{text}” (cell {cell}) is below what ${l.en} requires.`,
    };
  }
  return {
    vi: `Ô {cell} ghi “{text}”: chưa đạt tiêu chí ${l.vi}.`,
    en: `Cell {cell} reads “{text}”: the criterion of ${l.en} is not met.`,
  };
}

function sentences(prefix: string, c: PlanCriterion): Catalogue {
  const code = c.code;
  const need = c.need ?? defaultNeed(c);
  const gapT = c.gap ?? defaultGap(c);
  const gapLine = { vi: `${code} — ${gapT.vi}`, en: `${code} — ${gapT.en}` };
  const out: Catalogue = {};
  const kind: ColumnKind = c.column.kind;
  switch (kind) {
    case "discipline":
      Object.assign(
        out,
        cellCases(`${prefix}.discipline`, code, FIXED_NEEDS["discipline.discipline"]),
        cellCases(`${prefix}.date`, code, FIXED_NEEDS["discipline.date"]),
        cellCases(`${prefix}.conduct`, code, need),
        { [`${prefix}.conduct.gap`]: gapLine }
      );
      break;
    case "initiative":
      Object.assign(
        out,
        cellCases(prefix, code, need),
        cellCases(`${prefix}.decision`, code, FIXED_NEEDS["initiative.decision"])
      );
      break;
    case "head":
      break;
    default:
      Object.assign(out, cellCases(prefix, code, need), { [`${prefix}.gap`]: gapLine });
  }
  for (const [suffix, t] of Object.entries(FIXED_SENTENCES[kind] ?? {})) {
    out[`${prefix}.${suffix}`] = withCode(t, code);
  }
  return out;
}

function sourceOf(plan: PlanDef, c: PlanCriterion): Template {
  return (
    c.source ?? {
      vi: `${plan.source.vi}, tiêu chí ${c.section}`,
      en: `${plan.source.en}, criterion ${c.section}`,
    }
  );
}

function criterionOf(plan: PlanDef, c: PlanCriterion, prefix: string): Criterion {
  const field = (planField(c) ?? `plan.${c.code}`) as FieldRef;
  const reading = kindReading(c.column, field, prefix, c.code);
  const own = ownColumnHeader(c);
  return {
    ...(own ? { columnLabel: { vi: own, en: own } } : {}),
    id: c.code,
    subject: c.subject,
    layer: "plan",
    label: c.label,
    short: c.short,
    fields: reading.fields,
    essentialFields: reading.essentialFields,
    source: sourceOf(plan, c),
    switchable: true,
    check: reading.check,
  } as Criterion;
}

function titleOf(law: LawTitle, plan: PlanDef): TitleDef {
  const mine = plan.criteria.filter(
    (c) => c.subject === law.subject && c.titles.includes(law.code)
  );
  const rating = mine.filter((c) => c.column.kind === "rating").map((c) => c.code);
  const slot = law.terms.includes("@rating") ? rating : [];
  const others = mine.filter((c) => !slot.includes(c.code)).map((c) => c.code);
  const expand = (ids: readonly string[]): string[] =>
    ids.flatMap((id) => (id === "@rating" ? slot : id === "@plan" ? others : [id]));
  const terms: TitleTerm[] = expand(law.terms);
  const essential = law.essential.flatMap((id) => (id === "@rating" ? rating : [id]));
  const { vote, lawModeAlternative, ...rest } = law;
  const def: TitleDef = { ...rest, terms, essential };
  const initiative = mine.find((c) => c.column.kind === "initiative")?.code;
  const alt =
    lawModeAlternative && initiative ? { from: initiative, to: lawModeAlternative } : null;
  if (vote || alt) {
    const lawTerms: TitleTerm[] = alt
      ? terms.map((t) => (t === alt.from ? { anyOf: [alt.from, alt.to] } : t))
      : terms;
    def.termsFor = (s) => [
      ...(alt && s["cstdcs.mode"] === "law" ? lawTerms : terms),
      ...(vote && s[vote.setting] !== "off" ? [vote.condition] : []),
    ];
  }
  return def;
}

function warningOf(w: LawWarning, plan: PlanDef): WarningDef {
  if (!("sourceFrom" in w)) return w;
  const { sourceFrom, ...rest } = w;
  const c = plan.criteria.find((x) => x.column.kind === sourceFrom);
  return { ...rest, source: c ? sourceOf(plan, c) : plan.source };
}

/** The rule set of a checked plan (planMistakes is empty) over a law layer. */
export function compose(law: LawLayer, plan: PlanDef): RuleSet {
  const identity = planIdentity(plan);
  // Sentences of a plan are keyed by its hash: a plan edited under the same id never borrows another's words.
  const ns = `plan.${plan.id}.${identity.hash.slice(0, 12)}`;
  const messages: Catalogue = {};
  const criteria = plan.criteria.map((c) => {
    const prefix = `${ns}.${c.code}`;
    Object.assign(messages, sentences(prefix, c));
    const own = ownColumnHeader(c);
    // The summary names a missing own column by its header, as it names the vocabulary's columns.
    if (own) messages[`RENDER_FIELD_${c.column.field}`] = { vi: own, en: own };
    return criterionOf(plan, c, prefix);
  });
  const head = plan.criteria.find((c) => c.column.kind === "head" && c.subject === "individual");
  return {
    id: plan.id,
    ns,
    plan: identity,
    planDef: plan,
    law: { id: law.id, version: law.version },
    title: plan.title,
    year: plan.year,
    legalBasis: [...law.basis, ...(plan.basis ?? [])],
    criteria,
    conditions: law.conditions,
    titles: law.titles.map((t) => titleOf(t, plan)),
    quotas: law.quotas,
    warnings: law.warnings.map((w) => warningOf(w, plan)),
    headRule: { ...law.headRule, criterion: head?.code ?? "" },
    judgedWithoutProposal: law.judgedWithoutProposal,
    settings: { year: plan.year },
    headers: {
      synonyms: planSynonyms(plan),
      advice: columnAdvice([...criteria, ...law.conditions], plan.year),
    },
    messages,
  };
}
