/**
 * The summary's lists as data (spec/workbook.md item 3, criteria.md §4), before any layout.
 *
 * Decisions where the spec is silent:
 * - Proposals whose verdict is `not_evaluated` (an essential column is missing) get their own list "Chưa kiểm tra
 *   được" after "Cần bổ sung", so no proposal disappears from the council's paper.
 * - "Đủ điều kiện nhưng chưa được đề nghị" leaves out rows that proposed a higher danh hiệu of the same ladder (a
 *   title that carries it, directly or not: CSTĐCS or CSTĐ cấp tỉnh for LĐTT; TTLĐXS for TTLĐTT): the higher title
 *   already requires the lower one.
 * - Without any proposal column the lists follow eligibleUpTo (one list per danh hiệu, each row in the list of its
 *   highest title); Bằng khen lists rows eligible for it; a title checked only when proposed (Giấy khen, Giấy khen
 *   and Bằng khen tập thể: `onlyWhenProposed`) has no list.
 * - Proposals of titles outside the rule set (Bằng khen Bộ, Huân chương …) are listed in a part C.
 * - A title a proposal carries (criteria.md §2, the ladder: `Proposal.carriedFrom`) is an entry of its own title's
 *   lists like a proposal; counts give both numbers (sectionCounts: direct and carried).
 * - The parts, their titles and order, the ladder, danh hiệu and awards are the law layer's (rules/law/title-lists.ts).
 */
import type { IndividualResult, Proposal, TitleVerdict, UnitResult } from "../review";
import {
  higherThan,
  isDanhHieu,
  isUnitTitle,
  lawTitle,
  onlyWhenProposed,
  partTitles,
} from "../rules/law/title-lists";
import type { IndividualTitle, UnitTitle } from "../vocab/codes";

export type Row = IndividualResult | UnitResult;

export interface TitleSection {
  title: IndividualTitle | UnitTitle;
  /** Proposal lists by verdict, in print order; or the one list by eligibleUpTo without a proposal column. */
  eligible: Row[];
  notEligible: Row[];
  needsInfo: Row[];
  notEvaluated: Row[];
  /** Information only: eligible but not proposed. */
  notProposed: Row[];
}

export interface OtherProposal {
  row: Row;
  title: string;
}

/** The summary's parts (A: the Giám đốc Sở decides; B: proposed to the Chairman), in print order (law layer). */
export const PART_A: readonly (IndividualTitle | UnitTitle)[] = partTitles("A");
export const PART_B: readonly (IndividualTitle | UnitTitle)[] = partTitles("B");

export { isUnitTitle };

function titleVerdict(r: Row, title: IndividualTitle | UnitTitle): TitleVerdict | undefined {
  return (r.titles as Partial<Record<string, TitleVerdict>>)[title];
}

function proposes(r: Row, title: string): boolean {
  return r.proposals.some((p) => p.title === title) || r.proposedByUnit.includes(title);
}

export function buildSection(
  title: IndividualTitle | UnitTitle,
  rows: readonly Row[],
  noProposalColumn: boolean
): TitleSection | null {
  const s: TitleSection = {
    title,
    eligible: [],
    notEligible: [],
    needsInfo: [],
    notEvaluated: [],
    notProposed: [],
  };
  if (noProposalColumn) {
    if (onlyWhenProposed(title)) return null;
    const listed = isDanhHieu(title)
      ? rows.filter((r) => r.eligibleUpTo === title)
      : rows.filter((r) => titleVerdict(r, title) === "eligible");
    s.eligible.push(...listed);
    return s;
  }
  const higher = higherThan(title);
  for (const r of rows) {
    const p = r.proposals.find((x) => x.title === title);
    if (p) {
      if (p.verdict === "eligible") s.eligible.push(r);
      else if (p.verdict === "not_eligible") s.notEligible.push(r);
      else if (p.verdict === "needs_info") s.needsInfo.push(r);
      else if (p.verdict === "not_evaluated") s.notEvaluated.push(r);
    } else if (
      titleVerdict(r, title) === "eligible" &&
      !proposes(r, title) &&
      !higher.some((h) => proposes(r, h))
    ) {
      s.notProposed.push(r);
    }
  }
  return s;
}

/** Proposals outside the rule set, in the given row order. */
export function otherProposals(rows: readonly Row[]): OtherProposal[] {
  const out: OtherProposal[] = [];
  for (const r of rows)
    for (const p of r.proposals) if (!lawTitle(p.title)) out.push({ row: r, title: p.title });
  return out;
}

/** The row's entry in a title's list: its own proposal or a title its proposal carries (criteria.md §2). */
export function entryOf(r: Row, title: string): Proposal | undefined {
  return r.proposals.find((x) => x.title === title);
}

export interface Counts {
  proposed: number;
  eligible: number;
  notEligible: number;
  needsInfo: number;
}

export function emptyCounts(): Counts {
  return { proposed: 0, eligible: 0, notEligible: 0, needsInfo: 0 };
}

/** A title's counts: every entry of its lists, and the same split into the units' own proposals and the entries
 * carried by a higher proposal (the ladder). Without a proposal column nothing is proposed: `proposed` is 0. */
export interface SectionCounts {
  all: Counts;
  direct: Counts;
  carried: Counts;
}

export function sectionCounts(s: TitleSection, noProposalColumn: boolean): SectionCounts {
  const out: SectionCounts = { all: emptyCounts(), direct: emptyCounts(), carried: emptyCounts() };
  const add = (rows: readonly Row[], field: keyof Counts | null): void => {
    for (const r of rows) {
      const carried = entryOf(r, s.title)?.carriedFrom !== undefined;
      for (const c of [out.all, carried ? out.carried : out.direct]) {
        if (!noProposalColumn) c.proposed++;
        if (field) c[field]++;
      }
    }
  };
  add(s.eligible, "eligible");
  add(s.notEligible, "notEligible");
  add(s.needsInfo, "needsInfo");
  add(s.notEvaluated, null);
  return out;
}
