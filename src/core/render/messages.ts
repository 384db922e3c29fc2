/** Fixed texts of what the add-in writes into the workbook: column titles, headings, labels (vi first, en). */
import type { Catalogue } from "../i18n/types";
import { LAW_TITLES } from "../rules/law/title-lists";

export const renderMessages: Catalogue = {
  // Result block on the office's sheets
  RENDER_COL_UNIT: { vi: "Đơn vị", en: "Unit" },
  RENDER_COL_OUTCOME: { vi: "Kết quả", en: "Result" },
  RENDER_COL_PROPOSED: { vi: "Đề nghị của đơn vị", en: "Unit's proposal" },
  RENDER_COL_UP_TO: { vi: "Đủ điều kiện đến", en: "Eligible up to" },
  RENDER_COL_CODES: { vi: "Tiêu chí chưa đạt", en: "Criteria not met" },
  RENDER_COL_NOTES: { vi: "Ghi chú rà soát", en: "Review notes" },
  RENDER_COL_FLAG_GAP: { vi: "Cờ: ô chưa đạt", en: "Flag: cells not met" },
  RENDER_COL_FLAG_UNKNOWN: { vi: "Cờ: ô cần bổ sung", en: "Flag: cells needing data" },
  RENDER_COL_FLAG_ELIGIBLE: { vi: "Cờ: đủ điều kiện", en: "Flag: eligible" },

  // Outcome of a row (criteria.md §4), with the symbol that survives black-and-white print
  RENDER_OUTCOME_eligible: { vi: "✓ Đủ điều kiện", en: "✓ Eligible" },
  RENDER_OUTCOME_gaps: { vi: "✗ Chưa đạt", en: "✗ Not met" },
  RENDER_OUTCOME_needs_info: { vi: "? Cần bổ sung", en: "? Needs information" },
  RENDER_OUTCOME_not_checked: { vi: "– Chưa kiểm tra", en: "– Not checked" },

  // A title's verdict in the summary lists: in words, a document for signature carries no symbols (workbook.md §3)
  RENDER_VERDICT_eligible: { vi: "Đủ điều kiện", en: "Eligible" },
  RENDER_VERDICT_not_eligible: { vi: "Chưa đủ điều kiện", en: "Not eligible" },
  RENDER_VERDICT_needs_info: { vi: "Cần bổ sung", en: "Needs information" },
  RENDER_VERDICT_not_evaluated: { vi: "Chưa kiểm tra", en: "Not checked" },
  RENDER_VERDICT_not_proposed: { vi: "Không đề nghị", en: "Not proposed" },

  // Titles: short forms for cells, full names for headings — the law layer's `abbr` and `heading` (its short label and
  // label when it has none); provincial-level names follow the locality (criteria.md §6; params of localityParams)
  ...Object.fromEntries(
    LAW_TITLES.flatMap((t) => [
      [`RENDER_TITLE_SHORT_${t.code}`, t.abbr ?? t.short],
      [`RENDER_TITLE_${t.code}`, t.heading ?? t.label],
    ])
  ),

  // Summary sheet (workbook.md item 3)
  RENDER_MOTTO_1: { vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIETNAM" },
  RENDER_MOTTO_2: { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" },
  RENDER_NUMBER_LINE: { vi: "Số: {number}", en: "No.: {number}" },
  RENDER_ATTACHED_TO: { vi: "(Kèm theo {text})", en: "(Attached to {text})" },
  RENDER_HEADER_MISMATCH_COUNCIL: {
    vi: "Người ký là Hội đồng Thi đua - Khen thưởng nhưng phần đầu văn bản ghi “{parent}” trên “{agency}”: theo Nghị định 30/2020/NĐ-CP, văn bản do Hội đồng ban hành ghi “{wantParent}” trên “{wantAgency}”. Để trống “Cơ quan chủ quản” và “Cơ quan ban hành” để phần đầu theo người ký.",
    en: "The signer is the Emulation and Commendation Council but the header reads “{parent}” over “{agency}”: under Decree 30/2020 a document the Council issues reads “{wantParent}” over “{wantAgency}”. Leave the parent body and the issuing agency empty to follow the signer.",
  },
  RENDER_HEADER_MISMATCH_DIRECTOR: {
    vi: "Người ký là Giám đốc Sở nhưng phần đầu văn bản ghi “{parent}” trên “{agency}”: theo Nghị định 30/2020/NĐ-CP, văn bản do Sở ban hành ghi “{wantParent}” trên “{wantAgency}”. Để trống “Cơ quan chủ quản” và “Cơ quan ban hành” để phần đầu theo người ký.",
    en: "The signer is the Director but the header reads “{parent}” over “{agency}”: under Decree 30/2020 a document the Department issues reads “{wantParent}” over “{wantAgency}”. Leave the parent body and the issuing agency empty to follow the signer.",
  },
  RENDER_DATE_LINE: {
    vi: "{place}, ngày {day} tháng {month} năm {year}",
    en: "{place}, {day}/{month}/{year}",
  },
  RENDER_SUMMARY_TITLE: {
    vi: "DANH SÁCH ĐỀ XUẤT KHEN THƯỞNG NĂM {year}",
    en: "LIST OF PROPOSED AWARDS FOR {year}",
  },
  RENDER_SUMMARY_REFERENCE: {
    vi: "(Căn cứ: {ruleSet}. Kết quả rà soát hồ sơ theo tiêu chuẩn; Hội đồng xem xét, quyết định)",
    en: "(Basis: {ruleSet}. Results of the review of the records against the standards; the Council considers and decides)",
  },
  RENDER_SUM_COL_STT: { vi: "STT", en: "No." },
  RENDER_SUM_COL_NAME: { vi: "Họ và tên / Tên tập thể", en: "Full name / Collective" },
  RENDER_SUM_COL_POSITION: { vi: "Chức vụ", en: "Position" },
  RENDER_SUM_COL_UNIT: { vi: "Đơn vị", en: "Unit" },
  RENDER_SUM_COL_RESULT: { vi: "Kết quả rà soát", en: "Review result" },
  RENDER_SUM_COL_NOTE: { vi: "Ghi chú", en: "Notes" },
  RENDER_SUM_COL_VOTE: { vi: "Tỷ lệ phiếu", en: "Vote share" },
  RENDER_PART_A: {
    vi: "A. DANH HIỆU, HÌNH THỨC KHEN THƯỞNG THUỘC THẨM QUYỀN GIÁM ĐỐC SỞ",
    en: "A. TITLES AND AWARDS DECIDED BY THE DEPARTMENT DIRECTOR",
  },
  RENDER_PART_B: {
    vi: "B. DANH HIỆU, HÌNH THỨC KHEN THƯỞNG ĐỀ NGHỊ CHỦ TỊCH {ubndUpper} XÉT TẶNG",
    en: "B. TITLES AND AWARDS PROPOSED TO THE CHAIRMAN OF THE {ubndEn}",
  },
  RENDER_PART_OTHER: {
    vi: "C. ĐỀ NGHỊ KHÁC (NGOÀI PHẠM VI RÀ SOÁT)",
    en: "C. OTHER PROPOSALS (OUTSIDE THE SCOPE OF THE REVIEW)",
  },
  RENDER_TITLE_HEADING: { vi: "{num}. {title}", en: "{num}. {title}" },
  RENDER_LIST_ELIGIBLE: { vi: "Đủ điều kiện ({count})", en: "Eligible ({count})" },
  RENDER_LIST_NOT_ELIGIBLE: { vi: "Chưa đủ điều kiện ({count})", en: "Not eligible ({count})" },
  RENDER_LIST_NEEDS_INFO: { vi: "Cần bổ sung ({count})", en: "Needs information ({count})" },
  RENDER_LIST_NOT_EVALUATED: {
    vi: "Chưa kiểm tra được ({count})",
    en: "Could not be checked ({count})",
  },
  RENDER_LIST_NOT_PROPOSED: {
    vi: "Đủ điều kiện nhưng chưa được đề nghị ({count}) — để tham khảo",
    en: "Eligible but not proposed ({count}) — for information",
  },
  RENDER_ANNEX_HEADING: {
    vi: "PHỤ LỤC: ĐỦ ĐIỀU KIỆN NHƯNG CHƯA ĐƯỢC ĐỀ NGHỊ",
    en: "ANNEX: ELIGIBLE BUT NOT PROPOSED",
  },
  RENDER_ANNEX_NOTE: {
    vi: "(Để Hội đồng tham khảo; không thuộc danh sách đề xuất trình ký ở trên)",
    en: "(For the Council's information; not part of the list signed above)",
  },
  RENDER_ANNEX_TITLE: { vi: "{num}. {title} ({count})", en: "{num}. {title} ({count})" },
  RENDER_NOTE_CARRIED: { vi: "Đơn vị đề nghị {higher}.", en: "The unit proposed {higher}." },
  RENDER_NOTE_CARRIED_NOT_ELIGIBLE: {
    vi: "Đề nghị {higher} chưa đủ điều kiện.",
    en: "The proposal of {higher} is not eligible.",
  },
  RENDER_NOTE_CARRIED_NEEDS_INFO: {
    vi: "Đề nghị {higher} cần bổ sung thông tin.",
    en: "The proposal of {higher} needs information.",
  },
  RENDER_NOTE_HEAD_CONDITIONAL: {
    vi: "khi đơn vị được tặng Tập thể lao động xuất sắc",
    en: "once the unit is awarded Excellent Collective",
  },
  RENDER_LIST_NOT_CHECKED: { vi: "Chưa kiểm tra: {items}.", en: "Not checked: {items}." },
  RENDER_LIST_NOT_CHECKED_ITEM: {
    vi: "{label} — bảng không có cột này",
    en: "{label} — the table has no such column",
  },
  RENDER_LIST_SWITCHED_OFF_ITEM: {
    vi: "{label} — không áp dụng theo cấu hình rà soát",
    en: "{label} — not applied in the review settings",
  },
  RENDER_LIST_BY_RESULT: {
    vi: "Đủ điều kiện theo kết quả rà soát (đơn vị chưa đề nghị) ({count})",
    en: "Eligible according to the review (not proposed by the units) ({count})",
  },
  RENDER_LIST_NONE: { vi: "(Không có)", en: "(None)" },
  RENDER_COUNTS_BY_TITLE: { vi: "TỔNG HỢP THEO DANH HIỆU, HÌNH THỨC", en: "COUNTS BY TITLE" },
  RENDER_COUNTS_BY_UNIT: { vi: "TỔNG HỢP THEO ĐƠN VỊ", en: "COUNTS BY UNIT" },
  RENDER_COUNT_COL_TITLE: { vi: "Danh hiệu, hình thức", en: "Title or award" },
  RENDER_COUNT_COL_UNIT: { vi: "Đơn vị", en: "Unit" },
  RENDER_COUNT_COL_PROPOSED: { vi: "Đề nghị", en: "Proposed" },
  RENDER_COUNT_DIRECT: { vi: "- đơn vị đề nghị", en: "- proposed" },
  RENDER_COUNT_CARRIED: { vi: "- theo đề nghị cao hơn", en: "- by a higher proposal" },
  RENDER_TOTAL_PEOPLE: { vi: "Tổng cộng cá nhân", en: "Total, individuals" },
  RENDER_TOTAL_UNITS: { vi: "Tổng cộng tập thể", en: "Total, collectives" },
  RENDER_COUNT_COL_PEOPLE_PROPOSED: { vi: "Cá nhân: đề nghị", en: "Individuals: proposed" },
  RENDER_COUNT_COL_PEOPLE_ELIGIBLE: {
    vi: "Cá nhân: đủ điều kiện",
    en: "Individuals: eligible",
  },
  RENDER_COUNT_COL_UNITS_PROPOSED: { vi: "Tập thể: đề nghị", en: "Collectives: proposed" },
  RENDER_COUNT_COL_UNITS_ELIGIBLE: {
    vi: "Tập thể: đủ điều kiện",
    en: "Collectives: eligible",
  },
  RENDER_COUNT_COL_ELIGIBLE: { vi: "Đủ điều kiện", en: "Eligible" },
  RENDER_COUNT_COL_NOT_ELIGIBLE: { vi: "Chưa đủ điều kiện", en: "Not eligible" },
  RENDER_COUNT_COL_NEEDS_INFO: { vi: "Cần bổ sung", en: "Needs information" },
  RENDER_NO_UNIT: { vi: "(Không rõ đơn vị)", en: "(Unit unknown)" },
  RENDER_QUOTAS: { vi: "KIỂM SOÁT TỶ LỆ", en: "QUOTA CONTROLS" },
  RENDER_QUOTA_COL_CONTROL: { vi: "Nội dung kiểm soát", en: "Control" },
  RENDER_QUOTA_COL_LIMIT: { vi: "Giới hạn", en: "Limit" },
  RENDER_QUOTA_COL_ACTUAL: { vi: "Thực tế", en: "Actual" },
  RENDER_QUOTA_COL_EXCESS: { vi: "Vượt", en: "Excess" },
  RENDER_QUOTA_COL_OK: { vi: "Kết quả", en: "Result" },
  RENDER_QUOTA_Q_HTXS: {
    vi: "Số xếp loại HTXSNV không quá {pct}% số xếp loại HTTNV",
    en: "Rated HTXSNV at most {pct}% of those rated HTTNV",
  },
  RENDER_QUOTA_Q_CSTDCS: {
    vi: "Số Chiến sĩ thi đua cơ sở đủ điều kiện không quá {pct}% số Lao động tiên tiến đủ điều kiện",
    en: "Eligible CSTDCS at most {pct}% of those eligible for LDTT",
  },
  RENDER_QUOTA_Q_HTXS_UNITS: {
    vi: "Số tập thể xếp loại HTXSNV không quá {pct}% số tập thể xếp loại HTTNV",
    en: "Collectives rated HTXSNV at most {pct}% of the collectives rated HTTNV",
  },
  RENDER_QUOTA_OTHER: { vi: "Kiểm soát khác", en: "Other control" },
  RENDER_QUOTA_WITH_SCOPE: { vi: "{control} — {scope}", en: "{control} — {scope}" },
  RENDER_QUOTA_SCOPE_ITEM: { vi: "- {scope}", en: "- {scope}" },
  RENDER_QUOTA_SCOPE_WORKBOOK: { vi: "Toàn cơ quan", en: "Whole agency" },
  RENDER_QUOTA_INFORMATIONAL: { vi: "{scope} (tham khảo)", en: "{scope} (for information)" },
  RENDER_QUOTA_INFORMATIONAL_HEADING: {
    vi: "Để tham khảo, theo từng đơn vị:",
    en: "For information, by unit:",
  },
  RENDER_PROPOSED_NOT_ELIGIBLE: {
    vi: "Đề nghị chưa đủ điều kiện: {count} (Hội đồng xem xét từng trường hợp trong danh sách).",
    en: "Proposals not eligible: {count} (the Council considers each case in the lists).",
  },
  RENDER_CSTDCS_SHARE: {
    vi: "Tỷ lệ Chiến sĩ thi đua cơ sở (tham khảo, không áp dụng giới hạn): {cstdcs} đủ điều kiện so với {ldtt} đủ điều kiện Lao động tiên tiến ({pct}%).",
    en: "Share of CSTDCS (for information, no limit applied): {cstdcs} eligible against {ldtt} eligible for LDTT ({pct}%).",
  },
  RENDER_NUMBER_LOCALE: { vi: "vi", en: "en" },
  RENDER_TOTAL: { vi: "Tổng cộng", en: "Total" },
  RENDER_QUOTA_OK: { vi: "Đạt", en: "Within limit" },
  RENDER_QUOTA_EXCEEDED: { vi: "Vượt tỷ lệ", en: "Over the limit" },
  RENDER_QUOTA_UNDECIDED: { vi: "Chưa xác định", en: "Undetermined" },
  RENDER_NOT_CHECKED: { vi: "Chưa kiểm tra: {items}.", en: "Not checked: {items}." },
  RENDER_NOT_CHECKED_ITEM: {
    vi: "{label} (không tìm thấy cột {field})",
    en: "{label} (no {field} column found)",
  },
  RENDER_NOT_CHECKED_OFF_ITEM: {
    vi: "{label} (không áp dụng theo cấu hình rà soát)",
    en: "{label} (not applied in the review settings)",
  },
  RENDER_RECIPIENTS: { vi: "Nơi nhận:", en: "Recipients:" },

  // Review sheet (workbook.md item 4)
  RENDER_REV_COL_SHEET: { vi: "Trang tính", en: "Sheet" },
  RENDER_REV_COL_CELL: { vi: "Ô", en: "Cell" },
  RENDER_REV_COL_NAME: { vi: "Họ và tên / Tên tập thể", en: "Name / Collective" },
  RENDER_REV_COL_CODE: { vi: "Mã", en: "Code" },
  RENDER_REV_COL_VERDICT: { vi: "Kết quả", en: "Verdict" },
  RENDER_REV_COL_MESSAGE: { vi: "Nội dung", en: "Message" },
  RENDER_REV_COL_SOURCE: { vi: "Căn cứ", en: "Source" },
  RENDER_FINDING_gap: { vi: "✗ Chưa đạt", en: "✗ Not met" },
  RENDER_FINDING_unknown: { vi: "? Cần bổ sung", en: "? Needs information" },
  RENDER_FINDING_warning: { vi: "! Cảnh báo", en: "! Warning" },
  RENDER_FINDING_info: { vi: "i Thông tin", en: "i Information" },
  RENDER_PROBLEM_error: { vi: "✗ Lỗi", en: "✗ Error" },
  RENDER_PROBLEM_warning: { vi: "! Cảnh báo", en: "! Warning" },
  RENDER_PROBLEM_info: { vi: "i Thông tin", en: "i Information" },

  // Settings sheet (criteria.md §6)
  RENDER_SET_COL_KEY: { vi: "Khóa", en: "Key" },
  RENDER_SET_COL_VALUE: { vi: "Giá trị", en: "Value" },
  RENDER_SET_COL_NOTE: { vi: "Ý nghĩa", en: "Meaning" },
  RENDER_SET_year: { vi: "Năm đánh giá", en: "Evaluation year" },
  "RENDER_SET_plan.id": {
    vi: "Kế hoạch thi đua đang áp dụng (mã)",
    en: "Emulation plan in force (id)",
  },
  "RENDER_SET_plan.version": { vi: "Phiên bản của kế hoạch", en: "Version of the plan" },
  "RENDER_SET_plan.hash": {
    vi: "Dấu kiểm tra nội dung kế hoạch (SHA-256); do phần rà soát ghi, không sửa tay",
    en: "Fingerprint of the plan's content (SHA-256); written by the check, do not edit",
  },
  "RENDER_SET_cstdcs.mode": {
    vi: "Điều kiện sáng kiến của CSTĐCS: plan (theo kế hoạch) hoặc law (theo Luật 2022, Điều 23)",
    en: "CSTDCS initiative condition: plan or law (Law 2022, Article 23)",
  },
  "RENDER_SET_ttldtt.minShare": {
    vi: "Tỷ lệ tối thiểu thành viên đủ điều kiện LĐTT để xét TTLĐTT",
    en: "Minimum share of members eligible for LDTT for TTLDTT",
  },
  "RENDER_SET_ttldtt.strict": {
    vi: "true: phải vượt tỷ lệ; false: đạt tỷ lệ là đủ",
    en: "true: more than the share; false: at least the share",
  },
  "RENDER_SET_quota.htxs": {
    vi: "Tỷ lệ HTXSNV tối đa so với số HTTNV",
    en: "Maximum HTXSNV share of those rated HTTNV",
  },
  "RENDER_SET_quota.scope": {
    vi: "Phạm vi kiểm soát tỷ lệ: workbook (toàn cơ quan) hoặc unit (từng đơn vị)",
    en: "Quota scope: workbook (agency) or unit",
  },
  "RENDER_SET_quota.cstdcs": {
    vi: "Tỷ lệ CSTĐCS tối đa so với số LĐTT, hoặc off",
    en: "Maximum CSTDCS share of LDTT, or off",
  },
  "RENDER_SET_rating.scoreBands": {
    vi: "Thang điểm quy đổi xếp loại (khi cột xếp loại ghi điểm số)",
    en: "Score bands for numeric ratings",
  },
  "RENDER_SET_criteria.off": {
    vi: "Các tiêu chí của kế hoạch không áp dụng",
    en: "Plan criteria not applied",
  },
  "RENDER_SET_review.sheet": {
    vi: "Ghi trang tính “Rà soát chi tiết”",
    en: "Write the detailed review sheet",
  },
  "RENDER_SET_summary.order": {
    vi: "Thứ tự danh sách: workbook (theo đơn vị, chức vụ) hoặc alphabetical (theo tên)",
    en: "List order: workbook (by unit and position) or alphabetical (by given name)",
  },
  "RENDER_SET_print.parent": { vi: "Cơ quan chủ quản", en: "Parent body" },
  "RENDER_SET_print.agency": { vi: "Cơ quan ban hành", en: "Issuing agency" },
  "RENDER_SET_print.place": { vi: "Địa danh", en: "Place" },
  "RENDER_SET_print.number": { vi: "Số văn bản", en: "Document number" },
  "RENDER_SET_print.date": { vi: "Ngày ký (dd/mm/yyyy)", en: "Date of signing (dd/mm/yyyy)" },
  "RENDER_SET_print.signerTitle": { vi: "Chức danh người ký", en: "Signer's title" },
  "RENDER_SET_print.signerName": { vi: "Họ tên người ký", en: "Signer's name" },
  "RENDER_SET_print.recipients": { vi: "Nơi nhận", en: "Recipients" },
  RENDER_SET_mapping: {
    vi: "Cột đã xác nhận cho trường {field} của trang tính {sheet}",
    en: "Confirmed column of field {field} on sheet {sheet}",
  },

  // Field names, for "Chưa kiểm tra: … (không tìm thấy cột …)"
  RENDER_FIELD_name: { vi: "Họ và tên", en: "name" },
  RENDER_FIELD_position: { vi: "Chức vụ", en: "position" },
  RENDER_FIELD_unit: { vi: "Đơn vị", en: "unit" },
  RENDER_FIELD_rating: { vi: "Xếp loại", en: "rating" },
  RENDER_FIELD_initiative: { vi: "Sáng kiến", en: "initiative" },
  RENDER_FIELD_initiativeLevel: { vi: "Cấp công nhận sáng kiến", en: "initiative level" },
  RENDER_FIELD_initiativeDecision: {
    vi: "Quyết định công nhận sáng kiến",
    en: "initiative decision",
  },
  RENDER_FIELD_discipline: { vi: "Kỷ luật", en: "discipline" },
  RENDER_FIELD_disciplineDate: { vi: "Ngày quyết định kỷ luật", en: "discipline date" },
  RENDER_FIELD_pending: { vi: "Đang xem xét kỷ luật", en: "pending discipline" },
  RENDER_FIELD_service: { vi: "Thời gian công tác", en: "service" },
  RENDER_FIELD_leave: { vi: "Nghỉ", en: "leave" },
  RENDER_FIELD_responsibility: { vi: "Tinh thần trách nhiệm", en: "responsibility" },
  RENDER_FIELD_assignment: { vi: "Chấp hành phân công", en: "assignment" },
  RENDER_FIELD_conduct: { vi: "Văn hóa công sở", en: "conduct" },
  RENDER_FIELD_emulation: { vi: "Hưởng ứng phong trào thi đua", en: "emulation" },
  RENDER_FIELD_proposed: { vi: "Hình thức đề nghị", en: "proposal" },
  RENDER_FIELD_achievement: { vi: "Thành tích", en: "achievement" },
  RENDER_FIELD_unitRating: { vi: "Xếp loại tập thể", en: "unit rating" },
  RENDER_FIELD_workPlan: { vi: "Kế hoạch công tác năm", en: "work plan" },
  RENDER_FIELD_unitEmulation: { vi: "Hưởng ứng phong trào (tập thể)", en: "unit emulation" },
  RENDER_FIELD_unitConduct: { vi: "Kỷ luật, văn hóa công sở (tập thể)", en: "unit conduct" },
  RENDER_FIELD_solidarity: { vi: "Đoàn kết nội bộ", en: "solidarity" },
  RENDER_FIELD_roleModels: { vi: "Điển hình tiên tiến", en: "role models" },
  RENDER_FIELD_headcount: { vi: "Số người", en: "headcount" },
  RENDER_FIELD_history: { vi: "Danh hiệu, xếp loại các năm trước", en: "previous years" },
};
