/**
 * The summary's lists as data (spec/workbook.md item 3, criteria.md §4), before any layout.
 *
 * Decisions where the spec is silent:
 * - Proposals whose verdict is `not_evaluated` (an essential column is missing) get their own list "Chưa kiểm tra
 *   được" after "Cần bổ sung", so no proposal disappears from the council's paper.
 * - "Đủ điều kiện nhưng chưa được đề nghị" leaves out rows that proposed a higher danh hiệu of the same ladder
 *   (CSTĐCS or CSTĐ cấp tỉnh for LĐTT; TTLĐXS for TTLĐTT): the higher title already requires the lower one.
 * - Without any proposal column the lists follow eligibleUpTo (one list per danh hiệu, each row in the list of its
 *   highest title); Bằng khen lists rows eligible for it; Giấy khen (checked only when proposed) has no list.
 * - Proposals of titles outside the rule set (Bằng khen Bộ, Huân chương …) are listed in a part C.
 * - A title a proposal carries (criteria.md §2, the ladder: `Proposal.carriedFrom`) is an entry of its own title's
 *   lists like a proposal; counts give both numbers (sectionCounts: direct and carried).
 * - Bằng khen tập thể (BK_TT) is checked only when proposed, like Giấy khen: it has no list without a proposal column.
 */
import type { IndividualResult, Proposal, TitleVerdict, UnitResult } from "../review";
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

export const PART_A: readonly (IndividualTitle | UnitTitle)[] = [
  "TTLDTT",
  "GK_TT",
  "CSTDCS",
  "LDTT",
  "GK",
];
export const PART_B: readonly (IndividualTitle | UnitTitle)[] = [
  "TTLDXS",
  "BK_TT",
  "CSTD_TINH",
  "BK_TINH",
];

const UNIT_TITLES: readonly string[] = ["TTLDTT", "TTLDXS", "GK_TT", "BK_TT"];
const KNOWN_TITLES: readonly string[] = [...PART_A, ...PART_B];
const DANH_HIEU: readonly string[] = ["LDTT", "CSTDCS", "CSTD_TINH", "TTLDTT", "TTLDXS"];
/** Higher danh hiệu that imply a lower one (criteria.md §2: each requires the one below). */
const HIGHER: Readonly<Record<string, readonly string[]>> = {
  LDTT: ["CSTDCS", "CSTD_TINH"],
  CSTDCS: ["CSTD_TINH"],
  TTLDTT: ["TTLDXS"],
};

export function isUnitTitle(title: string): title is UnitTitle {
  return UNIT_TITLES.includes(title);
}

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
    if (title === "GK" || title === "GK_TT" || title === "BK_TT") return null;
    const listed = DANH_HIEU.includes(title)
      ? rows.filter((r) => r.eligibleUpTo === title)
      : rows.filter((r) => titleVerdict(r, title) === "eligible");
    s.eligible.push(...listed);
    return s;
  }
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
      !(HIGHER[title] ?? []).some((h) => proposes(r, h))
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
    for (const p of r.proposals)
      if (!KNOWN_TITLES.includes(p.title)) out.push({ row: r, title: p.title });
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
