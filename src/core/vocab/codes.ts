/** The closed sets of codes the vocabularies map the clerk's words to (spec/vocabulary.md). */

export type RatingCode = "HTXSNV" | "HTTNV" | "HTNV" | "KHTNV";

/** Increasing severity. */
export type DisciplineCode =
  "KHIEN_TRACH" | "CANH_CAO" | "HA_BAC_LUONG" | "GIANG_CHUC" | "CACH_CHUC" | "BUOC_THOI_VIEC";

export const DISCIPLINE_ORDER: readonly DisciplineCode[] = [
  "KHIEN_TRACH",
  "CANH_CAO",
  "HA_BAC_LUONG",
  "GIANG_CHUC",
  "CACH_CHUC",
  "BUOC_THOI_VIEC",
];

/**
 * The titles' codes: the one typed list of titles. Each code has one record, with all its words, in the law layer
 * (rules/law/luat-2022-titles.ts, which fails to compile while a code here has none); every other list of titles
 * derives from those records (rules/law/title-lists.ts).
 */
export type IndividualTitle = "LDTT" | "CSTDCS" | "CSTD_TINH" | "BK_TINH" | "GK";
export type UnitTitle = "TTLDTT" | "TTLDXS" | "GK_TT" | "BK_TT";
export type TitleCode = IndividualTitle | UnitTitle;

/** The result of reading one cell against a vocabulary. */
export type Parsed<T> =
  | {
      kind: "ok";
      value: T;
      /** catalogue key of a note to report (e.g. legacy HTNV wording) */ note?: string;
    }
  | { kind: "blank" }
  | { kind: "unknown"; text: string }
  | { kind: "error"; error: string };
