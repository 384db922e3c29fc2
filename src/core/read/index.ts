/**
 * read: from the host-neutral WorkbookGrid to typed records, the mapping used and the input problems
 * (design.md; spec/workbook.md "What comes in"). Never throws on a workbook's content: whatever cannot be read
 * becomes a problem.
 */
import type { WorkbookGrid } from "../grid";
import type { FieldId, Problem, ReadResult } from "../records";
import type { Settings } from "../settings";
import { problem } from "./problems";
import { readSheet } from "./sheet";
import type { UnitCells } from "./rows";
import { linkUnits } from "./unit-links";

export { READ_MESSAGES } from "./messages";

export function readWorkbook(wb: WorkbookGrid, settings: Settings): ReadResult {
  const result: ReadResult = {
    sheets: [],
    individuals: [],
    units: [],
    problems: [],
    fieldsPresent: { individuals: [], units: [] },
  };
  const order = { individual: 0, unit: 0 };
  const unitCells: UnitCells = { individuals: [], units: [] };
  const individualFields = new Set<FieldId>();
  const unitFields = new Set<FieldId>();
  const sheetProblems: Problem[] = [];

  for (const grid of wb.sheets) {
    const out = readSheet(grid, settings, order, sheetProblems);
    result.sheets.push(out.sheet);
    for (const p of out.individuals) result.individuals.push(p);
    for (const u of out.units) result.units.push(u);
    for (const c of out.unitCells.individuals) unitCells.individuals.push(c);
    for (const c of out.unitCells.units) unitCells.units.push(c);
    const fields = Object.keys(out.sheet.mapping) as FieldId[];
    const role = out.sheet.role;
    if (role === "individuals" || role === "mixed") fields.forEach((f) => individualFields.add(f));
    if (role === "units" || role === "mixed") fields.forEach((f) => unitFields.add(f));
  }

  const hasIndividualsSheet = result.sheets.some(
    (s) =>
      s.role === "individuals" ||
      (s.role === "mixed" && result.individuals.some((p) => p.sheet === s.name))
  );
  linkUnits(result.individuals, result.units, hasIndividualsSheet, unitCells, sheetProblems);

  if (result.individuals.length + result.units.length === 0) {
    result.problems.push(problem("error", "NO_DATA_SHEET", null, null));
  }
  result.problems.push(...sheetProblems);
  result.fieldsPresent = { individuals: [...individualFields], units: [...unitFields] };
  return result;
}
