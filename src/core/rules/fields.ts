/**
 * How a rule finds its cells. History fields are resolved against the evaluation year; on a mixed sheet a unit row's
 * rating sits in the `rating` column rather than `unitRating` (spec/criteria.md §5.5), hence the unit aliases.
 */
import { colNumber } from "../address";
import type { FieldCell, FieldId, MappingEntry, SheetRead } from "../records";
import type { Template } from "../i18n/types";
import type { EssentialField, FieldRef, Subject } from "./types";

function resolveFresh(ref: FieldRef, year: number): FieldId {
  switch (ref) {
    case "history.prev1":
      return `history.${year - 1}`;
    case "history.prev2":
      return `history.${year - 2}`;
    case "history.prev1.rating":
      return `history.${year - 1}.rating`;
    case "history.prev1.initiative":
      return `history.${year - 1}.initiative`;
    default:
      return ref;
  }
}

// Rules resolve the same few references on every row: a fresh "history.2024" string each time had to be hashed
// again for every mapping lookup. One year is resolved at a time (a run has one evaluation year).
let resolvedYear = Number.NaN;
let resolved = new Map<FieldRef, FieldId>();

export function resolveField(ref: FieldRef, year: number): FieldId {
  if (year !== resolvedYear) {
    resolvedYear = year;
    resolved = new Map();
  }
  let field = resolved.get(ref);
  if (field === undefined) {
    field = resolveFresh(ref, year);
    resolved.set(ref, field);
  }
  return field;
}

/** Fields a unit row may carry under an individual's field name on a mixed sheet. */
const UNIT_ALIASES: Partial<Record<FieldId, FieldId>> = {
  unitRating: "rating",
  unitEmulation: "emulation",
  unitConduct: "conduct",
  unit: "name",
};

function mappingOf(sheet: SheetRead | null, field: FieldId): MappingEntry | undefined {
  return sheet?.mapping[field];
}

/** The field actually present on the sheet for this subject (alias on mixed sheets), or null when absent. */
export function presentField(
  sheet: SheetRead | null,
  subject: Subject,
  field: FieldId
): FieldId | null {
  if (mappingOf(sheet, field)) return field;
  const alias = subject === "unit" ? UNIT_ALIASES[field] : undefined;
  if (alias && sheet?.role === "mixed" && mappingOf(sheet, alias)) return alias;
  return null;
}

/** Whether an essential-field entry is satisfied by the sheet's columns. */
export function essentialPresent(
  sheet: SheetRead | null,
  subject: Subject,
  entry: EssentialField,
  year: number
): boolean {
  const refs = Array.isArray(entry) ? entry : [entry];
  return refs.some((r) => presentField(sheet, subject, resolveField(r, year)) !== null);
}

/**
 * The row's cell for a field. A mapped column whose cell the reader did not record is a blank cell in that column;
 * an unmapped field gives null (the column is absent).
 */
export function cellOf(
  cells: Partial<Record<FieldId, FieldCell>>,
  sheet: SheetRead | null,
  subject: Subject,
  ref: FieldRef,
  year: number
): FieldCell | null {
  const wanted = resolveField(ref, year);
  const field = presentField(sheet, subject, wanted);
  if (field === null) return cells[wanted] ?? null;
  const got = cells[field];
  if (got) return got;
  const letters = sheet?.mapping[field]?.columns[0];
  if (!letters) return null;
  return { col: colNumber(letters), value: null, text: "" };
}

/** How a missing column is named in notices: the usual header, in both languages. */
export const FIELD_LABELS: Record<string, Template> = {
  stt: { vi: "Số thứ tự", en: "row number (STT)" },
  familyName: { vi: "Họ và tên đệm", en: "family and middle name (Họ và tên đệm)" },
  givenName: { vi: "Tên", en: "given name (Tên)" },
  previousUnit: { vi: "Đơn vị cũ", en: "previous unit (Đơn vị cũ)" },
  rowKind: { vi: "Cá nhân hay tập thể", en: "individual or unit (Cá nhân / tập thể)" },
  note: { vi: "Ghi chú", en: "note (Ghi chú)" },
  name: { vi: "Họ và tên", en: "name (Họ và tên)" },
  position: { vi: "Chức vụ", en: "position (Chức vụ)" },
  unit: { vi: "Đơn vị", en: "unit (Đơn vị)" },
  rating: { vi: "Xếp loại", en: "rating (Xếp loại)" },
  initiative: { vi: "Sáng kiến, đề tài", en: "initiative (Sáng kiến, đề tài)" },
  initiativeLevel: { vi: "Cấp công nhận sáng kiến", en: "initiative level (Cấp công nhận)" },
  initiativeDecision: {
    vi: "Quyết định công nhận sáng kiến",
    en: "initiative decision (Quyết định công nhận sáng kiến)",
  },
  discipline: { vi: "Kỷ luật", en: "discipline (Kỷ luật)" },
  disciplineDate: { vi: "Ngày quyết định kỷ luật", en: "discipline decision date" },
  pending: { vi: "Đang xem xét kỷ luật", en: "pending discipline (Đang xem xét kỷ luật)" },
  service: { vi: "Số tháng công tác", en: "months of service (Số tháng công tác)" },
  leave: { vi: "Nghỉ (số ngày, lý do)", en: "leave (Số ngày nghỉ, lý do)" },
  vote: { vi: "Tỷ lệ phiếu bầu", en: "vote share (Tỷ lệ phiếu)" },
  voteTotal: { vi: "Tổng số thành viên Hội đồng", en: "council members (Tổng số thành viên)" },
  responsibility: { vi: "Tinh thần trách nhiệm", en: "responsibility (Tinh thần trách nhiệm)" },
  assignment: { vi: "Chấp hành phân công", en: "assignment (Chấp hành phân công)" },
  conduct: { vi: "Văn hóa công sở", en: "conduct (Văn hóa công sở)" },
  emulation: { vi: "Hưởng ứng phong trào thi đua", en: "emulation (Hưởng ứng phong trào)" },
  proposed: { vi: "Hình thức đề nghị", en: "proposal (Hình thức đề nghị)" },
  achievement: { vi: "Thành tích", en: "achievement (Thành tích)" },
  unitRating: { vi: "Xếp loại tập thể", en: "unit rating (Xếp loại tập thể)" },
  workPlan: { vi: "Kế hoạch công tác năm", en: "work plan (Kế hoạch công tác năm)" },
  unitEmulation: {
    vi: "Hưởng ứng phong trào (tập thể)",
    en: "unit emulation (Hưởng ứng phong trào)",
  },
  unitConduct: { vi: "Kỷ luật, văn hóa công sở (tập thể)", en: "unit conduct (Văn hóa công sở)" },
  solidarity: { vi: "Đoàn kết nội bộ", en: "solidarity (Đoàn kết nội bộ)" },
  roleModels: { vi: "Điển hình tiên tiến", en: "role models (Điển hình tiên tiến)" },
  headcount: { vi: "Tổng số CBCCVC", en: "headcount (Tổng số CBCCVC)" },
  "history.prev1": { vi: "Danh hiệu năm {prev1}", en: "titles of {prev1} (Danh hiệu năm {prev1})" },
  "history.prev2": { vi: "Danh hiệu năm {prev2}", en: "titles of {prev2} (Danh hiệu năm {prev2})" },
  "history.prev1.rating": {
    vi: "Xếp loại năm {prev1}",
    en: "rating of {prev1} (Xếp loại năm {prev1})",
  },
  "history.prev1.initiative": {
    vi: "Sáng kiến năm {prev1}",
    en: "initiatives of {prev1} (Sáng kiến năm {prev1})",
  },
};
