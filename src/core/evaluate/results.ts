/**
 * A checked row made into its result: its verdict records (shared between rows that came out alike), its findings in
 * a fixed order (criteria and conditions not met, notes on its facts and proposals, warnings), its proposals and
 * outcome, and for a unit its member counts.
 */
import type {
  CriterionVerdict,
  Finding,
  IndividualResult,
  TitleVerdict,
  UnitResult,
} from "../review";
import type { Settings } from "../settings";
import type { IndividualCriterion, RuleSet, UnitCriterion } from "../rules/types";
import type { IndividualTitle, TitleCode, UnitTitle } from "../vocab/codes";
import { factFindings, serviceRatingWarning } from "./facts";
import { criterionFindings, headConditional, headcountWarning, proposedWarnings } from "./findings";
import type { Plan } from "./plan-for";
import {
  carriedCodes,
  judgedTitles,
  outcomeOf,
  proposedByUnit,
  type ProposalTable,
} from "./proposals";
import { criterionRecord, titleRecord, trie } from "./records";
import { NONE, type IndState, type UnitState } from "./state";
import { eligibleUpTo } from "./titles";

type CriterionRecord = Readonly<Record<string, CriterionVerdict>>;

export class RowResults {
  /** A row's findings as they are gathered (results keep an exact-size copy: a list grown by push keeps room for 16
   * or more, and results live to the end of the run). */
  private readonly scratch: Finding[] = [];
  /** Verdict records of this run, shared between rows that came out alike. */
  private readonly records = {
    indCriteria: trie<CriterionRecord>(),
    indConditions: trie<CriterionRecord>(),
    unitCriteria: trie<CriterionRecord>(),
    unitConditions: trie<CriterionRecord>(),
    indTitles: trie<Readonly<Record<IndividualTitle, TitleVerdict>>>(),
    unitTitles: trie<Readonly<Record<UnitTitle, TitleVerdict>>>(),
  };
  /** The rule set's titles by subject, in rule-set order (the keys of every result's `titles`). */
  private readonly individualCodes: readonly IndividualTitle[];
  private readonly unitCodes: readonly UnitTitle[];
  /** The titles a head's conditional note bears on. */
  private readonly headTitles: readonly TitleCode[];

  constructor(
    private readonly rules: RuleSet,
    private readonly settings: Settings,
    private readonly indPlan: Plan<IndividualCriterion>,
    private readonly unitPlan: Plan<UnitCriterion>,
    private readonly units: readonly UnitState[],
    private readonly proposals: ProposalTable,
    private readonly sourceOf: (code: string) => string
  ) {
    this.individualCodes = rules.titles
      .filter((t) => t.subject === "individual")
      .map((t) => t.code as IndividualTitle);
    this.unitCodes = rules.titles
      .filter((t) => t.subject === "unit")
      .map((t) => t.code as UnitTitle);
    this.headTitles = Object.freeze([rules.headRule.memberTitle]);
  }

  individual(s: IndState): IndividualResult {
    const rec = s.ctx.rec;
    const judged = judgedTitles(s.proposals, this.rules.judgedWithoutProposal.individual);
    const titles = titleRecord(this.records.indTitles, this.individualCodes, s.evals);
    const findings = this.scratch;
    findings.length = 0;
    criterionFindings(findings, rec.row, this.indPlan, s.results, s.evals, judged, this.sourceOf);
    factFindings(
      findings,
      s.ctx.rating,
      s.ctx.discipline,
      this.settings,
      rec.sheet,
      rec.row,
      this.sourceOf
    );
    for (const n of s.proposals.notes) findings.push(n);
    proposedWarnings(
      findings,
      this.indPlan,
      s.proposals,
      s.evals,
      rec.sheet,
      rec.row,
      this.rules,
      this.sourceOf
    );
    const rated = serviceRatingWarning(s.ctx, this.sourceOf);
    if (rated) findings.push(rated);
    const conditional = headConditional(s, this.rules, this.headTitles, this.sourceOf);
    if (conditional) findings.push(conditional);
    const unitRow = s.unitIdx >= 0 ? this.units[s.unitIdx].ctx.rec : null;
    return {
      sheet: rec.sheet,
      row: rec.row,
      unit: unitRow?.unit ?? rec.unit,
      criteria: criterionRecord(this.records.indCriteria, this.indPlan.criteria, s.results),
      conditions: criterionRecord(
        this.records.indConditions,
        this.indPlan.allConditions,
        s.results
      ),
      proposedByUnit: proposedByUnit(s.proposals),
      carried: carriedCodes(s.proposals),
      proposals: this.proposals.list(s.proposals, titles),
      outcome: outcomeOf(judged, titles),
      findings: exactCopy(findings),
      name: rec.name,
      position: rec.position,
      isHead: s.ctx.head.isHead,
      titles,
      eligibleUpTo: eligibleUpTo<IndividualTitle>(this.rules.titles, titles),
      index: s.index,
    };
  }

  unit(s: UnitState, index: number): UnitResult {
    const rec = s.ctx.rec;
    const judged = judgedTitles(s.proposals, this.rules.judgedWithoutProposal.unit);
    const titles = titleRecord(this.records.unitTitles, this.unitCodes, s.evals);
    const m = s.ctx.members;
    const findings = this.scratch;
    findings.length = 0;
    criterionFindings(findings, rec.row, this.unitPlan, s.results, s.evals, judged, this.sourceOf);
    for (const n of s.proposals.notes) findings.push(n);
    proposedWarnings(
      findings,
      this.unitPlan,
      s.proposals,
      s.evals,
      rec.sheet,
      rec.row,
      this.rules,
      this.sourceOf
    );
    const mismatch = headcountWarning(s, this.settings);
    if (mismatch) findings.push(mismatch);
    const round3 = (x: number) => Math.round(x * 1000) / 1000;
    return {
      sheet: rec.sheet,
      row: rec.row,
      unit: rec.unit,
      criteria: criterionRecord(this.records.unitCriteria, this.unitPlan.criteria, s.results),
      conditions: criterionRecord(
        this.records.unitConditions,
        this.unitPlan.allConditions,
        s.results
      ),
      proposedByUnit: proposedByUnit(s.proposals),
      carried: carriedCodes(s.proposals),
      proposals: this.proposals.list(s.proposals, titles),
      outcome: outcomeOf(judged, titles),
      findings: exactCopy(findings),
      headcount: s.ctx.headcount,
      memberRows: s.members.memberRows,
      counts: {
        LDTT: {
          eligible: m?.ldtt.eligible ?? 0,
          needs_info: (m?.ldtt.needsInfo ?? 0) + (m?.missing ?? 0),
        },
        CSTDCS: {
          eligible: m?.cstdcs.eligible ?? 0,
          needs_info: (m?.cstdcs.needsInfo ?? 0) + (m?.missing ?? 0),
        },
        HTNVorBetter: m?.htnvOrBetter ?? 0,
        disciplined: m?.disciplinedAny.length ?? 0,
      },
      shares: m
        ? {
            LDTT: {
              lo: round3(m.ldtt.eligible / m.denominator),
              hi: round3((m.ldtt.eligible + m.ldtt.needsInfo + m.missing) / m.denominator),
            },
          }
        : null,
      titles,
      eligibleUpTo: eligibleUpTo<UnitTitle>(this.rules.titles, titles),
      index,
    };
  }
}

function exactCopy<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list.slice();
}
