/**
 * The head-of-unit rule (the rule set's `headRule`; spec/criteria.md §2), solved as the greatest fixed point: every
 * head first keeps the head criterion (I6H), units are computed, heads whose unit is not eligible for its title
 * (TTLĐXS) lose it, units are recomputed, until nothing changes. Withdrawing the criterion can only lower a unit's
 * verdict, so the loop ends; a bound guards it anyway.
 *
 * Decisions where the spec is silent:
 * - A head's I6H follows the unit's TTLĐXS verdict: eligible → met, not_eligible → gap, otherwise unknown.
 * - The director (or anyone whose row belongs to the department) heads the department's units-sheet row.
 */
import type { IndividualRecord } from "../records";
import { DEPARTMENT_KEY } from "../read/department";
import type { TitleVerdict } from "../review";
import type { HeadStatus, RuleSet, TitleDef, TitleTerm } from "../rules/types";
import { isDepartmentDirector, isHeadOfUnit } from "../vocab/positions";
import type { MemberTitles } from "./members";
import { termIds } from "./plan-for";
import type { RowChecks } from "./row-checks";
import { verdictOf, type IndState, type UnitState } from "./state";

/** Every row that heads nothing has this same status; the cycle only ever changes heads'. */
const NOT_HEAD: HeadStatus = Object.freeze({
  isHead: false,
  isDirector: false,
  unitRow: null,
  missing: null,
  ttldxs: "eligible",
  failed: Object.freeze([]) as unknown as HeadStatus["failed"],
});

/** The titles of a member that its unit's checks count, as they stand (the rule set's `headRule`). */
export function memberTitles(
  s: IndState,
  noProposalColumn: boolean,
  rule: RuleSet["headRule"]
): MemberTitles {
  return {
    ldtt: s.evals[rule.shareTitle]?.verdict ?? "not_evaluated",
    cstdcs: s.evals[rule.memberTitle]?.verdict ?? "not_evaluated",
    cstdcsProposed: noProposalColumn || s.ctx.proposed.includes(rule.memberTitle),
    name: s.ctx.rec.name,
  };
}

/** Whether a row's titles can still change after it is checked: a head of a unit with a row, in the cycle. */
export function inCycle(s: IndState): boolean {
  return s.ctx.head.isHead && !s.ctx.head.missing;
}

export class HeadCycle {
  /** Rows in the cycle, in row order; every other row is final, and made into its result, as soon as it is checked. */
  readonly heads: IndState[] = [];
  private readonly positions = new Map<string, { director: boolean; head: boolean }>();

  constructor(
    private readonly units: readonly UnitState[],
    /** Index into `units` of the department's own row, -1 for none. */
    private readonly departmentIdx: number,
    private readonly checks: RowChecks,
    private readonly rules: RuleSet,
    private readonly noProposalColumn: boolean
  ) {}

  /** Whether a row heads a unit, and which: read once per row, before its checks run. */
  status(rec: IndividualRecord, unitIdx: number): HeadStatus {
    let pos = this.positions.get(rec.position);
    if (!pos) {
      const director = isDepartmentDirector(rec.position);
      pos = { director, head: director || isHeadOfUnit(rec.position) };
      this.positions.set(rec.position, pos);
    }
    const director = pos.director;
    const isHead = pos.head;
    if (!isHead) return NOT_HEAD;
    const status: HeadStatus = {
      isHead,
      isDirector: director,
      unitRow: null,
      missing: null,
      ttldxs: "eligible",
      failed: [],
    };
    if (director || rec.unitKey === DEPARTMENT_KEY) {
      if (this.departmentIdx < 0) status.missing = "no_department_row";
      else status.unitRow = this.units[this.departmentIdx].ctx.rec;
    } else if (rec.unitKey === null) status.missing = "no_unit";
    else if (unitIdx < 0) status.missing = "no_unit_row";
    else status.unitRow = this.units[unitIdx].ctx.rec;
    return status;
  }

  /** Keeps a checked row in the cycle: its unit (if any) counts its titles anew each time it is recomputed. */
  add(s: IndState): void {
    this.heads.push(s);
    if (s.unitIdx >= 0) this.units[s.unitIdx].heads.push(s);
  }

  /** Greatest fixed point of the head-of-unit rule (spec/criteria.md §2); every unit is computed at least once. */
  solve(): void {
    const heads = this.heads;
    const rule = this.rules.headRule;
    const xsDef = this.checks.unit.titles.find((t) => t.def.code === rule.unitTitle);
    const headCriterion = this.checks.ind.criteria.find((c) => c.id === rule.criterion);
    // After the first round only the units with a member whose titles changed are recomputed: a unit is a function
    // of its members' titles, so every other unit, and the heads that follow it, stay as they are.
    let dirty: Set<number> | undefined;
    for (let round = 0; round <= heads.length + 1; round++) {
      this.computeUnits(dirty);
      const next = new Set<number>();
      let changed = false;
      for (const h of heads) {
        const idx = this.headedUnit(h);
        if (dirty && !dirty.has(idx)) continue;
        const u = this.units[idx];
        const verdict: TitleVerdict = u?.evals[rule.unitTitle]?.verdict ?? "not_evaluated";
        if (verdict === h.ctx.head.ttldxs) continue;
        h.ctx.head.ttldxs = verdict;
        h.ctx.head.failed = u && xsDef ? this.failedLabels(u, xsDef.terms, xsDef.def) : [];
        if (headCriterion) h.results[headCriterion.id] = this.checks.check(headCriterion, h.ctx);
        this.checks.individualTitles(h);
        if (h.unitIdx >= 0) next.add(h.unitIdx);
        changed = true;
      }
      if (!changed) return;
      dirty = next;
    }
  }

  /** Index into `units` of the unit a head answers for, -1 for none. */
  private headedUnit(s: IndState): number {
    const h = s.ctx.head;
    if (!h.isHead || h.missing) return -1;
    return h.isDirector || s.ctx.rec.unitKey === DEPARTMENT_KEY ? this.departmentIdx : s.unitIdx;
  }

  /** Units recomputed from their members' current titles: all of them, or only those in `only`. */
  private computeUnits(only?: ReadonlySet<number>): void {
    for (let i = 0; i < this.units.length; i++) {
      if (only && !only.has(i)) continue;
      const s = this.units[i];
      s.ctx.members = s.members.aggregate(
        s.ctx.headcount,
        s.heads.map((h) => memberTitles(h, this.noProposalColumn, this.rules.headRule))
      );
      this.checks.checkUnit(s);
    }
  }

  /** The labels of the unit title's criteria that failed (or, when none did, that could not be decided). */
  private failedLabels(u: UnitState, terms: readonly TitleTerm[], def: TitleDef) {
    const ids = termIds(terms);
    const bad = ids.filter((id) => verdictOf(u.results, id) === "gap");
    const chosen =
      bad.length > 0
        ? bad
        : ids.filter((id) => {
            const v = verdictOf(u.results, id);
            return v === "unknown" || (v === "skipped" && def.essential.includes(id));
          });
    return chosen.map(
      (id) =>
        [...this.rules.criteria, ...this.rules.conditions].find(
          (c) => c.id === id && c.subject === "unit"
        )?.label ?? { vi: id, en: id }
    );
  }
}
