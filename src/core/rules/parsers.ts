/**
 * The vocabulary parsers, remembered by cell value. A workbook repeats a handful of values ("x", "HTTNV", "Không")
 * thousands of times; normalising each again dominated the run time. Only primitive values are remembered (dates
 * and formula errors are parsed each time), and the memory is bounded.
 */
import type { CellValue } from "../grid";
import type { ScoreBand } from "../settings";
import type { DisciplineCode, Parsed, RatingCode } from "../vocab/codes";
import { parseDiscipline } from "../vocab/discipline";
import { parseMark, parseNamedItem } from "../vocab/marks";
import { parseRating } from "../vocab/ratings";

const LIMIT = 4096;

function memo<T>(parse: (v: CellValue) => T): (v: CellValue) => T {
  const seen = new Map<string, T>();
  return (v) => {
    const t = typeof v;
    if (t !== "string" && t !== "number" && t !== "boolean") return parse(v);
    const key = `${t}:${String(v)}`;
    let hit = seen.get(key);
    if (hit === undefined) {
      if (seen.size >= LIMIT) seen.clear();
      hit = parse(v);
      seen.set(key, hit);
    }
    return hit;
  };
}

export const markOf: (v: CellValue) => Parsed<boolean> = memo(parseMark);
export const namedItemOf: (v: CellValue) => Parsed<boolean> = memo(parseNamedItem);
export const disciplineOf: (v: CellValue) => Parsed<DisciplineCode | null> = memo(parseDiscipline);

const ratingMemos = new WeakMap<readonly ScoreBand[], (v: CellValue) => Parsed<RatingCode>>();

/** parseRating remembered per score-band list (the bands of one run are one array). */
export function ratingOf(v: CellValue, bands: readonly ScoreBand[]): Parsed<RatingCode> {
  let m = ratingMemos.get(bands);
  if (!m) {
    m = memo((x) => parseRating(x, bands));
    ratingMemos.set(bands, m);
  }
  return m(v);
}
