/**
 * Every list of titles the add-in uses, derived from the law layer's titles (issue 16: one source). The records
 * themselves — words, part, ladder, rank — are in luat-2022-titles.ts; nothing outside the law layer names a title
 * to list it.
 *
 * - the report's order of titles and its schema's enums: `TITLE_CODES`, `titleCodesOf`, `danhHieuOf`, `CARRIERS`,
 *   `CARRIED` (report/build.ts, report/schema.ts);
 * - the summary's parts, in print order, and its lists: `partTitles`, `isUnitTitle`, `isDanhHieu`, `higherThan`,
 *   `onlyWhenProposed` (render/summary-lists.ts); a title held in a history cell implies those below it on its
 *   ladder (`higherThan`, rules/individual-checks.ts);
 * - the printed names: `abbr` and `heading` (render/messages.ts);
 * - the proposal vocabulary and the history headers: `READING_ORDER`, `titleForms`, `historyHeaders`, `unitReading`
 *   (vocab/titles.ts, vocab/headers.ts).
 *
 * Decisions:
 * - A title's proposal words are its Vietnamese label, short label and abbreviation, filled in for a province and for
 *   a city with no name ("Chiến sĩ thi đua cấp tỉnh", "CSTĐ thành phố", "Bằng khen của Chủ tịch UBND tỉnh"), its code
 *   when the code is letters only ("LDTT", "GK": codes with "_" are nobody's spelling), and its extra `forms`.
 * - Reading order (the vocabulary's entries, the history headers, the highest title): the individuals' danh hiệu
 *   from the highest, then the collectives', then the awards in the law's order. A history header naming two titles
 *   with keys of the same length ("TTLĐXS, TTLĐTT 2024") takes the first in this order.
 * - Print order (the summary's parts): the collectives' titles before the individuals', each danh hiệu from the
 *   highest, then the awards.
 */
import { format, type Template } from "../../i18n/types";
import { localityParams } from "../../locality";
import type { TitleCode, UnitTitle } from "../../vocab/codes";
import { titles } from "./luat-2022-titles";
import type { LawTitle } from "./types";

/** The titles of the law layer in force (rules/index.ts composes the same layer; a test holds them equal). */
export const LAW_TITLES: readonly LawTitle[] = titles;

const BY_CODE: ReadonlyMap<string, LawTitle> = new Map(LAW_TITLES.map((t) => [t.code, t]));

/** Every title's code in the law layer's order: the report's order of titles. */
export const TITLE_CODES: readonly TitleCode[] = LAW_TITLES.map((t) => t.code);

export function lawTitle(code: string): LawTitle | undefined {
  return BY_CODE.get(code);
}

export function isUnitTitle(code: string): code is UnitTitle {
  return BY_CODE.get(code)?.subject === "unit";
}

export function isDanhHieu(code: string): boolean {
  return BY_CODE.get(code)?.kind === "danh_hieu";
}

/** Titles checked only for the rows that propose them (Giấy khen, Bằng khen tập thể). */
export function onlyWhenProposed(code: string): boolean {
  return BY_CODE.get(code)?.onlyWhenProposed === true;
}

export function titleCodesOf(subject: LawTitle["subject"]): TitleCode[] {
  return LAW_TITLES.filter((t) => t.subject === subject).map((t) => t.code);
}

/** A subject's danh hiệu in the law's order: what `eligibleUpTo` may name. */
export function danhHieuOf(subject: LawTitle["subject"]): TitleCode[] {
  return LAW_TITLES.filter((t) => t.subject === subject && t.kind === "danh_hieu").map(
    (t) => t.code
  );
}

/** Each title's higher titles on its ladder. */
const HIGHER: ReadonlyMap<string, readonly TitleCode[]> = new Map(
  TITLE_CODES.map((code) => [
    code,
    LAW_TITLES.filter((t) => {
      for (let c = t.carries; c; c = BY_CODE.get(c)?.carries) if (c === code) return true;
      return false;
    }).map((t) => t.code),
  ])
);

/** The titles above `code` on its ladder: those whose proposal carries it, directly or through another. */
export function higherThan(code: string): readonly TitleCode[] {
  return HIGHER.get(code) ?? [];
}

/** Danh hiệu before awards, the highest rank first; otherwise the law's order (Array.sort is stable). */
function byRank(a: LawTitle, b: LawTitle): number {
  const kind = (t: LawTitle) => (t.kind === "danh_hieu" ? 0 : 1);
  return kind(a) - kind(b) || (b.rank ?? 0) - (a.rank ?? 0);
}

const danhHieuFirst = (subject: LawTitle["subject"]) =>
  LAW_TITLES.filter((t) => t.subject === subject).sort(byRank);

/** The order in which the vocabulary and the history headers try titles, and highestTitle looks for one. */
export const READING_ORDER: readonly LawTitle[] = [
  ...[...danhHieuFirst("individual"), ...danhHieuFirst("unit")].filter(
    (t) => t.kind === "danh_hieu"
  ),
  ...LAW_TITLES.filter((t) => t.kind !== "danh_hieu"),
];

/** Titles whose proposal carries a lower one (criteria.md §2, the ladder), in reading order: what `carriedFrom` may
 * name. */
export const CARRIERS: readonly TitleCode[] = READING_ORDER.filter((t) => t.carries).map(
  (t) => t.code
);

/** Titles a proposal can carry, in reading order: what `carried` may name. */
export const CARRIED: readonly TitleCode[] = READING_ORDER.filter((t) =>
  LAW_TITLES.some((x) => x.carries === t.code)
).map((t) => t.code);

/** The titles of a part of the summary (A: the Giám đốc Sở decides; B: proposed to the Chairman), in print order. */
export function partTitles(part: LawTitle["part"]): TitleCode[] {
  return [...danhHieuFirst("unit"), ...danhHieuFirst("individual")]
    .filter((t) => t.part === part)
    .map((t) => t.code);
}

const PROVINCE = localityParams({ "locality.kind": "tinh", "locality.name": "" });
const CITY = localityParams({ "locality.kind": "thanh_pho", "locality.name": "" });

function vi(t: Template, params: Record<string, string>): string {
  return format(t.vi, params);
}

/** The words of a title in a proposal or history cell (see the decisions above); none for a `writtenAs` title. */
export function titleForms(t: LawTitle): string[] {
  if (t.writtenAs) return [];
  const names = [t.label, t.short, t.abbr ?? t.short];
  return [
    ...new Set([
      ...names.map((n) => vi(n, PROVINCE)),
      ...names.map((n) => vi(n, CITY)),
      ...(/^[A-Z]+$/.test(t.code) ? [t.code] : []),
      ...(t.forms ?? []),
    ]),
  ];
}

/** Header words of a history column holding the title ("CSTĐCS 2024"); none for a `writtenAs` title. */
export function historyHeaders(t: LawTitle): string[] {
  if (t.writtenAs) return [];
  return t.historyHeaders ?? [...new Set([t.abbr ?? t.short, t.short].map((n) => vi(n, PROVINCE)))];
}

/** On a units-sheet row, the collective title meant by an individual title's words (GK → GK_TT, BK_TINH → BK_TT). */
export function unitReading(code: TitleCode): TitleCode {
  return UNIT_READING.get(code) ?? code;
}

const UNIT_READING: ReadonlyMap<TitleCode, TitleCode> = new Map(
  LAW_TITLES.flatMap((t) => (t.writtenAs && t.subject === "unit" ? [[t.writtenAs, t.code]] : []))
);
