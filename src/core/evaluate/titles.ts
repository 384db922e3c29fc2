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

// Scratch lists reused by every call (evalTitle runs for each title of each row, again in the head-of-unit cycle,
// and is not re-entrant): fresh arrays and a Set per call were a large share of what evaluation allocated.
const gaps: string[] = [];
const unknowns: string[] = [];

function pushAll(to: string[], from: readonly string[]): void {
  for (let i = 0; i < from.length; i++) to.push(from[i]);
}

/** gaps then unknowns, each code once, in first-seen order; an exact-size copy when nothing repeats (the rule). */
function decidingList(): string[] {
  let repeats = false;
  const n = gaps.length + unknowns.length;
  for (let i = 1; i < n && !repeats; i++) {
    const id = i < gaps.length ? gaps[i] : unknowns[i - gaps.length];
    for (let j = 0; j < i; j++) {
      if ((j < gaps.length ? gaps[j] : unknowns[j - gaps.length]) === id) {
        repeats = true;
        break;
      }
    }
  }
  if (!repeats) return unknowns.length === 0 ? gaps.slice() : gaps.concat(unknowns);
  const out: string[] = [];
  for (let i = 0; i < gaps.length; i++) if (!out.includes(gaps[i])) out.push(gaps[i]);
  for (let i = 0; i < unknowns.length; i++) if (!out.includes(unknowns[i])) out.push(unknowns[i]);
  return out;
}

export function evalTitle(
  def: TitleDef,
  terms: readonly TitleTerm[],
  results: VerdictTable,
  evals: Readonly<Record<string, TitleEval>>,
  proposed: boolean
): TitleEval {
  if (def.onlyWhenProposed && !proposed) return NOT_PROPOSED;
  gaps.length = 0;
  unknowns.length = 0;
  let prereqGap = false;
  let essentialSkipped = false;
  for (const req of def.requires) {
    const p = evals[req];
    if (!p) continue;
    if (p.verdict === "not_eligible") {
      prereqGap = true;
      pushAll(gaps, p.deciding);
    } else if (p.verdict === "needs_info") pushAll(unknowns, p.deciding);
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
    // Any one of the alternatives met settles the term; else its open ones (then failed ones) are listed.
    const ids = term.anyOf;
    let anyMet = false;
    let anyOpen = false;
    for (const id of ids) {
      const v = verdictOf(results, id);
      if (v === "met") anyMet = true;
      else if (v === "unknown") anyOpen = true;
    }
    if (anyMet) continue;
    if (anyOpen) {
      for (const id of ids) if (verdictOf(results, id) === "unknown") unknowns.push(id);
      for (const id of ids) if (verdictOf(results, id) === "gap") unknowns.push(id);
    } else {
      for (const id of ids) if (verdictOf(results, id) === "gap") gaps.push(id);
    }
  }
  if (gaps.length === 0 && unknowns.length === 0 && !prereqGap) {
    return essentialSkipped ? { verdict: "not_evaluated", deciding: [] } : ELIGIBLE;
  }
  if (gaps.length > 0 || prereqGap) return { verdict: "not_eligible", deciding: decidingList() };
  if (essentialSkipped) return { verdict: "not_evaluated", deciding: [] };
  if (unknowns.length > 0) return { verdict: "needs_info", deciding: decidingList() };
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
