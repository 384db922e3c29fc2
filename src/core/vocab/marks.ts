/**
 * Yes / no marks in judgement columns (spec/vocabulary.md, "Yes / no marks"), and named items for I2, C2, C6
 * (criteria.md §1). "CC" is not a mark (it means công chức outside a discipline column): unknown here.
 *
 * Decisions where the spec is silent: numbers other than 1 and 0 are unknown marks; for named items a positive number
 * (a count of initiatives) is yes, a negative one unknown; text without any letter or digit ("…", "?") is unknown.
 */
import { isCellError, type CellValue } from "../grid";
import { clean, fold, toneKey } from "../text/normalize";
import type { Parsed } from "./codes";
import { matchVocab, unicodeText, type Vocabulary } from "./match";

export const MARK_VOCABULARY: Vocabulary<boolean> = {
  entries: [
    {
      value: false,
      forms: ["Không đạt", "Không", "K", "KĐ", "No", "N", "0", "-", "FALSE"],
      prefix: false,
    },
    {
      value: true,
      forms: ["x", "✓", "✔", "v", "Có", "Đạt", "Đ", "Yes", "Y", "1", "TRUE"],
      prefix: false,
    },
  ],
};

function parseYesNo(
  v: CellValue
): Parsed<boolean> | { kind: "text"; text: string } | { kind: "number"; value: number } {
  if (v === null) return { kind: "blank" };
  if (isCellError(v)) return { kind: "error", error: v.error };
  if (typeof v === "boolean") return { kind: "ok", value: v };
  if (typeof v === "number") {
    if (v === 1) return { kind: "ok", value: true };
    if (v === 0) return { kind: "ok", value: false };
    return { kind: "number", value: v };
  }
  // An invalid date (a serial out of range) has no ISO form: it is quoted as nothing rather than thrown on.
  if (v instanceof Date)
    return { kind: "unknown", text: Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10) };
  const text = clean(unicodeText(v));
  if (text === "") return { kind: "blank" };
  const m = matchVocab(text, MARK_VOCABULARY);
  if (m) return { kind: "ok", value: m.value };
  return { kind: "text", text };
}

export function parseMark(v: CellValue): Parsed<boolean> {
  const r = parseYesNo(v);
  if (r.kind === "number") return { kind: "unknown", text: String(r.value) };
  if (r.kind === "text") return { kind: "unknown", text: r.text };
  return r;
}

const NEGATION_TONE = /^(?:không|chưa|ko|k\/)(?=$|[\s\p{P}])|^k\//u;
const NEGATION_FOLD = /^(?:khong|chua|ko|k\/)(?=$|[\s\p{P}])|^k\//u;

/** Whether text begins with a negation (không, chưa, ko, k/); without diacritics only when typed without any. */
export function beginsWithNegation(text: string): boolean {
  const key = toneKey(text);
  if (NEGATION_TONE.test(key)) return true;
  return key === fold(key) && NEGATION_FOLD.test(key);
}

export function parseNamedItem(v: CellValue): Parsed<boolean> {
  const r = parseYesNo(v);
  if (r.kind === "number") {
    return r.value > 0 ? { kind: "ok", value: true } : { kind: "unknown", text: String(r.value) };
  }
  if (r.kind !== "text") return r;
  if (beginsWithNegation(r.text)) return { kind: "ok", value: false };
  if (!/[\p{L}\p{N}]/u.test(r.text)) return { kind: "unknown", text: r.text };
  return { kind: "ok", value: true };
}
