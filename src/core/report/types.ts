/** The JSON report of spec/report.md: the contract between core and every consumer (CLI, pane, tests). */
import type { CriterionVerdict, Outcome, TitleVerdict } from "../review";

export const REPORT_SCHEMA_ID = "thidua.report/1";

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
  };
}
