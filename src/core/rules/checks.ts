/**
 * Building blocks the rule-set files use to write their checks: reading a row's cell, turning a parsed cell into a
 * verdict with the right message key (`<prefix>.gap|blank|unreadable|error`).
 */
import type { FieldCell } from "../records";
import type { Parsed } from "../vocab/codes";
import { markOf, namedItemOf } from "./parsers";
import { cellOf } from "./fields";
import type { CheckResult, FieldRef, IndividualContext, UnitContext } from "./types";

export function indCell(ctx: IndividualContext, ref: FieldRef): FieldCell | null {
  return cellOf(ctx.rec.cells, ctx.sheet, "individual", ref, ctx.settings.year);
}

export function unitCell(ctx: UnitContext, ref: FieldRef): FieldCell | null {
  return cellOf(ctx.rec.cells, ctx.sheet, "unit", ref, ctx.settings.year);
}

/** The clerk's text as it should be quoted in a message. */
export function shown(cell: FieldCell): string {
  if (cell.text !== "") return cell.text;
  const v = cell.value;
  if (v === null) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (typeof v === "object") return v.error;
  return String(v);
}

export function met(cell: FieldCell | null, field: string): CheckResult {
  return { verdict: "met", col: cell?.col ?? null, field };
}

/**
 * A gap or unknown. `params` becomes the message's own (callers pass a fresh object): the quoted text is added to it
 * unless the caller gives one, rather than copied into another object for every finding of every row.
 */
function notMet(
  verdict: "gap" | "unknown",
  key: string,
  cell: FieldCell | null,
  field: string,
  params: Record<string, string | number> | undefined,
  refs: string[] | undefined
): CheckResult {
  const text = cell ? shown(cell) : "";
  let own: Record<string, string | number>;
  if (params) {
    own = params;
    if (own.text === undefined) own.text = text;
    // The finding sets `cell` in place; an object made with room for it keeps it inline.
  } else own = { text, cell: "" };
  return { verdict, col: cell?.col ?? null, field, refs, msg: { key, params: own } };
}

export function gap(
  key: string,
  cell: FieldCell | null,
  field: string,
  params?: Record<string, string | number>,
  refs?: string[]
): CheckResult {
  return notMet("gap", key, cell, field, params, refs);
}

export function unknown(
  key: string,
  cell: FieldCell | null,
  field: string,
  params?: Record<string, string | number>,
  refs?: string[]
): CheckResult {
  return notMet("unknown", key, cell, field, params, refs);
}

/**
 * The verdict of a cell that could not be read as a value (blank, unreadable, formula error), or null when it was
 * read. Blank is unknown here: evidence columns, where blank means "none", handle blank before calling this.
 */
export function unreadable<T>(
  prefix: string,
  cell: FieldCell,
  field: string,
  parsed: Parsed<T>
): CheckResult | null {
  switch (parsed.kind) {
    case "ok":
      return null;
    case "blank":
      return unknown(`${prefix}.blank`, cell, field);
    case "unknown":
      return unknown(`${prefix}.unreadable`, cell, field, { text: parsed.text });
    case "error":
      return unknown(`${prefix}.error`, cell, field, { error: parsed.error });
  }
}

/** A judgement column holding a yes/no mark (I3, I4, I6, C1, C4, C5). */
export function markCheck(prefix: string, cell: FieldCell, field: string): CheckResult {
  const parsed = markOf(cell.value);
  const bad = unreadable(prefix, cell, field, parsed);
  if (bad) return bad;
  return parsed.kind === "ok" && parsed.value
    ? met(cell, field)
    : gap(`${prefix}.gap`, cell, field);
}

/** A column that accepts a yes mark or a named item / decision (C2, C6; vocabulary "yes / no marks"). */
export function namedItemCheck(prefix: string, cell: FieldCell, field: string): CheckResult {
  const parsed = namedItemOf(cell.value);
  const bad = unreadable(prefix, cell, field, parsed);
  if (bad) return bad;
  return parsed.kind === "ok" && parsed.value
    ? met(cell, field)
    : gap(`${prefix}.gap`, cell, field);
}

/** The weakest of several verdicts (gap < unknown < met). */
export function weakest(results: CheckResult[]): CheckResult {
  let worst: CheckResult | null = null;
  for (const r of results) {
    if (r.verdict === "gap") return r;
    if (r.verdict === "unknown" && worst?.verdict !== "unknown") worst = r;
    if (!worst) worst = r;
  }
  return worst ?? { verdict: "met", col: null, field: null };
}
