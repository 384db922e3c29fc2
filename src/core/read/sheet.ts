/**
 * Reading one sheet: what it is (role), where its header is, how its columns map to fields, and its records.
 *
 * Decisions where the spec is silent:
 * - Hidden sheets are read like visible ones: sheets are recognised by their headers (spec/workbook.md).
 * - An ignored sheet keeps its header rows, headers and mapping in the SheetRead, so the pane can offer the clerk a
 *   manual mapping; mapping notes (MAPPING_AMBIGUOUS) are only reported for sheets that are checked.
 * - The result block is found by its marker header, or by the `_thidua_block` stamp when the host gives it.
 */
import { colLetter } from "../address";
import { type SheetGrid, lastCol } from "../grid";
import type { IndividualRecord, Problem, SheetRead, UnitRecord } from "../records";
import type { Settings } from "../settings";
import { fold } from "../text/normalize";
import type { HeaderMatch } from "../vocab/headers";
import { CellReader } from "./cells";
import { type HeaderContext, findHeader, findResultBlock, matchSegments } from "./header-block";
import { type ColumnCandidates, applyOverrides, detectMapping } from "./mapping";
import { type MergeIndex, indexMerges } from "./merges";
import { problem } from "./problems";
import {
  decideRole,
  fitMappingToRole,
  hasOnlyHistory,
  looksLikeListWithoutRating,
  missingCriteriaColumns,
} from "./role";
import { readRows, type UnitCells } from "./rows";
import { blockColumns, isAddinStamp } from "./stamp";

export interface SheetOutput {
  sheet: SheetRead;
  individuals: IndividualRecord[];
  units: UnitRecord[];
  unitCells: UnitCells;
}

const LOOKUP_NAME = /danh ?muc|htkt|tra cuu|lookup/;

function isEmpty(grid: SheetGrid): boolean {
  for (const row of grid.values) {
    for (const v of row) {
      if (v === null) continue;
      if (typeof v === "string" && v.trim() === "") continue;
      return false;
    }
  }
  return true;
}

/**
 * "Họ và tên" merged over two columns with no labels under it: the clerk keeps the family and middle names in the
 * first column and the given name in the second (the usual Vietnamese layout), so they are read as familyName and
 * givenName rather than as two competing name columns.
 */
function splitMergedName(columns: ColumnCandidates[], rows: number[], merges: MergeIndex): void {
  for (let i = 0; i + 1 < columns.length; i++) {
    const a = columns[i];
    const b = columns[i + 1];
    if (a.matches[0]?.field !== "name" || b.matches[0]?.field !== "name" || a.header !== b.header)
      continue;
    const spanned = rows.some((r) => {
      const m = merges.at(r, a.col);
      return m !== undefined && m.left === a.col && m.right === b.col;
    });
    if (!spanned) continue;
    const score = a.matches[0].score;
    a.matches = [{ field: "familyName", score }];
    b.matches = [{ field: "givenName", score }];
  }
}

function ignored(sheet: SheetRead, reason: string): SheetRead {
  sheet.role = "ignored";
  sheet.ignoredBecause = reason;
  return sheet;
}

export function readSheet(
  grid: SheetGrid,
  settings: Settings,
  order: { individual: number; unit: number },
  problems: Problem[]
): SheetOutput {
  const name = grid.name;
  const sheet: SheetRead = {
    name,
    role: "ignored",
    headerRows: [],
    dataRows: 0,
    firstDataRow: 0,
    lastDataRow: 0,
    lastOfficeCol: grid.kind === "chartsheet" ? 0 : lastCol(grid),
    mapping: {},
    headers: [],
    protected: grid.protected === true,
  };
  const out: SheetOutput = {
    sheet,
    individuals: [],
    units: [],
    unitCells: { individuals: [], units: [] },
  };

  if (grid.kind === "chartsheet") {
    problems.push(problem("info", "SHEET_CHART", name, null, { sheet: name }));
    ignored(sheet, "SHEET_CHART");
    return out;
  }
  if (isAddinStamp(grid.stamp)) {
    ignored(sheet, "ADDIN_SHEET");
    return out;
  }
  if (isEmpty(grid)) {
    problems.push(problem("info", "SHEET_EMPTY", name, null, { sheet: name }));
    ignored(sheet, "SHEET_EMPTY");
    return out;
  }

  const merges = indexMerges(grid);
  const block = findResultBlock(grid, merges) ?? blockColumns(grid.blockStamp) ?? undefined;
  if (block && block.firstCol > grid.left && block.firstCol <= lastCol(grid)) {
    sheet.resultBlock = block;
    sheet.lastOfficeCol = block.firstCol - 1;
  }
  const ctx: HeaderContext = { grid, merges, lastOfficeCol: sheet.lastOfficeCol };
  const header = findHeader(ctx);
  const lookup = LOOKUP_NAME.test(fold(name));
  if (!header) {
    const reason = lookup ? "SHEET_LOOKUP" : "SHEET_NO_HEADER";
    problems.push(problem("info", reason, name, null, { sheet: name }));
    ignored(sheet, reason);
    return out;
  }

  sheet.headerRows = header.rows;
  const cache = new Map<string, HeaderMatch[]>();
  const columns: ColumnCandidates[] = [];
  const headerText = new Map<number, string>();
  for (const [col, segments] of header.segments) {
    const text = segments.join(" ");
    headerText.set(col, text);
    sheet.headers.push({ col: colLetter(col), header: text });
    columns.push({ col, header: text, matches: matchSegments(segments, cache) });
  }

  splitMergedName(columns, header.rows, merges);

  const notes: Problem[] = [];
  const headerRow = header.rows[header.rows.length - 1];
  const detected = detectMapping(name, columns, settings.year, headerRow, notes);
  const mapping = applyOverrides(
    name,
    detected,
    settings.mapping[name],
    (c) => headerText.get(c) ?? "",
    grid.left,
    sheet.lastOfficeCol,
    problems
  );
  sheet.mapping = mapping;
  sheet.firstDataRow = header.dataStart;
  sheet.lastDataRow = header.dataStart - 1;

  const role = decideRole(mapping);
  if (role === "ignored") {
    if (hasOnlyHistory(mapping)) {
      problems.push(
        problem("info", "SHEET_HISTORY", name, null, { sheet: name, year: settings.year })
      );
      ignored(sheet, "SHEET_HISTORY");
    } else if (looksLikeListWithoutRating(mapping)) {
      problems.push(
        problem("error", "NO_RATING_COLUMN", name, null, {
          sheet: name,
          year: settings.year,
          columns: sheet.headers
            .filter((h) => h.header !== "")
            .map((h) => `${h.col} “${h.header}”`)
            .join(", "),
          missingVi: missingCriteriaColumns(mapping, "vi"),
          missingEn: missingCriteriaColumns(mapping, "en"),
        })
      );
      ignored(sheet, "NO_RATING_COLUMN");
    } else {
      const reason = lookup ? "SHEET_LOOKUP" : "SHEET_NO_HEADER";
      problems.push(problem("info", reason, name, null, { sheet: name }));
      ignored(sheet, reason);
    }
    return out;
  }

  problems.push(...notes);
  sheet.role = role;
  sheet.mapping = fitMappingToRole(mapping, role);
  if (sheet.protected) {
    problems.push(problem("warning", "PROTECTED_SHEET", name, null, { sheet: name }));
  }

  const reader = new CellReader(grid, merges);
  const rows = readRows({
    sheet: name,
    grid,
    merges,
    reader,
    role,
    mapping: sheet.mapping,
    firstDataRow: header.dataStart,
    lastOfficeCol: sheet.lastOfficeCol,
    settings,
    order,
    problems,
  });
  out.individuals = rows.individuals;
  out.units = rows.units;
  out.unitCells = rows.unitCells;
  sheet.dataRows = rows.individuals.length + rows.units.length;
  if (rows.lastRecordRow > 0) sheet.lastDataRow = rows.lastRecordRow;

  const legacy = ctx.legacy
    ? {
        cell: `${colLetter(ctx.legacy.cell.col)}${ctx.legacy.cell.row}`,
        encoding: ctx.legacy.encoding,
      }
    : reader.firstLegacy;
  if (legacy) {
    problems.push(
      problem("info", "LEGACY_ENCODING", name, legacy.cell, {
        sheet: name,
        cell: legacy.cell,
        encoding: legacy.encoding === "tcvn3" ? "TCVN3" : "VNI",
      })
    );
  }
  if (sheet.dataRows === 0) {
    problems.push(
      problem("warning", "NO_DATA_ROWS", name, null, {
        sheet: name,
        headerRows: header.rows.join(", "),
      })
    );
  }
  return out;
}
