/**
 * The working state of a row while it is checked: its context for the rule checks, the results of those checks and
 * the evaluations of its titles. A row outside the head-of-unit cycle drops it as soon as its result is made; heads
 * and units keep it until the cycle is solved.
 */
import type { CriterionVerdict } from "../review";
import type { CheckResult, IndividualContext, UnitContext } from "../rules/types";
import type { MemberTally } from "./members";
import type { ParsedProposals } from "./proposals";
import type { TitleEval } from "./titles";

/** A row's check results by criterion or condition id: null for a skipped one, absent for one not run. */
export type Results = Record<string, CheckResult | null>;

export interface IndState {
  ctx: IndividualContext;
  results: Results;
  evals: Record<string, TitleEval>;
  proposals: ParsedProposals;
  /** Index into `units` of the unit the row belongs to, -1 for none. */
  unitIdx: number;
  /** Index into ReadResult.individuals. */
  index: number;
}

export interface UnitState {
  ctx: UnitContext;
  results: Results;
  evals: Record<string, TitleEval>;
  proposals: ParsedProposals;
  /** What the unit's checks count of its members. */
  members: MemberTally;
  /** Members in the head-of-unit cycle, whose titles are counted anew each time the unit is recomputed. */
  heads: IndState[];
}

/** Shared by every finding, result and proposal list that has none; frozen, since they are only read afterwards. */
export const NONE = Object.freeze([]) as readonly never[];

export function verdictOf(results: Results, id: string): CriterionVerdict {
  const r = results[id];
  return r ? r.verdict : "skipped";
}
