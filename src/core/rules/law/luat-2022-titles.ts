/**
 * The titles and awards of the law layer Luật 2022 (rules/law/luat-2022.ts), each once with all its words: the label
 * (its legal name), the short label, the form printed in a result cell (`abbr`), the heading of its lists on paper
 * (`heading`), the spellings clerks write (`forms`) — and what the law says of it: who decides, the summary's part,
 * its ladder (`carries`), its rank, its conditions. Everything else that lists titles derives from this list
 * (rules/law/title-lists.ts): the proposal and history vocabularies, the evaluation's titles, the report's schema,
 * the summary's parts and lists, the printed names.
 *
 * Data only: the vocabulary (src/core/vocab) reads it, so it imports no checks.
 *
 * A new title is a record here and its code in vocab/codes.ts (IndividualTitle or UnitTitle); the type check below
 * fails while a code has no record.
 */
import type { Template } from "../../i18n/types";
import type { TitleCode } from "../../vocab/codes";
import type { LawTitle } from "./types";

export const law = (article: string, extra = ""): Template => ({
  vi: `Luật Thi đua, khen thưởng 2022, Điều ${article}${extra}`,
  en: `Law on Emulation and Commendation 2022, Art. ${article}${extra}`,
});

const DIRECTOR: Template = { vi: "Giám đốc Sở", en: "Director of the Department" };
const CHAIRMAN: Template = {
  vi: "Chủ tịch UBND tỉnh/thành phố",
  en: "Chairman of the provincial People's Committee",
};

export const titles = [
  {
    code: "LDTT",
    subject: "individual",
    kind: "danh_hieu",
    label: { vi: "Lao động tiên tiến", en: "Advanced Worker (LĐTT)" },
    short: { vi: "Lao động tiên tiến", en: "LĐTT" },
    abbr: { vi: "LĐTT", en: "LDTT" },
    heading: { vi: "Lao động tiên tiến", en: "Advanced Worker" },
    decidedBy: DIRECTOR,
    part: "A",
    onlyWhenProposed: false,
    requires: [],
    terms: ["@rating", "@plan", "SERVICE", "PENDING"],
    essential: ["@rating"],
    rank: 1,
    source: law("24"),
  },
  {
    code: "CSTDCS",
    subject: "individual",
    kind: "danh_hieu",
    label: { vi: "Chiến sĩ thi đua cơ sở", en: "Grassroots Emulation Fighter (CSTĐCS)" },
    short: { vi: "Chiến sĩ thi đua cơ sở", en: "CSTĐCS" },
    abbr: { vi: "CSTĐCS", en: "CSTDCS" },
    heading: { vi: "Chiến sĩ thi đua cơ sở", en: "Grassroots Emulation Fighter" },
    forms: [
      "Chiến sỹ thi đua cơ sở",
      "Chiến sĩ thi đua cấp cơ sở",
      "Chiến sỹ thi đua cấp cơ sở",
      "CSTĐ cơ sở",
      "CSTĐ CS",
    ],
    decidedBy: DIRECTOR,
    part: "A",
    onlyWhenProposed: false,
    requires: ["LDTT"],
    carries: "LDTT",
    terms: ["@rating", "@plan", "PENDING"],
    vote: { condition: "VOTE_CSTDCS", setting: "vote.cstdcs" },
    // Luật 2022 Đ23: in law mode an HTXSNV rating stands in for the plan's initiative.
    lawModeAlternative: "HTXS_RATING",
    essential: ["@rating"],
    rank: 2,
    source: law("23"),
  },
  {
    code: "CSTD_TINH",
    subject: "individual",
    kind: "danh_hieu",
    label: { vi: "Chiến sĩ thi đua {levelVi}", en: "{levelEn} Emulation Fighter" },
    short: { vi: "Chiến sĩ thi đua {levelVi}", en: "{levelEn} CSTĐ" },
    abbr: { vi: "CSTĐ {levelVi}", en: "{levelEn} CSTD" },
    forms: [
      "Chiến sỹ thi đua cấp tỉnh",
      "Chiến sĩ thi đua tỉnh",
      "Chiến sĩ thi đua cấp thành phố",
      "Chiến sỹ thi đua cấp thành phố",
      "CSTĐ tỉnh",
      "CSTĐ cấp thành phố",
      "CSTĐ TP",
    ],
    decidedBy: CHAIRMAN,
    part: "B",
    onlyWhenProposed: false,
    requires: ["CSTDCS"],
    carries: "CSTDCS",
    terms: ["@rating", "@plan", "HISTORY_CSTDCS_3", "INITIATIVE_PROVINCE", "PENDING"],
    vote: { condition: "VOTE_CSTD_TINH", setting: "vote.cstdTinh" },
    // Without the provincial-initiative column the title is not evaluated, never eligible (Luật 2022 Đ22).
    essential: ["HISTORY_CSTDCS_3", "INITIATIVE_PROVINCE"],
    rank: 3,
    source: law("22"),
  },
  {
    code: "BK_TINH",
    subject: "individual",
    kind: "hinh_thuc",
    label: {
      vi: "Bằng khen của Chủ tịch {ubndVi}",
      en: "Certificate of Merit of the Chairman of the {ubndEn}",
    },
    short: { vi: "Bằng khen {ubndVi}", en: "Certificate of merit ({ubndEn})" },
    abbr: { vi: "Bằng khen {ubndVi}", en: "Certificate ({ubndEn})" },
    forms: [
      "Bằng khen",
      "Bằng khen của UBND tỉnh",
      "Bằng khen Ủy ban nhân dân tỉnh",
      "Bằng khen của Ủy ban nhân dân tỉnh",
      "Bằng khen Chủ tịch UBND tỉnh",
      "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
      "Bằng khen của UBND thành phố",
      "Bằng khen Ủy ban nhân dân thành phố",
      "Bằng khen của Ủy ban nhân dân thành phố",
      "Bằng khen Chủ tịch UBND thành phố",
      "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
      "Bằng khen UBND TP",
      "BK tỉnh",
      "BK UBND tỉnh",
      "BK thành phố",
      "BK UBND TP",
      "BKUBND",
      "BK UBND",
    ],
    // A history column says “Bằng khen 2024”, without the body.
    historyHeaders: ["Bằng khen"],
    decidedBy: CHAIRMAN,
    part: "B",
    onlyWhenProposed: false,
    requires: [],
    // I5: no discipline counted for the year (a khiển trách this year denies it), PENDING, and one route.
    terms: ["@rating", "@plan", "PENDING", "HISTORY_BK"],
    essential: [],
    source: law("74"),
  },
  {
    code: "GK",
    subject: "individual",
    kind: "hinh_thuc",
    label: { vi: "Giấy khen của Giám đốc Sở", en: "Certificate of Merit of the Director" },
    short: { vi: "Giấy khen", en: "Certificate of merit" },
    heading: {
      vi: "Giấy khen của Giám đốc Sở (cá nhân)",
      en: "Director's Certificate of Merit (individual)",
    },
    forms: ["Giấy khen Giám đốc Sở", "Giấy khen Giám đốc", "Giấy khen của Giám đốc"],
    decidedBy: DIRECTOR,
    part: "A",
    onlyWhenProposed: true,
    requires: [],
    terms: ["@rating", "@plan", "PENDING", "ACHIEVEMENT"],
    essential: ["@rating"],
    source: law("75"),
  },
  {
    code: "TTLDTT",
    subject: "unit",
    kind: "danh_hieu",
    label: { vi: "Tập thể lao động tiên tiến", en: "Advanced Collective (TTLĐTT)" },
    short: { vi: "Tập thể lao động tiên tiến", en: "TTLĐTT" },
    abbr: { vi: "TTLĐTT", en: "TTLDTT" },
    heading: { vi: "Tập thể lao động tiên tiến", en: "Advanced Collective" },
    decidedBy: DIRECTOR,
    part: "A",
    onlyWhenProposed: false,
    requires: [],
    terms: ["@rating", "@plan", "SHARE_LDTT_50", "NO_CANH_CAO", "PENDING"],
    essential: ["@rating"],
    rank: 1,
    source: law("28"),
  },
  {
    code: "TTLDXS",
    subject: "unit",
    kind: "danh_hieu",
    label: { vi: "Tập thể lao động xuất sắc", en: "Excellent Collective (TTLĐXS)" },
    short: { vi: "Tập thể lao động xuất sắc", en: "TTLĐXS" },
    abbr: { vi: "TTLĐXS", en: "TTLDXS" },
    heading: { vi: "Tập thể lao động xuất sắc", en: "Excellent Collective" },
    decidedBy: CHAIRMAN,
    part: "B",
    onlyWhenProposed: false,
    requires: [],
    carries: "TTLDTT",
    terms: [
      "@plan",
      "UNIT_HTXS",
      "ALL_HTNV",
      "SHARE_LDTT_70",
      "HAS_CSTDCS",
      "NO_DISCIPLINE",
      "PENDING",
    ],
    essential: ["@rating", "UNIT_HTXS"],
    rank: 2,
    source: law("27"),
  },
  {
    code: "GK_TT",
    subject: "unit",
    kind: "hinh_thuc",
    label: { vi: "Giấy khen tập thể", en: "Certificate of Merit for a collective" },
    short: { vi: "Giấy khen tập thể", en: "Collective certificate" },
    heading: {
      vi: "Giấy khen của Giám đốc Sở (tập thể)",
      en: "Director's Certificate of Merit (collective)",
    },
    // “Giấy khen” on a units-sheet row is the collective's (vocabulary.md, revision 2).
    writtenAs: "GK",
    decidedBy: DIRECTOR,
    part: "A",
    onlyWhenProposed: true,
    requires: [],
    terms: ["@rating", "@plan", "PENDING", "ACHIEVEMENT"],
    essential: ["@rating"],
    source: law("75"),
  },
  {
    code: "BK_TT",
    subject: "unit",
    kind: "hinh_thuc",
    label: {
      vi: "Bằng khen của Chủ tịch {ubndVi} (tập thể)",
      en: "Certificate of Merit of the Chairman of the {ubndEn} (collective)",
    },
    short: { vi: "Bằng khen tập thể", en: "Collective certificate of merit" },
    abbr: {
      vi: "Bằng khen {ubndVi} (tập thể)",
      en: "Certificate ({ubndEn}, collective)",
    },
    // “Bằng khen” on a units-sheet row is the collective's Bằng khen (vocabulary.md, revision 2).
    writtenAs: "BK_TINH",
    decidedBy: CHAIRMAN,
    part: "B",
    onlyWhenProposed: true,
    requires: [],
    terms: ["@rating", "@plan", "PENDING", "HISTORY_BK_TT"],
    essential: ["@rating"],
    source: law("74", "; quy định khen thưởng của UBND tỉnh/thành phố"),
  },
] satisfies LawTitle[];

/** Fails to compile while a code of vocab/codes.ts has no record above (a record's code must be one already). */
type EveryCode<Missing extends never> = Missing;
export type EveryTitleCodeHasATitle = EveryCode<
  Exclude<TitleCode, (typeof titles)[number]["code"]>
>;
