/**
 * Which findings a row's review note holds (criteria.md §4): those of the titles judged — the proposed titles and the
 * titles they carry through the ladder, or the default title of a row without proposals — and the row's warnings and
 * notes. Findings of titles not judged go only to the review sheet and the report, so an LĐTT-only row is not
 * annotated for lacking an initiative.
 */
import type { Finding, IndividualResult, UnitResult } from "../review";

/** `fallback`: the rule set's `judgedWithoutProposal`, the title a row without proposals is judged on. */
export function judgedTitlesOf(
  r: IndividualResult | UnitResult,
  fallback: { individual: string; unit: string }
): readonly string[] {
  const listed = r.proposals.map((p) => p.title);
  if (listed.length > 0) return listed;
  return [fallback["name" in r ? "individual" : "unit"]];
}

export function inNote(f: Finding, judged: readonly string[]): boolean {
  if (f.titles.length === 0) return true;
  return f.titles.some((t) => judged.includes(t));
}
