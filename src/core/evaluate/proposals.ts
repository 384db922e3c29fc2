/**
 * What the unit proposed for a row and how the row comes out (spec/criteria.md §4). Titles outside the rule set are
 * kept with verdict not_evaluated ("ngoài phạm vi rà soát"); an unreadable proposal is kept the same way, with a note.
 */
import { a1 } from "../address";
import type { FieldCell } from "../records";
import type { Finding, Outcome, Proposal, TitleVerdict } from "../review";
import { shown } from "../rules/checks";
import type { Subject, TitleDef } from "../rules/types";
import type { TitleCode } from "../vocab/codes";
import { titlesOf } from "../rules/parsers";

export interface ParsedProposals {
  cell: FieldCell | null;
  /** Rule-set titles proposed, in the clerk's order, without repeats. */
  codes: TitleCode[];
  /** Proposals outside the rule set, as the clerk wrote them. */
  outside: string[];
  notes: Finding[];
}

/** Shared by every row without proposals (most rows) and every note without references or titles; frozen, since
 * the lists are only read afterwards. */
const NONE = Object.freeze([]) as unknown as never[];

function note(at: string, key: string, params: Record<string, string>): Finding {
  return {
    code: key.split(".")[0],
    verdict: "info",
    cell: at,
    refs: NONE,
    field: "proposed",
    decides: false,
    msg: { key, params: { cell: at, ...params } },
    source: "",
    titles: NONE,
  };
}

/** The proposals in `cell`, the row's proposal cell (on row `row`). */
export function readProposals(
  cell: FieldCell | null,
  row: number,
  subject: Subject,
  titles: readonly TitleDef[]
): ParsedProposals {
  if (!cell) return { cell, codes: NONE, outside: NONE, notes: NONE };
  const p = titlesOf(cell.value, subject);
  if (p.kind === "blank") return { cell, codes: NONE, outside: NONE, notes: NONE };
  const out: ParsedProposals = { cell, codes: [], outside: [], notes: [] };
  const at = a1(row, cell.col);
  if (p.kind === "error") {
    out.outside.push(shown(cell));
    out.notes.push(note(at, "PROPOSAL_ERROR.info", { error: p.error }));
    return out;
  }
  if (p.kind === "unknown") {
    out.outside.push(p.text);
    out.notes.push(note(at, "PROPOSAL_UNREADABLE.info", { text: p.text }));
    return out;
  }
  for (const code of p.value.codes) {
    const known = titles.some((t) => t.code === code && t.subject === subject);
    if (known && !out.codes.includes(code)) out.codes.push(code);
    else if (!known) {
      out.outside.push(code);
      out.notes.push(note(at, "OUTSIDE_SCOPE.info", { text: code }));
    }
  }
  for (const text of p.value.outside) {
    out.outside.push(text);
    out.notes.push(note(at, "OUTSIDE_SCOPE.info", { text }));
  }
  return out;
}

export function proposalList(
  parsed: ParsedProposals,
  verdicts: Partial<Record<string, TitleVerdict>>
): readonly Proposal[] {
  const n = parsed.codes.length;
  if (n + parsed.outside.length === 0) return NONE;
  // Exact size: results keep their lists to the end of the run.
  const out = new Array<Proposal>(n + parsed.outside.length);
  for (let i = 0; i < n; i++) {
    const c = parsed.codes[i];
    out[i] = { title: c, verdict: verdicts[c] ?? "not_evaluated" };
  }
  for (let i = 0; i < parsed.outside.length; i++) {
    out[n + i] = { title: parsed.outside[i], verdict: "not_evaluated" };
  }
  return out;
}

/** The titles a row is judged on: its proposals in the rule set, or the default title when it has none. */
export function judgedTitles(parsed: ParsedProposals, fallback: TitleCode): TitleCode[] {
  if (parsed.codes.length > 0) return parsed.codes;
  return parsed.outside.length > 0 ? [] : [fallback];
}

export function outcomeOf(
  judged: readonly TitleCode[],
  verdicts: Partial<Record<string, TitleVerdict>>
): Outcome {
  const vs = judged.map((c) => verdicts[c] ?? "not_evaluated");
  if (vs.includes("not_eligible")) return "gaps";
  if (vs.includes("needs_info")) return "needs_info";
  if (vs.includes("eligible")) return "eligible";
  return "not_checked";
}
