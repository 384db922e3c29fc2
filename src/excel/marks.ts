/** How the add-in tells its own conditional-format rules from the office's: the formula reads a flag column. */
import { colNumber } from "../core/address";

export function readsColumns(
  formula: string | null | undefined,
  cols: ReadonlySet<number>
): boolean {
  if (!formula || cols.size === 0) return false;
  const refs = formula.match(/\$?[A-Za-z]{1,3}\$?\d+/g) ?? [];
  return refs.some((ref) => cols.has(colNumber(ref.replace(/[$\d]/g, ""))));
}

/** Columns of an A1 range ("Q8:Q500" → Q; "Q8:R9" → Q, R). */
export function rangeColumns(range: string): number[] {
  const [from, to = from] = range.split(":").map((r) => colNumber(r.replace(/[$\d]/g, "")));
  const out: number[] = [];
  for (let c = Math.min(from, to); c <= Math.max(from, to); c++) out.push(c);
  return out;
}
