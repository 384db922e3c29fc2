/**
 * A title's verdict over its criteria (spec/criteria.md §0): not_eligible on any gap (a known gap settles it even
 * when another criterion could not be checked), else not_evaluated when an essential criterion is skipped, else
 * needs_info on any unknown, else eligible. `deciding` lists the codes that made it fall short — the findings that
 * decide the title (§4), including those of the titles it requires.
 */
import type { CriterionVerdict, TitleVerdict } from "../review";
import type { TitleDef, TitleTerm } from "../rules/types";

export interface TitleEval {
  verdict: TitleVerdict;
  deciding: string[];
}

export const NOT_PROPOSED: TitleEval = { verdict: "not_proposed", deciding: [] };
const ELIGIBLE: TitleEval = { verdict: "eligible", deciding: [] };

/** Verdicts of a row's criteria and conditions by id; null = skipped, absent = not run. */
export type VerdictTable = Record<string, { verdict: CriterionVerdict } | null>;

function verdictOf(results: VerdictTable, id: string): CriterionVerdict {
  const r = results[id];
  return r ? r.verdict : "skipped";
}

export function evalTitle(
  def: TitleDef,
  terms: readonly TitleTerm[],
  results: VerdictTable,
  evals: Readonly<Record<string, TitleEval>>,
  proposed: boolean
): TitleEval {
  if (def.onlyWhenProposed && !proposed) return NOT_PROPOSED;
  const gaps: string[] = [];
  const unknowns: string[] = [];
  let prereqGap = false;
  let essentialSkipped = false;
  for (const req of def.requires) {
    const p = evals[req];
    if (!p) continue;
    if (p.verdict === "not_eligible") {
      prereqGap = true;
      gaps.push(...p.deciding);
    } else if (p.verdict === "needs_info") unknowns.push(...p.deciding);
    else if (p.verdict === "not_evaluated") essentialSkipped = true;
  }
  for (const term of terms) {
    if (typeof term === "string") {
      const v = verdictOf(results, term);
      if (v === "gap") gaps.push(term);
      else if (v === "unknown") unknowns.push(term);
      else if (v === "skipped" && def.essential.includes(term)) essentialSkipped = true;
      continue;
    }
    const vs = term.anyOf.map((id) => [id, verdictOf(results, id)] as const);
    if (vs.some(([, v]) => v === "met")) continue;
    const open = vs.filter(([, v]) => v === "unknown").map(([id]) => id);
    const failed = vs.filter(([, v]) => v === "gap").map(([id]) => id);
    if (open.length > 0) unknowns.push(...open, ...failed);
    else if (failed.length > 0) gaps.push(...failed);
  }
  if (gaps.length === 0 && unknowns.length === 0 && !prereqGap) {
    return essentialSkipped ? { verdict: "not_evaluated", deciding: [] } : ELIGIBLE;
  }
  const deciding = [...new Set([...gaps, ...unknowns])];
  if (gaps.length > 0 || prereqGap) return { verdict: "not_eligible", deciding };
  if (essentialSkipped) return { verdict: "not_evaluated", deciding: [] };
  if (unknowns.length > 0) return { verdict: "needs_info", deciding };
  return { verdict: "eligible", deciding: [] };
}

/** The highest eligible danh hiệu (`rank`), or null. */
export function eligibleUpTo<T extends string>(
  defs: readonly TitleDef[],
  verdicts: Partial<Record<string, TitleVerdict>>
): T | null {
  let best: TitleDef | null = null;
  for (const d of defs) {
    if (d.rank === undefined || verdicts[d.code] !== "eligible") continue;
    if (!best || d.rank > (best.rank ?? 0)) best = d;
  }
  return best ? (best.code as T) : null;
}
