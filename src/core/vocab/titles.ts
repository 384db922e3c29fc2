/**
 * Titles and awards in proposal and history columns (spec/vocabulary.md, "Titles and awards").
 *
 * Decisions where the spec is silent:
 * - A cell is split on commas, semicolons, "+", "/" between titles, and line breaks; a part may carry bullets ("- ",
 *   "1. ") and a tail that adds nothing ("năm 2025", "(đề nghị)").
 * - "Thành phố" stands for "tỉnh" (Cần Thơ is a centrally-run city): "Bằng khen UBND thành phố", "CSTĐ cấp thành phố".
 * - Any other award ("Cờ thi đua …", "Bằng khen của Bộ …", "Bằng khen Thủ tướng …", "Huân chương …", "Chiến sĩ thi
 *   đua toàn quốc", "Giấy khen của Công đoàn …") is `outside`, as the clerk wrote it (cleaned). Text that is neither a
 *   known title nor an award makes the whole cell unknown; "Không", "-" and "0" mean no title.
 */
import { isCellError, type CellValue } from "../grid";
import { clean, fold, stripNumbering } from "../text/normalize";
import { READING_ORDER, titleForms, unitReading } from "../rules/law/title-lists";
import type { Parsed, TitleCode } from "./codes";
import { DEFAULT_FILLER, matchVocab, unicodeText, type Vocabulary } from "./match";

type TitleValue = TitleCode | "NONE";

/** "(đề nghị)", "(năm 2024)", "đề nghị" after a title add nothing. */
const TITLE_TAIL = new RegExp(
  `${DEFAULT_FILLER.source}|^[\\s,;:-]*(?:\\(.*\\)|de nghi\\b)[\\s.]*$`
);

/** "Không", "-" and "0" first, then each title by its words (rules/law/title-lists.ts: its label, short label and
 * abbreviation, its code, its extra forms), in reading order. */
export const TITLE_VOCABULARY: Vocabulary<TitleValue> = {
  filler: TITLE_TAIL,
  entries: [
    { value: "NONE", forms: ["Không", "Không có", "Không đề nghị", "-", "0"], prefix: false },
    ...READING_ORDER.filter((t) => !t.writtenAs).map((t) => ({
      value: t.code,
      forms: titleForms(t),
    })),
  ],
};

/** Beginnings of awards this rule set does not decide; they are kept in `outside`. */
const AWARD_WORDS =
  /^(?:co thi dua|co\b|bang khen|giay khen|huan chuong|huy chuong|ky niem chuong|chien s[iy] thi dua|danh hieu|anh hung|nha giao|thay thuoc|nghe nhan|giai thuong|bk\b|gk\b|cstd\b)/;

function splitParts(text: string): string[] {
  return text
    .split(/[\n\r,;+]|\s\/\s|(?<=\p{L})\/(?=\p{L})/u)
    .map((p) => stripNumbering(p))
    .filter((p) => p !== "" && /[\p{L}\p{N}-]/u.test(p));
}

export interface TitleList {
  codes: TitleCode[];
  outside: string[];
}

export function parseTitles(v: CellValue, subject: "individual" | "unit"): Parsed<TitleList> {
  if (v === null) return { kind: "blank" };
  if (isCellError(v)) return { kind: "error", error: v.error };
  if (typeof v === "number") {
    return v === 0
      ? { kind: "ok", value: { codes: [], outside: [] } }
      : { kind: "unknown", text: String(v) };
  }
  if (typeof v !== "string") return { kind: "unknown", text: String(v) };
  const raw = unicodeText(v);
  const text = clean(raw);
  if (text === "") return { kind: "blank" };
  const codes: TitleCode[] = [];
  const outside: string[] = [];
  for (const part of splitParts(raw)) {
    const m = matchVocab(part, TITLE_VOCABULARY);
    if (m) {
      if (m.value === "NONE") continue;
      // "Bằng khen" on a units-sheet row is the collective's Bằng khen (vocabulary.md, revision 2).
      const code = subject === "unit" ? unitReading(m.value) : m.value;
      if (!codes.includes(code)) codes.push(code);
    } else if (AWARD_WORDS.test(fold(part))) {
      outside.push(part);
    } else {
      return { kind: "unknown", text };
    }
  }
  return { kind: "ok", value: { codes, outside } };
}

/** Danh hiệu from highest to lowest; Bằng khen and Giấy khen are not danh hiệu. */
const DANH_HIEU_ORDER: readonly TitleCode[] = READING_ORDER.filter(
  (t) => t.kind === "danh_hieu"
).map((t) => t.code);

/** The highest danh hiệu among `codes` (CSTD_TINH > CSTDCS > LDTT; TTLDXS > TTLDTT), or null. */
export function highestTitle(codes: readonly TitleCode[]): TitleCode | null {
  return DANH_HIEU_ORDER.find((c) => codes.includes(c)) ?? null;
}
