/** Puts a Review into the words and shape of spec/report.md (stable key order, messages in one language). */
import type { Msg, ReadResult } from "../records";
import type { Finding, Outcome, Proposal, Review } from "../review";
import { getRuleSet } from "../rules";
import { TITLE_CODES } from "../rules/law/title-lists";
import { codeCatalogue } from "./codes";
import type { Settings } from "../settings";
import type {
  Report,
  ReportFinding,
  ReportIndividual,
  ReportProblem,
  ReportProposal,
  ReportTitleCount,
  ReportQuota,
  ReportSheet,
  ReportUnit,
} from "./types";
import { REPORT_SCHEMA_ID } from "./types";

export interface ReportInput {
  read: ReadResult;
  review: Review;
  settings: Settings;
  ruleSetId: string;
  /** The plan in force (issue 16). */
  plan?: Report["plan"];
  /** Renders a message in the run's language. */
  text: (msg: Msg) => string;
  file?: string | null;
  sha256?: string | null;
}

function proposal(p: Proposal): ReportProposal {
  return p.carriedFrom
    ? { title: p.title, verdict: p.verdict, carriedFrom: p.carriedFrom }
    : { title: p.title, verdict: p.verdict };
}

function reportSettings(s: Settings): Record<string, unknown> {
  return {
    year: s.year,
    "cstdcs.mode": s["cstdcs.mode"],
    "ttldtt.minShare": s["ttldtt.minShare"],
    "ttldtt.strict": s["ttldtt.strict"],
    "quota.htxs": s["quota.htxs"],
    "quota.scope": s["quota.scope"],
    "quota.cstdcs": s["quota.cstdcs"],
    "rating.scoreBands": s["rating.scoreBands"].map((b) => `${b.min}:${b.code}`).join(","),
    "criteria.off": [...s["criteria.off"]],
    "review.sheet": s["review.sheet"],
    "summary.order": s["summary.order"],
    "locality.kind": s["locality.kind"],
    "locality.name": s["locality.name"],
    "vote.cstdcs": s["vote.cstdcs"],
    "vote.cstdTinh": s["vote.cstdTinh"],
    print: { ...s.print },
  };
}

function finding(f: Finding, text: (m: Msg) => string): ReportFinding {
  return {
    code: f.code,
    verdict: f.verdict,
    cell: f.cell,
    refs: [...f.refs],
    field: f.field,
    decides: f.decides,
    message: text(f.msg),
    source: f.source ? text({ key: f.source }) : "",
  };
}

function sortedRecord<V>(rec: Record<string, V>, order?: readonly string[]): Record<string, V> {
  const keys = Object.keys(rec);
  const rank = (k: string) => {
    const i = order ? order.indexOf(k) : -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  keys.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, V> = {};
  for (const k of keys) out[k] = rec[k];
  return out;
}

function emptyOutcomes(): Record<Outcome, number> {
  return { eligible: 0, gaps: 0, needs_info: 0, not_checked: 0 };
}

export function buildReport(input: ReportInput): Report {
  const { read, review, settings, text } = input;
  // The add-in's own sheets are its output, not the office's workbook: listing them would make a re-check differ.
  const officeSheets = read.sheets.filter((s) => s.ignoredBecause !== "ADDIN_SHEET");
  const sheets: ReportSheet[] = officeSheets.map((s) => {
    const mapping: ReportSheet["mapping"] = {};
    for (const [field, m] of Object.entries(s.mapping)) {
      if (m)
        mapping[field] = { columns: [...m.columns], header: m.header, confidence: m.confidence };
    }
    return {
      name: s.name,
      role: s.role,
      headerRows: [...s.headerRows],
      dataRows: s.dataRows,
      mapping: sortedRecord(mapping),
    };
  });

  const individuals: ReportIndividual[] = review.individuals.map((r) => ({
    sheet: r.sheet,
    row: r.row,
    name: r.name,
    unit: r.unit,
    position: r.position,
    isHead: r.isHead,
    criteria: sortedRecord(r.criteria),
    conditions: sortedRecord(r.conditions),
    titles: sortedRecord(r.titles, TITLE_CODES),
    proposedByUnit: [...r.proposedByUnit],
    carried: [...r.carried],
    proposals: r.proposals.map(proposal),
    eligibleUpTo: r.eligibleUpTo,
    outcome: r.outcome,
    findings: r.findings.map((f) => finding(f, text)),
  }));

  const units: ReportUnit[] = review.units.map((u) => ({
    sheet: u.sheet,
    row: u.row,
    unit: u.unit ?? "",
    headcount: u.headcount,
    memberRows: u.memberRows,
    criteria: sortedRecord(u.criteria),
    conditions: sortedRecord(u.conditions),
    counts: {
      LDTT: { eligible: u.counts.LDTT.eligible, needs_info: u.counts.LDTT.needs_info },
      CSTDCS: { eligible: u.counts.CSTDCS.eligible, needs_info: u.counts.CSTDCS.needs_info },
      HTNVorBetter: u.counts.HTNVorBetter,
      disciplined: u.counts.disciplined,
    },
    shares: u.shares
      ? { LDTT: { lo: round3(u.shares.LDTT.lo), hi: round3(u.shares.LDTT.hi) } }
      : null,
    titles: sortedRecord(u.titles, TITLE_CODES),
    proposedByUnit: [...u.proposedByUnit],
    carried: [...u.carried],
    proposals: u.proposals.map(proposal),
    eligibleUpTo: u.eligibleUpTo,
    outcome: u.outcome,
    findings: u.findings.map((f) => finding(f, text)),
  }));

  const { quotas, problems, totals } = summarizeReview(review, text);
  const used = new Set<string>();
  for (const r of [...review.individuals, ...review.units])
    for (const f of r.findings) used.add(f.code);
  for (const p of review.problems) used.add(p.code);
  const ruleSet = getRuleSet(input.ruleSetId);
  const codes = ruleSet ? codeCatalogue(ruleSet, settings, used, text) : {};
  return {
    schema: REPORT_SCHEMA_ID,
    ruleSet: {
      id: ruleSet?.id ?? input.ruleSetId,
      year: settings.year,
      settings: reportSettings(settings),
    },
    ...(input.plan ? { plan: input.plan } : {}),
    workbook: { file: input.file ?? null, sha256: input.sha256 ?? null, sheets },
    individuals,
    units,
    quotas,
    problems,
    totals,
    codes,
  };
}

/** The report's counts, quotas and problems, and how many rows each title was proposed for. */
export interface ReviewSummary {
  totals: Report["totals"];
  quotas: ReportQuota[];
  problems: ReportProblem[];
  /** Rows whose unit proposed each title (by code). */
  proposed: Record<string, number>;
}

/**
 * The parts of the report that need no walk through the findings: what `thidua check` prints, without building the
 * whole report (a tenth of a 10,000-row check) when no report file is asked for.
 */
export function summarizeReview(review: Review, text: (m: Msg) => string): ReviewSummary {
  const quotas: ReportQuota[] = review.quotas.map((q) => ({
    id: q.id,
    scope: q.scope,
    limit: q.limit,
    actual: q.actual,
    excess: q.excess,
    ok: q.ok,
    informational: q.informational ?? false,
    rows: [...q.rows],
  }));

  const problems: ReportProblem[] = review.problems.map((p) => ({
    level: p.level,
    sheet: p.sheet,
    cell: p.cell,
    code: p.code,
    message: text(p.msg),
  }));

  const eligible: Record<string, number> = {};
  const byTitle: Record<string, ReportTitleCount> = {};
  for (const code of TITLE_CODES) {
    eligible[code] = 0;
    byTitle[code] = { proposed: 0, carried: 0, eligibleProposed: 0, eligibleCarried: 0 };
  }
  const proposed: Record<string, number> = {};
  const count = (row: {
    titles: Record<string, string>;
    proposedByUnit: readonly string[];
    proposals: readonly Proposal[];
  }) => {
    for (const [code, v] of Object.entries(row.titles)) if (v === "eligible") eligible[code]++;
    for (const code of new Set(row.proposedByUnit)) proposed[code] = (proposed[code] ?? 0) + 1;
    for (const p of row.proposals) {
      const c = byTitle[p.title];
      if (!c) continue;
      const ok = p.verdict === "eligible" ? 1 : 0;
      if (p.carriedFrom) {
        c.carried++;
        c.eligibleCarried += ok;
      } else {
        c.proposed++;
        c.eligibleProposed += ok;
      }
    }
  };
  const outcomes = emptyOutcomes();
  for (const r of review.individuals) {
    outcomes[r.outcome]++;
    count(r);
  }
  const unitOutcomes = emptyOutcomes();
  for (const u of review.units) {
    unitOutcomes[u.outcome]++;
    count(u);
  }
  return {
    quotas,
    problems,
    proposed,
    totals: {
      individuals: review.individuals.length,
      units: review.units.length,
      eligible,
      outcomes,
      unitOutcomes,
      proposals: byTitle,
    },
  };
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
