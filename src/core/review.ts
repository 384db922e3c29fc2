/** What `evaluate` makes of the records: verdicts, findings with cells, quotas (spec/report.md, before rendering text). */
import type { Msg, Problem } from "./records";
import type { IndividualTitle, TitleCode, UnitTitle } from "./vocab/codes";

export type CriterionVerdict = "met" | "gap" | "unknown" | "skipped";
export type TitleVerdict =
  "eligible" | "not_eligible" | "needs_info" | "not_evaluated" | "not_proposed";
export type Outcome = "eligible" | "gaps" | "needs_info" | "not_checked";

export interface Finding {
  /** Criterion id, condition id or warning code (closed catalogue). */
  code: string;
  verdict: "gap" | "unknown" | "warning" | "info";
  /** A1 on the row's own sheet, or null. */
  cell: string | null;
  /** Sheet-qualified references to other cells that matter ('Tập thể'!C5). Lists in a Review are read-only: the
   * empty ones, and the lists of titles, are shared between findings. */
  refs: readonly string[];
  field: string | null;
  /** True when it decides the row's outcome (and is highlighted). */
  decides: boolean;
  msg: Msg;
  /** Catalogue key of the legal source. */
  source: string;
  /** Titles this finding bears on. */
  titles: readonly TitleCode[];
}

export interface Proposal {
  /** A title code of this rule set, or the clerk's text for titles outside it. */
  title: string;
  verdict: TitleVerdict;
  /** For a title carried through the ladder (criteria.md §2): the proposed title that carries it. Absent for a
   * title the unit proposed. */
  carriedFrom?: TitleCode;
}

interface ResultBase {
  sheet: string;
  row: number;
  unit: string | null;
  /** Verdict records are read-only: rows that came out alike share one. */
  criteria: Readonly<Record<string, CriterionVerdict>>;
  conditions: Readonly<Record<string, CriterionVerdict>>;
  proposedByUnit: readonly string[];
  /** Titles the proposals carry through the ladder and that were not proposed themselves (criteria.md §2). */
  carried: readonly TitleCode[];
  /** Proposed titles, then carried ones (with `carriedFrom`), then titles outside the rule set. */
  proposals: readonly Proposal[];
  outcome: Outcome;
  findings: readonly Finding[];
}

export interface IndividualResult extends ResultBase {
  name: string;
  position: string;
  isHead: boolean;
  titles: Readonly<Record<IndividualTitle, TitleVerdict>>;
  eligibleUpTo: IndividualTitle | null;
  /** Index into ReadResult.individuals. */
  index: number;
}

export interface Share {
  lo: number;
  hi: number;
}

export interface UnitResult extends ResultBase {
  headcount: number | null;
  memberRows: number;
  counts: {
    LDTT: { eligible: number; needs_info: number };
    CSTDCS: { eligible: number; needs_info: number };
    HTNVorBetter: number;
    disciplined: number;
  };
  shares: { LDTT: Share } | null;
  titles: Readonly<Record<UnitTitle, TitleVerdict>>;
  eligibleUpTo: UnitTitle | null;
  index: number;
}

export interface QuotaResult {
  id: string;
  scope: string;
  limit: number | null;
  actual: number;
  excess: number;
  ok: boolean | null;
  /** Sheet-qualified references of the rows concerned. */
  rows: string[];
  /** True when this scope is shown as information only (the other scope of `quota.scope`), or the control is off. */
  informational?: boolean;
}

export interface Review {
  individuals: IndividualResult[];
  units: UnitResult[];
  quotas: QuotaResult[];
  /** Read problems plus workbook-level evaluation notices (skipped criteria, unmatched units …). */
  problems: Problem[];
  /** Criterion/condition ids skipped for want of a column, with the field that was missing. `reason` tells a
   * missing column from a criterion the clerk switched off (`criteria.off`; `field` is then its main field). */
  skipped: { code: string; field: string; reason?: "missing_column" | "switched_off" }[];
  /** True when no sheet has a proposal column (criteria.md §4). */
  noProposalColumn: boolean;
}
