/**
 * Message templates of the law layer's conditions (spec/criteria.md §7; the plan's criteria bring their own,
 * rules/plan/kind-messages.ts): one sentence each — what the criterion needs, what the cell
 * holds (quoted, with its address), what to do. Keys are `<code>.<case>`; the three "cannot read the cell" cases of
 * each cell-based rule share a shape and are generated from the rule's own wording of what the cell should hold.
 */
import type { Catalogue, Template } from "../i18n/types";
import { cellCases } from "./plan/kind-messages";

/** What a blank, unreadable or erroneous cell should hold instead, per rule (key prefix → wording). */
const CELL_NEEDS: Record<string, { code: string; need: Template }> = {
  SERVICE: {
    code: "SERVICE",
    need: {
      vi: "số tháng công tác trong năm hoặc ngày tuyển dụng",
      en: "the months of service in the year, or the date of recruitment",
    },
  },
  "SERVICE.leave": {
    code: "SERVICE",
    need: {
      vi: "số ngày nghỉ hoặc lý do nghỉ (thai sản, tai nạn lao động, đi học …)",
      en: "the days of leave or the reason for leave (maternity, injury on duty, training …)",
    },
  },
  PENDING: {
    code: "PENDING",
    need: {
      vi: "“x” nếu đang bị xem xét kỷ luật hoặc đang bị thanh tra, kiểm tra, hoặc để trống nếu không",
      en: "“x” if discipline or an inspection is pending, or nothing if not",
    },
  },
  HISTORY_CSTDCS_3: {
    code: "HISTORY_CSTDCS_3",
    need: {
      vi: "danh hiệu đã đạt năm đó (ví dụ “CSTĐCS”), hoặc để trống nếu không có",
      en: "the title held that year (e.g. “CSTĐCS”), or nothing if none",
    },
  },
  HISTORY_BK: {
    code: "HISTORY_BK",
    need: {
      vi: "danh hiệu, xếp loại và sáng kiến của năm trước",
      en: "the previous year's title, rating and initiatives",
    },
  },
  INITIATIVE_PROVINCE: {
    code: "INITIATIVE_PROVINCE",
    need: {
      vi: "cấp công nhận của sáng kiến (cơ sở hoặc tỉnh)",
      en: "the level at which the initiative was recognised (cơ sở or tỉnh)",
    },
  },
  ACHIEVEMENT: {
    code: "ACHIEVEMENT",
    need: { vi: "tóm tắt thành tích", en: "a summary of the achievements" },
  },
  UNIT_HTXS: {
    code: "UNIT_HTXS",
    need: {
      vi: "mức xếp loại của tập thể (Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn thành hoặc Không hoàn thành nhiệm vụ)",
      en: "the unit's rating (HTXSNV, HTTNV, HTNV or KHTNV)",
    },
  },
};

const SPECIFIC: Catalogue = {
  "members.none": {
    vi: "{code} — Đơn vị “{unit}” không có người nào trong danh sách cá nhân: cần danh sách cá nhân của đơn vị để xét tiêu chí này.",
    en: "{code} — The unit “{unit}” has no rows in the individuals list: its members are needed to check this.",
  },
  "members.noIndividuals": {
    vi: "{code} — Sổ tính không có danh sách cá nhân: cần danh sách cá nhân của đơn vị “{unit}” để xét tiêu chí này.",
    en: "{code} — The workbook has no individuals list: the members of “{unit}” are needed to check this.",
  },
  "SERVICE.gap": {
    vi: "SERVICE — Thời gian công tác năm {year} là {months} tháng (ô {cell}), chưa đủ 6 tháng để xét Lao động tiên tiến (chỉ nghỉ thai sản, đi học theo quyết định cử và điều trị thương tích khi làm nhiệm vụ được tính là thời gian công tác).",
    en: "SERVICE — Service in {year} is {months} month(s) (cell {cell}), less than the 6 months needed for LĐTT (only maternity leave, agency-sent training and treatment of injuries on duty count as service).",
  },
  "SERVICE.leaveUnknown": {
    vi: "SERVICE — Ô {cell} ghi “{text}”: thời gian nghỉ này được tính là thời gian công tác nhưng chưa ghi số ngày hoặc số tháng; cần ghi rõ để xét đủ 6 tháng.",
    en: "SERVICE — Cell {cell} reads “{text}”: this leave counts as service but its length is not given; enter the days or months to check the 6 months.",
  },
  "PENDING.gap": {
    vi: "PENDING — Ô {cell} ghi “{text}”: đang bị xem xét kỷ luật hoặc thanh tra, kiểm tra nên chưa xét khen thưởng (Nghị định 152/2025/NĐ-CP, Điều 4).",
    en: "PENDING — Cell {cell} reads “{text}”: discipline or an inspection is pending, so no award can be considered (Decree 152/2025, Art. 4).",
  },
  "HISTORY_CSTDCS_3.gap": {
    vi: "HISTORY_CSTDCS_3 — Năm {histYear} ghi “{text}” (ô {cell}), không có Chiến sĩ thi đua cơ sở: Chiến sĩ thi đua {levelVi} cần 3 lần liên tục đạt CSTĐCS.",
    en: "HISTORY_CSTDCS_3 — {histYear} reads “{text}” (cell {cell}), not CSTĐCS: the {levelEn} Emulation Fighter title needs CSTĐCS three times in a row.",
  },
  "HISTORY_CSTDCS_3.gapBlank": {
    vi: "HISTORY_CSTDCS_3 — Năm {histYear} chưa có danh hiệu Chiến sĩ thi đua cơ sở (ô {cell} trống): Chiến sĩ thi đua {levelVi} cần 3 lần liên tục đạt CSTĐCS.",
    en: "HISTORY_CSTDCS_3 — No CSTĐCS in {histYear} (cell {cell} is blank): the {levelEn} Emulation Fighter title needs CSTĐCS three times in a row.",
  },
  "HISTORY_BK.gap": {
    vi: "HISTORY_BK — Chưa đủ thành tích hai năm liên tục {prev}–{year}: Bằng khen của Chủ tịch {ubndVi} cần CSTĐCS cả hai năm, hoặc Hoàn thành xuất sắc nhiệm vụ cả hai năm và có ít nhất 2 sáng kiến.",
    en: "HISTORY_BK — Not enough for {prev}–{year}: the Certificate of Merit of the Chairman of the {ubndEn} needs CSTĐCS in both years, or HTXSNV in both years with at least 2 initiatives.",
  },
  "HISTORY_BK.noColumns": {
    vi: "HISTORY_BK — Bảng không có cột danh hiệu hoặc xếp loại năm {prev}: chưa xét được thành tích hai năm {prev}–{year}; Hội đồng xem xét theo hồ sơ.",
    en: "HISTORY_BK — The sheet has no {prev} title or rating column: the two-year record {prev}–{year} cannot be checked; the council decides on the dossier.",
  },
  "HISTORY_BK.council": {
    vi: "HISTORY_BK — Chưa đủ thành tích hai năm liên tục {prev}–{year}; có thành tích được tóm tắt: Hội đồng xác định thành tích theo quy định khen thưởng của {ubndVi}.",
    en: "HISTORY_BK — The two-year record {prev}–{year} is not met; achievements are summarised: the council judges them under the award rules of the {ubndEn}.",
  },
  "HISTORY_BK_TT.noColumns": {
    vi: "HISTORY_BK_TT — Bảng tập thể không có cột danh hiệu hoặc xếp loại năm {prev}: chưa xét được thành tích hai năm {prev}–{year}; Hội đồng xem xét theo hồ sơ.",
    en: "HISTORY_BK_TT — The units sheet has no {prev} title or rating column: the two-year record {prev}–{year} cannot be checked; the council decides on the dossier.",
  },
  "HISTORY_BK_TT.unknown": {
    vi: "HISTORY_BK_TT — Chưa đủ thông tin để xét thành tích hai năm {prev}–{year} (ô {cell}): cần danh hiệu hoặc xếp loại của tập thể năm {prev} và năm {year}.",
    en: "HISTORY_BK_TT — Not enough information on {prev}–{year} (cell {cell}): the collective's title or rating in {prev} and {year} are needed.",
  },
  "HISTORY_BK_TT.council": {
    vi: "HISTORY_BK_TT — Tập thể chưa đạt Tập thể lao động xuất sắc hoặc Hoàn thành xuất sắc nhiệm vụ cả hai năm {prev}–{year}; có thành tích được tóm tắt: Hội đồng xác định thành tích theo quy định khen thưởng của {ubndVi}.",
    en: "HISTORY_BK_TT — The collective was not TTLĐXS or rated HTXSNV in both {prev} and {year}; achievements are summarised: the council judges them under the award rules of the {ubndEn}.",
  },
  "HISTORY_BK_TT.gap": {
    vi: "HISTORY_BK_TT — Tập thể chưa đạt Tập thể lao động xuất sắc hoặc Hoàn thành xuất sắc nhiệm vụ cả hai năm {prev}–{year} (ô {cell}): Bằng khen tập thể cần thành tích hai năm liên tục.",
    en: "HISTORY_BK_TT — The collective was not TTLĐXS or rated HTXSNV in both {prev} and {year} (cell {cell}): a collective Certificate of Merit needs two years in a row.",
  },
  "HISTORY_CSTDCS_3.rewarded": {
    vi: "HISTORY_CSTDCS_3 — Năm {histYear} đã được tặng Chiến sĩ thi đua {levelVi} (ô {cell}): chu kỳ đã được khen không tính lại.",
    en: "HISTORY_CSTDCS_3 — {histYear} already brought the {levelEn} Emulation Fighter title (cell {cell}): a rewarded cycle is not counted again.",
  },
  "HISTORY_BK.unknown": {
    vi: "HISTORY_BK — Chưa đủ thông tin để xét thành tích hai năm {prev}–{year} (ô {cell}): cần danh hiệu, xếp loại và sáng kiến của năm {prev}.",
    en: "HISTORY_BK — Not enough information on {prev}–{year} (cell {cell}): the {prev} title, rating and initiatives are needed.",
  },
  "INITIATIVE_PROVINCE.gap": {
    vi: "INITIATIVE_PROVINCE — Cấp công nhận sáng kiến là “{text}” (ô {cell}): Chiến sĩ thi đua {levelVi} cần sáng kiến có phạm vi ảnh hưởng cấp tỉnh, thành phố trở lên.",
    en: "INITIATIVE_PROVINCE — The initiative was recognised at “{text}” (cell {cell}): the {levelEn} Emulation Fighter title needs one recognised at provincial or city level.",
  },
  "INITIATIVE_PROVINCE.gapNone": {
    vi: "INITIATIVE_PROVINCE — Chưa có sáng kiến được công nhận cấp tỉnh, thành phố (ô {cell} trống): Chiến sĩ thi đua {levelVi} cần sáng kiến có phạm vi ảnh hưởng cấp tỉnh, thành phố trở lên.",
    en: "INITIATIVE_PROVINCE — No initiative recognised at provincial level (cell {cell} is blank): the {levelEn} Emulation Fighter title needs one.",
  },
  "ACHIEVEMENT.gap": {
    vi: "ACHIEVEMENT — Chưa có nội dung thành tích (ô {cell} trống): Giấy khen cần tóm tắt thành tích.",
    en: "ACHIEVEMENT — No achievements are given (cell {cell} is blank): a Certificate of Merit needs a summary of achievements.",
  },
  "ACHIEVEMENT.gapNo": {
    vi: "ACHIEVEMENT — Ô {cell} ghi “{text}”: Giấy khen cần tóm tắt thành tích.",
    en: "ACHIEVEMENT — Cell {cell} reads “{text}”: a Certificate of Merit needs a summary of achievements.",
  },
  "UNIT_HTXS.gap": {
    vi: "UNIT_HTXS — Xếp loại tập thể “{text}” (ô {cell}): Tập thể lao động xuất sắc cần Hoàn thành xuất sắc nhiệm vụ.",
    en: "UNIT_HTXS — The unit's rating is “{text}” (cell {cell}): Tập thể lao động xuất sắc needs HTXSNV.",
  },
  "ALL_HTNV.gap": {
    vi: "ALL_HTNV — {count} người xếp loại Không hoàn thành nhiệm vụ: {names}. Tập thể lao động xuất sắc cần 100% thành viên hoàn thành nhiệm vụ trở lên.",
    en: "ALL_HTNV — {count} member(s) rated KHTNV: {names}. Tập thể lao động xuất sắc needs every member rated HTNV or better.",
  },
  "ALL_HTNV.unknown": {
    vi: "ALL_HTNV — Chưa rõ xếp loại của {count} trong {n} người (ô xếp loại trống, không đọc được hoặc thiếu người so với tổng số): cần bổ sung để xét tỷ lệ 100% hoàn thành nhiệm vụ.",
    en: "ALL_HTNV — The rating of {count} of {n} members is not known (blank, unreadable or missing from the list): complete it to check that all completed their tasks.",
  },
  "SHARE_LDTT_50.gap.more": {
    vi: "SHARE_LDTT_50 — Có {hi}/{n} người ({share} %) đủ điều kiện Lao động tiên tiến, chưa đạt trên {pct} % theo tiêu chuẩn Tập thể lao động tiên tiến.",
    en: "SHARE_LDTT_50 — {hi} of {n} members ({share} %) are eligible for LĐTT, not more than the {pct} % Tập thể lao động tiên tiến needs.",
  },
  "SHARE_LDTT_50.gap.atLeast": {
    vi: "SHARE_LDTT_50 — Có {hi}/{n} người ({share} %) đủ điều kiện Lao động tiên tiến, chưa đạt {pct} % theo tiêu chuẩn Tập thể lao động tiên tiến.",
    en: "SHARE_LDTT_50 — {hi} of {n} members ({share} %) are eligible for LĐTT, below the {pct} % Tập thể lao động tiên tiến needs.",
  },
  "SHARE_LDTT_50.unknown.more": {
    vi: "SHARE_LDTT_50 — Có {lo}/{n} người đủ điều kiện Lao động tiên tiến và {needsInfo} người cần bổ sung thông tin: chưa xác định được tỷ lệ có trên {pct} % theo tiêu chuẩn Tập thể lao động tiên tiến hay không.",
    en: "SHARE_LDTT_50 — {lo} of {n} members are eligible for LĐTT and {needsInfo} need information: whether the share is above {pct} % is not yet known.",
  },
  "SHARE_LDTT_50.unknown.atLeast": {
    vi: "SHARE_LDTT_50 — Có {lo}/{n} người đủ điều kiện Lao động tiên tiến và {needsInfo} người cần bổ sung thông tin: chưa xác định được tỷ lệ có đạt {pct} % theo tiêu chuẩn Tập thể lao động tiên tiến hay không.",
    en: "SHARE_LDTT_50 — {lo} of {n} members are eligible for LĐTT and {needsInfo} need information: whether the share reaches {pct} % is not yet known.",
  },
  "SHARE_LDTT_70.gap": {
    vi: "SHARE_LDTT_70 — Có {hi}/{n} người ({share} %) đủ điều kiện Lao động tiên tiến, chưa đạt {pct} % theo tiêu chuẩn Tập thể lao động xuất sắc.",
    en: "SHARE_LDTT_70 — {hi} of {n} members ({share} %) are eligible for LĐTT, below the {pct} % Tập thể lao động xuất sắc needs.",
  },
  "SHARE_LDTT_70.unknown": {
    vi: "SHARE_LDTT_70 — {lo}/{n} người đủ điều kiện Lao động tiên tiến và {needsInfo} người cần bổ sung thông tin: chưa xác định được tỷ lệ có đạt {pct}% hay không.",
    en: "SHARE_LDTT_70 — {lo} of {n} members are eligible for LĐTT and {needsInfo} need information: whether the share reaches {pct}% is not yet known.",
  },
  "HAS_CSTDCS.gap": {
    vi: "HAS_CSTDCS — Đơn vị chưa có người nào được đề nghị và đủ điều kiện Chiến sĩ thi đua cơ sở: Tập thể lao động xuất sắc cần ít nhất một người.",
    en: "HAS_CSTDCS — No member is eligible for CSTĐCS: Tập thể lao động xuất sắc needs at least one.",
  },
  "HAS_CSTDCS.gapUnproposed": {
    vi: "HAS_CSTDCS — Đơn vị chưa có người được đề nghị và đủ điều kiện Chiến sĩ thi đua cơ sở; đủ điều kiện nhưng chưa được đề nghị: {names}.",
    en: "HAS_CSTDCS — No member is both proposed for and eligible for CSTĐCS; eligible but not proposed: {names}.",
  },
  "HAS_CSTDCS.unknownUnproposed": {
    vi: "HAS_CSTDCS — Chưa có người được đề nghị chắc chắn đủ điều kiện Chiến sĩ thi đua cơ sở; {needsInfo} người cần bổ sung thông tin; đủ điều kiện nhưng chưa được đề nghị: {names}.",
    en: "HAS_CSTDCS — No proposed member is yet known to be eligible for CSTĐCS; {needsInfo} member(s) need information; eligible but not proposed: {names}.",
  },
  "HAS_CSTDCS.unknown": {
    vi: "HAS_CSTDCS — Chưa có người nào chắc chắn đủ điều kiện Chiến sĩ thi đua cơ sở; {needsInfo} người cần bổ sung thông tin để xét.",
    en: "HAS_CSTDCS — No member is yet known to be eligible for CSTĐCS; {needsInfo} member(s) need information.",
  },
  "NO_CANH_CAO.gap": {
    vi: "NO_CANH_CAO — {count} người bị kỷ luật từ mức cảnh cáo trở lên tính cho năm {year}: {names}. Tập thể lao động tiên tiến yêu cầu không có trường hợp này.",
    en: "NO_CANH_CAO — {count} member(s) received discipline of cảnh cáo or above counting for {year}: {names}. Tập thể lao động tiên tiến allows none.",
  },
  "NO_CANH_CAO.unknown": {
    vi: "NO_CANH_CAO — Chưa rõ kỷ luật của {count} người (ô kỷ luật không đọc được hoặc thiếu người so với tổng số): cần bổ sung để xét.",
    en: "NO_CANH_CAO — The discipline of {count} member(s) is not known (unreadable or missing from the list): complete it to check.",
  },
  "NO_DISCIPLINE.gap": {
    vi: "NO_DISCIPLINE — {count} người bị kỷ luật tính cho năm {year}: {names}. Tập thể lao động xuất sắc yêu cầu không có người nào bị kỷ luật.",
    en: "NO_DISCIPLINE — {count} member(s) were disciplined counting for {year}: {names}. Tập thể lao động xuất sắc allows none.",
  },
  "NO_DISCIPLINE.unknown": {
    vi: "NO_DISCIPLINE — Chưa rõ kỷ luật của {count} người (ô kỷ luật không đọc được hoặc thiếu người so với tổng số): cần bổ sung để xét.",
    en: "NO_DISCIPLINE — The discipline of {count} member(s) is not known (unreadable or missing from the list): complete it to check.",
  },
  "VOTE.gap": {
    vi: "VOTE — Tỷ lệ phiếu bầu “{text}” (ô {cell}) chưa đạt {pct}% tổng số thành viên Hội đồng theo mức đã đặt.",
    en: "VOTE — The vote “{text}” (cell {cell}) is below the {pct}% of council members that was set.",
  },
  "VOTE.blank": {
    vi: "VOTE — Chưa ghi tỷ lệ phiếu bầu (ô {cell} trống): cần tỷ lệ phiếu để xét mức {pct}% đã đặt.",
    en: "VOTE — No vote is given (cell {cell} is blank): the vote is needed for the {pct}% that was set.",
  },
  "VOTE.unreadable": {
    vi: "VOTE — Không đọc được tỷ lệ phiếu “{text}” (ô {cell}): ghi theo dạng “90%”, “0,9” hoặc “9/11”.",
    en: "VOTE — The vote “{text}” (cell {cell}) cannot be read: write it as “90%”, “0.9” or “9/11”.",
  },
  "I2_DECISION.info": {
    vi: "I2_DECISION — Bảng không có cột quyết định công nhận sáng kiến: hồ sơ Chiến sĩ thi đua cơ sở cần quyết định công nhận sáng kiến hoặc nghiệm thu đề tài (Luật Thi đua, khen thưởng 2022, Điều 23, Điều 84).",
    en: "I2_DECISION — The sheet has no column for the recognising decision: a CSTĐCS dossier needs the decision recognising the initiative or accepting the topic (Law 2022, Art. 23, 84).",
  },
  "I2_REPEATED.info": {
    vi: "I2_REPEATED — Cùng sáng kiến, đề tài này cũng được ghi ở dòng {rows}: đồng tác giả được phép; Hội đồng kiểm tra không tính trùng.",
    en: "I2_REPEATED — The same initiative is also written on row(s) {rows}: co-authors are allowed; the council checks it is not counted twice.",
  },
  "CSTDCS_IF_TTLDXS.info": {
    vi: "CSTDCS_IF_TTLDXS — Người đứng đầu: đủ điều kiện Chiến sĩ thi đua cơ sở khi đơn vị “{unit}” được tặng Tập thể lao động xuất sắc.",
    en: "CSTDCS_IF_TTLDXS — Head of unit: eligible for CSTĐCS once “{unit}” is awarded Tập thể lao động xuất sắc.",
  },
  "R_SERVICE_RATING.warning": {
    vi: "R_SERVICE_RATING — Công tác {months} tháng trong năm {year} nhưng có xếp loại “{text}” (ô {cell}): người công tác dưới 6 tháng trong năm không xếp loại chất lượng (Nghị định 90/2020/NĐ-CP sửa đổi bởi Nghị định 48/2023/NĐ-CP); không tính vào tỷ lệ Hoàn thành xuất sắc nhiệm vụ.",
    en: "R_SERVICE_RATING — Worked {months} month(s) in {year} but rated “{text}” (cell {cell}): staff who worked under 6 months are not rated (Decree 90/2020 as amended by Decree 48/2023); left out of the HTXSNV quota.",
  },
  "R_SERVICE_RATING.maternity": {
    vi: "R_SERVICE_RATING — Nghỉ thai sản, công tác {months} tháng trong năm {year} nhưng xếp loại “{text}” (ô {cell}): trường hợp này được xếp loại nhưng không ở mức Hoàn thành tốt nhiệm vụ trở lên (Nghị định 90/2020/NĐ-CP sửa đổi bởi Nghị định 48/2023/NĐ-CP); không tính vào tỷ lệ Hoàn thành xuất sắc nhiệm vụ.",
    en: "R_SERVICE_RATING — On maternity leave, worked {months} month(s) in {year} but rated “{text}” (cell {cell}): such staff are rated, but not at HTTNV or above (Decree 90/2020 as amended by Decree 48/2023); left out of the HTXSNV quota.",
  },
  "R_DISC_RATING.warning": {
    vi: "R_DISC_RATING — Bị kỷ luật “{discipline}” (ô {disciplineCell}) nhưng xếp loại “{text}” (ô {cell}): người bị kỷ luật trong năm xếp loại Không hoàn thành nhiệm vụ (Nghị định 90/2020/NĐ-CP, Điều 2 khoản 5, bổ sung bởi Nghị định 48/2023/NĐ-CP), trừ các trường hợp Nghị định quy định; cần xem lại xếp loại.",
    en: "R_DISC_RATING — Disciplined “{discipline}” (cell {disciplineCell}) but rated “{text}” (cell {cell}): anyone disciplined in the year is rated KHTNV (Decree 48/2023); review the rating.",
  },
  "HEADCOUNT_MISMATCH.warning": {
    vi: "HEADCOUNT_MISMATCH — Tổng số người của đơn vị ghi {headcount} (ô {cell}) nhưng danh sách cá nhân có {rows} người thuộc đơn vị: cần xem lại tổng số hoặc đơn vị của từng người.",
    en: "HEADCOUNT_MISMATCH — The unit's headcount is {headcount} (cell {cell}) but the individuals list has {rows} member rows: check the headcount or each person's unit.",
  },
  "DISC_NOT_COUNTED.info": {
    vi: "Kỷ luật “{text}” (ô {cell}) theo quyết định ngày {date} không tính cho năm {year} (ngoài năm đánh giá và ngoài thời hạn 12 tháng).",
    en: "The discipline “{text}” (cell {cell}) decided on {date} does not count for {year} (outside the year and its 12-month term).",
  },
};

export const ruleMessages: Catalogue = (() => {
  const out: Catalogue = { ...SPECIFIC };
  for (const [prefix, { code, need }] of Object.entries(CELL_NEEDS)) {
    Object.assign(out, cellCases(prefix, code, need));
  }
  return out;
})();
