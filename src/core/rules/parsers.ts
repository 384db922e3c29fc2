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
import { parseTitles, type TitleList } from "../vocab/titles";

const LIMIT = 4096;

/**
 * One map per primitive type, keyed by the value itself: a `${type}:${value}` key string per call allocated more
 * than the parse it saved. Results are shared between rows, so callers must not change them.
 */
function memo<T>(parse: (v: CellValue) => T): (v: CellValue) => T {
  const strings = new Map<string, T>();
  const numbers = new Map<number, T>();
  const booleans = new Map<boolean, T>();
  const lookup = <K>(seen: Map<K, T>, k: K, v: CellValue): T => {
    let hit = seen.get(k);
    if (hit === undefined) {
      if (seen.size >= LIMIT) seen.clear();
      hit = parse(v);
      seen.set(k, hit);
    }
    return hit;
  };
  return (v) => {
    if (typeof v === "string") return lookup(strings, v, v);
    if (typeof v === "number") return lookup(numbers, v, v);
    if (typeof v === "boolean") return lookup(booleans, v, v);
    return parse(v);
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

const individualTitles = memo((v) => parseTitles(v, "individual"));
const unitTitles = memo((v) => parseTitles(v, "unit"));

/** parseTitles remembered per subject (history and proposal columns repeat "LĐTT", "CSTĐCS" on most rows). */
export function titlesOf(v: CellValue, subject: "individual" | "unit"): Parsed<TitleList> {
  return subject === "unit" ? unitTitles(v) : individualTitles(v);
}
