/**
 * Turning a row's check results into findings: the criteria and conditions not met (in the plan's order, each with
 * the titles it bears on and whether it decides the row), proposals the check finds not eligible (Q_PROPOSED), a
 * head's CSTĐCS that rests on the unit's TTLĐXS, and a unit whose list has more members than its headcount.
 *
 * Q_PROPOSED is reported both as a warning finding on the row (never highlighted: the criteria that fail are) and as
 * a workbook control listing the proposal cells.
 */
import { a1, sheetRef } from "../address";
import type { FindingCode, RuleFindingCode } from "../i18n/codes";
import type { FieldCell } from "../records";
import type { Finding } from "../review";
import type { Settings } from "../settings";
import { shown } from "../rules/checks";
import { cellOf } from "../rules/fields";
import { sourceKey } from "../rules";
import type { Criterion, RuleSet } from "../rules/types";
import type { TitleCode } from "../vocab/codes";
import { titleList, type Plan } from "./plan-for";
import type { ParsedProposals } from "./proposals";
import { NONE, type IndState, type Results, type UnitState } from "./state";
import type { TitleEval } from "./titles";

/** The catalogue key of a code's legal source, built once per code rather than once per finding. */
export function sourceKeys(rules: RuleSet): (code: string) => string {
  const keys = new Map<string, string>();
  return (code) => {
    let key = keys.get(code);
    if (key === undefined) {
      key = sourceKey(rules, code);
      keys.set(code, key);
    }
    return key;
  };
}

/** Findings of the criteria of `plan` that are not met on row `row`, appended to `out` in the plan's order. */
export function criterionFindings(
  out: Finding[],
  row: number,
  plan: Plan<Criterion>,
  results: Results,
  evals: Record<string, TitleEval>,
  judged: readonly TitleCode[],
  sourceOf: (code: string) => string
): void {
  const titles = plan.titles;
  for (const c of plan.everything) {
    const r = results[c.id];
    if (!r || r.verdict === "met" || c.silent || r.quiet) continue;
    // The titles this criterion decides, in the order the titles were judged.
    let mask = 0;
    let decides = false;
    for (let t = 0; t < titles.length; t++) {
      const code = titles[t].def.code;
      if (!evals[code]?.deciding.includes(c.id)) continue;
      mask |= 1 << t;
      if (judged.includes(code)) decides = true;
    }
    const cell = r.col === null ? null : a1(row, r.col);
    let msg = r.msg;
    if (!msg) msg = { key: `${c.id}.${r.verdict}` };
    // The check did not know its row: its message gets the address here (types.ts CheckResult.msg).
    else if (msg.params) msg.params.cell = cell ?? "";
    else msg = { key: msg.key, params: { cell: cell ?? "" } };
    out.push({
      code: c.id,
      verdict: r.verdict,
      cell,
      refs: r.refs ?? NONE,
      field: r.field,
      decides,
      msg,
      source: sourceOf(c.id),
      titles: titleList(plan, mask),
    });
  }
}

/** A warning for each title the row was proposed for that the check finds not eligible, appended to `out`. */
export function proposedWarnings(
  out: Finding[],
  plan: Plan<Criterion>,
  p: ParsedProposals,
  evals: Record<string, TitleEval>,
  sheet: string,
  row: number,
  rules: RuleSet,
  sourceOf: (code: string) => string
): void {
  const cell: FieldCell | null = p.cell;
  if (!cell) return;
  for (const code of p.codes) {
    if (evals[code]?.verdict !== "not_eligible") continue;
    const def = rules.titles.find((t) => t.code === code);
    const bit = plan.titles.findIndex((t) => t.def.code === code);
    const at = a1(row, cell.col);
    out.push({
      code: "Q_PROPOSED" satisfies RuleFindingCode,
      verdict: "warning",
      cell: at,
      refs: [sheetRef(sheet, at)],
      field: "proposed",
      decides: false,
      msg: {
        key: "Q_PROPOSED.warning",
        params: {
          cell: at,
          text: shown(cell),
          titleVi: def?.label.vi ?? code,
          titleEn: def?.label.en ?? code,
        },
      },
      source: sourceOf("Q_PROPOSED"),
      titles: bit >= 0 ? titleList(plan, 1 << bit) : [code],
    });
  }
}

/**
 * §5.10: a head's CSTĐCS that rests on the unit's TTLĐXS (which the Chairman decides later) is eligible "khi đơn vị
 * được tặng Tập thể lao động xuất sắc": an information note the lists print beside the name.
 */
export function headConditional(
  s: IndState,
  rules: RuleSet,
  headTitles: readonly TitleCode[],
  sourceOf: (code: string) => string
): Finding | null {
  const h = s.ctx.head;
  const member = rules.headRule.memberTitle;
  if (!h.isHead || h.missing || s.evals[member]?.verdict !== "eligible" || !h.unitRow) return null;
  const pos = s.ctx.rec.cells.position;
  const at = pos ? a1(s.ctx.rec.row, pos.col) : null;
  return {
    code: "CSTDCS_IF_TTLDXS" satisfies RuleFindingCode,
    verdict: "info",
    cell: at,
    refs: NONE,
    field: "position",
    decides: false,
    msg: { key: "CSTDCS_IF_TTLDXS.info", params: { unit: h.unitRow.unit ?? "", cell: at ?? "" } },
    source: sourceOf("CSTDCS_IF_TTLDXS"),
    titles: headTitles,
  };
}

/** A unit whose list has more member rows than the headcount it gives. */
export function headcountWarning(s: UnitState, settings: Settings): Finding | null {
  const headcount = s.ctx.headcount;
  if (headcount === null || s.members.memberRows <= headcount) return null;
  const rec = s.ctx.rec;
  const cell = cellOf(rec.cells, s.ctx.sheet, "unit", "headcount", settings.year);
  const at = cell ? a1(rec.row, cell.col) : null;
  return {
    code: "HEADCOUNT_MISMATCH" satisfies FindingCode,
    verdict: "warning",
    cell: at,
    refs: NONE,
    field: "headcount",
    decides: false,
    msg: {
      key: "HEADCOUNT_MISMATCH.warning",
      params: { cell: at ?? "", headcount, rows: s.members.memberRows },
    },
    source: "",
    titles: NONE,
  };
}
