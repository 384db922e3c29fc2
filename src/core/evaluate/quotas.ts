/**
 * Quota controls (spec/criteria.md §3). Limits are computed in integers: the quota is taken in basis points, so
 * ⌊0.29 × 100⌋ is ⌊2900 × 100 / 10000⌋ = 29 exactly, where floating point gives 28.999…. A control never removes anyone; it lists the rows.
 */
import { a1, sheetRef } from "../address";
import type { QuotaResult, TitleVerdict } from "../review";
import type { Settings } from "../settings";
import type { RatingCode } from "../vocab/codes";

export interface QuotaRow {
  /** Written rating, null when blank or unreadable. */
  rating: RatingCode | null;
  /** Rated with under 6 months worked (criteria.md §5.9): left out of the Q_HTXS counts. */
  unrated?: boolean;
  /** Where the row's rating and proposal cells are: references are built only for the rows a control lists. */
  sheet: string;
  row: number;
  ratingCol: number | null;
  proposalCol: number | null;
  scopeKey: string;
  scopeName: string;
  ldtt: TitleVerdict;
  cstdcs: TitleVerdict;
  proposesCstdcs: boolean;
}

function ref(r: Pick<QuotaRow, "sheet" | "row">, col: number | null): string | null {
  return col === null ? null : sheetRef(r.sheet, a1(r.row, col));
}

function basisPoints(share: number): number {
  return Math.round(share * 10000);
}

function floorShare(bp: number, n: number): number {
  const x = bp * n;
  return (x - (x % 10000)) / 10000;
}

/** ok: true / false, or null when the undecided rows could tip it either way. */
function decide(
  actualLo: number,
  actualHi: number,
  limitLo: number,
  limitHi: number
): boolean | null {
  if (actualHi <= limitLo) return true;
  if (actualLo > limitHi) return false;
  return null;
}

function htxsFor(
  scope: string,
  rows: readonly Pick<QuotaRow, "rating" | "unrated" | "sheet" | "row" | "ratingCol">[],
  bp: number,
  informational: boolean,
  id = "Q_HTXS"
): QuotaResult {
  let actual = 0;
  let httnv = 0;
  let open = 0;
  const refs: string[] = [];
  for (const r of rows) {
    if (r.unrated) continue;
    if (r.rating === "HTXSNV") {
      actual++;
      const at = ref(r, r.ratingCol);
      if (at) refs.push(at);
    } else if (r.rating === "HTTNV") httnv++;
    else if (r.rating === null) open++;
  }
  const limit = floorShare(bp, httnv);
  // An unknown rating may be HTXSNV (one more counted) or HTTNV (a larger limit).
  const ok = decide(actual, actual + open, limit, floorShare(bp, httnv + open));
  return {
    id,
    scope,
    limit,
    actual,
    excess: Math.max(0, actual - limit),
    ok,
    rows: refs,
    informational,
  };
}

export function htxsQuotas(rows: readonly QuotaRow[], settings: Settings): QuotaResult[] {
  const bp = basisPoints(settings["quota.htxs"]);
  const byUnit = settings["quota.scope"] === "unit";
  const workbook = htxsFor("workbook", rows, bp, byUnit);
  const groups = new Map<string, { name: string; rows: QuotaRow[] }>();
  for (const r of rows) {
    // A row whose unit is unknown (blank or unreadable unit cell, no unit column) has no unit to be counted in:
    // it counts in the workbook control only, rather than in a unit with an empty name.
    if (!r.scopeKey || !r.scopeName) continue;
    let g = groups.get(r.scopeKey);
    if (!g) {
      g = { name: r.scopeName, rows: [] };
      groups.set(r.scopeKey, g);
    }
    g.rows.push(r);
  }
  const units = [...groups.values()].map((g) => htxsFor(g.name, g.rows, bp, !byUnit));
  return byUnit ? [...units, workbook] : [workbook, ...units];
}

/** Q_HTXS_UNITS: collectives rated HTXSNV ≤ quota × collectives rated HTTNV, on the units sheet (QĐ 366-QĐ/TW
 * Đ11 mục 1.5 caps "tập thể, cá nhân"). Same quota as Q_HTXS; absent when the workbook has no units. */
export function htxsUnitsQuota(
  units: readonly Pick<QuotaRow, "rating" | "sheet" | "row" | "ratingCol">[],
  settings: Settings
): QuotaResult[] {
  if (units.length === 0) return [];
  return [htxsFor("workbook", units, basisPoints(settings["quota.htxs"]), false, "Q_HTXS_UNITS")];
}

export function cstdcsQuota(
  rows: readonly QuotaRow[],
  settings: Settings,
  noProposalColumn: boolean
): QuotaResult {
  const setting = settings["quota.cstdcs"];
  let actualLo = 0;
  let actualHi = 0;
  let ldttLo = 0;
  let ldttHi = 0;
  const refs: string[] = [];
  for (const r of rows) {
    if (r.ldtt === "eligible") ldttLo++;
    if (r.ldtt === "eligible" || r.ldtt === "needs_info") ldttHi++;
    // Without a proposal column every row is a candidate (the council has no proposals to count).
    if (!noProposalColumn && !r.proposesCstdcs) continue;
    if (r.cstdcs === "eligible") {
      actualLo++;
      const at = ref(r, noProposalColumn ? r.ratingCol : r.proposalCol);
      if (at) refs.push(at);
    }
    if (r.cstdcs === "eligible" || r.cstdcs === "needs_info") actualHi++;
  }
  if (setting === "off") {
    return {
      id: "Q_CSTDCS",
      scope: "workbook",
      limit: null,
      actual: actualLo,
      excess: 0,
      ok: null,
      rows: refs,
      informational: true,
    };
  }
  const bp = basisPoints(setting);
  const limit = floorShare(bp, ldttLo);
  return {
    id: "Q_CSTDCS",
    scope: "workbook",
    limit,
    actual: actualLo,
    excess: Math.max(0, actualLo - limit),
    ok: decide(actualLo, actualHi, limit, floorShare(bp, ldttHi)),
    rows: refs,
  };
}

/** Proposals that are not eligible (always reported); ok is null while some proposals still need information. */
export function proposedQuota(notEligibleRefs: readonly string[], needsInfo: number): QuotaResult {
  const actual = notEligibleRefs.length;
  return {
    id: "Q_PROPOSED",
    scope: "workbook",
    limit: 0,
    actual,
    excess: actual,
    ok: actual > 0 ? false : needsInfo > 0 ? null : true,
    rows: [...notEligibleRefs],
  };
}
