/**
 * The data rows of one checked sheet: which rows are records, which are group rows (the unit of the members below),
 * subtotals, blanks or STT-only rows, and the records themselves with their cells and units.
 *
 * Decisions where the spec is silent:
 * - Reading stops at a signature block under the table (a row whose first text begins "Người lập", "Nơi nhận",
 *   "Xác nhận", "Thủ trưởng", or "…, ngày … tháng"), so the signers are not taken for people.
 * - A row with no name and no rating is skipped silently (notes and footers); a row with a rating but no name is kept
 *   and reported (MISSING_NAME), so nothing the clerk rated is lost.
 * - Exact duplicates compare every office cell except the STT column (a copied row is usually renumbered).
 */
import { a1, colNumber } from "../address";
import { type CellValue, type SheetGrid, cellAt, isCellError } from "../grid";
import type {
  FieldCell,
  FieldId,
  IndividualRecord,
  Problem,
  SheetRole,
  UnitRecord,
} from "../records";
import type { Settings } from "../settings";
import { fold, foldedMayStartWith, stripNumbering, toneKey } from "../text/normalize";
import { isDepartmentGroup, unitKey } from "../vocab/units";
import { CellReader, displayOf, isFilled } from "./cells";
import {
  DEPARTMENT_KEY,
  hasNumbering,
  isDepartmentUnit,
  isGroupNumber,
  startsWithUnitWord,
} from "./department";
import type { Mapping } from "./mapping";
import type { MergeIndex } from "./merges";
import { problem } from "./problems";

const ERROR_CAP = 50;

export interface RowsInput {
  sheet: string;
  grid: SheetGrid;
  merges: MergeIndex;
  reader: CellReader;
  role: SheetRole;
  mapping: Mapping;
  firstDataRow: number;
  lastOfficeCol: number;
  settings: Settings;
  order: { individual: number; unit: number };
  problems: Problem[];
}

export interface UnitCells {
  individuals: (string | null)[];
  units: (string | null)[];
}

export interface RowsOutput {
  individuals: IndividualRecord[];
  units: UnitRecord[];
  lastRecordRow: number;
  /** Where each record's unit was read (unit cell or group-row cell), for unit-matching warnings; parallel to
   * `individuals` and `units` (a list rather than a map keyed by record: this is written on every row). */
  unitCells: UnitCells;
}

/**
 * The row's own filled cells, in parallel arrays reused from row to row: an object per cell was most of what reading
 * allocated.
 */
interface Own {
  length: number;
  cols: number[];
  values: CellValue[];
  /** Its merge spans more than one column. */
  across: boolean[];
}

interface Group {
  unit: string;
  unitKey: string;
  from: "group" | "department";
  cell: string;
}

const SUBTOTAL = /^(cộng|tổng cộng|tổng số)(?![\p{L}\p{N}])/u;
const SUBTOTAL_FOLDED = /^(tong cong|tong so)(?![a-z0-9])/;
const ROMAN_PREFIX = /^\s*[IVXLC]+[.)]/;
const FOOTER = /^(nguoi lap|noi nhan|xac nhan|thu truong)|^[^0-9]{0,40}, ngay .{0,12} thang/;

function colOf(mapping: Mapping, field: FieldId): number | undefined {
  const letters = mapping[field]?.columns[0];
  return letters === undefined ? undefined : colNumber(letters);
}

/** The row's own filled cells: a merge counts once, at its first column, but fills the rows below it. */
function ownCells(input: RowsInput, row: number, own: Own): void {
  own.length = 0;
  const { grid, merges } = input;
  for (let c = grid.left; c <= input.lastOfficeCol; c++) {
    const m = merges.at(row, c);
    if (m && m.left !== c) continue;
    const value = m ? cellAt(grid, m.top, m.left) : cellAt(grid, row, c);
    if (!isFilled(value)) continue;
    own.cols[own.length] = c;
    own.values[own.length] = value;
    own.across[own.length] = m !== undefined && m.right > m.left;
    own.length++;
  }
}

/** What fold gives at the start of a subtotal ("cộng", "tổng …") and of a signature block. */
const SUBTOTAL_START = ["cong", "tong"];
const FOOTER_START = ["nguoi lap", "noi nhan", "xac nhan", "thu truong"];

function isSubtotal(text: string): boolean {
  // Cheap tests first: this runs on every row (mostly names), and toneKey is not cheap.
  if (!/^\s*[cCtT]/.test(text) || !foldedMayStartWith(text, SUBTOTAL_START)) return false;
  return SUBTOTAL.test(toneKey(text)) || SUBTOTAL_FOLDED.test(fold(text));
}

function isFooter(text: string): boolean {
  // The place-and-date line needs a comma; the other footers begin with one of their words.
  const maybeStart = /^\s*[nNxXtT]/.test(text) && foldedMayStartWith(text, FOOTER_START);
  if (!maybeStart && !text.includes(",")) return false;
  return FOOTER.test(fold(text));
}

/** A bare number or numbering ("7", "II.", "(3)"): what an STT cell holds on its own. */
function isSttValue(v: CellValue): boolean {
  if (typeof v === "number") return true;
  return typeof v === "string" && /^\(?\s*(?:\d+|[IVXLC]+)\s*[.)]?$/i.test(v.trim());
}

/** FNV-1a over the row's office cells other than STT, each as its column and shown text: equal rows hash alike. */
function officeHash(cells: Own, sttCol: number | undefined): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < cells.length; k++) {
    const col = cells.cols[k];
    if (col === sttCol) continue;
    h = Math.imul(h ^ col, 0x01000193);
    const shown = displayOf(cells.values[k]);
    for (let i = 0; i < shown.length; i++) h = Math.imul(h ^ shown.charCodeAt(i), 0x01000193);
    // A separator, so that cells ("ab", "c") and ("a", "bc") differ.
    h = Math.imul(h ^ 0xffff, 0x01000193);
  }
  // 30 bits: a small integer in every engine, so the map of hashes keeps no number boxes.
  return h & 0x3fffffff;
}

/** Whether two rows have the same office cells (STT aside), compared as shown. */
function sameOfficeCells(a: Own, b: Own, sttCol: number | undefined): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && a.cols[i] === sttCol) i++;
    while (j < b.length && b.cols[j] === sttCol) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.cols[i] !== b.cols[j]) return false;
    const x = a.values[i];
    const y = b.values[j];
    if (x !== y && displayOf(x) !== displayOf(y)) return false;
    i++;
    j++;
  }
}

type Kind = "individual" | "unit" | "household" | "unknown";

function rowKindOf(text: string): Kind {
  const f = fold(text).replace(/[^a-z]/g, "");
  if (f.includes("hogiadinh")) return "household";
  if (f.includes("canhan")) return "individual";
  if (f.includes("tapthe")) return "unit";
  return "unknown";
}

export function readRows(input: RowsInput): RowsOutput {
  const { sheet, grid, mapping, reader, problems } = input;
  const out: RowsOutput = {
    individuals: [],
    units: [],
    lastRecordRow: 0,
    unitCells: { individuals: [], units: [] },
  };
  const sttCol = colOf(mapping, "stt");
  const nameCol = colOf(mapping, "name");
  const familyCol = colOf(mapping, "familyName");
  const givenCol = colOf(mapping, "givenName");
  const unitCol = colOf(mapping, "unit");
  const ratingCol = colOf(mapping, input.role === "units" ? "unitRating" : "rating");
  const kindCol = colOf(mapping, "rowKind");
  const idCols = [sttCol, nameCol, familyCol, givenCol].filter((c): c is number => c !== undefined);
  if (input.role === "units" && unitCol !== undefined) idCols.push(unitCol);
  const idEnd = idCols.length > 0 ? Math.max(...idCols) : grid.left;
  // Parallel lists, and a blank record of the same keys in the same order that each row's cells start from: one
  // object shape for every row instead of growing each row's object key by key.
  const fieldIds: FieldId[] = [];
  const fieldCols: number[] = [];
  const blankCells: Partial<Record<FieldId, FieldCell>> = {};
  for (const [f, e] of Object.entries(mapping)) {
    if (e && e.columns.length > 0) {
      fieldIds.push(f as FieldId);
      fieldCols.push(colNumber(e.columns[0]));
      blankCells[f as FieldId] = undefined;
    }
  }
  const noValue = new Set(grid.noValueFormulas ?? []);
  const reported = new Set<string>();
  let errors = 0;
  let noValues = 0;
  // Duplicate rows: rows are grouped by a hash of their office cells as shown (STT aside), and only rows whose hash
  // an earlier row already had are compared cell by cell: no key string is built or kept per row.
  const own: Own = { length: 0, cols: [], values: [], across: [] };
  const groups = new Map<number, number | number[]>();
  const earlier: Own = { length: 0, cols: [], values: [], across: [] };
  /** The first earlier row with the same office cells, or undefined (then this row is remembered). */
  const duplicateOf = (row: number): number | undefined => {
    const hash = officeHash(own, sttCol);
    const group = groups.get(hash);
    if (group === undefined) {
      groups.set(hash, row);
      return undefined;
    }
    const rows = typeof group === "number" ? [group] : group;
    for (const r of rows) {
      ownCells(input, r, earlier);
      if (sameOfficeCells(own, earlier, sttCol)) return r;
    }
    rows.push(row);
    if (typeof group === "number") groups.set(hash, rows);
    return undefined;
  };
  let group: Group | null = null;
  // Unit texts repeat on every member row: work each one out once.
  const units = new Map<string, Omit<Group, "cell">>();
  const unitOf = (text: string): Omit<Group, "cell"> => {
    let hit = units.get(text);
    if (!hit) {
      const unit = stripNumbering(text);
      const dept = isDepartmentGroup(unit);
      hit = {
        unit,
        unitKey: dept ? DEPARTMENT_KEY : unitKey(unit),
        from: dept ? "department" : "group",
      };
      units.set(text, hit);
    }
    return hit;
  };
  const last = grid.top + grid.values.length - 1;

  for (let row = input.firstDataRow; row <= last; row++) {
    ownCells(input, row, own);
    const count = own.length;
    if (count === 0) continue;
    let lead = "";
    for (let k = 0; k < count; k++) {
      const v = own.values[k];
      if (typeof v === "string") {
        lead = v;
        break;
      }
    }
    if (lead !== "" && isSubtotal(lead)) continue;
    if (lead !== "" && isFooter(lead)) break;
    const onlyStt =
      count === 1 &&
      isSttValue(own.values[0]) &&
      (own.cols[0] === sttCol || (sttCol === undefined && own.cols[0] < (nameCol ?? 0)));
    if (onlyStt) continue;

    let rated = false;
    let outsideCount = 0;
    let outsideNumbers = true;
    for (let k = 0; k < count; k++) {
      if (own.cols[k] === ratingCol) rated = true;
      if (own.cols[k] > idEnd) {
        outsideCount++;
        if (typeof own.values[k] !== "number") outsideNumbers = false;
      }
    }
    if (!rated && outsideNumbers) {
      // The row's cells up to the identity columns: the last text (not STT) names the group, else the last cell.
      let main = -1;
      let lastInside = -1;
      let across = false;
      for (let k = 0; k < count; k++) {
        const col = own.cols[k];
        if (col > idEnd) continue;
        lastInside = k;
        if (own.across[k]) across = true;
        if (typeof own.values[k] === "string" && col !== sttCol) main = k;
      }
      if (main < 0) main = lastInside;
      const text = main >= 0 ? displayOf(own.values[main]) : "";
      const sttText = sttCol !== undefined ? displayOf(reader.valueAt(row, sttCol)) : "";
      const marked =
        across ||
        isGroupNumber(sttText) ||
        (input.role === "units" ? ROMAN_PREFIX.test(text) : hasNumbering(text));
      // On a units sheet an unrated unit row is a unit missing its rating, so only clear group marks count there.
      // A group row may carry counts right of the name ("I. VĂN PHÒNG SỞ … 12"): then it must be clearly marked.
      const isGroup =
        main >= 0 &&
        (marked ||
          (outsideCount === 0 &&
            input.role !== "units" &&
            (startsWithUnitWord(text) || isDepartmentGroup(text))));
      if (isGroup) {
        const mainCol = own.cols[main];
        const cellText = reader.read(row, mainCol).text;
        const found = unitOf(cellText);
        if (found.unit !== "") group = { ...found, cell: a1(row, mainCol) };
        continue;
      }
    }

    let kind: Kind = input.role === "units" ? "unit" : "individual";
    if (input.role === "mixed" && kindCol !== undefined) {
      const kc = reader.read(row, kindCol);
      kind = rowKindOf(kc.text);
      if (kind === "household") {
        problems.push(problem("info", "HOUSEHOLD_ROW", sheet, a1(row, kindCol), { sheet, row }));
        continue;
      }
      if (kind === "unknown") {
        const cell = a1(row, kindCol);
        problems.push(
          problem("warning", "ROW_KIND_UNKNOWN", sheet, cell, { sheet, cell, text: kc.text })
        );
        continue;
      }
    }

    const cells: Partial<Record<FieldId, FieldCell>> = { ...blankCells };
    for (let f = 0; f < fieldIds.length; f++) {
      const field = fieldIds[f];
      const fc = reader.read(row, fieldCols[f]);
      cells[field] = fc;
      // Only errored cells get an address: building and hashing every one would cost more than the rest of the row.
      if (isCellError(fc.value)) {
        const cell = a1(row, fieldCols[f]);
        if (reported.has(cell)) continue;
        reported.add(cell);
        errors++;
        if (errors <= ERROR_CAP) {
          const header = mapping[field]?.header ?? field;
          problems.push(
            problem("warning", "FORMULA_ERROR", sheet, cell, {
              sheet,
              cell,
              header,
              error: fc.value.error,
            })
          );
        }
      } else if (noValue.size > 0 && fc.value === null) {
        const cell = a1(row, fieldCols[f]);
        if (!noValue.has(cell) || reported.has(cell)) continue;
        reported.add(cell);
        noValues++;
        if (noValues <= ERROR_CAP) {
          problems.push(problem("warning", "FORMULA_NO_VALUE", sheet, cell, { sheet, cell }));
        }
      }
    }

    const personName =
      cells.name?.text ??
      [cells.familyName?.text ?? "", cells.givenName?.text ?? ""].filter((t) => t !== "").join(" ");
    const onUnitsSheet = input.role === "units";
    const title = onUnitsSheet ? (cells.unit?.text ?? "") : personName;
    const nameCell = onUnitsSheet ? unitCol : (nameCol ?? givenCol ?? familyCol);
    if (title === "") {
      if (!rated) continue;
      const cell = a1(row, nameCol ?? givenCol ?? unitCol ?? grid.left);
      problems.push(problem("warning", "MISSING_NAME", sheet, cell, { sheet, cell, row }));
    }

    const first = duplicateOf(row);
    if (first !== undefined) {
      problems.push(
        problem("warning", "DUPLICATE_ROW", sheet, a1(row, nameCell ?? grid.left), {
          sheet,
          row,
          firstRow: first,
        })
      );
    }
    out.lastRecordRow = row;

    if (kind === "unit") {
      const name = stripNumbering(title);
      const dept = isDepartmentUnit(name, input.settings.print.agency);
      const rec: UnitRecord = {
        kind: "unit",
        sheet,
        row,
        cells,
        unit: name === "" ? null : name,
        unitKey: name === "" ? null : dept ? DEPARTMENT_KEY : unitKey(name),
        unitFrom: name === "" ? null : dept ? "department" : "column",
        order: input.order.unit++,
        isDepartment: dept,
      };
      out.units.push(rec);
      out.unitCells.units.push(nameCell !== undefined ? a1(row, nameCell) : null);
      continue;
    }

    const rec: IndividualRecord = {
      kind: "individual",
      sheet,
      row,
      cells,
      name: title,
      position: cells.position?.text ?? "",
      unit: null,
      unitKey: null,
      unitFrom: null,
      order: input.order.individual++,
    };
    const ownUnit = cells.unit && cells.unit.text !== "" ? unitOf(cells.unit.text) : null;
    let unitCell: string | null = null;
    if (ownUnit && ownUnit.unit !== "") {
      rec.unit = ownUnit.unit;
      rec.unitKey = ownUnit.unitKey;
      rec.unitFrom = ownUnit.from === "department" ? "department" : "column";
      unitCell = a1(row, cells.unit?.col ?? unitCol ?? grid.left);
    } else if (group) {
      rec.unit = group.unit;
      rec.unitKey = group.unitKey;
      rec.unitFrom = group.from;
      unitCell = group.cell;
    }
    out.individuals.push(rec);
    out.unitCells.individuals.push(unitCell);
  }

  if (errors > ERROR_CAP) {
    problems.push(
      problem("warning", "FORMULA_ERROR_MORE", sheet, null, {
        sheet,
        count: errors - ERROR_CAP,
        shown: ERROR_CAP,
      })
    );
  }
  if (noValues > ERROR_CAP) {
    problems.push(
      problem("warning", "FORMULA_NO_VALUE_MORE", sheet, null, {
        sheet,
        count: noValues - ERROR_CAP,
        shown: ERROR_CAP,
      })
    );
  }
  return out;
}
