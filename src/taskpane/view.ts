/**
 * The results as the pane shows them, derived from the report alone so the counts on screen are the report's
 * counts (the e2e tests compare them with runCheck). Built where the check runs (the worker in the standalone page),
 * so only this small object crosses to the page.
 */
import type { Outcome } from "../core/review";
import type { Report, ReportProblem, ReportQuota } from "../core/report/types";

export interface FindingItem {
  sheet: string;
  cell: string | null;
  row: number;
  /** The person's or the unit's name. */
  who: string;
  unit: string | null;
  code: string;
  verdict: "gap" | "unknown" | "warning" | "info";
  decides: boolean;
  message: string;
}

export interface TitleCount {
  title: string;
  /** Rows eligible for the title (proposed or not). */
  eligible: number;
  proposed: number;
  proposedEligible: number;
  proposedNotEligible: number;
  proposedNeedsInfo: number;
}

export interface UnitCount {
  unit: string;
  rows: number;
  outcomes: Record<Outcome, number>;
}

export interface ResultView {
  totals: {
    individuals: number;
    units: number;
    outcomes: Record<Outcome, number>;
    unitOutcomes: Record<Outcome, number>;
  };
  byTitle: TitleCount[];
  byUnit: UnitCount[];
  quotas: ReportQuota[];
  findings: FindingItem[];
  problems: ReportProblem[];
}

export const OUTCOMES: readonly Outcome[] = ["eligible", "gaps", "needs_info", "not_checked"];

function zeroOutcomes(): Record<Outcome, number> {
  return { eligible: 0, gaps: 0, needs_info: 0, not_checked: 0 };
}

export function buildView(report: Report): ResultView {
  const titles = new Map<string, TitleCount>();
  const title = (code: string): TitleCount => {
    let t = titles.get(code);
    if (!t) {
      t = {
        title: code,
        eligible: 0,
        proposed: 0,
        proposedEligible: 0,
        proposedNotEligible: 0,
        proposedNeedsInfo: 0,
      };
      titles.set(code, t);
    }
    return t;
  };
  for (const [code, n] of Object.entries(report.totals.eligible)) title(code).eligible = n;

  const units = new Map<string, UnitCount>();
  const findings: FindingItem[] = [];
  const rows = [
    ...report.units.map((u) => ({ ...u, who: u.unit, memberOf: u.unit })),
    ...report.individuals.map((p) => ({ ...p, who: p.name, memberOf: p.unit })),
  ];
  for (const r of rows) {
    for (const p of r.proposals) {
      const t = title(p.title);
      t.proposed++;
      if (p.verdict === "eligible") t.proposedEligible++;
      else if (p.verdict === "not_eligible") t.proposedNotEligible++;
      else if (p.verdict === "needs_info") t.proposedNeedsInfo++;
    }
    for (const f of r.findings) {
      findings.push({
        sheet: r.sheet,
        cell: f.cell,
        row: r.row,
        who: r.who,
        unit: r.memberOf,
        code: f.code,
        verdict: f.verdict,
        decides: f.decides,
        message: f.message,
      });
    }
  }
  // Counts by unit are over individuals (the members); units' own rows are counted in totals.unitOutcomes.
  for (const p of report.individuals) {
    const key = p.unit ?? "";
    let u = units.get(key);
    if (!u) units.set(key, (u = { unit: key, rows: 0, outcomes: zeroOutcomes() }));
    u.rows++;
    u.outcomes[p.outcome]++;
  }
  return {
    totals: {
      individuals: report.totals.individuals,
      units: report.totals.units,
      outcomes: { ...zeroOutcomes(), ...report.totals.outcomes },
      unitOutcomes: { ...zeroOutcomes(), ...report.totals.unitOutcomes },
    },
    byTitle: [...titles.values()],
    byUnit: [...units.values()],
    quotas: report.quotas,
    findings,
    problems: report.problems,
  };
}

export interface FindingFilter {
  text: string;
  /** Empty: every verdict. */
  verdicts: FindingItem["verdict"][];
  /** Only findings that decide the outcome (the highlighted ones). */
  decidingOnly: boolean;
}

export interface FindingGroup {
  code: string;
  items: FindingItem[];
}

function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

/** Findings that pass the filter, grouped by code in order of first appearance. The text filter ignores case and
 * diacritics, so "nguyen" finds "Nguyễn". */
export function groupFindings(
  items: readonly FindingItem[],
  filter: FindingFilter
): FindingGroup[] {
  const needle = fold(filter.text.trim());
  const groups = new Map<string, FindingItem[]>();
  for (const f of items) {
    if (filter.decidingOnly && !f.decides) continue;
    if (filter.verdicts.length && !filter.verdicts.includes(f.verdict)) continue;
    if (needle) {
      const hay = fold(`${f.code} ${f.who} ${f.unit ?? ""} ${f.message} ${f.cell ?? ""}`);
      if (!hay.includes(needle)) continue;
    }
    let g = groups.get(f.code);
    if (!g) groups.set(f.code, (g = []));
    g.push(f);
  }
  return [...groups.entries()].map(([code, list]) => ({ code, items: list }));
}
