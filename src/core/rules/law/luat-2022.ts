/**
 * The law layer (issue 16): the titles and awards of the Law on Emulation and Commendation 2022 with Decree
 * 152/2025/NĐ-CP and the locality's rules — their conditions, quotas, ladders, who decides, sources, labels and short
 * labels — as data. A year's plan (rules/plan) adds its criteria; `compose` joins the two. A changed decree is a new
 * law layer beside this one; the province's thresholds are settings (settings-defaults.ts).
 *
 * Decisions where the spec is silent (carried from the rule set of revision 2):
 * - A title's list names the plan's criteria by two slots: "@rating" (the plan's rating criteria for the title, which
 *   the law puts first where it lists the rating first) and "@plan" (its other criteria, in plan order). A title
 *   cannot do without its rating ("@rating" in `essential`): without a rating nothing about a person or a collective
 *   can be said.
 * - Bằng khen (BK_TINH) is checked on every row; where the sheet has no history columns its HISTORY_BK is `unknown`
 *   on every row, but only the rows proposing Bằng khen get the note (the others would repeat one fact).
 * - BK_TT counts this year's TTLĐXS only when the unit proposed it, as BK_TINH counts a proposed CSTĐCS.
 * - The council vote (VOTE_CSTDCS, VOTE_CSTD_TINH) joins the titles only while its threshold is set; one vote column
 *   serves both titles of a row.
 * - NO_DISCIPLINE keeps "any form" (criteria.md §2): a member disciplined by a decision made in the year is rated
 *   KHTNV (NĐ 90/2020 Đ2.5 as added by NĐ 48/2023), which already breaks Luật 2022 Đ27's 100 % rule.
 * - HTXS_RATING is the law-mode alternative to the plan's initiative for CSTĐCS (Luật 2022 Đ23); it is a verdict
 *   only, the rating criterion reports the rating cell.
 */
import type { Template } from "../../i18n/types";
import {
  checkAchievement,
  checkHistoryBk,
  checkHistoryCstdcs3,
  checkHtxsRating,
  checkInitiativeProvince,
  checkPending,
  checkService,
  checkVote,
} from "../individual-checks";
import { indCell, unitCell } from "../checks";
import type { Criterion } from "../types";
import {
  checkAllHtnv,
  checkHasCstdcs,
  checkNoCanhCao,
  checkNoDiscipline,
  checkShareLdtt50,
  checkShareLdtt70,
  checkUnitHtxs,
  checkHistoryBkTt,
  checkUnitPending,
} from "../unit-checks";
import { LAW_THRESHOLDS } from "./thresholds";
import type { LawLayer, LawTitle } from "./types";

const law = (article: string, extra = ""): Template => ({
  vi: `Luật Thi đua, khen thưởng 2022, Điều ${article}${extra}`,
  en: `Law on Emulation and Commendation 2022, Art. ${article}${extra}`,
});

const PENDING_SOURCE: Template = {
  vi: "Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4",
  en: "Decree 152/2025/NĐ-CP, Art. 4(4)",
};

const conditions: Criterion[] = [
  {
    id: "SERVICE",
    subject: "individual",
    layer: "law",
    label: {
      vi: "Công tác đủ 6 tháng trong năm",
      en: "At least 6 months of service in the year",
    },
    short: { vi: "Thời gian công tác", en: "Time worked" },
    fields: ["service", "leave"],
    essentialFields: ["service"],
    source: {
      vi: "Thông tư 01/2024/TT-BNV và Thông tư 15/2025/TT-BNV (chưa đủ 6 tháng không xét); Nghị định 152/2025/NĐ-CP, Điều 4 khoản 5 (nghỉ thai sản, đi học theo quyết định cử được tính)",
      en: "Circulars 01/2024/TT-BNV and 15/2025/TT-BNV (under 6 months not considered); Decree 152/2025/NĐ-CP, Art. 4(5) (maternity leave and agency-sent training count)",
    },
    switchable: false,
    check: checkService,
  },
  {
    id: "PENDING",
    subject: "individual",
    layer: "law",
    label: {
      vi: "Không đang bị xem xét kỷ luật, thanh tra, kiểm tra",
      en: "No pending discipline or inspection",
    },
    short: { vi: "Đang xem xét kỷ luật", en: "Pending discipline" },
    fields: ["pending"],
    essentialFields: ["pending"],
    source: PENDING_SOURCE,
    switchable: false,
    check: checkPending,
  },
  {
    id: "HISTORY_CSTDCS_3",
    subject: "individual",
    layer: "law",
    label: {
      vi: "Ba lần liên tục đạt Chiến sĩ thi đua cơ sở",
      en: "CSTĐCS three times in a row",
    },
    short: { vi: "Chiến sĩ thi đua cơ sở ba năm liên tục", en: "CSTĐCS three years running" },
    fields: ["history.prev1", "history.prev2"],
    essentialFields: ["history.prev1", "history.prev2"],
    source: law("22"),
    switchable: false,
    check: checkHistoryCstdcs3,
  },
  {
    id: "INITIATIVE_PROVINCE",
    subject: "individual",
    layer: "law",
    label: {
      vi: "Sáng kiến có phạm vi ảnh hưởng cấp tỉnh",
      en: "An initiative recognised at provincial level",
    },
    short: { vi: "Sáng kiến cấp tỉnh", en: "Provincial initiative" },
    fields: ["initiativeLevel", "initiative"],
    essentialFields: ["initiativeLevel"],
    source: law("22"),
    switchable: false,
    check: checkInitiativeProvince,
  },
  {
    id: "HISTORY_BK",
    subject: "individual",
    layer: "law",
    label: {
      vi: "Thành tích hai năm liên tục (CSTĐCS, hoặc Hoàn thành xuất sắc nhiệm vụ và 2 sáng kiến)",
      en: "Two years in a row (CSTĐCS, or HTXSNV with 2 initiatives)",
    },
    short: { vi: "Thành tích hai năm liên tục", en: "Two years' record" },
    fields: [
      "history.prev1",
      "history.prev1.rating",
      "history.prev1.initiative",
      "initiative",
      "achievement",
    ],
    // Missing history columns are `unknown`, never skipped or a gap (criteria.md §2 BK_TINH).
    essentialFields: [],
    source: law("74", "; quy định khen thưởng của tỉnh"),
    switchable: false,
    readsTitles: true,
    check: checkHistoryBk,
  },
  {
    id: "ACHIEVEMENT",
    subject: "individual",
    layer: "law",
    label: { vi: "Có thành tích được tóm tắt", en: "Achievements are summarised" },
    short: { vi: "Thành tích", en: "Achievements" },
    fields: ["achievement"],
    essentialFields: ["achievement"],
    source: law("75"),
    switchable: false,
    check: (ctx) => checkAchievement(indCell(ctx, "achievement")),
  },
  ...(["VOTE_CSTDCS", "VOTE_CSTD_TINH"] as const).map((id): Criterion => ({
    id,
    subject: "individual",
    layer: "law",
    label:
      id === "VOTE_CSTDCS"
        ? { vi: "Tỷ lệ phiếu bầu Chiến sĩ thi đua cơ sở", en: "Council vote for CSTĐCS" }
        : {
            vi: "Tỷ lệ phiếu bầu Chiến sĩ thi đua cấp tỉnh",
            en: "Council vote for provincial CSTĐ",
          },
    short: { vi: "Tỷ lệ phiếu bầu", en: "Council vote" },
    fields: ["vote", "voteTotal"],
    essentialFields: ["vote"],
    // NĐ 98/2023 Đ30.7 required 80 % / 90 % of all council members; whether NĐ 152/2025 keeps it is unsettled, so
    // the threshold applies only when the office sets it (criteria.md §5.11).
    source: {
      vi: "Mức tỷ lệ phiếu do cơ quan đặt (Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7 đã được thay thế)",
      en: "Vote share set by the office (Decree 98/2023/NĐ-CP, Art. 30(7), since replaced)",
    },
    switchable: false,
    check: checkVote(id === "VOTE_CSTDCS" ? "vote.cstdcs" : "vote.cstdTinh"),
  })),
  {
    id: "HTXS_RATING",
    subject: "individual",
    layer: "law",
    label: {
      vi: "Xếp loại Hoàn thành xuất sắc nhiệm vụ",
      en: "Rated HTXSNV",
    },
    short: { vi: "Xếp loại xuất sắc", en: "Outstanding rating" },
    fields: ["rating"],
    essentialFields: ["rating"],
    source: law("23"),
    switchable: false,
    silent: true,
    check: checkHtxsRating,
  },
  {
    id: "ACHIEVEMENT",
    subject: "unit",
    layer: "law",
    label: { vi: "Có thành tích được tóm tắt", en: "Achievements are summarised" },
    short: { vi: "Thành tích", en: "Achievements" },
    fields: ["achievement"],
    essentialFields: ["achievement"],
    source: law("75"),
    switchable: false,
    check: (ctx) => checkAchievement(unitCell(ctx, "achievement")),
  },
  {
    id: "PENDING",
    subject: "unit",
    layer: "law",
    label: {
      vi: "Tập thể không đang bị xem xét kỷ luật, thanh tra, kiểm tra",
      en: "No pending discipline or inspection of the collective",
    },
    short: { vi: "Đang xem xét kỷ luật", en: "Pending discipline" },
    fields: ["pending"],
    essentialFields: ["pending"],
    source: PENDING_SOURCE,
    switchable: false,
    check: checkUnitPending,
  },
  {
    id: "HISTORY_BK_TT",
    subject: "unit",
    layer: "law",
    label: {
      vi: "Thành tích tập thể hai năm liên tục (Tập thể lao động xuất sắc hoặc Hoàn thành xuất sắc nhiệm vụ)",
      en: "Two years in a row (TTLĐXS or rated HTXSNV)",
    },
    short: { vi: "Thành tích hai năm liên tục", en: "Two years' record" },
    fields: ["history.prev1", "history.prev1.rating", "unitRating", "achievement"],
    essentialFields: [],
    source: law("74", "; quy định khen thưởng của UBND tỉnh/thành phố"),
    switchable: false,
    readsTitles: true,
    check: checkHistoryBkTt,
  },
  {
    id: "UNIT_HTXS",
    subject: "unit",
    layer: "law",
    label: {
      vi: "Tập thể xếp loại Hoàn thành xuất sắc nhiệm vụ",
      en: "The unit is rated HTXSNV",
    },
    short: { vi: "Tập thể xếp loại xuất sắc", en: "Unit rated outstanding" },
    fields: ["unitRating"],
    essentialFields: ["unitRating"],
    source: law("27"),
    switchable: false,
    check: checkUnitHtxs,
  },
  {
    id: "ALL_HTNV",
    subject: "unit",
    layer: "law",
    label: {
      vi: "100% thành viên hoàn thành nhiệm vụ trở lên",
      en: "Every member rated HTNV or better",
    },
    short: { vi: "Thành viên hoàn thành nhiệm vụ", en: "Members' ratings" },
    fields: ["rating"],
    essentialFields: [],
    source: law("27"),
    switchable: false,
    check: checkAllHtnv,
  },
  {
    id: "SHARE_LDTT_50",
    subject: "unit",
    layer: "law",
    label: {
      vi: "Tỷ lệ thành viên đạt Lao động tiên tiến theo ngưỡng Tập thể lao động tiên tiến",
      en: "Share of members eligible for LĐTT (TTLĐTT threshold)",
    },
    short: { vi: "Tỷ lệ Lao động tiên tiến", en: "Share of LĐTT" },
    fields: ["rating"],
    essentialFields: [],
    source: law("28"),
    switchable: false,
    check: checkShareLdtt50,
  },
  {
    id: "SHARE_LDTT_70",
    subject: "unit",
    layer: "law",
    label: {
      vi: "Ít nhất 70% thành viên đạt Lao động tiên tiến",
      en: "At least 70% of members eligible for LĐTT",
    },
    short: { vi: "Tỷ lệ Lao động tiên tiến", en: "Share of LĐTT" },
    fields: ["rating"],
    essentialFields: [],
    source: law("27"),
    switchable: false,
    check: checkShareLdtt70,
  },
  {
    id: "HAS_CSTDCS",
    subject: "unit",
    layer: "law",
    label: {
      vi: "Có cá nhân đạt Chiến sĩ thi đua cơ sở",
      en: "At least one member eligible for CSTĐCS",
    },
    short: { vi: "Có Chiến sĩ thi đua cơ sở", en: "A CSTĐCS member" },
    fields: ["rating"],
    essentialFields: [],
    source: law("27"),
    switchable: false,
    check: checkHasCstdcs,
  },
  {
    id: "NO_CANH_CAO",
    subject: "unit",
    layer: "law",
    label: {
      vi: "Không có cá nhân bị kỷ luật từ cảnh cáo trở lên",
      en: "No member disciplined at cảnh cáo or above",
    },
    short: { vi: "Kỷ luật từ cảnh cáo", en: "Discipline (warning or above)" },
    fields: ["discipline"],
    essentialFields: [],
    memberFields: ["discipline"],
    source: law("28"),
    switchable: false,
    check: checkNoCanhCao,
  },
  {
    id: "NO_DISCIPLINE",
    subject: "unit",
    layer: "law",
    label: {
      vi: "Không có cá nhân bị kỷ luật",
      en: "No member disciplined",
    },
    short: { vi: "Thành viên bị kỷ luật", en: "Disciplined members" },
    fields: ["discipline"],
    essentialFields: [],
    memberFields: ["discipline"],
    source: {
      vi: "Luật Thi đua, khen thưởng 2022, Điều 27; Nghị định 48/2023/NĐ-CP",
      en: "Law on Emulation and Commendation 2022, Art. 27; Decree 48/2023/NĐ-CP",
    },
    switchable: false,
    check: checkNoDiscipline,
  },
];

const DIRECTOR: Template = { vi: "Giám đốc Sở", en: "Director of the Department" };
const CHAIRMAN: Template = {
  vi: "Chủ tịch UBND tỉnh/thành phố",
  en: "Chairman of the provincial People's Committee",
};

const titles: LawTitle[] = [
  {
    code: "LDTT",
    subject: "individual",
    kind: "danh_hieu",
    label: { vi: "Lao động tiên tiến", en: "Advanced Worker (LĐTT)" },
    short: { vi: "Lao động tiên tiến", en: "LĐTT" },
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
    decidedBy: CHAIRMAN,
    part: "B",
    onlyWhenProposed: true,
    requires: [],
    terms: ["@rating", "@plan", "PENDING", "HISTORY_BK_TT"],
    essential: ["@rating"],
    source: law("74", "; quy định khen thưởng của UBND tỉnh/thành phố"),
  },
];

export const luat2022: LawLayer = {
  id: "luat-2022",
  version: "Luật 2022 + NĐ 152/2025/NĐ-CP",
  basis: [
    law("22–28, 74, 75"),
    { vi: "Nghị định 152/2025/NĐ-CP", en: "Decree 152/2025/NĐ-CP" },
    {
      vi: "Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP",
      en: "Decree 90/2020/NĐ-CP as amended by Decree 48/2023/NĐ-CP",
    },
    { vi: "Nghị định 172/2025/NĐ-CP", en: "Decree 172/2025/NĐ-CP" },
    { vi: "Thông tư 01/2024/TT-BNV", en: "Circular 01/2024/TT-BNV" },
  ],
  thresholds: LAW_THRESHOLDS,
  conditions,
  titles,
  quotas: [
    {
      id: "Q_HTXS",
      label: {
        vi: "Tỷ lệ Hoàn thành xuất sắc nhiệm vụ không quá {pct}% số Hoàn thành tốt nhiệm vụ",
        en: "HTXSNV at most {pct}% of the number rated HTTNV",
      },
      short: { vi: "Tỷ lệ Hoàn thành xuất sắc nhiệm vụ", en: "Share rated HTXSNV" },
      source: {
        vi: "Nghị định 90/2020/NĐ-CP sửa đổi bởi Nghị định 48/2023/NĐ-CP; Quy định 366-QĐ/TW",
        en: "Decree 90/2020 as amended by Decree 48/2023; Party Regulation 366-QĐ/TW",
      },
    },
    {
      id: "Q_HTXS_UNITS",
      label: {
        vi: "Số tập thể Hoàn thành xuất sắc nhiệm vụ không quá {pct}% số tập thể Hoàn thành tốt nhiệm vụ",
        en: "Collectives rated HTXSNV at most {pct}% of those rated HTTNV",
      },
      short: {
        vi: "Tỷ lệ tập thể Hoàn thành xuất sắc nhiệm vụ",
        en: "Share of collectives rated HTXSNV",
      },
      source: {
        vi: "Quy định 366-QĐ/TW, Điều 11 mục 1.5; Nghị định 90/2020/NĐ-CP sửa đổi bởi Nghị định 48/2023/NĐ-CP",
        en: "Party Regulation 366-QĐ/TW, Art. 11 item 1.5; Decree 90/2020 as amended by Decree 48/2023",
      },
    },
    {
      id: "Q_CSTDCS",
      label: {
        vi: "Số Chiến sĩ thi đua cơ sở không quá {pct}% số Lao động tiên tiến",
        en: "CSTĐCS at most {pct}% of those eligible for LĐTT",
      },
      short: { vi: "Tỷ lệ Chiến sĩ thi đua cơ sở", en: "Share of CSTĐCS" },
      source: {
        vi: "Nghị định 91/2017/NĐ-CP (quy định cũ, không còn hiệu lực)",
        en: "Decree 91/2017/NĐ-CP (old rule, no longer in force)",
      },
    },
    {
      id: "Q_PROPOSED",
      label: {
        vi: "Đề nghị của đơn vị chưa đủ điều kiện",
        en: "Proposals that are not eligible",
      },
      short: { vi: "Đề nghị chưa đủ điều kiện", en: "Proposals not eligible" },
      // Review correction: not Điều 80 (competence). A proposal is checked against the standards of its title.
      source: {
        vi: "Tiêu chuẩn của danh hiệu, hình thức khen thưởng được đề nghị (Luật Thi đua, khen thưởng 2022, Điều 22–28, 74, 75)",
        en: "The standards of the proposed title or award (Law on Emulation and Commendation 2022, Art. 22–28, 74, 75)",
      },
    },
  ],
  warnings: [
    {
      id: "I2_DECISION",
      label: {
        vi: "Hồ sơ Chiến sĩ thi đua cơ sở cần quyết định công nhận sáng kiến",
        en: "A CSTĐCS dossier needs the decision recognising the initiative",
      },
      short: { vi: "Công nhận sáng kiến", en: "Recognised initiative" },
      source: law("23", ", Điều 84"),
    },
    {
      id: "I2_REPEATED",
      label: {
        vi: "Cùng sáng kiến ghi ở nhiều dòng",
        en: "The same initiative on several rows",
      },
      short: { vi: "Sáng kiến ghi trùng", en: "Repeated initiative" },
      // The plan's initiative criterion is the one repeated.
      sourceFrom: "initiative",
    },
    {
      id: "CSTDCS_IF_TTLDXS",
      label: {
        vi: "Chiến sĩ thi đua cơ sở của người đứng đầu khi đơn vị được tặng Tập thể lao động xuất sắc",
        en: "A head's CSTĐCS once the unit is awarded TTLĐXS",
      },
      short: { vi: "Người đứng đầu", en: "Head of unit" },
      sourceFrom: "head",
    },
    {
      id: "R_DISC_RATING",
      label: {
        vi: "Người bị kỷ luật trong năm xếp loại Không hoàn thành nhiệm vụ",
        en: "Anyone disciplined in the year is rated KHTNV",
      },
      short: { vi: "Xếp loại và kỷ luật", en: "Rating and discipline" },
      // Review correction: the rule is NĐ 90/2020 Đ2.5 as added by NĐ 48/2023, not the plan's criterion 1.2.
      source: {
        vi: "Nghị định 90/2020/NĐ-CP, Điều 2 khoản 5 (bổ sung bởi Nghị định 48/2023/NĐ-CP)",
        en: "Decree 90/2020/NĐ-CP, Art. 2(5) (added by Decree 48/2023/NĐ-CP)",
      },
    },
    {
      id: "R_SERVICE_RATING",
      label: {
        vi: "Người công tác dưới 6 tháng trong năm không xếp loại (trừ nghỉ thai sản)",
        en: "Staff who worked under 6 months are not rated (maternity leave aside)",
      },
      short: { vi: "Xếp loại khi công tác dưới 6 tháng", en: "Rating under 6 months worked" },
      source: {
        vi: "Nghị định 90/2020/NĐ-CP, Điều 2 (sửa đổi bởi Nghị định 48/2023/NĐ-CP)",
        en: "Decree 90/2020/NĐ-CP, Art. 2 (as amended by Decree 48/2023/NĐ-CP)",
      },
    },
  ],
  headRule: { unitTitle: "TTLDXS", memberTitle: "CSTDCS", shareTitle: "LDTT" },
  judgedWithoutProposal: { individual: "LDTT", unit: "TTLDTT" },
};
