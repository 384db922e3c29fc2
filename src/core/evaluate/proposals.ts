/**
 * What the unit proposed for a row and how the row comes out (spec/criteria.md §4). Titles outside the rule set are
 * kept with verdict not_evaluated ("ngoài phạm vi rà soát"); an unreadable proposal is kept the same way, with a note.
 */
import { a1 } from "../address";
import type { FindingCode, FindingMessageOf } from "../i18n/codes";
import type { FieldCell } from "../records";
import type { Finding, Outcome, Proposal, TitleVerdict } from "../review";
import { shown } from "../rules/checks";
import type { Subject, TitleDef } from "../rules/types";
import type { TitleCode } from "../vocab/codes";
import { titlesOf } from "../rules/parsers";

/** Read-only once read: rows whose proposal cells read alike share one (ProposalTable). */
export interface ParsedProposals {
  readonly cell: FieldCell | null;
  /** Rule-set titles proposed, in the clerk's order, without repeats. */
  readonly codes: readonly TitleCode[];
  /** Proposals outside the rule set, as the clerk wrote them. */
  readonly outside: readonly string[];
  readonly notes: readonly Finding[];
  /** Titles the proposals carry down their ladders (criteria.md §2) that were not proposed themselves, each with the
   * nearest proposed title above it. */
  readonly carried: readonly CarriedTitle[];
}

export interface CarriedTitle {
  readonly code: TitleCode;
  readonly from: TitleCode;
}

/** Shared by every row without proposals (most rows) and every note without references or titles; frozen, since
 * the lists are only read afterwards. */
const NONE = Object.freeze([]) as readonly never[];

/** Every row without a proposal column. */
const NO_CELL: ParsedProposals = Object.freeze({
  cell: null,
  codes: NONE,
  outside: NONE,
  notes: NONE,
  carried: NONE,
});

/**
 * The lower danh hiệu the proposed ones carry. Proposals are walked from the lowest rank up, so a title reached from
 * two proposals is carried from the nearer one ("CSTĐCS, CSTĐ tỉnh" carries LĐTT from CSTĐCS).
 */
export function carriedTitles(
  codes: readonly TitleCode[],
  titles: readonly TitleDef[]
): readonly CarriedTitle[] {
  const byCode = new Map(titles.map((t) => [t.code, t]));
  const rank = (c: TitleCode) => byCode.get(c)?.rank ?? 0;
  const out: CarriedTitle[] = [];
  for (const from of [...codes].sort((a, b) => rank(a) - rank(b))) {
    for (let c = byCode.get(from)?.carries; c; c = byCode.get(c)?.carries) {
      if (codes.includes(c) || out.some((x) => x.code === c)) continue;
      out.push({ code: c, from });
    }
  }
  return out.length ? out : NONE;
}

function note<C extends FindingCode>(
  at: string,
  code: C,
  key: FindingMessageOf<C>,
  params: Record<string, string>
): Finding {
  return {
    code,
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
  if (!cell) return NO_CELL;
  const p = titlesOf(cell.value, subject);
  if (p.kind === "blank") return { cell, codes: NONE, outside: NONE, notes: NONE, carried: NONE };
  const out = {
    cell,
    codes: [] as TitleCode[],
    outside: [] as string[],
    notes: [] as Finding[],
    carried: NONE as readonly CarriedTitle[],
  };
  const at = a1(row, cell.col);
  if (p.kind === "error") {
    out.outside.push(shown(cell));
    out.notes.push(note(at, "PROPOSAL_ERROR", "PROPOSAL_ERROR.info", { error: p.error }));
    return out;
  }
  if (p.kind === "unknown") {
    out.outside.push(p.text);
    out.notes.push(note(at, "PROPOSAL_UNREADABLE", "PROPOSAL_UNREADABLE.info", { text: p.text }));
    return out;
  }
  for (const code of p.value.codes) {
    const known = titles.some((t) => t.code === code && t.subject === subject);
    if (known && !out.codes.includes(code)) out.codes.push(code);
    else if (!known) {
      out.outside.push(code);
      out.notes.push(note(at, "OUTSIDE_SCOPE", "OUTSIDE_SCOPE.info", { text: code }));
    }
  }
  for (const text of p.value.outside) {
    out.outside.push(text);
    out.notes.push(note(at, "OUTSIDE_SCOPE", "OUTSIDE_SCOPE.info", { text }));
  }
  out.carried = carriedTitles(out.codes, titles);
  return out;
}

/**
 * A run's readings of proposal cells. The reader shares cells between rows that read alike, so rows with the same
 * proposal cell share one reading (unless it has notes, which name the row's cell) and, for the same title
 * verdicts (results share their verdict records), one list of proposals.
 */
export class ProposalTable {
  private readonly read = {
    individual: new Map<FieldCell, ParsedProposals>(),
    unit: new Map<FieldCell, ParsedProposals>(),
  };
  private readonly lists = new Map<ParsedProposals, Map<object, readonly Proposal[]>>();

  constructor(private readonly titles: readonly TitleDef[]) {}

  /** The proposals in `cell`, the row's proposal cell (on row `row`). */
  proposals(cell: FieldCell | null, row: number, subject: Subject): ParsedProposals {
    if (!cell) return NO_CELL;
    const memo = this.read[subject];
    let p = memo.get(cell);
    if (!p) {
      p = readProposals(cell, row, subject, this.titles);
      if (p.notes.length > 0) return p;
      memo.set(cell, p);
    }
    return p;
  }

  /** proposalList, shared between rows with the same reading and the same (shared) verdict record. */
  list(parsed: ParsedProposals, verdicts: Readonly<Partial<Record<string, TitleVerdict>>>) {
    if (parsed.notes.length > 0) return proposalList(parsed, verdicts);
    let byVerdicts = this.lists.get(parsed);
    if (!byVerdicts) {
      byVerdicts = new Map();
      this.lists.set(parsed, byVerdicts);
    }
    let list = byVerdicts.get(verdicts);
    if (!list) {
      list = Object.freeze(proposalList(parsed, verdicts));
      byVerdicts.set(verdicts, list);
    }
    return list;
  }
}

export function proposalList(
  parsed: ParsedProposals,
  verdicts: Partial<Record<string, TitleVerdict>>
): readonly Proposal[] {
  const n = parsed.codes.length;
  const k = parsed.carried.length;
  if (n + k + parsed.outside.length === 0) return NONE;
  // Exact size: results keep their lists to the end of the run.
  const out = new Array<Proposal>(n + k + parsed.outside.length);
  for (let i = 0; i < n; i++) {
    const c = parsed.codes[i];
    out[i] = { title: c, verdict: verdicts[c] ?? "not_evaluated" };
  }
  for (let i = 0; i < k; i++) {
    const c = parsed.carried[i];
    out[n + i] = {
      title: c.code,
      verdict: verdicts[c.code] ?? "not_evaluated",
      carriedFrom: c.from,
    };
  }
  for (let i = 0; i < parsed.outside.length; i++) {
    out[n + k + i] = { title: parsed.outside[i], verdict: "not_evaluated" };
  }
  return out;
}

/** The titles a row is judged on: its proposals in the rule set, or the default title when it has none. */
export function judgedTitles(parsed: ParsedProposals, fallback: TitleCode): readonly TitleCode[] {
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

const proposedLists = new WeakMap<ParsedProposals, readonly TitleCode[]>();

/** Proposed and carried codes of a (shared) reading, one list per reading. */
export function proposedOrCarried(p: ParsedProposals): readonly TitleCode[] {
  if (p.carried.length === 0) return p.codes;
  let list = proposedLists.get(p);
  if (!list) {
    list = Object.freeze([...p.codes, ...p.carried.map((c) => c.code)]);
    proposedLists.set(p, list);
  }
  return list;
}

const carriedLists = new WeakMap<ParsedProposals, readonly TitleCode[]>();

/** The codes of the titles a reading carries, one list per (shared) reading. */
export function carriedCodes(p: ParsedProposals): readonly TitleCode[] {
  if (p.carried.length === 0) return NONE;
  let list = carriedLists.get(p);
  if (!list) {
    list = Object.freeze(p.carried.map((c) => c.code));
    carriedLists.set(p, list);
  }
  return list;
}

/** The unit's proposals as written: the rule set's titles, then the others. */
export function proposedByUnit(p: ParsedProposals): readonly string[] {
  // A reading is read-only and may be shared between rows: its list of codes is shared with it.
  if (p.outside.length === 0) return p.codes;
  return (p.codes as readonly string[]).concat(p.outside);
}
