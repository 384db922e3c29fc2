/**
 * Information notes on initiatives (criteria.md §1, I2), added once every row is checked:
 * - where the sheet has no column for the recognising decision, a row proposed for CSTĐCS (directly or through the
 *   ladder) whose initiative is met is reminded that the dossier needs that decision (Luật 2022 Đ23, Đ84);
 * - the same initiative text on several rows is named on each of them (co-authors are allowed; the council checks
 *   it is not counted twice).
 *
 * Decision where the spec is silent: initiative texts are compared folded (case, diacritics and spacing ignored), and
 * at most ten other rows are named.
 */
import type { RuleFindingCode, RuleFindingMessageOf } from "../i18n/codes";
import type { IndividualRecord, SheetRead } from "../records";
import type { Finding, IndividualResult } from "../review";
import { fold } from "../rules/fold";
import { markOf } from "../rules/parsers";
import { cellOf } from "../rules/fields";
import type { TitleCode } from "../vocab/codes";
import { LAW } from "../rules";

const NONE = Object.freeze([]) as readonly never[];
/** The title whose dossier needs the recognising decision: the law layer's member title (CSTĐCS). */
const CSTDCS: readonly TitleCode[] = Object.freeze([LAW.headRule.memberTitle]);
const MAX_ROWS = 10;

function note<C extends RuleFindingCode>(
  code: C,
  cell: string | null,
  key: RuleFindingMessageOf<C>,
  params: Record<string, string | number>,
  source: string,
  titles: readonly TitleCode[]
): Finding {
  return {
    code,
    verdict: "info",
    cell,
    refs: NONE,
    field: "initiative",
    decides: false,
    msg: { key, params: { cell: cell ?? "", ...params } },
    source,
    titles,
  };
}

export function initiativeNotes(
  results: IndividualResult[],
  records: readonly IndividualRecord[],
  sheets: ReadonlyMap<string, SheetRead>,
  year: number,
  sourceOf: (code: string) => string
): void {
  const byText = new Map<string, number[]>();
  const extra = new Map<number, Finding[]>();
  const add = (i: number, f: Finding) => {
    let list = extra.get(i);
    if (!list) extra.set(i, (list = []));
    list.push(f);
  };
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    if (r.criteria.I2 !== "met") continue;
    const rec = records[r.index];
    const sheet = sheets.get(r.sheet) ?? null;
    const cell = cellOf(rec.cells, sheet, "individual", "initiative", year);
    // A yes mark ("x", "Có") names no initiative: it cannot repeat one.
    if (!cell || typeof cell.value !== "string" || markOf(cell.value).kind === "ok") continue;
    const key = `${r.sheet}\u0000${fold(cell.value).replace(/\s+/g, " ").trim()}`;
    let rows = byText.get(key);
    if (!rows) byText.set(key, (rows = []));
    rows.push(i);
    // A CSTĐ tỉnh proposal carries CSTĐCS, so the two lists say it all.
    const judgesCstdcs = r.proposedByUnit.includes(CSTDCS[0]) || r.carried.includes(CSTDCS[0]);
    if (judgesCstdcs && !sheet?.mapping.initiativeDecision) {
      add(i, note("I2_DECISION", null, "I2_DECISION.info", {}, sourceOf("I2_DECISION"), CSTDCS));
    }
  }
  for (const rows of byText.values()) {
    if (rows.length < 2) continue;
    for (const i of rows) {
      const others = rows
        .filter((j) => j !== i)
        .map((j) => results[j].row)
        .slice(0, MAX_ROWS);
      add(
        i,
        note(
          "I2_REPEATED",
          null,
          "I2_REPEATED.info",
          { rows: others.join(", ") },
          sourceOf("I2_REPEATED"),
          NONE
        )
      );
    }
  }
  // Results are read-only once made: a row with notes gets a new result (a few rows; the rest keep theirs).
  for (const [i, list] of extra)
    results[i] = { ...results[i], findings: [...results[i].findings, ...list] };
}
