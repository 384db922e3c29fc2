/**
 * Workbook-level notices about units (criteria.md §7): a sheet of units without individuals or the reverse, an
 * individual's unit without a row, a unit without members. The reader reports the units it could not link itself
 * (UNIT_NOT_FOUND, UNIT_NO_MEMBERS): one message per problem, so these notices are only for reads that did not.
 */
import { a1 } from "../address";
import { PROBLEMS, type ProblemCode, type ProblemMessageOf } from "../i18n/codes";
import type { Problem, ProblemOf, ReadResult } from "../records";
import type { UnitState } from "./state";

export function unitNotices(
  read: ReadResult,
  units: readonly UnitState[],
  unitByKey: ReadonlyMap<string, number>
): Problem[] {
  const out: Problem[] = [];
  const hasInd = read.individuals.length > 0;
  const hasUnits = read.units.length > 0;
  if (hasUnits && !hasInd) {
    out.push(notice("UNITS_ONLY", null, null, "notice.unitsOnly", {}));
  }
  if (hasInd && !hasUnits) {
    out.push(notice("NO_UNITS_SHEET", null, null, "notice.noUnits", {}));
  }
  if (!hasInd || !hasUnits) return out;
  const readSaid = (code: ProblemCode, unit: string) =>
    read.problems.some((p) => p.code === code && p.msg.params?.unit === unit);
  const seen = new Set<string>();
  for (const rec of read.individuals) {
    if (rec.unitKey === null || unitByKey.has(rec.unitKey) || seen.has(rec.unitKey)) continue;
    seen.add(rec.unitKey);
    if (readSaid("UNIT_NOT_FOUND", rec.unit ?? "")) continue;
    const at = rec.cells.unit ?? rec.cells.name;
    const cell = at ? a1(rec.row, at.col) : null;
    out.push(
      notice("UNIT_WITHOUT_ROW", rec.sheet, cell, "notice.unitWithoutRow", {
        unit: rec.unit ?? rec.unitKey,
        cell: cell ?? "",
      })
    );
  }
  for (const s of units) {
    if (s.members.memberRows > 0) continue;
    const rec = s.ctx.rec;
    if (readSaid("UNIT_NO_MEMBERS", rec.unit ?? "")) continue;
    const at = rec.cells.unit ?? rec.cells.name;
    const cell = at ? a1(rec.row, at.col) : null;
    out.push(
      notice("UNIT_WITHOUT_MEMBERS", rec.sheet, cell, "notice.unitWithoutMembers", {
        unit: rec.unit ?? "",
        cell: cell ?? "",
      })
    );
  }
  return out;
}

/** A problem of the evaluation, at its code's level (i18n/codes.ts), put into words with one of its messages. */
export function notice<C extends ProblemCode>(
  code: C,
  sheet: string | null,
  cell: string | null,
  key: ProblemMessageOf<C>,
  params: Record<string, string | number>
): ProblemOf<C> {
  return { level: PROBLEMS[code].level, sheet, cell, code, msg: { key, params } };
}
