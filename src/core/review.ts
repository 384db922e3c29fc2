/** What `evaluate` makes of the records: verdicts, findings with cells, quotas (spec/report.md, before rendering text). */
import type { Msg, Problem } from "./records";
import type { IndividualTitle, TitleCode, UnitTitle } from "./vocab/codes";

export type CriterionVerdict = "met" | "gap" | "unknown" | "skipped";
export type TitleVerdict =
  "eligible" | "not_eligible" | "needs_info" | "not_evaluated" | "not_proposed";
export type Outcome = "eligible" | "gaps" | "needs_info" | "not_checked";

export interface Finding {
  /** Criterion id, condition id or warning code (closed catalogue). */
  readonly code: string;
  readonly verdict: "gap" | "unknown" | "warning" | "info";
  /** A1 on the row's own sheet, or null. */
  readonly cell: string | null;
  /** Sheet-qualified references to other cells that matter ('Tập thể'!C5). Lists in a Review are read-only: the
   * empty ones, and the lists of titles, are shared between findings. */
  readonly refs: readonly string[];
  readonly field: string | null;
  /** True when it decides the row's outcome (and is highlighted). */
  readonly decides: boolean;
  readonly msg: Msg;
  /** Catalogue key of the legal source. */
  readonly source: string;
  /** Titles this finding bears on. */
  readonly titles: readonly TitleCode[];
}

export interface Proposal {
  /** A title code of this rule set, or the clerk's text for titles outside it. */
  readonly title: string;
  readonly verdict: TitleVerdict;
  /** For a title carried through the ladder (criteria.md §2): the proposed title that carries it. Absent for a
   * title the unit proposed. */
  readonly carriedFrom?: TitleCode;
}

interface ResultBase {
  readonly sheet: string;
  readonly row: number;
  readonly unit: string | null;
  /** Verdict records are read-only: rows that came out alike share one. */
  readonly criteria: Readonly<Record<string, CriterionVerdict>>;
  readonly conditions: Readonly<Record<string, CriterionVerdict>>;
  readonly proposedByUnit: readonly string[];
  /** Titles the proposals carry through the ladder and that were not proposed themselves (criteria.md §2). */
  readonly carried: readonly TitleCode[];
  /** Proposed titles, then carried ones (with `carriedFrom`), then titles outside the rule set. */
  readonly proposals: readonly Proposal[];
  readonly outcome: Outcome;
  readonly findings: readonly Finding[];
}

export interface IndividualResult extends ResultBase {
  readonly name: string;
  readonly position: string;
  readonly isHead: boolean;
  readonly titles: Readonly<Record<IndividualTitle, TitleVerdict>>;
  readonly eligibleUpTo: IndividualTitle | null;
  /** Index into ReadResult.individuals. */
  readonly index: number;
}

export interface Share {
  readonly lo: number;
  readonly hi: number;
}

export interface UnitResult extends ResultBase {
  readonly headcount: number | null;
  readonly memberRows: number;
  readonly counts: {
    readonly LDTT: { readonly eligible: number; readonly needs_info: number };
    readonly CSTDCS: { readonly eligible: number; readonly needs_info: number };
    readonly HTNVorBetter: number;
    readonly disciplined: number;
  };
  readonly shares: { readonly LDTT: Share } | null;
  readonly titles: Readonly<Record<UnitTitle, TitleVerdict>>;
  readonly eligibleUpTo: UnitTitle | null;
  readonly index: number;
}

export interface QuotaResult {
  readonly id: string;
  readonly scope: string;
  readonly limit: number | null;
  readonly actual: number;
  readonly excess: number;
  readonly ok: boolean | null;
  /** Sheet-qualified references of the rows concerned. */
  readonly rows: readonly string[];
  /** True when this scope is shown as information only (the other scope of `quota.scope`), or the control is off. */
  readonly informational?: boolean;
}

export interface Skipped {
  readonly code: string;
  readonly field: string;
  readonly reason?: "missing_column" | "switched_off";
}

/** What evaluate returns, complete: read-only all the way down, so nothing adds to it or changes it afterwards
 * (the pipeline's own problems make a new Review; check.ts). */
export interface Review {
  readonly individuals: readonly IndividualResult[];
  readonly units: readonly UnitResult[];
  readonly quotas: readonly QuotaResult[];
  /** Read problems plus workbook-level evaluation notices (skipped criteria, unmatched units …). */
  readonly problems: readonly Problem[];
  /** Criterion/condition ids skipped for want of a column, with the field that was missing. `reason` tells a
   * missing column from a criterion the clerk switched off (`criteria.off`; `field` is then its main field). */
  readonly skipped: readonly Skipped[];
  /** True when no sheet has a proposal column (criteria.md §4). */
  readonly noProposalColumn: boolean;
}
