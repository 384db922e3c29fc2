/**
 * How the add-in tells its own conditional-format rules from the office's: the formula reads a flag column.
 * Text inside string literals ("AN2") and function names ending in digits (LOG10, ATAN2) are not references: an office
 * rule quoting them must never be taken for the add-in's (clear would delete it).
 */
import { colNumber } from "../core/address";

/** The formula without its string literals ("…", with "" inside). */
function withoutStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

export function readsColumns(
  formula: string | null | undefined,
  cols: ReadonlySet<number>
): boolean {
  if (!formula || cols.size === 0) return false;
  const code = withoutStrings(formula);
  // A reference: not preceded by a letter, digit, "_" or "."; not followed by a letter, digit, "(" or "_".
  const refs = code.match(/(?<![A-Za-z0-9_.])\$?[A-Za-z]{1,3}\$?\d+(?![A-Za-z0-9_(])/g) ?? [];
  return refs.some((ref) => cols.has(colNumber(ref.replace(/[$\d]/g, ""))));
}

/** Columns of an A1 range ("Q8:Q500" → Q; "Q8:R9" → Q, R). */
export function rangeColumns(range: string): number[] {
  const [from, to = from] = range.split(":").map((r) => colNumber(r.replace(/[$\d]/g, "")));
  const out: number[] = [];
  for (let c = Math.min(from, to); c <= Math.max(from, to); c++) out.push(c);
  return out;
}
