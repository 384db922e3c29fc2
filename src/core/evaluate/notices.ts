/**
 * Workbook-level notices about units (criteria.md §7): a sheet of units without individuals or the reverse, an
 * individual's unit without a row, a unit without members. The reader reports the units it could not link itself
 * (UNIT_NOT_FOUND, UNIT_NO_MEMBERS): one message per problem, so these notices are only for reads that did not.
 */
import { a1 } from "../address";
import type { Problem, ReadResult } from "../records";
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
    out.push(notice("info", "UNITS_ONLY", null, null, "notice.unitsOnly", {}));
  }
  if (hasInd && !hasUnits) {
    out.push(notice("warning", "NO_UNITS_SHEET", null, null, "notice.noUnits", {}));
  }
  if (!hasInd || !hasUnits) return out;
  const readSaid = (code: string, unit: string) =>
    read.problems.some((p) => p.code === code && p.msg.params?.unit === unit);
  const seen = new Set<string>();
  for (const rec of read.individuals) {
    if (rec.unitKey === null || unitByKey.has(rec.unitKey) || seen.has(rec.unitKey)) continue;
    seen.add(rec.unitKey);
    if (readSaid("UNIT_NOT_FOUND", rec.unit ?? "")) continue;
    const at = rec.cells.unit ?? rec.cells.name;
    const cell = at ? a1(rec.row, at.col) : null;
    out.push(
      notice("warning", "UNIT_WITHOUT_ROW", rec.sheet, cell, "notice.unitWithoutRow", {
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
      notice("warning", "UNIT_WITHOUT_MEMBERS", rec.sheet, cell, "notice.unitWithoutMembers", {
        unit: rec.unit ?? "",
        cell: cell ?? "",
      })
    );
  }
  return out;
}

function notice(
  level: Problem["level"],
  code: string,
  sheet: string | null,
  cell: string | null,
  key: string,
  params: Record<string, string | number>
): Problem {
  return { level, sheet, cell, code, msg: { key, params } };
}
