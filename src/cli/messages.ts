import type { Catalogue } from "../core/i18n/types";

/** What the command line says (Vietnamese first; `--lang en` for English). */
export const cliMessages: Catalogue = {
  "cli.usage": {
    vi: [
      "Cách dùng:",
      "  thidua check <tệp.xlsx> [--out <tệp-đã-rà-soát.xlsx>] [--report <báo-cáo.json>] [--rules kh-2025]",
      "                          [--year 2025] [--set khóa=giá-trị ...] [--save-settings] [--lang vi|en]",
      "  thidua clear <tệp-đã-rà-soát.xlsx> --out <tệp-sạch.xlsx>",
      "                          [--plan <kế-hoạch.json> | --plan sheet]",
      "  thidua plan export [--rules kh-2025] --out <kế-hoạch.json | kế-hoạch.xlsx>",
      "  thidua plan check <kế-hoạch.json>",
      "  thidua demo [--out-dir out]",
      "  thidua --version",
    ].join("\n"),
    en: [
      "Usage:",
      "  thidua check <book.xlsx> [--out <checked.xlsx>] [--report <report.json>] [--rules kh-2025]",
      "                           [--year 2025] [--set key=value ...] [--save-settings] [--lang vi|en]",
      "  thidua clear <checked.xlsx> --out <clean.xlsx>",
      "                           [--plan <plan.json> | --plan sheet]",
      "  thidua plan export [--rules kh-2025] --out <plan.json | plan.xlsx>",
      "  thidua plan check <plan.json>",
      "  thidua demo [--out-dir out]",
      "  thidua --version",
    ].join("\n"),
  },
  "cli.planBroken": {
    vi: "Kế hoạch có {count} lỗi, chưa rà soát với kế hoạch này:",
    en: "The plan has {count} mistake(s); nothing was checked with it:",
  },
  "cli.planOk": {
    vi: "Kế hoạch {id} (phiên bản {version}, năm {year}) hợp lệ. Dấu kiểm tra: {hash}",
    en: "The plan {id} (version {version}, {year}) is valid. Fingerprint: {hash}",
  },
  "cli.planNeedsOut": {
    vi: "Lệnh plan export cần --out <kế-hoạch.json> hoặc --out <kế-hoạch.xlsx>.",
    en: "plan export needs --out <plan.json> or --out <plan.xlsx>.",
  },
  "cli.badArgs": { vi: "Lệnh không hợp lệ: {detail}", en: "Invalid command: {detail}" },
  "cli.unknownCommand": {
    vi: "Không có lệnh “{command}”. Các lệnh: check, clear, plan, demo.",
    en: "There is no command “{command}”. Commands: check, clear, plan, demo.",
  },
  "cli.missingInput": { vi: "Thiếu tên tệp cần rà soát.", en: "The workbook to check is missing." },
  "cli.clearNeedsOut": {
    vi: "Lệnh clear cần --out <tệp-sạch.xlsx> (tệp gốc không bao giờ bị ghi đè).",
    en: "clear needs --out <clean.xlsx> (the input file is never overwritten).",
  },
  "cli.outIsInput": {
    vi: "--out trùng với tệp đầu vào “{file}”: phần mềm không ghi đè tệp gốc. Hãy chọn tên tệp khác.",
    en: "--out is the input file “{file}”: the input is never overwritten. Choose another name.",
  },
  "cli.cannotRead": {
    vi: "Không đọc được tệp “{file}”: {detail}",
    en: "Cannot read the file “{file}”: {detail}",
  },
  "cli.cannotWrite": {
    vi: "Không ghi được tệp “{file}”: {detail}",
    en: "Cannot write the file “{file}”: {detail}",
  },
  "cli.badSetting": {
    vi: "Thiết lập không hợp lệ: {detail}",
    en: "Invalid setting: {detail}",
  },
  "cli.unknownRules": {
    vi: "Không có bộ tiêu chí “{id}”. Các bộ hiện có: {ids}.",
    en: "There is no rule set “{id}”. Available: {ids}.",
  },
  "cli.notCheckable": {
    vi: "Tệp “{file}” không rà soát được: không có trang tính nào có cột họ tên (hoặc tên tập thể) và cột xếp loại.",
    en: "The file “{file}” cannot be checked: no sheet has a name (or unit-name) column and a rating column.",
  },
  "cli.internal": {
    vi: "Lỗi nội bộ của phần mềm (không phải lỗi của tệp). Chi tiết đã ghi vào {path}.",
    en: "Internal error of the program (not a fault of the file). Details were written to {path}.",
  },
  "cli.wrote": { vi: "Đã ghi {what}: {file}", en: "Wrote {what}: {file}" },
  "cli.what.checked": { vi: "bảng đã rà soát", en: "checked workbook" },
  "cli.what.resultsOnly": {
    vi: "bảng kết quả riêng, không sửa sổ gốc (không ghi an toàn được vào {parts})",
    en: "results-only workbook, the original not edited (it cannot be written safely into {parts})",
  },
  "cli.resultsOnlyXlsx": {
    vi: "Bảng kết quả riêng không chứa macro nên được ghi với đuôi .xlsx: “{file}” thay cho “{out}”.",
    en: "The results-only workbook holds no macros, so it is written as .xlsx: “{file}” instead of “{out}”.",
  },
  "cli.outNeedsMacroExt": {
    vi: "Tệp “{file}” là sổ tính có macro (VBA) và bản ghi ra giữ nguyên macro, nên tên tệp ghi ra phải có đuôi {ext} (Excel không mở tệp có macro mang đuôi .xlsx). Hãy dùng --out {suggest}",
    en: "“{file}” is a macro-enabled workbook (VBA) and the copy keeps its macros, so the output file must end in {ext} (Excel does not open a macro file named .xlsx). Use --out {suggest}",
  },
  "cli.outNeedsExt": {
    vi: "Tệp “{file}” là sổ tính không có macro, nên tên tệp ghi ra phải có đuôi {ext} (Excel không mở tệp mang đuôi khác với loại của nó). Hãy dùng --out {suggest}",
    en: "“{file}” is a workbook without macros, so the output file must end in {ext} (Excel does not open a file under another type's extension). Use --out {suggest}",
  },
  "cli.what.report": { vi: "báo cáo JSON", en: "JSON report" },
  "cli.what.clean": { vi: "bảng đã xóa đánh dấu", en: "cleared workbook" },
  "cli.what.sample": { vi: "bảng mẫu", en: "sample workbook" },
  "cli.what.plan": { vi: "kế hoạch {id}", en: "plan {id}" },
  "cli.refused": {
    vi: "Không ghi vào trang tính “{sheet}”: {detail}",
    en: "Not written to sheet “{sheet}”: {detail}",
  },
  "cli.summary.title": {
    vi: "KẾT QUẢ RÀ SOÁT — {file} ({individuals} cá nhân, {units} tập thể)",
    en: "REVIEW RESULT — {file} ({individuals} individuals, {units} units)",
  },
  "cli.summary.outcomes": { vi: "Kết quả theo dòng", en: "Outcome per row" },
  "cli.summary.carried": {
    vi: "(+{n} theo đề nghị danh hiệu cao hơn)",
    en: "(+{n} carried by a higher proposal)",
  },
  "cli.summary.titles": { vi: "Đủ điều kiện theo danh hiệu", en: "Eligible per title" },
  "cli.summary.quotas": { vi: "Kiểm soát tỷ lệ", en: "Quota controls" },
  "cli.summary.problems": { vi: "Vấn đề khi đọc bảng", en: "Input problems" },
  "cli.outcome.eligible": { vi: "✓ Đủ điều kiện", en: "✓ Eligible" },
  "cli.outcome.gaps": { vi: "✗ Chưa đạt", en: "✗ Gaps" },
  "cli.outcome.needs_info": { vi: "? Cần bổ sung", en: "? Needs information" },
  "cli.outcome.not_checked": { vi: "– Chưa kiểm tra", en: "– Not checked" },
  "cli.col.individuals": { vi: "Cá nhân", en: "Individuals" },
  "cli.col.units": { vi: "Tập thể", en: "Units" },
  "cli.quota.line": {
    vi: "{id} ({scope}): thực tế {actual}, giới hạn {limit}, vượt {excess} — {status}",
    en: "{id} ({scope}): actual {actual}, limit {limit}, excess {excess} — {status}",
  },
  "cli.quota.workbook": { vi: "toàn cơ quan", en: "whole agency" },
  "cli.quota.otherScope": {
    vi: "{id} theo từng đơn vị (thông tin): vượt ở {n} đơn vị — {list}",
    en: "{id} per unit (information): over in {n} units — {list}",
  },
  "cli.quota.cstdcsOff": {
    vi: "Q_CSTDCS (không áp dụng, chỉ để tham khảo): {actual} đề nghị CSTĐCS đủ điều kiện",
    en: "Q_CSTDCS (off, for information): {actual} eligible CSTĐCS proposals",
  },
  "cli.quota.proposed": {
    vi: "Đề nghị của đơn vị chưa đủ điều kiện: {n} (xem cột “Kết quả” và bảng đề xuất)",
    en: "Units' proposals not eligible: {n} (see the “Kết quả” column and the summary sheet)",
  },
  "cli.quota.ok": { vi: "đạt", en: "ok" },
  "cli.quota.over": { vi: "VƯỢT", en: "OVER" },
  "cli.quota.unknown": {
    vi: "chưa xác định (còn xếp loại chưa đọc được)",
    en: "undetermined (unreadable ratings)",
  },
  "cli.problems.count": {
    vi: "{errors} lỗi, {warnings} cảnh báo, {infos} ghi chú",
    en: "{errors} errors, {warnings} warnings, {infos} notes",
  },
  "cli.more": {
    vi: "… và {n} mục khác (xem báo cáo JSON)",
    en: "… and {n} more (see the JSON report)",
  },
};
