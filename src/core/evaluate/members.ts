/**
 * Counting a unit's members (spec/criteria.md §2 "Members of a unit"): the denominator is max(headcount, member
 * rows); members the headcount has but the list lacks count as needing information. Ratings are counted as written
 * (§5.1), discipline as it weighs on the year (§5.2) with one threshold per rule (§5.3).
 */
import { a1, sheetRef } from "../address";
import type { TitleVerdict } from "../review";
import type { DisciplineFact, MemberAggregate, RatingFact } from "../rules/types";
import { disciplineAtLeast } from "../vocab/discipline";

export interface MemberView {
  sheet: string;
  row: number;
  rating: RatingFact | null;
  discipline: DisciplineFact;
  ldtt: TitleVerdict;
  cstdcs: TitleVerdict;
}

function open(v: TitleVerdict): boolean {
  return v === "needs_info" || v === "not_evaluated";
}

export function aggregateMembers(
  members: readonly MemberView[],
  headcount: number | null
): MemberAggregate | null {
  if (members.length === 0) return null;
  const agg: MemberAggregate = {
    memberRows: members.length,
    denominator: Math.max(headcount ?? 0, members.length),
    missing: Math.max(0, (headcount ?? 0) - members.length),
    ldtt: { eligible: 0, needsInfo: 0 },
    cstdcs: { eligible: 0, needsInfo: 0 },
    htnvOrBetter: 0,
    ratingBelowHtnv: [],
    ratingUnknown: 0,
    disciplinedAny: [],
    disciplinedCanhCao: [],
    disciplineUnknown: 0,
  };
  for (const m of members) {
    if (m.ldtt === "eligible") agg.ldtt.eligible++;
    else if (open(m.ldtt)) agg.ldtt.needsInfo++;
    if (m.cstdcs === "eligible") agg.cstdcs.eligible++;
    else if (open(m.cstdcs)) agg.cstdcs.needsInfo++;
    const r = m.rating;
    if (r && r.parsed.kind === "ok") {
      if (r.parsed.value === "KHTNV")
        agg.ratingBelowHtnv.push(sheetRef(m.sheet, a1(m.row, r.cell.col)));
      else agg.htnvOrBetter++;
    } else agg.ratingUnknown++;
    const d = m.discipline;
    if (d.status === "counted" && d.code && d.cell) {
      const ref = sheetRef(m.sheet, a1(m.row, d.cell.col));
      agg.disciplinedAny.push(ref);
      if (disciplineAtLeast(d.code, "CANH_CAO")) agg.disciplinedCanhCao.push(ref);
    } else if (d.status === "unknown" || d.status === "absent") agg.disciplineUnknown++;
  }
  return agg;
}
