/**
 * Verdict records shared between rows: most rows of a large sheet come out alike, so a result's criteria, conditions
 * and titles are one shared, frozen record per distinct outcome rather than one per row. Records are found by their
 * verdicts in a trie, one step per key.
 */
import type { CriterionVerdict, TitleVerdict } from "../review";
import type { Criterion } from "../rules/types";
import { verdictOf, type Results } from "./state";
import type { TitleEval } from "./titles";

export interface RecordTrie<R> {
  /** By verdictIndex. */
  next: (RecordTrie<R> | undefined)[];
  record?: R;
}

export function trie<R>(): RecordTrie<R> {
  return { next: [] };
}

/** A criterion's or title's verdict as a small number ("" for a criterion not run). */
function verdictIndex(verdict: CriterionVerdict | TitleVerdict | ""): number {
  switch (verdict) {
    case "":
      return 0;
    case "met":
      return 1;
    case "gap":
      return 2;
    case "unknown":
      return 3;
    case "skipped":
      return 4;
    case "eligible":
      return 5;
    case "not_eligible":
      return 6;
    case "needs_info":
      return 7;
    case "not_evaluated":
      return 8;
    case "not_proposed":
      return 9;
  }
}

function step<R>(
  node: RecordTrie<R>,
  verdict: CriterionVerdict | TitleVerdict | ""
): RecordTrie<R> {
  const i = verdictIndex(verdict);
  let next = node.next[i];
  if (!next) {
    next = trie();
    node.next[i] = next;
  }
  return next;
}

/** The shared record of the title verdicts in `evals`, keyed by `codes` (absent: not_evaluated). */
export function titleRecord<T extends string>(
  table: RecordTrie<Readonly<Record<T, TitleVerdict>>>,
  codes: readonly T[],
  evals: Record<string, TitleEval>
): Readonly<Record<T, TitleVerdict>> {
  let node = table;
  for (const c of codes) node = step(node, evals[c]?.verdict ?? "not_evaluated");
  if (!node.record) {
    const out = {} as Record<T, TitleVerdict>;
    for (const c of codes) out[c] = evals[c]?.verdict ?? "not_evaluated";
    node.record = Object.freeze(out);
  }
  return node.record;
}

/** The shared record of the verdicts of `crits` that were run (skipped included, not run left out). */
export function criterionRecord(
  table: RecordTrie<Readonly<Record<string, CriterionVerdict>>>,
  crits: readonly Criterion[],
  results: Results
): Readonly<Record<string, CriterionVerdict>> {
  let node = table;
  for (const c of crits) node = step(node, c.id in results ? verdictOf(results, c.id) : "");
  if (!node.record) {
    const out: Record<string, CriterionVerdict> = {};
    for (const c of crits) if (c.id in results) out[c.id] = verdictOf(results, c.id);
    node.record = Object.freeze(out);
  }
  return node.record;
}
