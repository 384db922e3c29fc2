/**
 * evaluate(read, settings, ruleSet) → Review: per-row verdicts, unit aggregation, the head-of-unit cycle, quotas.
 *
 * The jobs live in their own files; this one runs them in order:
 * - plan-for.ts: the rule set's pieces for each subject, resolved against the settings once;
 * - units.ts: the units-sheet rows, indexed by unitKey, with a tally of their members;
 * - row-checks.ts: a row's criteria, conditions and titles (skips.ts: what a sheet cannot check);
 * - head-cycle.ts: the head-of-unit rule, solved as a greatest fixed point over the heads and their units;
 * - results.ts (findings.ts, records.ts): checked rows made into results, with their findings and shared records;
 * - initiatives.ts, notices.ts: notes that need every row (repeated initiatives, units without rows or members);
 * - quota-inputs.ts (quotas.ts): the quota controls.
 *
 * A row outside the head-of-unit cycle is settled once checked: its result is made at once, so its working state
 * (context, check results, title evaluations) is short-lived instead of living through the whole run. The Review is
 * complete when evaluate returns: nothing adds to it afterwards (its lists are read-only).
 */
import type { IndividualRecord, ReadResult, SheetRead } from "../records";
import type { IndividualResult, Review } from "../review";
import type { Settings } from "../settings";
import { cellOf } from "../rules/fields";
import { getRuleSet } from "../rules";
import type {
  IndividualContext,
  IndividualCriterion,
  RuleSet,
  UnitCriterion,
} from "../rules/types";
import { Facts } from "./facts";
import { sourceKeys } from "./findings";
import { HeadCycle, inCycle, memberTitles } from "./head-cycle";
import { initiativeNotes } from "./initiatives";
import { unitNotices } from "./notices";
import { planFor } from "./plan-for";
import { ProposalTable, proposedOrCarried } from "./proposals";
import { QuotaInputs, quotaControls } from "./quota-inputs";
import { RowResults } from "./results";
import { RowChecks } from "./row-checks";
import { SkipTable } from "./skips";
import type { IndState } from "./state";
import { indexUnits, type Units } from "./units";

export { evaluateMessages } from "./messages";

export function evaluate(read: ReadResult, settings: Settings, ruleSet?: RuleSet): Review {
  const rules = ruleSet ?? getRuleSet();
  if (!rules) throw new Error("The default rule set is not registered");
  return new Evaluation(read, settings, rules).run();
}

class Evaluation {
  private readonly sheets = new Map<string, SheetRead>();
  private readonly skip: SkipTable;
  private readonly facts: Facts;
  private readonly proposals: ProposalTable;
  private readonly checks: RowChecks;
  private readonly units: Units;
  private readonly cycle: HeadCycle;
  private readonly results: RowResults;
  /** No sheet has a proposal column (criteria.md §4). */
  private readonly noProposalColumn: boolean;
  private readonly sourceOf: (code: string) => string;

  constructor(
    private readonly read: ReadResult,
    private readonly settings: Settings,
    private readonly rules: RuleSet
  ) {
    for (const s of read.sheets) this.sheets.set(s.name, s);
    this.noProposalColumn = !read.sheets.some((s) => s.role !== "ignored" && s.mapping.proposed);
    this.sourceOf = sourceKeys(rules);
    this.skip = new SkipTable(read, settings, rules);
    this.facts = new Facts(settings);
    this.proposals = new ProposalTable(rules.titles);
    const ind = planFor<IndividualCriterion>(rules, "individual", settings);
    const unit = planFor<UnitCriterion>(rules, "unit", settings);
    this.checks = new RowChecks(this.skip, ind, unit);
    this.units = indexUnits(
      read,
      settings,
      this.sheets,
      this.facts,
      this.proposals,
      this.noProposalColumn
    );
    const units = this.units.units;
    this.cycle = new HeadCycle(
      units,
      this.units.departmentIdx,
      this.checks,
      rules,
      this.noProposalColumn
    );
    this.results = new RowResults(rules, settings, ind, unit, units, this.proposals, this.sourceOf);
  }

  run(): Review {
    const recs = this.read.individuals;
    const individuals: IndividualResult[] = new Array<IndividualResult>(recs.length);
    const quota = new QuotaInputs(recs.length, this.rules.headRule.memberTitle);
    for (let i = 0; i < recs.length; i++) {
      const s = this.checkIndividual(recs[i], i);
      if (inCycle(s)) {
        this.cycle.add(s);
        continue;
      }
      individuals[i] = this.results.individual(s);
      quota.set(i, s, individuals[i]);
    }
    this.cycle.solve();
    for (const s of this.cycle.heads) {
      individuals[s.index] = this.results.individual(s);
      quota.set(s.index, s, individuals[s.index]);
    }
    initiativeNotes(
      individuals,
      this.read.individuals,
      this.sheets,
      this.settings.year,
      this.sourceOf
    );
    const { units: unitStates, byKey } = this.units;
    const notices = unitNotices(this.read, unitStates, byKey);
    const units = unitStates.map((s, i) => this.results.unit(s, i));
    const noProposalColumn = this.noProposalColumn;
    return {
      individuals,
      units,
      quotas: quotaControls(
        this.read,
        this.settings,
        individuals,
        quota,
        units,
        unitStates,
        noProposalColumn
      ),
      problems: [...this.read.problems, ...this.skip.problems, ...notices],
      skipped: this.skip.skipped,
      noProposalColumn,
    };
  }

  /** An individual's row checked as far as it can be before the head-of-unit cycle, and tallied in its unit. */
  private checkIndividual(rec: IndividualRecord, index: number): IndState {
    const sheet = this.sheets.get(rec.sheet) ?? null;
    const year = this.settings.year;
    const ratingCell = cellOf(rec.cells, sheet, "individual", "rating", year);
    const unitIdx = rec.unitKey === null ? -1 : (this.units.byKey.get(rec.unitKey) ?? -1);
    const proposals = this.proposals.proposals(
      cellOf(rec.cells, sheet, "individual", "proposed", year),
      rec.row,
      "individual"
    );
    const ctx: IndividualContext = {
      rec,
      sheet,
      settings: this.settings,
      rating: this.facts.rating(ratingCell),
      discipline: this.facts.discipline(rec.cells, sheet, "individual"),
      head: this.cycle.status(rec, unitIdx),
      titles: {},
      proposed: proposedOrCarried(proposals),
      noProposalColumn: this.noProposalColumn,
    };
    const state: IndState = { ctx, results: {}, evals: {}, proposals, unitIdx, index };
    this.checks.checkIndividual(state);
    if (unitIdx >= 0) {
      this.units.units[unitIdx].members.add(
        rec.sheet,
        rec.row,
        rec.name,
        ctx.rating,
        ctx.discipline,
        inCycle(state) ? null : memberTitles(state, this.noProposalColumn, this.rules.headRule)
      );
    }
    return state;
  }
}
