/**
 * The results as the pane shows them, derived from the report alone so the counts on screen are the report's
 * counts (the e2e tests compare them with runCheck). Built where the check runs (the worker in the standalone page),
 * so only this small object crosses to the page; findings (tens of thousands for a provincial roll-up) stay there
 * and the page asks for one group's page at a time, so no message is big enough to block the page.
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
  /** The cell's text as the workbook holds it (the standalone page shows it beside the address); null if unknown. */
  value?: string | null;
}

/** What names a finding across re-runs: its row, code and cell (its message may change with the settings). */
export function findingKey(f: Pick<FindingItem, "sheet" | "row" | "code" | "cell">): string {
  return `${f.sheet}\u0000${f.row}\u0000${f.code}\u0000${f.cell ?? ""}`;
}

/** A code's short label in both languages, from the report's `codes` catalogue (report.md, revision 2). */
export interface CodeLabel {
  label: string;
  labelEn: string;
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
  /** How many findings there are; the findings themselves are fetched page by page (FindingSource). */
  findingCount: number;
  problems: ReportProblem[];
  /** The labels of every code the report carries: the pane shows these, never the codes. */
  codes: Record<string, CodeLabel>;
  /** Units named in the findings, for the unit filter, in order of first appearance. */
  units: string[];
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
  const rows = [
    ...report.units.map((u) => ({ ...u, who: u.unit, memberOf: u.unit })),
    ...report.individuals.map((p) => ({ ...p, who: p.name, memberOf: p.unit })),
  ];
  for (const r of rows) {
    for (const p of r.proposals) {
      // Titles carried through the ladder are not the unit's proposals (they have their own count in the report).
      if (p.carriedFrom) continue;
      const t = title(p.title);
      t.proposed++;
      if (p.verdict === "eligible") t.proposedEligible++;
      else if (p.verdict === "not_eligible") t.proposedNotEligible++;
      else if (p.verdict === "needs_info") t.proposedNeedsInfo++;
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
    findingCount: [...report.units, ...report.individuals].reduce(
      (n, r) => n + r.findings.length,
      0
    ),
    problems: uniqueProblems(report),
    codes: Object.fromEntries(
      Object.entries(report.codes ?? {}).map(([code, c]) => [
        code,
        { label: c.label, labelEn: c.labelEn },
      ])
    ),
    units: [
      ...new Set(
        [...report.units.map((u) => u.unit), ...report.individuals.map((p) => p.unit ?? "")].filter(
          (u) => u !== ""
        )
      ),
    ],
  };
}

/** Problems said once: the same sentence about the same place is one problem, and a problem that repeats a row's
 * finding word for word (a unit's warning) is left to the finding. */
function uniqueProblems(report: Report): ReportProblem[] {
  const said = new Set<string>();
  for (const r of [...report.units, ...report.individuals])
    for (const f of r.findings) said.add(f.message);
  const seen = new Set<string>();
  return report.problems.filter((p) => {
    const key = `${p.level}\u0000${p.message}`;
    if (seen.has(key) || said.has(p.message)) return false;
    seen.add(key);
    return true;
  });
}

/** Every finding of the report with its sheet, cell and who it is about: units first, then individuals. */
export function flattenFindings(
  report: Report,
  valueAt?: (sheet: string, cell: string) => string | null
): FindingItem[] {
  const out: FindingItem[] = [];
  const seen = new Set<string>();
  const rows = [
    ...report.units.map((u) => ({ ...u, who: u.unit, memberOf: u.unit as string | null })),
    ...report.individuals.map((p) => ({ ...p, who: p.name, memberOf: p.unit })),
  ];
  for (const r of rows) {
    for (const f of r.findings) {
      // the same warning about the same row is shown once
      const once = `${r.sheet}\u0000${r.row}\u0000${f.code}\u0000${f.message}`;
      if (seen.has(once)) continue;
      seen.add(once);
      out.push({
        sheet: r.sheet,
        cell: f.cell,
        row: r.row,
        who: r.who,
        unit: r.memberOf,
        code: f.code,
        verdict: f.verdict,
        decides: f.decides,
        message: f.message,
        value: f.cell && valueAt ? valueAt(r.sheet, f.cell) : null,
      });
    }
  }
  return out;
}

export interface FindingFilter {
  text: string;
  /** Empty: every verdict. */
  verdicts: FindingItem["verdict"][];
  /** Only findings that decide the outcome (the highlighted ones). */
  decidingOnly: boolean;
  /** Only findings about this unit (its own row or its members); absent or empty: every unit. */
  unit?: string;
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
    if (filter.unit && f.unit !== filter.unit) continue;
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

export interface FindingGroupSummary {
  code: string;
  count: number;
}

/** Findings served a page at a time: by the worker in the standalone page, locally in Excel. */
export interface FindingSource {
  groups(filter: FindingFilter): Promise<FindingGroupSummary[]>;
  items(filter: FindingFilter, code: string, offset: number, limit: number): Promise<FindingItem[]>;
}

/** A FindingSource over findings held in memory; it remembers the last filter's grouping. */
export function localFindings(items: readonly FindingItem[]): FindingSource {
  let last: { key: string; groups: FindingGroup[] } | null = null;
  const grouped = (filter: FindingFilter): FindingGroup[] => {
    const key = JSON.stringify(filter);
    if (last?.key !== key) last = { key, groups: groupFindings(items, filter) };
    return last.groups;
  };
  return {
    groups: async (filter) => grouped(filter).map((g) => ({ code: g.code, count: g.items.length })),
    items: async (filter, code, offset, limit) =>
      grouped(filter)
        .find((g) => g.code === code)
        ?.items.slice(offset, offset + limit) ?? [],
  };
}
