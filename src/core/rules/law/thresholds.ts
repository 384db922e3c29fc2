/**
 * The law's own numbers and words, as data versioned with the law layer (issue 16): a changed decree changes them
 * here, not in the checks. The thresholds a province tunes are settings (settings-defaults.ts: `ttldtt.minShare`,
 * `quota.htxs`, `vote.*` …); these are the ones the law fixes.
 */
export const LAW_THRESHOLDS = {
  /** Months worked in the year below which no title is considered and no rating given (TT 01/2024/TT-BNV;
   * NĐ 90/2020 Đ2 as amended by NĐ 48/2023). */
  serviceMonths: 6,
  /** Share of members eligible for LĐTT a TTLĐXS needs, in basis points (Luật 2022 Đ27: 70 %). */
  ttldxsLdttShareBp: 7000,
  /** Leave that counts as time worked (NĐ 152/2025 Đ4.5), as folded words of a leave reason or a note. */
  countedLeave: {
    maternity: ["thai san", "nghi sinh", "sinh con"],
    /** Training counts only when the agency sent the person ("cử đi học", "đi học theo quyết định"). */
    training: [
      "cu di hoc",
      "cu di dao tao",
      "cu di boi duong",
      "di hoc theo quyet dinh",
      "dao tao theo quyet dinh",
      "quyet dinh cu",
    ],
    injury: [
      "dieu tri thuong tich",
      "bi thuong khi lam nhiem vu",
      "cuu nguoi",
      "cuu tai san",
      "chien dau",
    ],
  },
} as const;
