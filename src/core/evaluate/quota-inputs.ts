/**
 * What the quota controls (quotas.ts) need of each row besides its result, and the controls made from them once
 * every row is checked.
 */
import { a1, sheetRef } from "../address";
import type { RuleFindingCode } from "../i18n/codes";
import type { IndividualRecord, ReadResult } from "../records";
import type { IndividualResult, QuotaResult, UnitResult } from "../review";
import type { Settings } from "../settings";
import type { RatingCode, TitleCode } from "../vocab/codes";
import { cstdcsQuota, htxsQuotas, htxsUnitsQuota, proposedQuota, type QuotaRow } from "./quotas";
import type { IndState, UnitState } from "./state";

/**
 * What the quota controls need of each individual besides its result, kept in flat arrays while rows are checked:
 * a quota row per individual is made only when the controls are computed, instead of living through the run.
 */
export class QuotaInputs {
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
    if (result.findings.some((f) => f.code === ("R_SERVICE_RATING" satisfies RuleFindingCode)))
      this.unrated[i] = 1;
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

/** The quota controls (criteria.md §3): Q_HTXS per scope, Q_HTXS_UNITS, Q_CSTDCS and Q_PROPOSED, in that order. */
export function quotaControls(
  read: ReadResult,
  settings: Settings,
  individuals: readonly IndividualResult[],
  quota: QuotaInputs,
  units: readonly UnitResult[],
  unitStates: readonly UnitState[],
  noProposalColumn: boolean
): QuotaResult[] {
  const rows = quota.rows(read.individuals, individuals);
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
  units.forEach((r, i) => scan(r, unitStates[i].proposals.cell?.col ?? null));
  const unitRows = unitStates
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
    ...htxsQuotas(rows, settings),
    ...htxsUnitsQuota(unitRows, settings),
    cstdcsQuota(rows, settings, noProposalColumn),
    proposedQuota(notEligible, needsInfo),
  ];
}
