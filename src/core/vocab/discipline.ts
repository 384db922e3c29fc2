/**
 * Discipline forms (spec/vocabulary.md, "Discipline (kỷ luật), increasing severity"). "CC" is cảnh cáo here only:
 * elsewhere it means công chức (see marks.ts, where it is unknown).
 *
 * Decisions where the spec is silent: a form followed by its decision reference ("Khiển trách (QĐ số 12/QĐ-SNN ngày
 * 5/3/2025)", "Cảnh cáo theo Quyết định …") is that form; "Không bị kỷ luật" and "Không vi phạm" are none; "Khai trừ
 * khỏi Đảng" is BUOC_THOI_VIEC like "Khai trừ".
 */
import { isCellError, type CellValue } from "../grid";
import { clean } from "../text/normalize";
import { DISCIPLINE_ORDER, type DisciplineCode, type Parsed } from "./codes";
import { DEFAULT_FILLER, matchVocab, unicodeText, type Vocabulary } from "./match";

type DisciplineValue = DisciplineCode | "NONE" | "NOT_COUNTED";

/** A decision reference may follow the form: "(QĐ …)", "theo QĐ …", "tại Quyết định …", "số …", "ngày …", "năm …". */
const DECISION_TAIL = new RegExp(
  `${DEFAULT_FILLER.source}|^[\\s,;:-]*(?:\\(|theo\\b|tai\\b|qd\\b|quyet dinh\\b|so\\b|ngay\\b|nam\\b)`
);

export const DISCIPLINE_VOCABULARY: Vocabulary<DisciplineValue> = {
  filler: DECISION_TAIL,
  entries: [
    {
      value: "NONE",
      forms: ["Không", "Không có", "Không bị kỷ luật", "Không vi phạm", "-", "0"],
      prefix: false,
    },
    {
      value: "NOT_COUNTED",
      forms: [
        "Nhắc nhở",
        "Phê bình",
        "Kiểm điểm rút kinh nghiệm",
        "Rút kinh nghiệm",
        "Xử phạt hành chính",
        "Xử phạt vi phạm hành chính",
      ],
      note: "DISCIPLINE_NOT_COUNTED",
    },
    {
      value: "BUOC_THOI_VIEC",
      forms: [
        "Buộc thôi việc",
        "BTV",
        "Bãi nhiệm",
        "Khai trừ",
        "Khai trừ khỏi Đảng",
        "Khai trừ Đảng",
      ],
    },
    { value: "CACH_CHUC", forms: ["Cách chức"] },
    { value: "GIANG_CHUC", forms: ["Giáng chức", "GC"] },
    {
      value: "HA_BAC_LUONG",
      forms: ["Hạ bậc lương", "Hạ 1 bậc lương", "Hạ một bậc lương", "HBL"],
    },
    { value: "CANH_CAO", forms: ["Cảnh cáo", "CC"] },
    { value: "KHIEN_TRACH", forms: ["Khiển trách", "KT"] },
  ],
};

/** null = no discipline that counts (blank cells are {kind:"blank"}; the evidence rule treats them as none). */
export function parseDiscipline(v: CellValue): Parsed<DisciplineCode | null> {
  if (v === null) return { kind: "blank" };
  if (isCellError(v)) return { kind: "error", error: v.error };
  if (typeof v === "number") {
    return v === 0 ? { kind: "ok", value: null } : { kind: "unknown", text: String(v) };
  }
  if (typeof v === "boolean") {
    return v ? { kind: "unknown", text: "TRUE" } : { kind: "ok", value: null };
  }
  if (typeof v !== "string") return { kind: "unknown", text: String(v) };
  const text = clean(unicodeText(v));
  if (text === "") return { kind: "blank" };
  const m = matchVocab(text, DISCIPLINE_VOCABULARY);
  if (!m) return { kind: "unknown", text };
  if (m.value === "NONE") return { kind: "ok", value: null };
  if (m.value === "NOT_COUNTED") return { kind: "ok", value: null, note: m.note };
  return { kind: "ok", value: m.value };
}

/** Whether `code` is `threshold` or more severe. */
export function disciplineAtLeast(code: DisciplineCode, threshold: DisciplineCode): boolean {
  return DISCIPLINE_ORDER.indexOf(code) >= DISCIPLINE_ORDER.indexOf(threshold);
}
