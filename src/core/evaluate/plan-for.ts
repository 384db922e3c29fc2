/**
 * The rule set's pieces for one subject (individuals or units), resolved against the run's settings once: which
 * criteria and conditions run, in which order, which conditions only "when proposed" titles need, and the title
 * lists findings carry.
 */
import type { Settings } from "../settings";
import type { Criterion, RuleSet, Subject, TitleDef, TitleTerm } from "../rules/types";
import type { TitleCode } from "../vocab/codes";
import type { ParsedProposals } from "./proposals";

export interface Plan<C extends Criterion> {
  criteria: C[];
  conditions: C[];
  /** Conditions only titles checked "when proposed" use (GK, GK_TT): the titles that need them. */
  proposedOnly: Map<string, TitleCode[]>;
  /** Every condition the titles use, and criteria followed by conditions (the order findings are listed in). */
  allConditions: C[];
  everything: C[];
  /** `bound`: conditions that read titles, run just before the title that needs them. */
  titles: { def: TitleDef; terms: TitleTerm[]; bound: C[] }[];
  /** Lists of titles by bit mask over `titles` (bit i: titles[i]), made once and shared by every finding. */
  titleLists: (readonly TitleCode[] | undefined)[];
}

export function termIds(terms: readonly TitleTerm[]): string[] {
  return terms.flatMap((t) => (typeof t === "string" ? [t] : t.anyOf));
}

export function planFor<C extends Criterion>(
  ruleSet: RuleSet,
  subject: Subject,
  settings: Settings
): Plan<C> {
  const mine = (c: Criterion): c is C => c.subject === subject;
  const readingTitles = ruleSet.conditions.filter(mine).filter((c) => c.readsTitles);
  const titles = ruleSet.titles
    .filter((t) => t.subject === subject)
    .map((def) => {
      const terms = def.termsFor?.(settings) ?? def.terms;
      const ids = termIds(terms);
      return { def, terms, bound: readingTitles.filter((c) => ids.includes(c.id)) };
    });
  const used = new Set(titles.flatMap((t) => termIds(t.terms)));
  const conditions = ruleSet.conditions.filter(mine).filter((c) => used.has(c.id));
  const proposedOnly = new Map<string, TitleCode[]>();
  for (const c of conditions) {
    const users = titles.filter((t) => termIds(t.terms).includes(c.id));
    if (users.every((t) => t.def.onlyWhenProposed)) {
      proposedOnly.set(
        c.id,
        users.map((t) => t.def.code)
      );
    }
  }
  const criteria = ruleSet.criteria.filter(mine);
  return {
    criteria,
    allConditions: conditions,
    everything: [...criteria, ...conditions],
    conditions: conditions.filter((c) => !c.readsTitles),
    titles,
    proposedOnly,
    titleLists: [],
  };
}

/** The plan's titles in bit mask `mask`, in plan order (the order titles are judged in). */
export function titleList(plan: Plan<Criterion>, mask: number): readonly TitleCode[] {
  let list = plan.titleLists[mask];
  if (!list) {
    list = Object.freeze(
      plan.titles.filter((_, i) => (mask & (1 << i)) !== 0).map((t) => t.def.code)
    );
    plan.titleLists[mask] = list;
  }
  return list;
}

/** Whether a row needs a condition: always, unless only unproposed "when proposed" titles use it. */
export function needed(plan: Plan<Criterion>, id: string, proposals: ParsedProposals): boolean {
  const users = plan.proposedOnly.get(id);
  return !users || users.some((t) => proposals.codes.includes(t));
}
