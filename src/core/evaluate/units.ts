/**
 * The units-sheet rows as the evaluation holds them: each with its context for the unit checks and a tally of its
 * members, indexed by unitKey. An individual belongs to the first units-sheet row with its unitKey (the department's
 * row also answers to DEPARTMENT_KEY); rows without a unitKey belong to no unit.
 */
import { DEPARTMENT_KEY } from "../read/department";
import type { ReadResult, SheetRead } from "../records";
import type { Settings } from "../settings";
import { cellOf } from "../rules/fields";
import type { UnitContext } from "../rules/types";
import { parseNumber } from "../vocab/dates";
import type { Facts } from "./facts";
import { MemberTally } from "./members";
import { proposedOrCarried, type ProposalTable } from "./proposals";
import type { UnitState } from "./state";

export interface Units {
  units: UnitState[];
  /** Index into `units` by unitKey. */
  byKey: Map<string, number>;
  /** Index of the department's own row, -1 for none. */
  departmentIdx: number;
}

export function indexUnits(
  read: ReadResult,
  settings: Settings,
  sheets: ReadonlyMap<string, SheetRead>,
  facts: Facts,
  proposals: ProposalTable,
  noProposalColumn: boolean
): Units {
  const byKey = new Map<string, number>();
  let departmentIdx = -1;
  const noIndividuals = read.individuals.length === 0;
  const year = settings.year;
  const units = read.units.map((rec, i): UnitState => {
    if (rec.isDepartment && departmentIdx < 0) departmentIdx = i;
    if (rec.unitKey !== null && !byKey.has(rec.unitKey)) byKey.set(rec.unitKey, i);
    const sheet = sheets.get(rec.sheet) ?? null;
    const ratingCell = cellOf(rec.cells, sheet, "unit", "unitRating", year);
    const countCell = cellOf(rec.cells, sheet, "unit", "headcount", year);
    const n = countCell ? parseNumber(countCell.value) : null;
    const parsed = proposals.proposals(
      cellOf(rec.cells, sheet, "unit", "proposed", year),
      rec.row,
      "unit"
    );
    const ctx: UnitContext = {
      rec,
      sheet,
      settings,
      rating: facts.rating(ratingCell),
      headcount: n !== null && n >= 0 ? Math.floor(n) : null,
      members: null,
      noIndividuals,
      titles: {},
      proposed: proposedOrCarried(parsed),
      noProposalColumn,
    };
    return {
      ctx,
      results: {},
      evals: {},
      proposals: parsed,
      members: new MemberTally(),
      heads: [],
    };
  });
  if (departmentIdx >= 0) byKey.set(DEPARTMENT_KEY, departmentIdx);
  return { units, byKey, departmentIdx };
}
