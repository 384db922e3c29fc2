/**
 * Every sentence of the pane and the standalone page, Vietnamese first. Both languages must have the same keys
 * (`paneEn` is typed by `paneVi`, and test/taskpane/i18n.test.ts checks placeholders too). Texts of the core
 * (findings, field and title names) come from the core's own catalogues.
 */
import { format, type Lang } from "../core/i18n/types";

export const paneVi = {
  "app.title": "Rà soát thi đua",
  "app.subtitle":
    "Đối chiếu bảng bình xét thi đua với kế hoạch năm và Luật Thi đua, khen thưởng 2022",
  "app.lang": "English",
  "app.langLabel": "Chuyển giao diện sang tiếng Anh",
  "app.steps": "Các bước rà soát",
  "app.loading": "Đang đọc bảng tính…",
  "app.error": "Có lỗi: {message}",
  "app.dismiss": "Đóng thông báo",
  "app.notInExcel":
    "Hãy mở ngăn này trong Excel; để rà soát một tệp .xlsx ngoài Excel, dùng trang độc lập (web/index.html).",

  "step.sheets": "Bảng dữ liệu",
  "step.criteria": "Tiêu chí",
  "step.run": "Rà soát",
  "step.results": "Kết quả",

  "role.individuals": "Cá nhân",
  "role.units": "Tập thể",
  "role.mixed": "Cá nhân và tập thể",
  "role.ignored": "Bỏ qua",

  "sheets.heading": "Các trang tính tìm thấy",
  "sheets.none": "Không tìm thấy trang tính nào có cột họ tên (hoặc tên tập thể) và cột xếp loại.",
  "sheets.rows": "{rows} dòng dữ liệu, tiêu đề ở dòng {header}",
  "sheets.protected": "Trang tính đang được bảo vệ: phần bổ trợ sẽ không ghi vào trang này.",
  "sheets.ignoredBecause": "Lý do: {reason}",
  "sheets.mapping": "Ghép cột của trang “{sheet}”",
  "sheets.field": "Trường",
  "sheets.column": "Cột",
  "sheets.confidence": "Độ tin cậy",
  "sheets.none.option": "— Không có cột này —",
  "sheets.sure": "Chắc chắn",
  "sheets.unsure": "Cần xác nhận",
  "sheets.confirmed": "Đã xác nhận",
  "sheets.unmapped": "Chưa ghép",
  "sheets.skips": "Thiếu cột này: không kiểm tra {codes}.",
  "sheets.required": "Bắt buộc: thiếu cột này thì không rà soát được trang.",
  "sheets.changed":
    "Đã đổi ghép cột; bấm “Rà soát” để xem kết quả mới, hoặc “Lưu” để ghi vào bảng tính.",
  "sheets.save": "Lưu",
  "sheets.saveLabel": "Lưu ghép cột và cấu hình vào trang “Cấu hình rà soát” của bảng tính",
  "sheets.saved": "Đã lưu ghép cột và cấu hình vào bảng tính.",
  "sheets.next": "Tiếp: Tiêu chí",

  "criteria.heading": "Bộ tiêu chí và năm đánh giá",
  "criteria.ruleSet": "Bộ tiêu chí",
  "criteria.plan": "Tiêu chí của kế hoạch",
  "criteria.planNote":
    "Bỏ chọn tiêu chí mà cơ quan không áp dụng; điều kiện do Luật quy định không tắt được.",
  "criteria.settings": "Cấu hình",
  "criteria.print": "Thể thức bảng đề xuất (Nghị định 30/2020/NĐ-CP)",
  "criteria.reset": "Trở về mặc định",
  "criteria.invalid": "Giá trị không hợp lệ: {expected}",
  "criteria.next": "Tiếp: Rà soát",

  "setting.year": "Năm đánh giá",
  "setting.year.note":
    "Quyết định cột nào là của năm nay, cột nào là các năm trước (lịch sử danh hiệu).",
  "setting.cstdcs.mode": "Điều kiện sáng kiến của Chiến sĩ thi đua cơ sở",
  "setting.cstdcs.mode.note":
    "Kế hoạch: bắt buộc có sáng kiến; Luật 2022 Điều 23: có sáng kiến hoặc xếp loại Hoàn thành xuất sắc nhiệm vụ.",
  "setting.cstdcs.mode.plan": "Theo kế hoạch (bắt buộc sáng kiến)",
  "setting.cstdcs.mode.law": "Theo Luật (sáng kiến hoặc HTXSNV)",
  "setting.ttldtt.minShare": "Tỷ lệ cá nhân đạt Lao động tiên tiến của Tập thể lao động tiên tiến",
  "setting.ttldtt.minShare.note":
    "Luật 2022 Điều 28: trên 50% cá nhân đạt Lao động tiên tiến; một số tỉnh áp dụng 70%.",
  "setting.ttldtt.strict": "Phải “trên” tỷ lệ (tắt: “từ” tỷ lệ trở lên)",
  "setting.ttldtt.strict.note": "Luật ghi “trên 50%”: 50% đúng bằng là chưa đạt khi bật.",
  "setting.quota.htxs": "Tỷ lệ Hoàn thành xuất sắc nhiệm vụ tối đa",
  "setting.quota.htxs.note":
    "Nghị định 48/2023 và Quy định 366-QĐ/TW: số HTXSNV không quá 20% số HTTNV; cơ quan có thẩm quyền có thể cho phép cao hơn.",
  "setting.quota.scope": "Phạm vi tính tỷ lệ",
  "setting.quota.scope.note":
    "Tính trên toàn cơ quan hoặc từng đơn vị; phạm vi còn lại chỉ để tham khảo.",
  "setting.quota.scope.workbook": "Toàn cơ quan",
  "setting.quota.scope.unit": "Từng đơn vị",
  "setting.quota.cstdcs": "Tỷ lệ Chiến sĩ thi đua cơ sở trên Lao động tiên tiến",
  "setting.quota.cstdcs.note":
    "Quy định 15% của Nghị định 91/2017 không còn là quy định chung; để trống là không kiểm soát.",
  "setting.rating.scoreBands": "Quy đổi điểm sang xếp loại",
  "setting.rating.scoreBands.note":
    "Chỉ dùng khi cột xếp loại ghi điểm; mặc định theo Nghị định 335/2025 (90:HTXSNV,70:HTTNV,50:HTNV).",
  "setting.review.sheet": "Ghi trang “Rà soát chi tiết”",
  "setting.review.sheet.note":
    "Mỗi phát hiện một dòng, có liên kết tới ô cần xem; tắt thì trang cũ bị xóa.",
  "setting.summary.order": "Thứ tự trong bảng đề xuất",
  "setting.summary.order.note":
    "Theo thứ tự đơn vị và chức vụ trong bảng, hoặc theo tên (thứ tự chữ cái tiếng Việt).",
  "setting.summary.order.workbook": "Theo bảng của đơn vị",
  "setting.summary.order.alphabetical": "Theo tên (A–Z)",
  "setting.print.parent": "Cơ quan chủ quản (để trống: theo người ký)",
  "setting.print.agency": "Cơ quan ban hành (để trống: theo người ký)",
  "setting.print.place": "Địa danh",
  "setting.print.number": "Số văn bản",
  "setting.print.date": "Ngày (dd/mm/yyyy)",
  "setting.print.signerTitle": "Chức danh người ký",
  "setting.print.signerName": "Họ tên người ký",
  "setting.print.recipients": "Nơi nhận",
  "setting.print.attachedTo": "Kèm theo (biên bản, tờ trình …)",
  "setting.locality.kind": "Cấp của địa phương",
  "setting.locality.kind.note":
    "Sau sắp xếp năm 2025: thành phố trực thuộc Trung ương (Cần Thơ) ghi “Chiến sĩ thi đua thành phố”, “Bằng khen của Chủ tịch UBND thành phố”; tỉnh ghi “cấp tỉnh”.",
  "setting.locality.kind.thanh_pho": "Thành phố trực thuộc Trung ương",
  "setting.locality.kind.tinh": "Tỉnh",
  "setting.locality.name": "Tên địa phương",
  "setting.vote.cstdcs": "Tỷ lệ phiếu bầu tối thiểu của Chiến sĩ thi đua cơ sở",
  "setting.vote.cstdTinh": "Tỷ lệ phiếu bầu tối thiểu của Chiến sĩ thi đua cấp tỉnh",
  "setting.vote.note":
    "Nghị định 98/2023 (Điều 30 khoản 7) từng quy định 80% / 90% tổng số thành viên Hội đồng; Nghị định 152/2025 và quy định của địa phương chưa rõ còn giữ hay không, nên mặc định là tắt. Để trống là tắt.",
  "setting.print.note":
    "Phần đầu, phần ký và nơi nhận của bảng đề xuất trình Hội đồng Thi đua – Khen thưởng.",

  "run.heading": "Rà soát bảng tính",
  "run.explain":
    "Phần bổ trợ đọc bảng, đối chiếu từng dòng với tiêu chí, rồi ghi cột kết quả và tô màu những ô cần xem. Các ô của đơn vị không bị sửa.",
  "run.start": "Rà soát",
  "run.cancel": "Hủy",
  "run.cancelled": "Đã hủy: chưa ghi gì vào bảng tính.",
  "run.phase.read": "Đang đọc bảng tính…",
  "run.phase.check": "Đang đối chiếu tiêu chí…",
  "run.phase.write": "Đang ghi kết quả và đánh dấu…",
  "run.progress": "Tiến độ rà soát",
  "run.done": "Đã rà soát {individuals} cá nhân và {units} tập thể.",
  "run.notCheckable": "Không rà soát được: không có trang tính nào có cột họ tên và cột xếp loại.",
  "run.refused": "Không ghi vào trang “{sheet}”: {message}",
  "run.resultsOnly":
    "Bảng tính có {parts} mà trình đọc tệp không giữ được: bản tải về chỉ gồm kết quả rà soát.",

  "results.heading": "Kết quả rà soát",
  "results.empty": "Chưa rà soát. Bấm “Rà soát” ở bước trước.",
  "results.outcomes": "Cá nhân theo kết quả",
  "results.unitOutcomes": "Tập thể theo kết quả",
  "results.byTitle": "Theo danh hiệu, hình thức khen thưởng",
  "results.byUnit": "Theo đơn vị",
  "results.title": "Danh hiệu",
  "results.eligible": "Đủ điều kiện",
  "results.proposed": "Đơn vị đề nghị",
  "results.proposedEligible": "Đề nghị đủ điều kiện",
  "results.proposedNotEligible": "Đề nghị chưa đạt",
  "results.proposedNeedsInfo": "Đề nghị cần bổ sung",
  "results.unit": "Đơn vị",
  "results.rows": "Số người",
  "results.noUnit": "(không rõ đơn vị)",
  "results.count": "Số lượng",
  "results.quotas": "Kiểm soát tỷ lệ",
  "results.quota.scope": "Phạm vi",
  "results.quota.limit": "Tối đa",
  "results.quota.actual": "Thực tế",
  "results.quota.excess": "Vượt",
  "results.quota.ok": "Đạt",
  "results.quota.notOk": "Vượt tỷ lệ",
  "results.quota.unknown": "Chưa xác định",
  "results.quota.info": "(tham khảo)",
  "results.quota.workbook": "Toàn cơ quan",
  "results.quota.apply": "Áp dụng và rà soát lại",
  "results.findings": "Phát hiện ({count})",
  "results.filter": "Lọc phát hiện theo tên, đơn vị, ô hoặc nội dung",
  "results.filter.verdict": "Loại phát hiện",
  "results.filter.all": "Tất cả",
  "results.filter.deciding": "Chỉ những phát hiện quyết định kết quả (được tô màu)",
  "results.group": "{code} — {label} ({count})",
  "results.groupBare": "{code} ({count})",
  "results.more": "Hiện thêm {count}",
  "results.noFindings": "Không có phát hiện nào khớp bộ lọc.",
  "results.goTo": "Chọn ô {cell} trên trang “{sheet}”",
  "results.problems": "Lưu ý về bảng tính ({count})",
  "results.filterRows": "Lọc dòng cần xem",
  "results.filterRowsDone": "Đã lọc các trang tính: chỉ hiện những dòng chưa đạt hoặc cần bổ sung.",
  "results.writeSummary": "Ghi bảng đề xuất",
  "results.summaryWritten": "Đã ghi: {sheets}.",
  "results.clear": "Xóa đánh dấu",
  "results.cleared": "Đã xóa cột kết quả và đánh dấu trên {count} trang tính.",
  "results.kept": "Giữ lại trang đã sửa tay: {sheets}.",
  "results.download": "Tải bảng tính đã rà soát",

  "outcome.eligible": "✓ Đủ điều kiện",
  "outcome.gaps": "✗ Chưa đạt",
  "outcome.needs_info": "? Cần bổ sung",
  "outcome.not_checked": "– Chưa kiểm tra",

  "verdict.gap": "Chưa đạt",
  "verdict.unknown": "Cần bổ sung",
  "verdict.warning": "Cảnh báo",
  "verdict.info": "Thông tin",

  "level.error": "Lỗi",
  "level.warning": "Cảnh báo",
  "level.info": "Thông tin",

  "web.title": "Rà soát thi đua — trang độc lập",
  "web.intro":
    "Mở tệp .xlsx bảng bình xét thi đua. Tệp được rà soát ngay trên máy này, không gửi đi đâu.",
  "web.open": "Chọn tệp .xlsx",
  "web.drop": "hoặc kéo thả tệp vào đây",
  "web.dropLabel": "Vùng kéo thả tệp .xlsx",
  "web.file": "Tệp: {file}",
  "web.other": "Mở tệp khác",
  "web.notXlsx": "Tệp “{file}” không phải .xlsx.",
  "web.worker": "Không chạy được bộ rà soát trong trình duyệt: {message}",
} as const;

export type PaneKey = keyof typeof paneVi;

export const paneEn: Record<PaneKey, string> = {
  "app.title": "Emulation review",
  "app.subtitle":
    "Checks the emulation evaluation workbook against the year's plan and the Law on Emulation and Commendation 2022",
  "app.lang": "Tiếng Việt",
  "app.langLabel": "Switch the interface to Vietnamese",
  "app.steps": "Review steps",
  "app.loading": "Reading the workbook…",
  "app.error": "Error: {message}",
  "app.dismiss": "Dismiss the message",
  "app.notInExcel":
    "Open this pane in Excel; to check an .xlsx file outside Excel, use the standalone page (web/index.html).",

  "step.sheets": "Data sheets",
  "step.criteria": "Criteria",
  "step.run": "Check",
  "step.results": "Results",

  "role.individuals": "Individuals",
  "role.units": "Units",
  "role.mixed": "Individuals and units",
  "role.ignored": "Ignored",

  "sheets.heading": "Sheets found",
  "sheets.none": "No sheet has a name (or unit name) column and a rating column.",
  "sheets.rows": "{rows} data rows, header on row {header}",
  "sheets.protected": "The sheet is protected: the add-in will not write into it.",
  "sheets.ignoredBecause": "Reason: {reason}",
  "sheets.mapping": "Column mapping of sheet “{sheet}”",
  "sheets.field": "Field",
  "sheets.column": "Column",
  "sheets.confidence": "Confidence",
  "sheets.none.option": "— No such column —",
  "sheets.sure": "Certain",
  "sheets.unsure": "Please confirm",
  "sheets.confirmed": "Confirmed",
  "sheets.unmapped": "Not mapped",
  "sheets.skips": "Without this column {codes} will not be checked.",
  "sheets.required": "Required: without this column the sheet cannot be checked.",
  "sheets.changed":
    "Mapping changed; select “Check” to see the new result, or “Save” to store it in the workbook.",
  "sheets.save": "Save",
  "sheets.saveLabel":
    "Save the column mapping and settings to the workbook's “Cấu hình rà soát” sheet",
  "sheets.saved": "The column mapping and settings were saved in the workbook.",
  "sheets.next": "Next: Criteria",

  "criteria.heading": "Rule set and evaluation year",
  "criteria.ruleSet": "Rule set",
  "criteria.plan": "The plan's criteria",
  "criteria.planNote":
    "Clear the criteria the office does not apply; conditions set by law cannot be switched off.",
  "criteria.settings": "Settings",
  "criteria.print": "Layout of the proposal sheet (Decree 30/2020/NĐ-CP)",
  "criteria.reset": "Back to defaults",
  "criteria.invalid": "Invalid value: {expected}",
  "criteria.next": "Next: Check",

  "setting.year": "Evaluation year",
  "setting.year.note":
    "Decides which columns are this year's and which are earlier years' (title history).",
  "setting.cstdcs.mode": "Initiative condition of the grassroots emulation soldier",
  "setting.cstdcs.mode.note":
    "Plan: an initiative is required; Law 2022 Art. 23: an initiative or an “excellent” rating.",
  "setting.cstdcs.mode.plan": "As the plan (initiative required)",
  "setting.cstdcs.mode.law": "As the law (initiative or HTXSNV)",
  "setting.ttldtt.minShare":
    "Share of members with Advanced Labourer for an Advanced Labour Collective",
  "setting.ttldtt.minShare.note":
    "Law 2022 Art. 28: more than 50% of members Advanced Labourers; some provinces use 70%.",
  "setting.ttldtt.strict": "Must be “more than” the share (off: “at least”)",
  "setting.ttldtt.strict.note": "The law says “more than 50%”: exactly 50% fails when this is on.",
  "setting.quota.htxs": "Maximum share of “excellent” ratings",
  "setting.quota.htxs.note":
    "Decree 48/2023 and Regulation 366-QĐ/TW: HTXSNV at most 20% of HTTNV; a competent authority may allow more.",
  "setting.quota.scope": "Scope of the share",
  "setting.quota.scope.note":
    "Over the whole agency or per unit; the other scope is shown for information.",
  "setting.quota.scope.workbook": "Whole agency",
  "setting.quota.scope.unit": "Each unit",
  "setting.quota.cstdcs": "Share of grassroots emulation soldiers among Advanced Labourers",
  "setting.quota.cstdcs.note":
    "The 15% rule of Decree 91/2017 is no longer national law; leave empty for no control.",
  "setting.rating.scoreBands": "Scores to ratings",
  "setting.rating.scoreBands.note":
    "Used only when the rating column holds scores; default per Decree 335/2025 (90:HTXSNV,70:HTTNV,50:HTNV).",
  "setting.review.sheet": "Write the “Rà soát chi tiết” sheet",
  "setting.review.sheet.note":
    "One row per finding with a link to its cell; turning it off removes the old sheet.",
  "setting.summary.order": "Order of the proposal lists",
  "setting.summary.order.note":
    "By unit and position as in the workbook, or by name (Vietnamese alphabetical order).",
  "setting.summary.order.workbook": "As in the workbook",
  "setting.summary.order.alphabetical": "By name (A–Z)",
  "setting.print.parent": "Parent body (empty: follows the signer)",
  "setting.print.agency": "Issuing agency (empty: follows the signer)",
  "setting.print.place": "Place",
  "setting.print.number": "Document number",
  "setting.print.date": "Date (dd/mm/yyyy)",
  "setting.print.signerTitle": "Signer's title",
  "setting.print.signerName": "Signer's name",
  "setting.print.recipients": "Recipients",
  "setting.print.attachedTo": "Attached to (minutes, submission …)",
  "setting.locality.kind": "Kind of locality",
  "setting.locality.kind.note":
    "After the 2025 merger a centrally-run city (Cần Thơ) reads “Chiến sĩ thi đua thành phố”, “Bằng khen của Chủ tịch UBND thành phố”; a province reads “cấp tỉnh”.",
  "setting.locality.kind.thanh_pho": "Centrally-run city",
  "setting.locality.kind.tinh": "Province",
  "setting.locality.name": "Name of the locality",
  "setting.vote.cstdcs": "Minimum council vote for CSTĐCS",
  "setting.vote.cstdTinh": "Minimum council vote for provincial CSTĐ",
  "setting.vote.note":
    "Decree 98/2023 (Art. 30(7)) required 80% / 90% of all council members; whether Decree 152/2025 and local rules keep it is unsettled, so the default is off. Leave blank for off.",
  "setting.print.note":
    "Header, signature and recipients of the proposal sheet for the Emulation and Commendation Council.",

  "run.heading": "Check the workbook",
  "run.explain":
    "The add-in reads the workbook, checks every row against the criteria, then writes result columns and colours the cells to look at. The office's own cells are not changed.",
  "run.start": "Check",
  "run.cancel": "Cancel",
  "run.cancelled": "Cancelled: nothing was written to the workbook.",
  "run.phase.read": "Reading the workbook…",
  "run.phase.check": "Checking the criteria…",
  "run.phase.write": "Writing results and marks…",
  "run.progress": "Check progress",
  "run.done": "Checked {individuals} individuals and {units} units.",
  "run.notCheckable": "Cannot check: no sheet has a name column and a rating column.",
  "run.refused": "Nothing written to sheet “{sheet}”: {message}",
  "run.resultsOnly":
    "The workbook has {parts}, which the file reader cannot keep: the download holds the review results only.",

  "results.heading": "Review results",
  "results.empty": "Not checked yet. Select “Check” in the previous step.",
  "results.outcomes": "Individuals by outcome",
  "results.unitOutcomes": "Units by outcome",
  "results.byTitle": "By title and award",
  "results.byUnit": "By unit",
  "results.title": "Title",
  "results.eligible": "Eligible",
  "results.proposed": "Proposed by units",
  "results.proposedEligible": "Proposals eligible",
  "results.proposedNotEligible": "Proposals not met",
  "results.proposedNeedsInfo": "Proposals needing information",
  "results.unit": "Unit",
  "results.rows": "People",
  "results.noUnit": "(unit unknown)",
  "results.count": "Count",
  "results.quotas": "Quota controls",
  "results.quota.scope": "Scope",
  "results.quota.limit": "Limit",
  "results.quota.actual": "Actual",
  "results.quota.excess": "Excess",
  "results.quota.ok": "Within quota",
  "results.quota.notOk": "Over quota",
  "results.quota.unknown": "Undetermined",
  "results.quota.info": "(for information)",
  "results.quota.workbook": "Whole agency",
  "results.quota.apply": "Apply and check again",
  "results.findings": "Findings ({count})",
  "results.filter": "Filter findings by name, unit, cell or text",
  "results.filter.verdict": "Kind of finding",
  "results.filter.all": "All",
  "results.filter.deciding": "Only findings that decide the outcome (highlighted)",
  "results.group": "{code} — {label} ({count})",
  "results.groupBare": "{code} ({count})",
  "results.more": "Show {count} more",
  "results.noFindings": "No finding matches the filter.",
  "results.goTo": "Select cell {cell} on sheet “{sheet}”",
  "results.problems": "Notes on the workbook ({count})",
  "results.filterRows": "Filter rows to review",
  "results.filterRowsDone": "The sheets are filtered to rows with gaps or missing information.",
  "results.writeSummary": "Write the proposal sheet",
  "results.summaryWritten": "Written: {sheets}.",
  "results.clear": "Clear marks",
  "results.cleared": "Result columns and marks removed from {count} sheets.",
  "results.kept": "Sheets edited by hand were kept: {sheets}.",
  "results.download": "Download the checked workbook",

  "outcome.eligible": "✓ Eligible",
  "outcome.gaps": "✗ Not met",
  "outcome.needs_info": "? Needs information",
  "outcome.not_checked": "– Not checked",

  "verdict.gap": "Not met",
  "verdict.unknown": "Needs information",
  "verdict.warning": "Warning",
  "verdict.info": "Information",

  "level.error": "Error",
  "level.warning": "Warning",
  "level.info": "Information",

  "web.title": "Emulation review — standalone page",
  "web.intro":
    "Open the emulation evaluation workbook (.xlsx). It is checked on this computer and sent nowhere.",
  "web.open": "Choose an .xlsx file",
  "web.drop": "or drop the file here",
  "web.dropLabel": "Drop area for an .xlsx file",
  "web.file": "File: {file}",
  "web.other": "Open another file",
  "web.notXlsx": "The file “{file}” is not an .xlsx workbook.",
  "web.worker": "The checker cannot run in this browser: {message}",
};

export const paneText: Record<Lang, Record<PaneKey, string>> = { vi: paneVi, en: paneEn };

export type T = (key: PaneKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): T {
  return (key, params) => format(paneText[lang][key], params);
}
