/** Templates of the evaluation's own notices and row notes (rule messages live in rules/messages.ts). */
import type { Catalogue } from "../i18n/types";

export const evaluateMessages: Catalogue = {
  "notice.skipped": {
    vi: "Không kiểm tra tiêu chí “{labelVi}”: không tìm thấy cột {fieldVi}.",
    en: "Criterion “{labelEn}” not checked: no column for {fieldEn} was found.",
  },
  "notice.switchedOff": {
    vi: "Không kiểm tra tiêu chí “{labelVi}”: tiêu chí này đã được tắt trong cấu hình rà soát.",
    en: "Criterion “{labelEn}” not checked: it was switched off in the review settings.",
  },
  "notice.notSwitchable": {
    vi: "Không tắt được {code}: đây là điều kiện theo quy định của pháp luật, không phải tiêu chí riêng của kế hoạch.",
    en: "{code} cannot be switched off: it is a legal condition, not one of the plan's own criteria.",
  },
  "notice.unknownCriterion": {
    vi: "Bộ quy tắc {ruleSet} không có tiêu chí {code}: mục này trong danh sách tiêu chí tắt được bỏ qua.",
    en: "Rule set {ruleSet} has no criterion {code}: that entry of the switched-off list is ignored.",
  },
  "notice.unitWithoutRow": {
    vi: "Đơn vị “{unit}” (ô {cell}) có trong danh sách cá nhân nhưng không có dòng nào trong danh sách tập thể: cần bổ sung dòng của đơn vị hoặc sửa tên đơn vị cho khớp.",
    en: "The unit “{unit}” (cell {cell}) appears in the individuals list but has no row in the units list: add the unit's row or make the names match.",
  },
  "notice.unitWithoutMembers": {
    vi: "Đơn vị “{unit}” (ô {cell}) có trong danh sách tập thể nhưng không có người nào trong danh sách cá nhân: cần kiểm tra tên đơn vị của từng người.",
    en: "The unit “{unit}” (cell {cell}) is in the units list but no individual belongs to it: check each person's unit.",
  },
  "notice.unitsOnly": {
    vi: "Sổ tính chỉ có danh sách tập thể: các tiêu chí dựa trên thành viên (tỷ lệ Lao động tiên tiến, kỷ luật và xếp loại của thành viên, Chiến sĩ thi đua cơ sở) cần bổ sung danh sách cá nhân.",
    en: "The workbook has only a units list: criteria based on members (LĐTT share, members' discipline and ratings, CSTĐCS) need the individuals list.",
  },
  "notice.noUnits": {
    vi: "Sổ tính không có danh sách tập thể: danh hiệu tập thể không được xét và điều kiện người đứng đầu (I6H) cần bổ sung danh sách tập thể.",
    en: "The workbook has no units list: collective titles are not checked and the head-of-unit condition (I6H) needs the units list.",
  },
  "OUTSIDE_SCOPE.info": {
    vi: "Đề nghị “{text}” (ô {cell}) ngoài phạm vi rà soát: Hội đồng xét theo quy định riêng của hình thức này.",
    en: "The proposal “{text}” (cell {cell}) is outside the scope of this check: the council applies that award's own rules.",
  },
  "PROPOSAL_UNREADABLE.info": {
    vi: "Không đọc được đề nghị “{text}” (ô {cell}): cần ghi tên danh hiệu hoặc hình thức khen thưởng (ví dụ “LĐTT”, “CSTĐCS”, “Giấy khen”).",
    en: "The proposal “{text}” (cell {cell}) is not understood: enter the title or award (e.g. “LĐTT”, “CSTĐCS”, “Giấy khen”).",
  },
  "PROPOSAL_ERROR.info": {
    vi: "Ô đề nghị {cell} báo lỗi công thức {error}: cần sửa công thức hoặc ghi tên danh hiệu.",
    en: "The proposal cell {cell} shows the formula error {error}: fix the formula or enter the title.",
  },
  "Q_PROPOSED.warning": {
    vi: "Q_PROPOSED — Đơn vị đề nghị {titleVi} (ô {cell}) nhưng kết quả rà soát là chưa đủ điều kiện.",
    en: "Q_PROPOSED — The unit proposed {titleEn} (cell {cell}) but the check finds it not eligible.",
  },
};
