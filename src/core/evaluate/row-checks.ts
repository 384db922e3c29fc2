/**
 * Running the plan's checks on a row: its criteria and conditions (unless the sheet lacks their column or the clerk
 * switched them off), then its titles in plan order, each just after the conditions that read the titles before it.
 */
import type { CheckResult, Criterion, IndividualCriterion, UnitCriterion } from "../rules/types";
import type { IndividualTitle, UnitTitle } from "../vocab/codes";
import { needed, type Plan } from "./plan-for";
import type { SkipTable } from "./skips";
import type { IndState, UnitState } from "./state";
import { evalTitle } from "./titles";

const MET: CheckResult = Object.freeze({ verdict: "met", col: null, field: null });

export class RowChecks {
  constructor(
    private readonly skip: SkipTable,
    readonly ind: Plan<IndividualCriterion>,
    readonly unit: Plan<UnitCriterion>
  ) {}

  check<C extends Criterion>(crit: C, ctx: Parameters<C["check"]>[0]): CheckResult | null {
    const sheet = ctx.sheet;
    if (this.skip.get(sheet, crit)) return null;
    const r = (crit.check as (c: typeof ctx) => CheckResult)(ctx);
    // Only the verdict of a met criterion is ever read (findings list what is not met): one shared result
    // keeps thousands of small objects from living through the whole run.
    return r.verdict === "met" ? MET : r;
  }

  /** An individual's criteria, the conditions it needs, and its titles. */
  checkIndividual(s: IndState): void {
    for (const c of this.ind.criteria) s.results[c.id] = this.check(c, s.ctx);
    for (const c of this.ind.conditions) {
      if (needed(this.ind, c.id, s.proposals)) s.results[c.id] = this.check(c, s.ctx);
    }
    this.individualTitles(s);
  }

  individualTitles(s: IndState): void {
    s.ctx.titles = {};
    s.evals = {};
    for (const { def, terms, bound } of this.ind.titles) {
      for (const c of bound) s.results[c.id] = this.check(c, s.ctx);
      const e = evalTitle(def, terms, s.results, s.evals, s.proposals.codes.includes(def.code));
      s.evals[def.code] = e;
      s.ctx.titles[def.code as IndividualTitle] = e.verdict;
    }
  }

  /** A unit's criteria, the conditions it needs, and its titles, over its members as aggregated last. */
  checkUnit(s: UnitState): void {
    for (const c of this.unit.criteria) s.results[c.id] = this.check(c, s.ctx);
    for (const c of this.unit.conditions) {
      if (needed(this.unit, c.id, s.proposals)) s.results[c.id] = this.check(c, s.ctx);
    }
    this.unitTitles(s);
  }

  private unitTitles(s: UnitState): void {
    s.evals = {};
    s.ctx.titles = {};
    for (const { def, terms, bound } of this.unit.titles) {
      for (const c of bound) {
        if (needed(this.unit, c.id, s.proposals)) s.results[c.id] = this.check(c, s.ctx);
      }
      const e = evalTitle(def, terms, s.results, s.evals, s.proposals.codes.includes(def.code));
      s.evals[def.code] = e;
      s.ctx.titles[def.code as UnitTitle] = e.verdict;
    }
  }
}
