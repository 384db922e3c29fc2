/**
 * Counting a unit's members (spec/criteria.md §2 "Members of a unit"): the denominator is max(headcount, member
 * rows); members the headcount has but the list lacks count as needing information. Ratings are counted as written
 * (§5.1), discipline as it weighs on the year (§5.2) with one threshold per rule (§5.3).
 *
 * Members are tallied as they are checked, in row order. A member's rating and discipline never change afterwards,
 * nor do the titles of a member outside the head-of-unit cycle; only heads in the cycle have their titles counted
 * again each time the unit is recomputed. So no per-member record lives through the run.
 */
import { a1, sheetRef } from "../address";
import type { TitleVerdict } from "../review";
import type { DisciplineFact, MemberAggregate, RatingFact } from "../rules/types";
import { disciplineAtLeast } from "../vocab/discipline";

/** The titles of a member that the unit's checks count. */
export interface MemberTitles {
  ldtt: TitleVerdict;
  cstdcs: TitleVerdict;
  /** Whether the member's CSTĐCS is proposed, directly or through the ladder (true everywhere when the workbook has
   * no proposal column: criteria.md §2, HAS_CSTDCS). */
  cstdcsProposed: boolean;
  name: string;
}

type Attain = MemberAggregate["cstdcsAttain"];

function open(v: TitleVerdict): boolean {
  return v === "needs_info" || v === "not_evaluated";
}

function countTitles(
  t: MemberTitles,
  ldtt: MemberAggregate["ldtt"],
  cstdcs: MemberAggregate["cstdcs"],
  attain: Attain
) {
  if (t.ldtt === "eligible") ldtt.eligible++;
  else if (open(t.ldtt)) ldtt.needsInfo++;
  if (t.cstdcs === "eligible") cstdcs.eligible++;
  else if (open(t.cstdcs)) cstdcs.needsInfo++;
  if (t.cstdcsProposed) {
    if (t.cstdcs === "eligible") attain.eligible++;
    else if (open(t.cstdcs)) attain.needsInfo++;
  } else if (t.cstdcs === "eligible") attain.unproposed.push(t.name);
}

function attainCopy(a: Attain): Attain {
  return { eligible: a.eligible, needsInfo: a.needsInfo, unproposed: [...a.unproposed] };
}

export class MemberTally {
  memberRows = 0;
  /** Titles of the members outside the cycle. */
  private readonly ldtt = { eligible: 0, needsInfo: 0 };
  private readonly cstdcs = { eligible: 0, needsInfo: 0 };
  private readonly attain: Attain = { eligible: 0, needsInfo: 0, unproposed: [] };
  private htnvOrBetter = 0;
  private readonly ratingBelowHtnv: string[] = [];
  private ratingUnknown = 0;
  private readonly disciplinedAny: string[] = [];
  private readonly disciplinedCanhCao: string[] = [];
  private disciplineUnknown = 0;
  private readonly names = {
    ratingBelowHtnv: [] as string[],
    disciplinedAny: [] as string[],
    disciplinedCanhCao: [] as string[],
  };

  /** A member on (sheet, row); `titles` null when the member is in the cycle (its titles are counted later). */
  add(
    sheet: string,
    row: number,
    name: string,
    rating: RatingFact | null,
    discipline: DisciplineFact,
    titles: MemberTitles | null
  ): void {
    this.memberRows++;
    if (titles) countTitles(titles, this.ldtt, this.cstdcs, this.attain);
    const r = rating;
    if (r && r.parsed.kind === "ok") {
      if (r.parsed.value === "KHTNV") {
        this.ratingBelowHtnv.push(sheetRef(sheet, a1(row, r.cell.col)));
        this.names.ratingBelowHtnv.push(name);
      } else this.htnvOrBetter++;
    } else this.ratingUnknown++;
    const d = discipline;
    if (d.status === "counted" && d.code && d.cell) {
      const ref = sheetRef(sheet, a1(row, d.cell.col));
      this.disciplinedAny.push(ref);
      this.names.disciplinedAny.push(name);
      if (disciplineAtLeast(d.code, "CANH_CAO")) {
        this.disciplinedCanhCao.push(ref);
        this.names.disciplinedCanhCao.push(name);
      }
    } else if (d.status === "unknown" || d.status === "absent") this.disciplineUnknown++;
  }

  /** The counts, with the current titles of the members in the cycle; null when the unit has no member rows. */
  aggregate(headcount: number | null, cycling: readonly MemberTitles[]): MemberAggregate | null {
    if (this.memberRows === 0) return null;
    const ldtt = { ...this.ldtt };
    const cstdcs = { ...this.cstdcs };
    const attain = cycling.length ? attainCopy(this.attain) : this.attain;
    for (const t of cycling) countTitles(t, ldtt, cstdcs, attain);
    return {
      memberRows: this.memberRows,
      denominator: Math.max(headcount ?? 0, this.memberRows),
      missing: Math.max(0, (headcount ?? 0) - this.memberRows),
      ldtt,
      cstdcs,
      cstdcsAttain: attain,
      htnvOrBetter: this.htnvOrBetter,
      ratingBelowHtnv: this.ratingBelowHtnv,
      ratingUnknown: this.ratingUnknown,
      disciplinedAny: this.disciplinedAny,
      disciplinedCanhCao: this.disciplinedCanhCao,
      disciplineUnknown: this.disciplineUnknown,
      names: this.names,
    };
  }
}
