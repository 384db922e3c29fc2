/** What `read` makes of a workbook: typed rows, the mapping it used, and everything it could not read. */
import type { CellValue } from "./grid";
import type { ProblemCode, ProblemLevelOf } from "./i18n/codes";

/** Every field a column can be mapped to (spec/vocabulary.md, header synonyms). History fields are `history.<year>`,
 * `history.<year>.rating` and `history.<year>.initiative`. */
export type FieldId =
  | "stt"
  | "name"
  | "familyName"
  | "givenName"
  | "position"
  | "unit"
  | "rating"
  | "initiative"
  | "initiativeLevel"
  | "initiativeDecision"
  | "discipline"
  | "disciplineDate"
  | "previousUnit"
  | "pending"
  | "service"
  | "leave"
  | "responsibility"
  | "assignment"
  | "conduct"
  | "emulation"
  | "proposed"
  | "achievement"
  | "rowKind"
  | "note"
  | "unitRating"
  | "workPlan"
  | "unitEmulation"
  | "unitConduct"
  | "solidarity"
  | "roleModels"
  | "headcount"
  | "vote"
  | "voteTotal"
  | `history.${number}`
  | `history.${number}.rating`
  | `history.${number}.initiative`
  /** A plan criterion's own column (rules/plan): `plan.<code>`. */
  | `plan.${string}`;

/**
 * One cell of a row, as a field sees it. Text is Unicode NFC (legacy encodings already converted).
 *
 * It carries no row: the reader gives every row of a column whose cell reads the same ("x", "HTTNV", blank) one
 * shared FieldCell, so a 10,000-row sheet keeps a few thousand of them instead of one per cell. Its address is
 * (the record's row, `col`): `a1(rec.row, cell.col)`. Shared, hence read-only.
 */
export interface FieldCell {
  readonly col: number;
  /** The value, with legacy-encoded text converted to Unicode; formula errors stay CellError. */
  readonly value: CellValue;
  /** The display text (NFC, converted), "" for blank. */
  readonly text: string;
  /** The encoding the clerk's text was typed in, when it was not Unicode. */
  readonly legacy?: "tcvn3" | "vni";
}

export interface MappingEntry {
  columns: string[];
  header: string;
  /** 1 when one header clearly matched; below 1 when the clerk should confirm (two candidates, partial match). */
  confidence: number;
  /** Set when the clerk's saved mapping chose this column. */
  confirmed?: boolean;
  /** For `history.<year>` columns whose header names a title ("CSTĐCS 2024"): the title a yes mark stands for. */
  impliedTitle?: string;
  /** For fields whose headers carry different kinds of value: `service` "months" | "startDate";
   * `leave` "days" | "reason"; `disciplineDate` "date" | "numberAndDate". */
  variant?: string;
}

export type SheetRole = "individuals" | "units" | "mixed" | "ignored";

export interface SheetRead {
  name: string;
  role: SheetRole;
  /** Why an ignored sheet was ignored (lookup sheet, no header, chart sheet, add-in sheet …), in a problem code. */
  ignoredBecause?: string;
  headerRows: number[];
  dataRows: number;
  firstDataRow: number;
  lastDataRow: number;
  /** The office's own last column (the add-in's old result block excluded). */
  lastOfficeCol: number;
  /** The add-in's previous result block on this sheet, if there is one. */
  resultBlock?: { firstCol: number; lastCol: number };
  mapping: Partial<Record<FieldId, MappingEntry>>;
  /** Headers of every column of the office's table, for the pane's mapping dropdowns. */
  headers: { col: string; header: string }[];
  protected: boolean;
}

interface RowBase {
  sheet: string;
  row: number;
  /** Cells of every mapped field; a field whose column is absent has no entry. */
  cells: Partial<Record<FieldId, FieldCell>>;
  /** Unit as the clerk wrote it (numbering removed, NFC), from the unit column or the group row above. */
  unit: string | null;
  /** Matching key of the unit (vocabulary: unit names), null when the row has none. */
  unitKey: string | null;
  /** Where the unit came from. */
  unitFrom: "column" | "group" | "department" | null;
  /** 0-based order of the row among rows of its kind in the workbook (input order). */
  order: number;
}

export interface IndividualRecord extends RowBase {
  kind: "individual";
  name: string;
  position: string;
}

export interface UnitRecord extends RowBase {
  kind: "unit";
  /** Whether this units-sheet row stands for the department itself (Sở / Ban Giám đốc / Lãnh đạo Sở). */
  isDepartment: boolean;
}

export type ProblemLevel = "error" | "warning" | "info";

/** A message not yet put into words: a catalogue code and the values its template needs. */
export interface Msg {
  key: string;
  params?: Record<string, string | number>;
}

/** A problem with code C: its level is the one the code catalogue gives C (i18n/codes.ts). */
export interface ProblemOf<C extends ProblemCode> {
  level: ProblemLevelOf<C>;
  sheet: string | null;
  cell: string | null;
  code: C;
  msg: Msg;
}

/** One of the catalogue's problems: a misspelt code, or a level other than its code's, does not compile. */
export type Problem = { [C in ProblemCode]: ProblemOf<C> }[ProblemCode];

export interface ReadResult {
  sheets: SheetRead[];
  individuals: IndividualRecord[];
  units: UnitRecord[];
  problems: Problem[];
  /** Which fields exist on any individuals sheet / any units sheet (decides `skipped`). */
  fieldsPresent: { individuals: FieldId[]; units: FieldId[] };
}
