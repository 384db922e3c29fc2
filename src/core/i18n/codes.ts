/**
 * The catalogue of codes that are not rules — every problem code and every finding code the engine emits by name —
 * in the manner of frictionless' error catalogue: each code declared once, under its own name (the entry's key is
 * its `code`, which the compiler checks), with its level, a few words on what it is about in every language (the
 * report's `codes` section shows them), and the catalogue keys of the messages it is emitted with.
 *
 * The rule set's codes (criteria, conditions, titles, quotas, warnings) are data: their labels and sources come with
 * the rule set. A few warnings of the law layer are emitted by the engine itself rather than by a check; they are
 * listed here too (RULE_FINDINGS), with their levels and messages, so that emitting them is typed as well.
 *
 * A misspelt code is a compile error: a Problem's `code` is a ProblemCode and its `level` that code's level
 * (records.ts), and finding codes are written `"…" satisfies FindingCode`.
 */
import type { Template } from "./types";

export type CodeLevel = "error" | "warning" | "info";

export interface CodeDef<C extends string = string, L extends CodeLevel = CodeLevel> {
  /** Equal to the entry's key. */
  readonly code: C;
  readonly level: L;
  /** What the code is about, in a few words (the report's `codes` section: label, labelEn). */
  readonly description: Template;
  /** Catalogue keys (i18n/catalogue.ts) of the messages the code is emitted with. */
  readonly messages: readonly string[];
}

/** An entry for each key of T whose `code` is that key. */
type Keyed<T, L extends CodeLevel> = { readonly [K in keyof T]: CodeDef<K & string, L> };

/** Keeps the entries' literal types (levels, codes) and makes a code that differs from its key a compile error. */
function keyed<L extends CodeLevel>() {
  return <const T extends Keyed<T, L>>(entries: T): T => entries;
}

const t = (vi: string, en: string): Template => ({ vi, en });

/** Problems of the workbook, its reading, its evaluation and its settings (spec/report.md `problems`). */
export const PROBLEMS = keyed<CodeLevel>()({
  // ---- reading (read/messages.ts: the key of a reading problem's message is its code) -------------------------
  NO_DATA_SHEET: {
    code: "NO_DATA_SHEET",
    level: "error",
    description: t("Không có bảng dữ liệu", "No data sheet"),
    messages: ["NO_DATA_SHEET"],
  },
  NO_RATING_COLUMN: {
    code: "NO_RATING_COLUMN",
    level: "error",
    description: t("Không có cột xếp loại", "No rating column"),
    messages: ["NO_RATING_COLUMN"],
  },
  NO_DATA_ROWS: {
    code: "NO_DATA_ROWS",
    level: "warning",
    description: t("Bảng không có dòng dữ liệu", "No data rows"),
    messages: ["NO_DATA_ROWS"],
  },
  SHEET_EMPTY: {
    code: "SHEET_EMPTY",
    level: "info",
    description: t("Bảng trống", "Empty sheet"),
    messages: ["SHEET_EMPTY"],
  },
  SHEET_NO_HEADER: {
    code: "SHEET_NO_HEADER",
    level: "info",
    description: t("Bảng không có dòng tiêu đề", "Sheet without a header row"),
    messages: ["SHEET_NO_HEADER"],
  },
  SHEET_LOOKUP: {
    code: "SHEET_LOOKUP",
    level: "info",
    description: t("Bảng danh mục", "Lookup sheet"),
    messages: ["SHEET_LOOKUP"],
  },
  SHEET_HISTORY: {
    code: "SHEET_HISTORY",
    level: "info",
    description: t("Bảng lịch sử khen thưởng", "History sheet"),
    messages: ["SHEET_HISTORY"],
  },
  SHEET_CHART: {
    code: "SHEET_CHART",
    level: "info",
    description: t("Bảng biểu đồ", "Chart sheet"),
    messages: ["SHEET_CHART"],
  },
  PROTECTED_SHEET: {
    code: "PROTECTED_SHEET",
    level: "warning",
    description: t("Bảng đang được bảo vệ", "Protected sheet"),
    messages: ["PROTECTED_SHEET"],
  },
  MAPPING_AMBIGUOUS: {
    code: "MAPPING_AMBIGUOUS",
    level: "info",
    description: t("Cột cần xác nhận", "Column to confirm"),
    messages: ["MAPPING_AMBIGUOUS"],
  },
  MAPPING_OVERRIDE_INVALID: {
    code: "MAPPING_OVERRIDE_INVALID",
    level: "warning",
    description: t("Ghép cột đã lưu không dùng được", "Saved mapping unusable"),
    messages: ["MAPPING_OVERRIDE_INVALID"],
  },
  FORMULA_ERROR: {
    code: "FORMULA_ERROR",
    level: "warning",
    description: t("Ô có lỗi công thức", "Formula error"),
    messages: ["FORMULA_ERROR"],
  },
  FORMULA_ERROR_MORE: {
    code: "FORMULA_ERROR_MORE",
    level: "warning",
    description: t("Thêm ô có lỗi công thức", "More formula errors"),
    messages: ["FORMULA_ERROR_MORE"],
  },
  FORMULA_NO_VALUE: {
    code: "FORMULA_NO_VALUE",
    level: "warning",
    description: t("Công thức chưa có giá trị", "Formula without a value"),
    messages: ["FORMULA_NO_VALUE"],
  },
  FORMULA_NO_VALUE_MORE: {
    code: "FORMULA_NO_VALUE_MORE",
    level: "warning",
    description: t("Thêm công thức chưa có giá trị", "More formulas without a value"),
    messages: ["FORMULA_NO_VALUE_MORE"],
  },
  LEGACY_ENCODING: {
    code: "LEGACY_ENCODING",
    level: "info",
    description: t("Phông chữ cũ (TCVN3, VNI)", "Legacy font encoding"),
    messages: ["LEGACY_ENCODING"],
  },
  DUPLICATE_ROW: {
    code: "DUPLICATE_ROW",
    level: "warning",
    description: t("Dòng trùng lặp", "Duplicate row"),
    messages: ["DUPLICATE_ROW"],
  },
  HOUSEHOLD_ROW: {
    code: "HOUSEHOLD_ROW",
    level: "info",
    description: t("Dòng hộ gia đình", "Household row"),
    messages: ["HOUSEHOLD_ROW"],
  },
  ROW_KIND_UNKNOWN: {
    code: "ROW_KIND_UNKNOWN",
    level: "warning",
    description: t("Không rõ cá nhân hay tập thể", "Row kind unknown"),
    messages: ["ROW_KIND_UNKNOWN"],
  },
  MISSING_NAME: {
    code: "MISSING_NAME",
    level: "warning",
    description: t("Thiếu họ tên", "Missing name"),
    messages: ["MISSING_NAME"],
  },
  UNIT_NOT_FOUND: {
    code: "UNIT_NOT_FOUND",
    level: "warning",
    description: t("Không tìm thấy đơn vị", "Unit not found"),
    messages: ["UNIT_NOT_FOUND"],
  },
  UNIT_NO_MEMBERS: {
    code: "UNIT_NO_MEMBERS",
    level: "warning",
    description: t("Đơn vị không có thành viên", "Unit without members"),
    messages: ["UNIT_NO_MEMBERS"],
  },
  // ---- evaluation (evaluate/messages.ts) -----------------------------------------------------------------------
  UNITS_ONLY: {
    code: "UNITS_ONLY",
    level: "info",
    description: t("Chỉ có bảng tập thể", "Units only"),
    messages: ["notice.unitsOnly"],
  },
  NO_UNITS_SHEET: {
    code: "NO_UNITS_SHEET",
    level: "warning",
    description: t("Không có bảng tập thể", "No units sheet"),
    messages: ["notice.noUnits"],
  },
  UNIT_WITHOUT_ROW: {
    code: "UNIT_WITHOUT_ROW",
    level: "warning",
    description: t("Đơn vị thiếu trong bảng tập thể", "Unit missing from the units sheet"),
    messages: ["notice.unitWithoutRow"],
  },
  UNIT_WITHOUT_MEMBERS: {
    code: "UNIT_WITHOUT_MEMBERS",
    level: "warning",
    description: t("Đơn vị không có thành viên", "Unit without members"),
    messages: ["notice.unitWithoutMembers"],
  },
  CRITERION_SKIPPED: {
    code: "CRITERION_SKIPPED",
    level: "warning",
    description: t("Tiêu chí chưa kiểm tra", "Criterion not checked"),
    messages: ["notice.skipped"],
  },
  CRITERION_OFF: {
    code: "CRITERION_OFF",
    level: "info",
    description: t("Tiêu chí cơ quan không áp dụng", "Criterion switched off"),
    messages: ["notice.switchedOff"],
  },
  CRITERION_UNKNOWN: {
    code: "CRITERION_UNKNOWN",
    level: "info",
    description: t("Mã tiêu chí không có", "Unknown criterion code"),
    messages: ["notice.unknownCriterion"],
  },
  CRITERION_NOT_SWITCHABLE: {
    code: "CRITERION_NOT_SWITCHABLE",
    level: "warning",
    description: t("Điều kiện của Luật không tắt được", "Legal condition cannot be switched off"),
    messages: ["notice.notSwitchable"],
  },
  // ---- the pipeline after evaluation (check.ts; check-messages.ts, settings-messages.ts, rules/plan/messages.ts)
  UNKNOWN_RATING: {
    code: "UNKNOWN_RATING",
    level: "warning",
    description: t("Xếp loại không đọc được", "Unreadable rating"),
    messages: ["problem.unknownRating"],
  },
  SETTING_INVALID: {
    code: "SETTING_INVALID",
    level: "warning",
    description: t("Thiết lập không dùng được", "Unusable setting"),
    messages: ["SETTING_INVALID"],
  },
  SETTING_UNKNOWN: {
    code: "SETTING_UNKNOWN",
    level: "warning",
    description: t("Thiết lập không có", "Unknown setting"),
    messages: ["SETTING_UNKNOWN"],
  },
  PLAN_NOT_USED: {
    code: "PLAN_NOT_USED",
    level: "warning",
    description: t("Kế hoạch không được dùng", "Plan not used"),
    messages: ["plan.storedMissing", "plan.sheetUnconfirmed"],
  },
});

export type ProblemCode = keyof typeof PROBLEMS;
/** The level a problem with code C has (the only one it can have). */
export type ProblemLevelOf<C extends ProblemCode> = (typeof PROBLEMS)[C]["level"];
/** The catalogue keys a problem with code C may be put into words with. */
export type ProblemMessageOf<C extends ProblemCode> = (typeof PROBLEMS)[C]["messages"][number];

/** Findings on a row that are not rules: notes on how a cell was read, and checks of the workbook's own figures. */
export const FINDINGS = keyed<"warning" | "info">()({
  HEADCOUNT_MISMATCH: {
    code: "HEADCOUNT_MISMATCH",
    level: "warning",
    description: t("Số người không khớp", "Headcount mismatch"),
    messages: ["HEADCOUNT_MISMATCH.warning"],
  },
  DISC_NOT_COUNTED: {
    code: "DISC_NOT_COUNTED",
    level: "info",
    description: t("Kỷ luật không tính cho năm", "Discipline outside the year"),
    messages: ["DISC_NOT_COUNTED.info"],
  },
  VOCAB_NOTE: {
    code: "VOCAB_NOTE",
    level: "info",
    description: t("Ghi chú về cách ghi", "Note on the wording"),
    // The notes the vocabularies attach to a parsed cell (vocab/messages.ts).
    messages: ["RATING_SCORE", "RATING_LEGACY_HTNV", "DISCIPLINE_NOT_COUNTED"],
  },
  OUTSIDE_SCOPE: {
    code: "OUTSIDE_SCOPE",
    level: "info",
    description: t("Đề nghị ngoài phạm vi rà soát", "Proposal outside the review"),
    messages: ["OUTSIDE_SCOPE.info"],
  },
  PROPOSAL_ERROR: {
    code: "PROPOSAL_ERROR",
    level: "info",
    description: t("Ô đề nghị có lỗi công thức", "Proposal cell error"),
    messages: ["PROPOSAL_ERROR.info"],
  },
  PROPOSAL_UNREADABLE: {
    code: "PROPOSAL_UNREADABLE",
    level: "info",
    description: t("Đề nghị không đọc được", "Unreadable proposal"),
    messages: ["PROPOSAL_UNREADABLE.info"],
  },
});

export type FindingCode = keyof typeof FINDINGS;
export type FindingMessageOf<C extends FindingCode> = (typeof FINDINGS)[C]["messages"][number];

/** A warning of the law layer that the engine emits by name: its label and source come with the rule set. */
export type RuleFindingDef<C extends string = string> = Omit<
  CodeDef<C, "warning" | "info">,
  "description"
>;

type RuleKeyed<T> = { readonly [K in keyof T]: RuleFindingDef<K & string> };

function ruleKeyed<const T extends RuleKeyed<T>>(entries: T): T {
  return entries;
}

/** The law layer's codes the engine emits itself (every registered rule set must define them; parity test). */
export const RULE_FINDINGS = ruleKeyed({
  Q_PROPOSED: { code: "Q_PROPOSED", level: "warning", messages: ["Q_PROPOSED.warning"] },
  CSTDCS_IF_TTLDXS: {
    code: "CSTDCS_IF_TTLDXS",
    level: "info",
    messages: ["CSTDCS_IF_TTLDXS.info"],
  },
  R_DISC_RATING: { code: "R_DISC_RATING", level: "warning", messages: ["R_DISC_RATING.warning"] },
  R_SERVICE_RATING: {
    code: "R_SERVICE_RATING",
    level: "warning",
    messages: ["R_SERVICE_RATING.warning", "R_SERVICE_RATING.maternity"],
  },
  I2_DECISION: { code: "I2_DECISION", level: "info", messages: ["I2_DECISION.info"] },
  I2_REPEATED: { code: "I2_REPEATED", level: "info", messages: ["I2_REPEATED.info"] },
});

export type RuleFindingCode = keyof typeof RULE_FINDINGS;
export type RuleFindingMessageOf<C extends RuleFindingCode> =
  (typeof RULE_FINDINGS)[C]["messages"][number];

/** The catalogue entry of a code that is not a rule, or undefined (a rule's code, or a code of no catalogue). */
export function codeDef(code: string): CodeDef | undefined {
  if (Object.prototype.hasOwnProperty.call(PROBLEMS, code)) return PROBLEMS[code as ProblemCode];
  if (Object.prototype.hasOwnProperty.call(FINDINGS, code)) return FINDINGS[code as FindingCode];
  return undefined;
}
