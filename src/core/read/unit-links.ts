/**
 * Matching members to units-sheet rows (spec/vocabulary.md "Unit names"): a member unit with no units-sheet row, or
 * a units-sheet row with no members, is reported as a warning, never guessed.
 *
 * Decisions where the spec is silent:
 * - Nothing is reported when the workbook has no units at all (an individuals-only workbook is valid).
 * - Members of the department itself ("Ban Giám đốc") are not reported when the units sheet has no department row,
 *   and a department row is not reported for lacking members: evaluate says what the head-of-unit rule needs.
 */
import type { IndividualRecord, Problem, UnitRecord } from "../records";
import { DEPARTMENT_KEY } from "./department";
import { problem } from "./problems";
import type { UnitCells } from "./rows";

export function linkUnits(
  individuals: IndividualRecord[],
  units: UnitRecord[],
  hasIndividualsSheet: boolean,
  unitCells: UnitCells,
  problems: Problem[]
): void {
  if (units.length === 0) return;
  const unitKeys = new Set(units.map((u) => u.unitKey).filter((k): k is string => k !== null));
  const reported = new Set<string>();
  for (let i = 0; i < individuals.length; i++) {
    const p = individuals[i];
    const key = p.unitKey;
    if (key === null || key === DEPARTMENT_KEY || unitKeys.has(key) || reported.has(key)) continue;
    reported.add(key);
    const cell = unitCells.individuals[i] ?? null;
    problems.push(
      problem("warning", "UNIT_NOT_FOUND", p.sheet, cell, {
        unit: p.unit ?? "",
        sheet: p.sheet,
        cell: cell ?? String(p.row),
      })
    );
  }
  if (!hasIndividualsSheet) return;
  const memberKeys = new Set(individuals.map((p) => p.unitKey));
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.unitKey === null || u.isDepartment || memberKeys.has(u.unitKey)) continue;
    const cell = unitCells.units[i] ?? null;
    problems.push(
      problem("warning", "UNIT_NO_MEMBERS", u.sheet, cell, {
        unit: u.unit ?? "",
        sheet: u.sheet,
        cell: cell ?? String(u.row),
      })
    );
  }
}
