/** The JSON report of spec/report.md: the contract between core and every consumer (CLI, pane, tests). */
import type { CriterionVerdict, Outcome, TitleVerdict } from "../review";
import type { CodeEntry } from "./codes";

export const REPORT_SCHEMA_ID = "thidua.report/2";

export interface ReportFinding {
  code: string;
  verdict: "gap" | "unknown" | "warning" | "info";
  cell: string | null;
  refs: string[];
  field: string | null;
  decides: boolean;
  message: string;
  source: string;
}

export interface ReportProposal {
  title: string;
  verdict: TitleVerdict;
  /** The proposed title that carries this one (criteria.md §2); absent for a proposed title. */
  carriedFrom?: string;
}

/** Counts of one title: proposed and carried through the ladder, and how many of each are eligible. */
export interface ReportTitleCount {
  proposed: number;
  carried: number;
  eligibleProposed: number;
  eligibleCarried: number;
}

export interface ReportIndividual {
  sheet: string;
  row: number;
  name: string;
  unit: string | null;
  position: string;
  isHead: boolean;
  criteria: Record<string, CriterionVerdict>;
  conditions: Record<string, CriterionVerdict>;
  titles: Record<string, TitleVerdict>;
  proposedByUnit: string[];
  carried: string[];
  proposals: ReportProposal[];
  eligibleUpTo: string | null;
  outcome: Outcome;
  findings: ReportFinding[];
}

export interface ReportUnit {
  sheet: string;
  row: number;
  unit: string;
  headcount: number | null;
  memberRows: number;
  criteria: Record<string, CriterionVerdict>;
  conditions: Record<string, CriterionVerdict>;
  counts: {
    LDTT: { eligible: number; needs_info: number };
    CSTDCS: { eligible: number; needs_info: number };
    HTNVorBetter: number;
    disciplined: number;
  };
  shares: { LDTT: { lo: number; hi: number } } | null;
  titles: Record<string, TitleVerdict>;
  proposedByUnit: string[];
  carried: string[];
  proposals: ReportProposal[];
  eligibleUpTo: string | null;
  outcome: Outcome;
  findings: ReportFinding[];
}

export interface ReportQuota {
  id: string;
  scope: string;
  limit: number | null;
  actual: number;
  excess: number;
  ok: boolean | null;
  informational: boolean;
  rows: string[];
}

export interface ReportProblem {
  level: "error" | "warning" | "info";
  sheet: string | null;
  cell: string | null;
  code: string;
  message: string;
}

export interface ReportSheet {
  name: string;
  role: "individuals" | "units" | "mixed" | "ignored";
  headerRows: number[];
  dataRows: number;
  mapping: Record<string, { columns: string[]; header: string; confidence: number }>;
}

export interface Report {
  schema: typeof REPORT_SCHEMA_ID;
  ruleSet: { id: string; year: number; settings: Record<string, unknown> };
  /** The plan in force: its id, version and year, the sha256 of its canonical JSON, and the law layer under it. */
  plan?: { id: string; version: string; year: number; hash: string; law: string };
  workbook: { file: string | null; sha256: string | null; sheets: ReportSheet[] };
  individuals: ReportIndividual[];
  units: ReportUnit[];
  quotas: ReportQuota[];
  problems: ReportProblem[];
  totals: {
    individuals: number;
    units: number;
    eligible: Record<string, number>;
    /** Outcomes of individuals' rows. */
    outcomes: Record<Outcome, number>;
    /** Outcomes of units' rows. */
    unitOutcomes: Record<Outcome, number>;
    /** By title: proposed and carried, each with its eligible part (report.md, revision 2). */
    proposals: Record<string, ReportTitleCount>;
  };
  /** Every code the report uses or the rule set defines: level, labels and legal source. */
  codes: Record<string, CodeEntry>;
}
