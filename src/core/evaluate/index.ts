/**
 * evaluate(read, settings, ruleSet) → Review: per-row verdicts, unit aggregation, the head-of-unit cycle, quotas.
 *
 * The head-of-unit rule is solved as the greatest fixed point (spec/criteria.md §2): every head first keeps I6H,
 * units are computed, heads whose unit is not eligible for TTLĐXS lose it, units are recomputed, until nothing
 * changes. Withdrawing I6H can only lower a unit's verdict, so the loop ends; a bound guards it anyway.
 *
 * Decisions where the spec is silent:
 * - An individual belongs to the first units-sheet row with its unitKey; rows without a unitKey belong to no unit.
 * - A head's I6H follows the unit's TTLĐXS verdict: eligible → met, not_eligible → gap, otherwise unknown.
 * - Q_PROPOSED is reported both as a warning finding on the row (never highlighted: the criteria that fail are) and
 *   as a workbook control listing the proposal cells.
 */
import { a1, sheetRef } from "../address";
import type {
  FieldCell,
  IndividualRecord,
  Problem,
  ReadResult,
  SheetRead,
  UnitRecord,
} from "../records";
import type {
  CriterionVerdict,
  Finding,
  IndividualResult,
  Review,
  TitleVerdict,
  UnitResult,
} from "../review";
import type { Settings } from "../settings";
import { shown } from "../rules/checks";
import { cellOf } from "../rules/fields";
import { getRuleSet, sourceKey } from "../rules";
import type {
  CheckResult,
  Criterion,
  HeadStatus,
  IndividualContext,
  IndividualCriterion,
  RuleSet,
  Subject,
  TitleDef,
  TitleTerm,
  UnitContext,
  UnitCriterion,
} from "../rules/types";
import type { IndividualTitle, RatingCode, TitleCode, UnitTitle } from "../vocab/codes";
import { parseNumber } from "../vocab/dates";
import { isDepartmentDirector, isHeadOfUnit } from "../vocab/positions";
import { factFindings, Facts, serviceRatingWarning } from "./facts";
import { initiativeNotes } from "./initiatives";
import { MemberTally, type MemberTitles } from "./members";
import { judgedTitles, outcomeOf, ProposalTable, type ParsedProposals } from "./proposals";
import { cstdcsQuota, htxsQuotas, htxsUnitsQuota, proposedQuota, type QuotaRow } from "./quotas";
import { SkipTable } from "./skips";
import { eligibleUpTo, evalTitle, type TitleEval } from "./titles";

export { evaluateMessages } from "./messages";

/** unitKey of the department itself (members of "Ban Giám đốc" / "Lãnh đạo Sở"). */
export const DEPARTMENT_KEY = "__department__";

type Results = Record<string, CheckResult | null>;

const MET: CheckResult = Object.freeze({ verdict: "met", col: null, field: null });

/** Every row that heads nothing has this same status; the head-of-unit cycle only ever changes heads'. */
const NOT_HEAD: HeadStatus = Object.freeze({
  isHead: false,
  isDirector: false,
  unitRow: null,
  missing: null,
  ttldxs: "eligible",
  failed: Object.freeze([]) as unknown as HeadStatus["failed"],
});

interface IndState {
  ctx: IndividualContext;
  results: Results;
  evals: Record<string, TitleEval>;
  proposals: ParsedProposals;
  unitIdx: number;
  /** Index into ReadResult.individuals. */
  index: number;
}

interface UnitState {
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
const NONE = Object.freeze([]) as readonly never[];

/** The rule set's pieces for one subject, resolved against the settings once. */
interface Plan<C extends Criterion> {
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

function termIds(terms: readonly TitleTerm[]): string[] {
  return terms.flatMap((t) => (typeof t === "string" ? [t] : t.anyOf));
}

function planFor<C extends Criterion>(
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
function titleList(plan: Plan<Criterion>, mask: number): readonly TitleCode[] {
  let list = plan.titleLists[mask];
  if (!list) {
    list = Object.freeze(
      plan.titles.filter((_, i) => (mask & (1 << i)) !== 0).map((t) => t.def.code)
    );
    plan.titleLists[mask] = list;
  }
  return list;
}

/**
 * Verdict records by their verdicts, one step per key: most rows of a large sheet come out alike, so a result's
 * criteria, conditions and titles are one shared, frozen record per distinct outcome rather than one per row.
 */
interface RecordTrie<R> {
  /** By verdictIndex. */
  next: (RecordTrie<R> | undefined)[];
  record?: R;
}

function trie<R>(): RecordTrie<R> {
  return { next: [] };
}

/** A criterion's or title's verdict as a small number ("" for a criterion not run). */
function verdictIndex(verdict: CriterionVerdict | TitleVerdict | ""): number {
  switch (verdict) {
    case "":
      return 0;
    case "met":
      return 1;
    case "gap":
      return 2;
    case "unknown":
      return 3;
    case "skipped":
      return 4;
    case "eligible":
      return 5;
    case "not_eligible":
      return 6;
    case "needs_info":
      return 7;
    case "not_evaluated":
      return 8;
    case "not_proposed":
      return 9;
  }
}

function step<R>(
  node: RecordTrie<R>,
  verdict: CriterionVerdict | TitleVerdict | ""
): RecordTrie<R> {
  const i = verdictIndex(verdict);
  let next = node.next[i];
  if (!next) {
    next = trie();
    node.next[i] = next;
  }
  return next;
}

/** The titles of a member that its unit's checks count, as they stand (the rule set's `headRule`). */
function memberTitles(
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
function inCycle(s: IndState): boolean {
  return s.ctx.head.isHead && !s.ctx.head.missing;
}

/** Whether a row needs a condition: always, unless only unproposed "when proposed" titles use it. */
function needed(plan: Plan<Criterion>, id: string, proposals: ParsedProposals): boolean {
  const users = plan.proposedOnly.get(id);
  return !users || users.some((t) => proposals.codes.includes(t));
}

function verdictOf(results: Results, id: string): CriterionVerdict {
  const r = results[id];
  return r ? r.verdict : "skipped";
}

export function evaluate(read: ReadResult, settings: Settings, ruleSet?: RuleSet): Review {
  const rules = ruleSet ?? getRuleSet();
  if (!rules) throw new Error("The default rule set is not registered");
  return new Evaluation(read, settings, rules).run();
}

class Evaluation {
  private readonly sheets = new Map<string, SheetRead>();
  private readonly skip: SkipTable;
  private readonly ind: Plan<IndividualCriterion>;
  private readonly unit: Plan<UnitCriterion>;
  private readonly problems: Problem[] = [];
  private readonly facts: Facts;
  private readonly proposals: ProposalTable;
  /** A row's findings as they are gathered (results keep an exact-size copy: a list grown by push keeps room for
   * 16 or more, and results live to the end of the run). */
  private readonly scratch: Finding[] = [];
  /** Verdict records of this run, shared between rows that came out alike. */
  private readonly records = {
    indCriteria: trie<Readonly<Record<string, CriterionVerdict>>>(),
    indConditions: trie<Readonly<Record<string, CriterionVerdict>>>(),
    unitCriteria: trie<Readonly<Record<string, CriterionVerdict>>>(),
    unitConditions: trie<Readonly<Record<string, CriterionVerdict>>>(),
    indTitles: trie<Readonly<Record<IndividualTitle, TitleVerdict>>>(),
    unitTitles: trie<Readonly<Record<UnitTitle, TitleVerdict>>>(),
  };
  /** Rows in the head-of-unit cycle; every other row is final, and made into its result, as soon as it is checked. */
  private heads: IndState[] = [];
  private units: UnitState[] = [];
  private departmentIdx = -1;
  /** No sheet has a proposal column (criteria.md §4). */
  private readonly noProposalColumn: boolean;
  /** The rule set's titles by subject, in rule-set order (the keys of every result's `titles`). */
  private readonly individualCodes: readonly IndividualTitle[];
  private readonly unitCodes: readonly UnitTitle[];
  private readonly headTitles: readonly TitleCode[];

  constructor(
    private readonly read: ReadResult,
    private readonly settings: Settings,
    private readonly rules: RuleSet
  ) {
    for (const s of read.sheets) this.sheets.set(s.name, s);
    this.noProposalColumn = !read.sheets.some((s) => s.role !== "ignored" && s.mapping.proposed);
    this.individualCodes = rules.titles
      .filter((t) => t.subject === "individual")
      .map((t) => t.code as IndividualTitle);
    this.unitCodes = rules.titles
      .filter((t) => t.subject === "unit")
      .map((t) => t.code as UnitTitle);
    this.headTitles = Object.freeze([rules.headRule.memberTitle]);
    this.skip = new SkipTable(read, settings, rules);
    this.facts = new Facts(settings);
    this.proposals = new ProposalTable(rules.titles);
    this.ind = planFor(rules, "individual", settings);
    this.unit = planFor(rules, "unit", settings);
  }

  run(): Review {
    const unitByKey = this.indexUnits();
    const recs = this.read.individuals;
    const individuals: IndividualResult[] = new Array<IndividualResult>(recs.length);
    const quota = new QuotaInputs(recs.length, this.rules.headRule.memberTitle);
    // A row outside the head-of-unit cycle is settled once checked: its result is made at once, so its working
    // state (context, check results, title evaluations) is short-lived instead of living through the whole run.
    for (let i = 0; i < recs.length; i++) {
      const s = this.startIndividual(recs[i], i, unitByKey);
      const u = s.unitIdx >= 0 ? this.units[s.unitIdx] : null;
      if (inCycle(s)) {
        this.heads.push(s);
        u?.heads.push(s);
        continue;
      }
      individuals[i] = this.individualResult(s);
      quota.set(i, s, individuals[i]);
    }
    this.solveHeadCycle();
    for (const s of this.heads) {
      individuals[s.index] = this.individualResult(s);
      quota.set(s.index, s, individuals[s.index]);
    }
    initiativeNotes(
      individuals,
      this.read.individuals,
      this.sheets,
      this.settings.year,
      this.sourceOf
    );
    this.unitNotices(unitByKey);
    const units = this.units.map((s, i) => this.unitResult(s, i));
    const noProposalColumn = this.noProposalColumn;
    return {
      individuals,
      units,
      quotas: this.quotas(individuals, quota, units, noProposalColumn),
      problems: [...this.read.problems, ...this.skip.problems, ...this.problems],
      skipped: this.skip.skipped,
      noProposalColumn,
    };
  }

  // ---- setup ----------------------------------------------------------------------------------------------------

  private indexUnits(): Map<string, number> {
    const byKey = new Map<string, number>();
    const noIndividuals = this.read.individuals.length === 0;
    this.units = this.read.units.map((rec, i) => {
      if (rec.isDepartment && this.departmentIdx < 0) this.departmentIdx = i;
      if (rec.unitKey !== null && !byKey.has(rec.unitKey)) byKey.set(rec.unitKey, i);
      const sheet = this.sheets.get(rec.sheet) ?? null;
      const year = this.settings.year;
      const ratingCell = cellOf(rec.cells, sheet, "unit", "unitRating", year);
      const countCell = cellOf(rec.cells, sheet, "unit", "headcount", year);
      const n = countCell ? parseNumber(countCell.value) : null;
      const proposals = this.proposals.proposals(
        cellOf(rec.cells, sheet, "unit", "proposed", year),
        rec.row,
        "unit"
      );
      const ctx: UnitContext = {
        rec,
        sheet,
        settings: this.settings,
        rating: this.facts.rating(ratingCell),
        headcount: n !== null && n >= 0 ? Math.floor(n) : null,
        members: null,
        noIndividuals,
        titles: {},
        proposed: proposedOrCarried(proposals),
        noProposalColumn: this.noProposalColumn,
      };
      return { ctx, results: {}, evals: {}, proposals, members: new MemberTally(), heads: [] };
    });
    if (this.departmentIdx >= 0) byKey.set(DEPARTMENT_KEY, this.departmentIdx);
    return byKey;
  }

  private startIndividual(
    rec: IndividualRecord,
    index: number,
    unitByKey: Map<string, number>
  ): IndState {
    const sheet = this.sheets.get(rec.sheet) ?? null;
    const year = this.settings.year;
    const ratingCell = cellOf(rec.cells, sheet, "individual", "rating", year);
    const unitIdx = rec.unitKey === null ? -1 : (unitByKey.get(rec.unitKey) ?? -1);
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
      head: this.headStatus(rec, unitIdx),
      titles: {},
      proposed: proposedOrCarried(proposals),
      noProposalColumn: this.noProposalColumn,
    };
    const state: IndState = {
      ctx,
      results: {},
      evals: {},
      proposals,
      unitIdx,
      index,
    };
    for (const c of this.ind.criteria) state.results[c.id] = this.check(c, ctx);
    for (const c of this.ind.conditions) {
      if (needed(this.ind, c.id, proposals)) state.results[c.id] = this.check(c, ctx);
    }
    this.individualTitles(state);
    if (unitIdx >= 0) {
      this.units[unitIdx].members.add(
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

  private readonly positions = new Map<string, { director: boolean; head: boolean }>();
  private readonly sources = new Map<string, string>();
  /** The catalogue key of a criterion's legal source, built once per code rather than once per finding. */
  private readonly sourceOf = (code: string): string => {
    let key = this.sources.get(code);
    if (key === undefined) {
      key = sourceKey(this.rules, code);
      this.sources.set(code, key);
    }
    return key;
  };

  private headStatus(rec: IndividualRecord, unitIdx: number): HeadStatus {
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

  private headUnitIdx(s: IndState): number {
    const h = s.ctx.head;
    if (!h.isHead || h.missing) return -1;
    return h.isDirector || s.ctx.rec.unitKey === DEPARTMENT_KEY ? this.departmentIdx : s.unitIdx;
  }

  private check<C extends Criterion>(crit: C, ctx: Parameters<C["check"]>[0]): CheckResult | null {
    const sheet = ctx.sheet;
    if (this.skip.get(sheet, crit)) return null;
    const r = (crit.check as (c: typeof ctx) => CheckResult)(ctx);
    // Only the verdict of a met criterion is ever read (findings list what is not met): one shared result
    // keeps thousands of small objects from living through the whole run.
    return r.verdict === "met" ? MET : r;
  }

  // ---- titles ---------------------------------------------------------------------------------------------------

  private individualTitles(s: IndState): void {
    s.ctx.titles = {};
    s.evals = {};
    for (const { def, terms, bound } of this.ind.titles) {
      for (const c of bound) s.results[c.id] = this.check(c, s.ctx);
      const e = evalTitle(def, terms, s.results, s.evals, s.proposals.codes.includes(def.code));
      s.evals[def.code] = e;
      s.ctx.titles[def.code as IndividualTitle] = e.verdict;
    }
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

  /** Units recomputed from their members' current titles: all of them, or only those in `only`. */
  private computeUnits(only?: ReadonlySet<number>): void {
    for (let i = 0; i < this.units.length; i++) {
      if (only && !only.has(i)) continue;
      const s = this.units[i];
      s.ctx.members = s.members.aggregate(
        s.ctx.headcount,
        s.heads.map((h) => memberTitles(h, this.noProposalColumn, this.rules.headRule))
      );
      for (const c of this.unit.criteria) s.results[c.id] = this.check(c, s.ctx);
      for (const c of this.unit.conditions) {
        if (needed(this.unit, c.id, s.proposals)) s.results[c.id] = this.check(c, s.ctx);
      }
      this.unitTitles(s);
    }
  }

  /** Greatest fixed point of the head-of-unit rule (spec/criteria.md §2). */
  private solveHeadCycle(): void {
    const heads = this.heads;
    const rule = this.rules.headRule;
    const xsDef = this.unit.titles.find((t) => t.def.code === rule.unitTitle);
    const headCriterion = this.ind.criteria.find((c) => c.id === rule.criterion);
    // After the first round only the units with a member whose titles changed are recomputed: a unit is a function
    // of its members' titles, so every other unit, and the heads that follow it, stay as they are.
    let dirty: Set<number> | undefined;
    for (let round = 0; round <= heads.length + 1; round++) {
      this.computeUnits(dirty);
      const next = new Set<number>();
      let changed = false;
      for (const h of heads) {
        const idx = this.headUnitIdx(h);
        if (dirty && !dirty.has(idx)) continue;
        const u = this.units[idx];
        const verdict: TitleVerdict = u?.evals[rule.unitTitle]?.verdict ?? "not_evaluated";
        if (verdict === h.ctx.head.ttldxs) continue;
        h.ctx.head.ttldxs = verdict;
        h.ctx.head.failed = u && xsDef ? this.failedLabels(u, xsDef.terms, xsDef.def) : [];
        if (headCriterion) h.results[headCriterion.id] = this.check(headCriterion, h.ctx);
        this.individualTitles(h);
        if (h.unitIdx >= 0) next.add(h.unitIdx);
        changed = true;
      }
      if (!changed) return;
      dirty = next;
    }
  }

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

  // ---- notices --------------------------------------------------------------------------------------------------

  private unitNotices(unitByKey: Map<string, number>): void {
    const hasInd = this.read.individuals.length > 0;
    const hasUnits = this.read.units.length > 0;
    if (hasUnits && !hasInd) this.notice("info", "UNITS_ONLY", null, null, "notice.unitsOnly", {});
    if (hasInd && !hasUnits)
      this.notice("warning", "NO_UNITS_SHEET", null, null, "notice.noUnits", {});
    if (!hasInd || !hasUnits) return;
    // The reader reports unmatched units when it links them (UNIT_NOT_FOUND, UNIT_NO_MEMBERS): one message per
    // problem, so these notices are only for reads that did not (criteria.md §7).
    const readSaid = (code: string, unit: string) =>
      this.read.problems.some((p) => p.code === code && p.msg.params?.unit === unit);
    const seen = new Set<string>();
    for (const rec of this.read.individuals) {
      if (rec.unitKey === null || unitByKey.has(rec.unitKey) || seen.has(rec.unitKey)) continue;
      seen.add(rec.unitKey);
      if (readSaid("UNIT_NOT_FOUND", rec.unit ?? "")) continue;
      const at = rec.cells.unit ?? rec.cells.name;
      const cell = at ? a1(rec.row, at.col) : null;
      this.notice("warning", "UNIT_WITHOUT_ROW", rec.sheet, cell, "notice.unitWithoutRow", {
        unit: rec.unit ?? rec.unitKey,
        cell: cell ?? "",
      });
    }
    for (const s of this.units) {
      if (s.members.memberRows > 0) continue;
      const rec = s.ctx.rec;
      if (readSaid("UNIT_NO_MEMBERS", rec.unit ?? "")) continue;
      const at = rec.cells.unit ?? rec.cells.name;
      const cell = at ? a1(rec.row, at.col) : null;
      this.notice("warning", "UNIT_WITHOUT_MEMBERS", rec.sheet, cell, "notice.unitWithoutMembers", {
        unit: rec.unit ?? "",
        cell: cell ?? "",
      });
    }
  }

  private notice(
    level: Problem["level"],
    code: string,
    sheet: string | null,
    cell: string | null,
    key: string,
    params: Record<string, string | number>
  ): void {
    this.problems.push({ level, sheet, cell, code, msg: { key, params } });
  }

  // ---- results --------------------------------------------------------------------------------------------------

  /** Findings of the criteria of `plan` that are not met on row `row`, appended to `out` in the plan's order. */
  private findings(
    out: Finding[],
    row: number,
    plan: Plan<Criterion>,
    results: Results,
    evals: Record<string, TitleEval>,
    judged: readonly TitleCode[]
  ): void {
    const titles = plan.titles;
    for (const c of plan.everything) {
      const r = results[c.id];
      if (!r || r.verdict === "met" || c.silent || r.quiet) continue;
      // The titles this criterion decides, in the order the titles were judged.
      let mask = 0;
      let decides = false;
      for (let t = 0; t < titles.length; t++) {
        const code = titles[t].def.code;
        if (!evals[code]?.deciding.includes(c.id)) continue;
        mask |= 1 << t;
        if (judged.includes(code)) decides = true;
      }
      const cell = r.col === null ? null : a1(row, r.col);
      let msg = r.msg;
      if (!msg) msg = { key: `${c.id}.${r.verdict}` };
      // The check did not know its row: its message gets the address here (types.ts CheckResult.msg).
      else if (msg.params) msg.params.cell = cell ?? "";
      else msg = { key: msg.key, params: { cell: cell ?? "" } };
      out.push({
        code: c.id,
        verdict: r.verdict,
        cell,
        refs: r.refs ?? NONE,
        field: r.field,
        decides,
        msg,
        source: this.sourceOf(c.id),
        titles: titleList(plan, mask),
      });
    }
  }

  private proposedWarnings(
    out: Finding[],
    plan: Plan<Criterion>,
    p: ParsedProposals,
    evals: Record<string, TitleEval>,
    sheet: string,
    row: number
  ): void {
    const cell: FieldCell | null = p.cell;
    if (!cell) return;
    for (const code of p.codes) {
      if (evals[code]?.verdict !== "not_eligible") continue;
      const def = this.rules.titles.find((t) => t.code === code);
      const bit = plan.titles.findIndex((t) => t.def.code === code);
      const at = a1(row, cell.col);
      out.push({
        code: "Q_PROPOSED",
        verdict: "warning",
        cell: at,
        refs: [sheetRef(sheet, at)],
        field: "proposed",
        decides: false,
        msg: {
          key: "Q_PROPOSED.warning",
          params: {
            cell: at,
            text: shown(cell),
            titleVi: def?.label.vi ?? code,
            titleEn: def?.label.en ?? code,
          },
        },
        source: this.sourceOf("Q_PROPOSED"),
        titles: bit >= 0 ? titleList(plan, 1 << bit) : [code],
      });
    }
  }

  /**
   * §5.10: a head's CSTĐCS that rests on the unit's TTLĐXS (which the Chairman decides later) is eligible "khi đơn vị
   * được tặng Tập thể lao động xuất sắc": an information note the lists print beside the name.
   */
  private headConditional(s: IndState): Finding | null {
    const h = s.ctx.head;
    const member = this.rules.headRule.memberTitle;
    if (!h.isHead || h.missing || s.evals[member]?.verdict !== "eligible" || !h.unitRow)
      return null;
    const pos = s.ctx.rec.cells.position;
    const at = pos ? a1(s.ctx.rec.row, pos.col) : null;
    return {
      code: "CSTDCS_IF_TTLDXS",
      verdict: "info",
      cell: at,
      refs: NONE,
      field: "position",
      decides: false,
      msg: { key: "CSTDCS_IF_TTLDXS.info", params: { unit: h.unitRow.unit ?? "", cell: at ?? "" } },
      source: this.sourceOf("CSTDCS_IF_TTLDXS"),
      titles: this.headTitles,
    };
  }

  private verdictRecord<T extends string>(
    table: RecordTrie<Readonly<Record<T, TitleVerdict>>>,
    codes: readonly T[],
    evals: Record<string, TitleEval>
  ): Readonly<Record<T, TitleVerdict>> {
    let node = table;
    for (const c of codes) node = step(node, evals[c]?.verdict ?? "not_evaluated");
    if (!node.record) {
      const out = {} as Record<T, TitleVerdict>;
      for (const c of codes) out[c] = evals[c]?.verdict ?? "not_evaluated";
      node.record = Object.freeze(out);
    }
    return node.record;
  }

  private criterionRecord(
    table: RecordTrie<Readonly<Record<string, CriterionVerdict>>>,
    crits: readonly Criterion[],
    results: Results
  ): Readonly<Record<string, CriterionVerdict>> {
    let node = table;
    for (const c of crits) node = step(node, c.id in results ? verdictOf(results, c.id) : "");
    if (!node.record) {
      const out: Record<string, CriterionVerdict> = {};
      for (const c of crits) if (c.id in results) out[c.id] = verdictOf(results, c.id);
      node.record = Object.freeze(out);
    }
    return node.record;
  }

  private individualResult(s: IndState): IndividualResult {
    const rec = s.ctx.rec;
    const judged = judgedTitles(s.proposals, this.rules.judgedWithoutProposal.individual);
    const conds = this.ind.allConditions;
    const titles = this.verdictRecord(this.records.indTitles, this.individualCodes, s.evals);
    const findings = this.scratch;
    findings.length = 0;
    this.findings(findings, rec.row, this.ind, s.results, s.evals, judged);
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
    this.proposedWarnings(findings, this.ind, s.proposals, s.evals, rec.sheet, rec.row);
    const rated = serviceRatingWarning(s.ctx, this.sourceOf);
    if (rated) findings.push(rated);
    const conditional = this.headConditional(s);
    if (conditional) findings.push(conditional);
    const unitRow = s.unitIdx >= 0 ? this.units[s.unitIdx].ctx.rec : null;
    return {
      sheet: rec.sheet,
      row: rec.row,
      unit: unitRow?.unit ?? rec.unit,
      criteria: this.criterionRecord(this.records.indCriteria, this.ind.criteria, s.results),
      conditions: this.criterionRecord(this.records.indConditions, conds, s.results),
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

  private unitResult(s: UnitState, index: number): UnitResult {
    const rec: UnitRecord = s.ctx.rec;
    const judged = judgedTitles(s.proposals, this.rules.judgedWithoutProposal.unit);
    const titles = this.verdictRecord(this.records.unitTitles, this.unitCodes, s.evals);
    const m = s.ctx.members;
    const findings = this.scratch;
    findings.length = 0;
    this.findings(findings, rec.row, this.unit, s.results, s.evals, judged);
    for (const n of s.proposals.notes) findings.push(n);
    this.proposedWarnings(findings, this.unit, s.proposals, s.evals, rec.sheet, rec.row);
    const headcount = s.ctx.headcount;
    if (headcount !== null && s.members.memberRows > headcount) {
      const cell = cellOf(rec.cells, s.ctx.sheet, "unit", "headcount", this.settings.year);
      const at = cell ? a1(rec.row, cell.col) : null;
      findings.push({
        code: "HEADCOUNT_MISMATCH",
        verdict: "warning",
        cell: at,
        refs: NONE,
        field: "headcount",
        decides: false,
        msg: {
          key: "HEADCOUNT_MISMATCH.warning",
          params: { cell: at ?? "", headcount, rows: s.members.memberRows },
        },
        source: "",
        titles: NONE,
      });
    }
    const round3 = (x: number) => Math.round(x * 1000) / 1000;
    return {
      sheet: rec.sheet,
      row: rec.row,
      unit: rec.unit,
      criteria: this.criterionRecord(this.records.unitCriteria, this.unit.criteria, s.results),
      conditions: this.criterionRecord(
        this.records.unitConditions,
        this.unit.allConditions,
        s.results
      ),
      proposedByUnit: proposedByUnit(s.proposals),
      carried: carriedCodes(s.proposals),
      proposals: this.proposals.list(s.proposals, titles),
      outcome: outcomeOf(judged, titles),
      findings: exactCopy(findings),
      headcount,
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

  private quotas(
    individuals: IndividualResult[],
    quota: QuotaInputs,
    units: UnitResult[],
    noProposalColumn: boolean
  ) {
    const rows = quota.rows(this.read.individuals, individuals);
    const notEligible: string[] = [];
    let needsInfo = 0;
    const scan = (r: IndividualResult | UnitResult, proposalCol: number | null) => {
      for (const p of r.proposals) {
        if (p.carriedFrom) continue;
        if (p.verdict === "not_eligible") {
          notEligible.push(
            proposalCol === null ? r.sheet : sheetRef(r.sheet, a1(r.row, proposalCol))
          );
        } else if (p.verdict === "needs_info") needsInfo++;
      }
    };
    individuals.forEach((r, i) => scan(r, rows[i].proposalCol));
    units.forEach((r, i) => scan(r, this.units[i].proposals.cell?.col ?? null));
    const unitRows = this.units
      .filter((u) => !u.ctx.rec.isDepartment)
      .map((u) => {
        const r = u.ctx.rating;
        return {
          rating: r && r.parsed.kind === "ok" ? r.parsed.value : null,
          sheet: u.ctx.rec.sheet,
          row: u.ctx.rec.row,
          ratingCol: r ? r.cell.col : null,
        };
      });
    return [
      ...htxsQuotas(rows, this.settings),
      ...htxsUnitsQuota(unitRows, this.settings),
      cstdcsQuota(rows, this.settings, noProposalColumn),
      proposedQuota(notEligible, needsInfo),
    ];
  }
}

/**
 * What the quota controls need of each individual besides its result, kept in flat arrays while rows are checked:
 * a quota row per individual is made only when the controls are computed, instead of living through the run.
 */
class QuotaInputs {
  private readonly rating: (RatingCode | null)[];
  /** Columns of the rating and proposal cells, -1 for none. */
  private readonly ratingCol: Int32Array;
  private readonly proposalCol: Int32Array;
  private readonly proposesCstdcs: Uint8Array;
  /** Rated although under 6 months worked (criteria.md §5.9): left out of the Q_HTXS counts. */
  private readonly unrated: Uint8Array;

  constructor(
    n: number,
    private readonly memberTitle: TitleCode
  ) {
    this.unrated = new Uint8Array(n);
    this.rating = new Array<RatingCode | null>(n).fill(null);
    this.ratingCol = new Int32Array(n).fill(-1);
    this.proposalCol = new Int32Array(n).fill(-1);
    this.proposesCstdcs = new Uint8Array(n);
  }

  set(i: number, s: IndState, result: IndividualResult): void {
    if (result.findings.some((f) => f.code === "R_SERVICE_RATING")) this.unrated[i] = 1;
    const r = s.ctx.rating;
    if (r) {
      if (r.parsed.kind === "ok") this.rating[i] = r.parsed.value;
      this.ratingCol[i] = r.cell.col;
    }
    if (s.proposals.cell) this.proposalCol[i] = s.proposals.cell.col;
    if (s.proposals.codes.includes(this.memberTitle)) this.proposesCstdcs[i] = 1;
  }

  rows(recs: readonly IndividualRecord[], results: readonly IndividualResult[]): QuotaRow[] {
    return results.map((result, i) => ({
      rating: this.rating[i],
      unrated: this.unrated[i] === 1,
      sheet: result.sheet,
      row: result.row,
      ratingCol: this.ratingCol[i] < 0 ? null : this.ratingCol[i],
      proposalCol: this.proposalCol[i] < 0 ? null : this.proposalCol[i],
      scopeKey: recs[i].unitKey ?? "",
      scopeName: result.unit ?? "",
      ldtt: result.titles.LDTT,
      cstdcs: result.titles.CSTDCS,
      proposesCstdcs: this.proposesCstdcs[i] === 1,
    }));
  }
}

function exactCopy<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list.slice();
}

const proposedLists = new WeakMap<ParsedProposals, readonly TitleCode[]>();

/** Proposed and carried codes of a (shared) reading, one list per reading. */
function proposedOrCarried(p: ParsedProposals): readonly TitleCode[] {
  if (p.carried.length === 0) return p.codes;
  let list = proposedLists.get(p);
  if (!list) {
    list = Object.freeze([...p.codes, ...p.carried.map((c) => c.code)]);
    proposedLists.set(p, list);
  }
  return list;
}

const carriedLists = new WeakMap<ParsedProposals, readonly TitleCode[]>();

/** The codes of the titles a reading carries, one list per (shared) reading. */
function carriedCodes(p: ParsedProposals): readonly TitleCode[] {
  if (p.carried.length === 0) return NONE;
  let list = carriedLists.get(p);
  if (!list) {
    list = Object.freeze(p.carried.map((c) => c.code));
    carriedLists.set(p, list);
  }
  return list;
}

/** The unit's proposals as written: the rule set's titles, then the others. */
function proposedByUnit(p: ParsedProposals): readonly string[] {
  // A reading is read-only and may be shared between rows: its list of codes is shared with it.
  if (p.outside.length === 0) return p.codes;
  return (p.codes as readonly string[]).concat(p.outside);
}
