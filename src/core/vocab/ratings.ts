/**
 * Rating levels (spec/vocabulary.md, "Rating levels (xếp loại chất lượng)").
 *
 * Decisions where the spec is silent: a score may also arrive as text ("92", "92,5"); a number outside 0–100, a
 * boolean or a date is unknown. The legacy wording is recognised by its beginning ("Hoàn thành nhiệm vụ nhưng còn hạn
 * chế …", with or without "về năng lực").
 */
import { isCellError, type CellValue } from "../grid";
import type { ScoreBand } from "../settings";
import { clean, fold } from "../text/normalize";
import type { Parsed, RatingCode } from "./codes";
import { parseNumber } from "./dates";
import { matchKey, matchVocab, unicodeText, type Vocabulary } from "./match";

const RATING_ORDER: readonly RatingCode[] = ["KHTNV", "HTNV", "HTTNV", "HTXSNV"];

/** The ratings from lowest to highest. */
export const RATING_CODES_ASC: readonly RatingCode[] = RATING_ORDER;

export const RATING_VOCABULARY: Vocabulary<RatingCode> = {
  entries: [
    {
      value: "KHTNV",
      forms: [
        "Không hoàn thành nhiệm vụ",
        "KHTNV",
        "KHT NV",
        "KHT",
        "Không hoàn thành",
        "Không HTNV",
      ],
    },
    {
      value: "HTXSNV",
      forms: [
        "Hoàn thành xuất sắc nhiệm vụ",
        "HTXSNV",
        "HTXS NV",
        "HTXS",
        "HT xuất sắc NV",
        "Hoàn thành xuất sắc",
        "Xuất sắc",
        "XS",
      ],
    },
    {
      value: "HTTNV",
      forms: [
        "Hoàn thành tốt nhiệm vụ",
        "HTTNV",
        "HTT NV",
        "HTT",
        "HT tốt NV",
        "Hoàn thành tốt",
        "Tốt",
      ],
    },
    { value: "HTNV", forms: ["Hoàn thành nhiệm vụ", "HTNV", "HT NV", "HT", "Hoàn thành"] },
  ],
};

/** "Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực" (the pre-2023 fourth level), by its diacritic-free key. */
function isLegacyHtnv(text: string): boolean {
  const key = fold(matchKey(text));
  return /^hoan thanh nhiem vu,? (nhung )?con han che\b/.test(key);
}

export function ratingFromScore(score: number, bands: readonly ScoreBand[]): RatingCode {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  for (const band of sorted) if (score >= band.min) return band.code;
  return "KHTNV";
}

/** "≥ 90: HTXSNV; ≥ 70: HTTNV; ≥ 50: HTNV; < 50: KHTNV" — the bands named in the RATING_SCORE note. */
export function describeBands(bands: readonly ScoreBand[]): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const parts = sorted.map((b) => `≥ ${b.min}: ${b.code}`);
  const lowest = sorted[sorted.length - 1];
  if (lowest && lowest.code !== "KHTNV") parts.push(`< ${lowest.min}: KHTNV`);
  return parts.join("; ");
}

function fromScore(score: number, bands: readonly ScoreBand[]): Parsed<RatingCode> | null {
  if (!Number.isFinite(score) || score < 0 || score > 100) return null;
  return { kind: "ok", value: ratingFromScore(score, bands), note: "RATING_SCORE" };
}

export function parseRating(v: CellValue, bands: readonly ScoreBand[]): Parsed<RatingCode> {
  if (v === null) return { kind: "blank" };
  if (isCellError(v)) return { kind: "error", error: v.error };
  if (typeof v === "number") {
    return fromScore(v, bands) ?? { kind: "unknown", text: String(v) };
  }
  if (typeof v !== "string") return { kind: "unknown", text: String(v) };
  const text = clean(unicodeText(v));
  if (text === "") return { kind: "blank" };
  const score = parseNumber(text);
  if (score !== null) return fromScore(score, bands) ?? { kind: "unknown", text };
  if (isLegacyHtnv(text)) return { kind: "ok", value: "HTNV", note: "RATING_LEGACY_HTNV" };
  const m = matchVocab(text, RATING_VOCABULARY);
  return m ? { kind: "ok", value: m.value } : { kind: "unknown", text };
}

/** Whether `code` is `min` or better. */
export function ratingAtLeast(code: RatingCode, min: RatingCode): boolean {
  return RATING_ORDER.indexOf(code) >= RATING_ORDER.indexOf(min);
}
