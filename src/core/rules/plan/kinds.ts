/**
 * What each column kind reads and how it decides (issue 16): the plan names a kind, its column and threshold; this
 * file is the only code behind a plan's criterion. The message keys are `<prefix>.<case>`, the prefix being the
 * criterion's own (compose.ts), so two plans never share a sentence.
 */
import { a1, sheetRef } from "../../address";
import type { FieldCell } from "../../records";
import type { RatingCode } from "../../vocab/codes";
import { ratingAtLeast } from "../../vocab/ratings";
import {
  gap,
  indCell,
  markCheck,
  met,
  namedItemCheck,
  shown,
  unitCell,
  unknown,
  unreadable,
  weakest,
} from "../checks";
import { namedItemOf } from "../parsers";
import { nameCell, nameList, noMembers, MAX_REFS } from "../unit-checks";
import type {
  CheckResult,
  EssentialField,
  FieldRef,
  IndividualContext,
  MemberAggregate,
  RatingFact,
  UnitContext,
} from "../types";
import type { ColumnKind, PlanColumn, PlanCriterion } from "./types";

type Ctx = IndividualContext | UnitContext;

export interface KindReading {
  fields: FieldRef[];
  essentialFields: EssentialField[];
  check: (ctx: Ctx) => CheckResult;
}

/** The field a kind reads when the plan does not name one. */
export function usualField(kind: ColumnKind, subject: "individual" | "unit"): string | null {
  switch (kind) {
    case "rating":
      return subject === "unit" ? "unitRating" : "rating";
    case "initiative":
      return "initiative";
    case "discipline":
      return "conduct";
    case "head":
      return "position";
    case "unitDiscipline":
      return "unitConduct";
    default:
      return null;
  }
}

/** The field a plan criterion reads: the one it names, or its kind's usual field (null: neither, a broken plan). */
export function planField(c: PlanCriterion): string | null {
  return c.column.field ?? usualField(c.column.kind, c.subject);
}

/** The usual header of a criterion's own column (`plan.<code>`): its first header word; undefined otherwise. */
export function ownColumnHeader(c: PlanCriterion): string | undefined {
  return planField(c)?.startsWith("plan.") ? c.column.headers?.[0] : undefined;
}

function cellIn(ctx: Ctx, ref: FieldRef): FieldCell | null {
  return "discipline" in ctx ? indCell(ctx, ref) : unitCell(ctx as UnitContext, ref);
}

function isBlank(cell: FieldCell): boolean {
  const v = cell.value;
  return v === null || (typeof v === "string" && v.trim() === "");
}

function ratingCheck(
  fact: RatingFact | null,
  prefix: string,
  field: string,
  least: RatingCode
): CheckResult {
  if (!fact) return unknown(`${prefix}.blank`, null, field);
  const bad = unreadable(prefix, fact.cell, field, fact.parsed);
  if (bad || fact.parsed.kind !== "ok") return bad ?? unknown(`${prefix}.blank`, fact.cell, field);
  return ratingAtLeast(fact.parsed.value, least)
    ? met(fact.cell, field)
    : gap(`${prefix}.gap`, fact.cell, field);
}

/** A number column: met at or above the threshold; a mark or a named item stands for "there is one". */
function numberCheck(prefix: string, cell: FieldCell, field: string, col: PlanColumn): CheckResult {
  if (typeof cell.value === "number") {
    const n = cell.value;
    const ok =
      col.moreThan !== undefined
        ? n > col.moreThan
        : n >= (typeof col.atLeast === "number" ? col.atLeast : 1);
    return ok ? met(cell, field) : gap(`${prefix}.gap`, cell, field);
  }
  return namedItemCheck(prefix, cell, field);
}

function initiativeCheck(ctx: IndividualContext, prefix: string, field: FieldRef): CheckResult {
  const cell = indCell(ctx, field);
  if (!cell) return unknown(`${prefix}.blank`, null, field);
  // In law mode an HTXSNV rating stands in for the initiative, so the message names both ways out.
  const p = ctx.rating?.parsed;
  const law = ctx.settings["cstdcs.mode"] === "law" && !(p?.kind === "ok" && p.value === "HTXSNV");
  if (isBlank(cell)) return gap(`${prefix}.${law ? "gapBlankLaw" : "gapBlank"}`, cell, field);
  const parsed = namedItemOf(cell.value);
  const bad = unreadable(prefix, cell, field, parsed);
  if (bad) return bad;
  if (parsed.kind === "ok" && !parsed.value) {
    return gap(`${prefix}.${law ? "gapNoLaw" : "gapNo"}`, cell, field);
  }
  const decision = indCell(ctx, "initiativeDecision");
  if (!decision) return met(cell, field);
  const named = { text: shown(cell) };
  if (isBlank(decision)) return gap(`${prefix}.gapDecision`, decision, "initiativeDecision", named);
  const dp = namedItemOf(decision.value);
  const dbad = unreadable(`${prefix}.decision`, decision, "initiativeDecision", dp);
  if (dbad) return dbad;
  return dp.kind === "ok" && dp.value
    ? met(cell, field)
    : gap(`${prefix}.gapDecisionNo`, decision, "initiativeDecision");
}

function disciplineCheck(ctx: IndividualContext, prefix: string, field: FieldRef): CheckResult {
  const parts: CheckResult[] = [];
  const d = ctx.discipline;
  if (d.status === "counted") {
    parts.push(gap(`${prefix}.gapDiscipline`, d.cell, "discipline", { year: ctx.settings.year }));
  } else if (d.status === "unknown") {
    if (d.unknownBecause === "date") {
      parts.push(
        unknown(`${prefix}.date.unreadable`, d.dateCell, "disciplineDate", {
          text: d.dateCell ? shown(d.dateCell) : "",
        })
      );
    } else if (d.unknownBecause === "error") {
      parts.push(
        unknown(`${prefix}.discipline.error`, d.cell, "discipline", {
          error: d.cell ? shown(d.cell) : "",
        })
      );
    } else {
      parts.push(unknown(`${prefix}.discipline.unreadable`, d.cell, "discipline"));
    }
  } else if (d.status !== "absent") {
    parts.push(met(d.cell, "discipline"));
  }
  const conduct = indCell(ctx, field);
  if (conduct) parts.push(markCheck(`${prefix}.conduct`, conduct, field));
  return weakest(parts);
}

function unitRowRef(
  sheet: string,
  cells: IndividualContext["rec"]["cells"],
  row: number
): string | null {
  const c = cells.unitRating ?? cells.rating ?? cells.unit ?? cells.name;
  return c ? sheetRef(sheet, a1(row, c.col)) : sheetRef(sheet, `A${row}`);
}

function headCheck(ctx: IndividualContext, prefix: string, field: FieldRef): CheckResult {
  const pos = indCell(ctx, field);
  const h = ctx.head;
  if (!h.isHead) return met(pos, field);
  const unitName = h.unitRow?.unit ?? ctx.rec.unit ?? "";
  const params = { position: ctx.rec.position, unit: unitName };
  if (h.missing === "no_unit") return unknown(`${prefix}.noUnit`, pos, field, params);
  if (h.missing === "no_unit_row") return unknown(`${prefix}.noUnitRow`, pos, field, params);
  if (h.missing === "no_department_row") {
    return unknown(`${prefix}.noDepartmentRow`, pos, field, params);
  }
  if (h.ttldxs === "eligible") return met(pos, field);
  const row = h.unitRow;
  const ref = row ? unitRowRef(row.sheet, row.cells, row.row) : null;
  const failed = {
    failedVi: h.failed.map((t) => t.vi).join("; "),
    failedEn: h.failed.map((t) => t.en).join("; "),
  };
  const refs = ref ? [ref] : undefined;
  return h.ttldxs === "not_eligible"
    ? gap(`${prefix}.gap`, pos, field, { ...params, ...failed }, refs)
    : unknown(`${prefix}.unknown`, pos, field, { ...params, ...failed }, refs);
}

function membersDiscipline(
  ctx: UnitContext,
  m: MemberAggregate | null,
  prefix: string,
  code: string
): CheckResult {
  if (!m) return noMembers(ctx, code);
  const hits = m.disciplinedCanhCao;
  const params = {
    count: hits.length,
    year: ctx.settings.year,
    names: nameList(m.names.disciplinedCanhCao),
  };
  if (hits.length > 0) {
    const where = nameCell(ctx);
    return gap(`${prefix}.gapMembers`, where, "discipline", params, hits.slice(0, MAX_REFS));
  }
  const open = m.disciplineUnknown + m.missing;
  if (open > 0)
    return unknown(`${prefix}.unknownMembers`, nameCell(ctx), "discipline", { count: open });
  return met(nameCell(ctx), "discipline");
}

function unitDisciplineCheck(
  ctx: UnitContext,
  prefix: string,
  code: string,
  field: FieldRef
): CheckResult {
  const parts: CheckResult[] = [];
  const conduct = unitCell(ctx, field);
  if (conduct) parts.push(markCheck(prefix, conduct, field));
  parts.push(membersDiscipline(ctx, ctx.members, prefix, code));
  return weakest(parts);
}

/** How a criterion of kind `col.kind` reads its row; `prefix` keys its messages, `code` names it in them. */
export function kindReading(
  col: PlanColumn,
  field: FieldRef,
  prefix: string,
  code: string
): KindReading {
  const simple = (check: (ctx: Ctx) => CheckResult): KindReading => ({
    fields: [field],
    essentialFields: [field],
    check,
  });
  const onCell =
    (decide: (cell: FieldCell) => CheckResult) =>
    (ctx: Ctx): CheckResult => {
      const cell = cellIn(ctx, field);
      return cell ? decide(cell) : unknown(`${prefix}.blank`, null, field);
    };
  switch (col.kind) {
    case "rating": {
      const least = col.atLeast as RatingCode;
      return simple((ctx) => ratingCheck(ctx.rating, prefix, field, least));
    }
    case "mark":
      return simple(onCell((cell) => markCheck(prefix, cell, field)));
    case "text":
      return simple(onCell((cell) => namedItemCheck(prefix, cell, field)));
    case "number":
      return simple(onCell((cell) => numberCheck(prefix, cell, field, col)));
    case "initiative":
      return {
        fields: [field, "initiativeDecision"],
        essentialFields: [field],
        check: (ctx) => initiativeCheck(ctx as IndividualContext, prefix, field),
      };
    case "discipline":
      return {
        fields: ["discipline", "disciplineDate", field],
        essentialFields: [["discipline", field]],
        check: (ctx) => disciplineCheck(ctx as IndividualContext, prefix, field),
      };
    case "head":
      return {
        fields: [field, "unit"],
        essentialFields: [field],
        check: (ctx) => headCheck(ctx as IndividualContext, prefix, field),
      };
    case "unitDiscipline":
      return {
        fields: [field, "discipline"],
        essentialFields: [],
        check: (ctx) => unitDisciplineCheck(ctx as UnitContext, prefix, code, field),
      };
  }
}
