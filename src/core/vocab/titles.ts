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
import type { Parsed, TitleCode } from "./codes";
import { DEFAULT_FILLER, matchVocab, unicodeText, type Vocabulary } from "./match";

type TitleValue = TitleCode | "GIAY_KHEN" | "NONE";

/** "(đề nghị)", "(năm 2024)", "đề nghị" after a title add nothing. */
const TITLE_TAIL = new RegExp(
  `${DEFAULT_FILLER.source}|^[\\s,;:-]*(?:\\(.*\\)|de nghi\\b)[\\s.]*$`
);

export const TITLE_VOCABULARY: Vocabulary<TitleValue> = {
  filler: TITLE_TAIL,
  entries: [
    { value: "NONE", forms: ["Không", "Không có", "Không đề nghị", "-", "0"], prefix: false },
    { value: "TTLDXS", forms: ["Tập thể lao động xuất sắc", "TTLĐXS", "TTLDXS"] },
    { value: "TTLDTT", forms: ["Tập thể lao động tiên tiến", "TTLĐTT", "TTLDTT"] },
    {
      value: "CSTD_TINH",
      forms: [
        "Chiến sĩ thi đua cấp tỉnh",
        "Chiến sỹ thi đua cấp tỉnh",
        "Chiến sĩ thi đua tỉnh",
        "Chiến sĩ thi đua cấp thành phố",
        "Chiến sỹ thi đua cấp thành phố",
        "Chiến sĩ thi đua thành phố",
        "CSTĐ tỉnh",
        "CSTĐ cấp tỉnh",
        "CSTĐ thành phố",
        "CSTĐ cấp thành phố",
        "CSTĐ TP",
      ],
    },
    {
      value: "CSTDCS",
      forms: [
        "Chiến sĩ thi đua cơ sở",
        "Chiến sỹ thi đua cơ sở",
        "Chiến sĩ thi đua cấp cơ sở",
        "Chiến sỹ thi đua cấp cơ sở",
        "CSTĐCS",
        "CSTĐ cơ sở",
        "CSTĐ CS",
        "CSTDCS",
      ],
    },
    { value: "LDTT", forms: ["Lao động tiên tiến", "LĐTT", "LDTT"] },
    {
      value: "BK_TINH",
      forms: [
        "Bằng khen",
        "Bằng khen UBND tỉnh",
        "Bằng khen của UBND tỉnh",
        "Bằng khen Ủy ban nhân dân tỉnh",
        "Bằng khen của Ủy ban nhân dân tỉnh",
        "Bằng khen của Chủ tịch UBND tỉnh",
        "Bằng khen Chủ tịch UBND tỉnh",
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
        "Bằng khen UBND thành phố",
        "Bằng khen của UBND thành phố",
        "Bằng khen Ủy ban nhân dân thành phố",
        "Bằng khen của Ủy ban nhân dân thành phố",
        "Bằng khen của Chủ tịch UBND thành phố",
        "Bằng khen Chủ tịch UBND thành phố",
        "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
        "Bằng khen UBND TP",
        "BK tỉnh",
        "BK UBND tỉnh",
        "BK thành phố",
        "BK UBND TP",
        "BKUBND",
        "BK UBND",
      ],
    },
    {
      value: "GIAY_KHEN",
      forms: [
        "Giấy khen",
        "Giấy khen Giám đốc Sở",
        "Giấy khen của Giám đốc Sở",
        "Giấy khen Giám đốc",
        "Giấy khen của Giám đốc",
        "GK",
      ],
    },
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
      const code: TitleCode =
        m.value === "GIAY_KHEN"
          ? subject === "unit"
            ? "GK_TT"
            : "GK"
          : m.value === "BK_TINH" && subject === "unit"
            ? "BK_TT"
            : m.value;
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
const DANH_HIEU_ORDER: readonly TitleCode[] = ["CSTD_TINH", "CSTDCS", "LDTT", "TTLDXS", "TTLDTT"];

/** The highest danh hiệu among `codes` (CSTD_TINH > CSTDCS > LDTT; TTLDXS > TTLDTT), or null. */
export function highestTitle(codes: readonly TitleCode[]): TitleCode | null {
  return DANH_HIEU_ORDER.find((c) => codes.includes(c)) ?? null;
}
