/**
 * Rule sets as data (design.md, "Rules are data"): a rule set lists criteria, title-level conditions, titles and
 * quotas; `evaluate` runs them without knowing any particular year's plan. A new year's plan is a new rule-set file.
 */
import type { FieldCell, FieldId, IndividualRecord, Msg, SheetRead, UnitRecord } from "../records";
import type { CriterionVerdict, TitleVerdict } from "../review";
import type { Settings } from "../settings";
import type { Catalogue, Template } from "../i18n/types";
import type { PlanDef } from "./plan/types";
import type { PlanVocabulary } from "../vocab/headers";
import type {
  DisciplineCode,
  IndividualTitle,
  Parsed,
  RatingCode,
  TitleCode,
  UnitTitle,
} from "../vocab/codes";

export type Subject = "individual" | "unit";
export type Layer = "plan" | "law";

/**
 * A field as a rule names it. History fields are relative to the evaluation year (`history.prev1` is the year
 * before `settings.year`), so a rule set does not hard-code calendar years.
 */
export type FieldRef =
  FieldId | "history.prev1" | "history.prev2" | "history.prev1.rating" | "history.prev1.initiative";

/** One required field, or a list of which any one suffices. */
export type EssentialField = FieldRef | FieldRef[];

export interface CheckResult {
  verdict: "met" | "gap" | "unknown";
  /** Column of the cell that decides it, on the row's own row, or null. A check does not know its row's address:
   * the finding made from it does (and adds it to the message as `cell`). */
  col: number | null;
  field: string | null;
  /** Sheet-qualified references to other cells that matter. */
  refs?: string[];
  /** A verdict without a finding: the same fact for every row of a sheet that did not ask for it (a missing column
   * that matters only to rows proposing the title). */
  quiet?: boolean;
  /** Required for gap and unknown (spec/criteria.md §7). Its `cell` param is set by the finding made from the result
   * (the row's address of `col`), in place: a result is made into one finding, on its own row. */
  msg?: Msg;
}

/** The written rating of a row, read once. */
export interface RatingFact {
  cell: FieldCell;
  parsed: Parsed<RatingCode>;
}

/** Whether the row's discipline counts for the evaluation year (spec/criteria.md §5.2). */
export interface DisciplineFact {
  status: "absent" | "none" | "counted" | "not_counted" | "unknown";
  code: DisciplineCode | null;
  cell: FieldCell | null;
  dateCell: FieldCell | null;
  /** What made it unknown: the discipline text, a formula error, or an unreadable decision date. */
  unknownBecause?: "text" | "error" | "date";
  /** Catalogue key of the vocabulary's note on the cell (e.g. "nhắc nhở" is not discipline). */
  note?: string;
}

/** Where a head of unit stands in the head-of-unit cycle (spec/criteria.md §2). */
export interface HeadStatus {
  isHead: boolean;
  isDirector: boolean;
  /** The unit row the head answers for, or why there is none. */
  unitRow: UnitRecord | null;
  missing: "no_unit" | "no_unit_row" | "no_department_row" | null;
  /** Current TTLĐXS verdict of that unit in the cycle (starts as eligible: the greatest fixed point). */
  ttldxs: TitleVerdict;
  /** Labels of the TTLĐXS criteria that failed or need information, for the message. */
  failed: Template[];
}

export interface IndividualContext {
  rec: IndividualRecord;
  sheet: SheetRead | null;
  settings: Settings;
  rating: RatingFact | null;
  discipline: DisciplineFact;
  head: HeadStatus;
  /** Verdicts of this row's titles computed so far, in rule-set order (for conditions built on titles). */
  titles: Partial<Record<IndividualTitle, TitleVerdict>>;
  /** Titles proposed for the row, directly or carried through the ladder (criteria.md §2). */
  proposed: readonly TitleCode[];
  /** No sheet of the workbook has a proposal column: eligibility stands for "will attain" (criteria.md §2). */
  noProposalColumn: boolean;
}

/** Counts over a unit's member rows (spec/criteria.md §2, "Members of a unit"). */
export interface MemberAggregate {
  memberRows: number;
  /** max(headcount, member rows) when a headcount is given, else member rows. */
  denominator: number;
  /** Members the headcount says exist but who have no row: they count as needs_info. */
  missing: number;
  ldtt: { eligible: number; needsInfo: number };
  cstdcs: { eligible: number; needsInfo: number };
  /** Members who will attain CSTĐCS: proposed (directly or through the ladder) and eligible, or open; and the names of
   * members eligible whom nobody proposed (criteria.md §2, HAS_CSTDCS). */
  cstdcsAttain: { eligible: number; needsInfo: number; unproposed: string[] };
  htnvOrBetter: number;
  /** References of KHTNV rating cells (lists are read-only: a unit's recomputations share them). */
  ratingBelowHtnv: readonly string[];
  ratingUnknown: number;
  /** References of discipline cells, by threshold, counted for the year. */
  disciplinedAny: readonly string[];
  disciplinedCanhCao: readonly string[];
  /** Names of the members behind each list of references, in the same order (messages name them, criteria §7). */
  names: {
    ratingBelowHtnv: readonly string[];
    disciplinedAny: readonly string[];
    disciplinedCanhCao: readonly string[];
  };
  disciplineUnknown: number;
}

export interface UnitContext {
  rec: UnitRecord;
  sheet: SheetRead | null;
  settings: Settings;
  rating: RatingFact | null;
  headcount: number | null;
  /** Null when the unit has no member rows. */
  members: MemberAggregate | null;
  /** True when the workbook has no individuals at all (spec/criteria.md §5.6). */
  noIndividuals: boolean;
  /** Verdicts of this unit's titles computed so far (for conditions built on titles: HISTORY_BK_TT). */
  titles: Partial<Record<UnitTitle, TitleVerdict>>;
  proposed: readonly TitleCode[];
  noProposalColumn: boolean;
}

interface CriterionBase {
  id: string;
  layer: Layer;
  label: Template;
  /** The short label a person reads in the result block, the pane and on paper ("Xếp loại", "Sáng kiến" …):
   * never the id (spec/criteria.md §7). */
  short: Template;
  fields: FieldRef[];
  /** Column absent → the criterion is `skipped` (reported once for the workbook). */
  essentialFields: EssentialField[];
  /** The legal or plan citation. */
  source: Template;
  /** Plan criteria can be switched off with `criteria.off`; legal conditions cannot. */
  switchable: boolean;
  /** Set on conditions that read other titles' verdicts (they are re-run when those change). */
  readsTitles?: boolean;
  /** Fields read from the unit's member rows: absent from every individuals sheet → skipped (when there are
   * individuals at all; a units-only workbook makes member-based criteria unknown instead, §5.6). */
  memberFields?: FieldRef[];
  /** The usual header of a plan criterion's own column (`plan.<code>`), to name it when it is missing. */
  columnLabel?: Template;
  /** A verdict only, never a finding of its own (another criterion already reports the same cell). */
  silent?: boolean;
}

export interface IndividualCriterion extends CriterionBase {
  subject: "individual";
  check(ctx: IndividualContext): CheckResult;
}

export interface UnitCriterion extends CriterionBase {
  subject: "unit";
  check(ctx: UnitContext): CheckResult;
}

export type Criterion = IndividualCriterion | UnitCriterion;

/** One entry of a title's list: a criterion or condition id, or a group of which any one met suffices. */
export type TitleTerm = string | { anyOf: string[] };

export interface TitleDef {
  code: TitleCode;
  subject: Subject;
  kind: "danh_hieu" | "hinh_thuc";
  label: Template;
  short: Template;
  decidedBy: Template;
  /** Summary part: A — the Giám đốc Sở decides; B — proposed to the provincial Chairman. */
  part: "A" | "B";
  onlyWhenProposed: boolean;
  /** Titles that must be eligible first (CSTĐCS needs LĐTT). */
  requires: TitleCode[];
  /** The next lower danh hiệu of its ladder, which a proposal of this one carries (criteria.md §2). */
  carries?: TitleCode;
  /** Criteria and conditions; `termsFor` replaces them when a setting changes the rule. */
  terms: TitleTerm[];
  termsFor?: (settings: Settings) => TitleTerm[];
  /** Ids the title cannot do without: skipped → `not_evaluated`. */
  essential: string[];
  /** Rank among danh hiệu for `eligibleUpTo` (higher is better); absent for hình thức. */
  rank?: number;
  source: Template;
}

export interface QuotaDef {
  id: string;
  label: Template;
  short: Template;
  source: Template;
}

/** A warning a row can carry besides its verdicts (R_DISC_RATING, R_SERVICE_RATING …): labels and legal source. */
export interface WarningDef {
  id: string;
  label: Template;
  short: Template;
  source: Template;
}

export interface RuleSet {
  id: string;
  /** Prefix of the catalogue keys of this rule set's labels, sources and sentences (the plan's id and hash). */
  ns: string;
  /** The plan in force (issue 16): stored in the settings sheet and in every report. */
  plan: { id: string; version: string; year: number; hash: string };
  /** The plan as data, for `thidua plan export` and the plan sheet. */
  planDef: PlanDef;
  /** The law layer it was composed over. */
  law: { id: string; version: string };
  /** Header words the plan adds to the vocabulary (its codes, its own columns), and the advice on missing columns. */
  headers: PlanVocabulary;
  /** The plan's criteria's sentences, keyed under `ns` (added to the catalogue when the rule set is used). */
  messages: Catalogue;
  title: Template;
  year: number;
  legalBasis: Template[];
  criteria: Criterion[];
  conditions: Criterion[];
  titles: TitleDef[];
  quotas: QuotaDef[];
  warnings: WarningDef[];
  /**
   * The head-of-unit rule (criteria.md §2) as data: the criterion a head meets when the unit is eligible for
   * `unitTitle`, the member title whose holders that unit title counts (`memberTitle`), and the member title whose
   * share the collective titles count (`shareTitle`).
   */
  headRule: {
    criterion: string;
    unitTitle: UnitTitle;
    memberTitle: IndividualTitle;
    shareTitle: IndividualTitle;
  };
  /** The title a row is judged on when it has no proposal (spec/criteria.md §4). */
  judgedWithoutProposal: { individual: IndividualTitle; unit: UnitTitle };
  /** Defaults this rule set brings (merged under the clerk's settings by the settings module). */
  settings: Partial<Settings>;
}

export type { CriterionVerdict };
