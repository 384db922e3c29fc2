/**
 * The report's catalogue of codes (report.md, revision 2): every code a report can carry — criteria, conditions,
 * titles, controls and warnings of the rule set, and the problem codes of reading and evaluation — with its level,
 * its short label in Vietnamese and English, and its legal source. A person reads the labels; the codes are for tools.
 */
import { format, type Template } from "../i18n/types";
import { localityParams } from "../locality";
import type { Msg } from "../records";
import { sourceKey } from "../rules";
import type { RuleSet } from "../rules/types";
import type { Settings } from "../settings";

export interface CodeEntry {
  level: "criterion" | "condition" | "title" | "control" | "warning" | "error" | "info";
  label: string;
  labelEn: string;
  source: string;
}

/** Problem and notice codes that are not rules: what each is about, in a few words. */
const NOTICES: Record<string, { level: CodeEntry["level"]; label: Template }> = {
  NO_RATING_COLUMN: {
    level: "error",
    label: { vi: "Không có cột xếp loại", en: "No rating column" },
  },
  NO_DATA_SHEET: { level: "error", label: { vi: "Không có bảng dữ liệu", en: "No data sheet" } },
  NO_DATA_ROWS: { level: "error", label: { vi: "Bảng không có dòng dữ liệu", en: "No data rows" } },
  SHEET_EMPTY: { level: "info", label: { vi: "Bảng trống", en: "Empty sheet" } },
  SHEET_CHART: { level: "info", label: { vi: "Bảng biểu đồ", en: "Chart sheet" } },
  SHEET_HISTORY: { level: "info", label: { vi: "Bảng lịch sử khen thưởng", en: "History sheet" } },
  PROTECTED_SHEET: {
    level: "warning",
    label: { vi: "Bảng đang được bảo vệ", en: "Protected sheet" },
  },
  UNKNOWN_RATING: {
    level: "warning",
    label: { vi: "Xếp loại không đọc được", en: "Unreadable rating" },
  },
  FORMULA_ERROR: { level: "warning", label: { vi: "Ô có lỗi công thức", en: "Formula error" } },
  FORMULA_ERROR_MORE: {
    level: "warning",
    label: { vi: "Thêm ô có lỗi công thức", en: "More formula errors" },
  },
  FORMULA_NO_VALUE: {
    level: "warning",
    label: { vi: "Công thức chưa có giá trị", en: "Formula without a value" },
  },
  FORMULA_NO_VALUE_MORE: {
    level: "warning",
    label: { vi: "Thêm công thức chưa có giá trị", en: "More formulas without a value" },
  },
  MAPPING_AMBIGUOUS: { level: "info", label: { vi: "Cột cần xác nhận", en: "Column to confirm" } },
  MAPPING_OVERRIDE_INVALID: {
    level: "warning",
    label: { vi: "Ghép cột đã lưu không dùng được", en: "Saved mapping unusable" },
  },
  MISSING_NAME: { level: "warning", label: { vi: "Thiếu họ tên", en: "Missing name" } },
  DUPLICATE_ROW: { level: "warning", label: { vi: "Dòng trùng lặp", en: "Duplicate row" } },
  LEGACY_ENCODING: {
    level: "info",
    label: { vi: "Phông chữ cũ (TCVN3, VNI)", en: "Legacy font encoding" },
  },
  ROW_KIND_UNKNOWN: {
    level: "warning",
    label: { vi: "Không rõ cá nhân hay tập thể", en: "Row kind unknown" },
  },
  HOUSEHOLD_ROW: { level: "info", label: { vi: "Dòng hộ gia đình", en: "Household row" } },
  HEADCOUNT_MISMATCH: {
    level: "warning",
    label: { vi: "Số người không khớp", en: "Headcount mismatch" },
  },
  UNIT_NOT_FOUND: {
    level: "warning",
    label: { vi: "Không tìm thấy đơn vị", en: "Unit not found" },
  },
  UNIT_NO_MEMBERS: {
    level: "warning",
    label: { vi: "Đơn vị không có thành viên", en: "Unit without members" },
  },
  UNIT_WITHOUT_ROW: {
    level: "warning",
    label: { vi: "Đơn vị thiếu trong bảng tập thể", en: "Unit missing from the units sheet" },
  },
  UNIT_WITHOUT_MEMBERS: {
    level: "warning",
    label: { vi: "Đơn vị không có thành viên", en: "Unit without members" },
  },
  NO_UNITS_SHEET: {
    level: "warning",
    label: { vi: "Không có bảng tập thể", en: "No units sheet" },
  },
  UNITS_ONLY: { level: "info", label: { vi: "Chỉ có bảng tập thể", en: "Units only" } },
  VOCAB_NOTE: { level: "info", label: { vi: "Ghi chú về cách ghi", en: "Note on the wording" } },
  DISC_NOT_COUNTED: {
    level: "info",
    label: { vi: "Kỷ luật không tính cho năm", en: "Discipline outside the year" },
  },
  OUTSIDE_SCOPE: {
    level: "info",
    label: { vi: "Đề nghị ngoài phạm vi rà soát", en: "Proposal outside the review" },
  },
  PROPOSAL_ERROR: {
    level: "info",
    label: { vi: "Ô đề nghị có lỗi công thức", en: "Proposal cell error" },
  },
  PROPOSAL_UNREADABLE: {
    level: "info",
    label: { vi: "Đề nghị không đọc được", en: "Unreadable proposal" },
  },
  CRITERION_SKIPPED: {
    level: "info",
    label: { vi: "Tiêu chí chưa kiểm tra", en: "Criterion not checked" },
  },
  CRITERION_OFF: {
    level: "info",
    label: { vi: "Tiêu chí cơ quan không áp dụng", en: "Criterion switched off" },
  },
  CRITERION_UNKNOWN: {
    level: "warning",
    label: { vi: "Mã tiêu chí không có", en: "Unknown criterion code" },
  },
  CRITERION_NOT_SWITCHABLE: {
    level: "warning",
    label: {
      vi: "Điều kiện của Luật không tắt được",
      en: "Legal condition cannot be switched off",
    },
  },
  UNCARRIED_PARTS: {
    level: "warning",
    label: { vi: "Phần của tệp không giữ được", en: "Parts not carried" },
  },
};

/** The catalogue for a run: the rule set's codes, then any other code the report carries, by code. */
export function codeCatalogue(
  ruleSet: RuleSet,
  settings: Settings,
  used: Iterable<string>,
  text: (msg: Msg) => string
): Record<string, CodeEntry> {
  const loc = localityParams(settings);
  const out: Record<string, CodeEntry> = {};
  const put = (code: string, level: CodeEntry["level"], short: Template, sourced: boolean) => {
    out[code] ??= {
      level,
      label: format(short.vi, loc),
      labelEn: format(short.en, loc),
      source: sourced ? text({ key: sourceKey(ruleSet, code), params: loc }) : "",
    };
  };
  for (const c of ruleSet.criteria) put(c.id, "criterion", c.short, true);
  for (const c of ruleSet.conditions) put(c.id, "condition", c.short, true);
  for (const t of ruleSet.titles) put(t.code, "title", t.label, true);
  for (const q of ruleSet.quotas) put(q.id, "control", q.short, true);
  for (const w of ruleSet.warnings) put(w.id, "warning", w.short, true);
  for (const code of used) {
    const n = NOTICES[code];
    if (n) put(code, n.level, n.label, false);
    else out[code] ??= { level: "info", label: code, labelEn: code, source: "" };
  }
  const sorted: Record<string, CodeEntry> = {};
  for (const k of Object.keys(out).sort()) sorted[k] = out[k];
  return sorted;
}
