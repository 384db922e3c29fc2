/**
 * Builds ReadResults directly (no grid, no reader): individuals on "Cá nhân" from row 8, units on "Tập thể" from
 * row 6, each field in a fixed column so cell addresses are predictable (rating is always column E).
 */
import { a1, colLetter } from "../../../src/core/address";
import type { CellValue } from "../../../src/core/grid";
import type {
  FieldCell,
  FieldId,
  IndividualRecord,
  MappingEntry,
  ReadResult,
  SheetRead,
  UnitRecord,
} from "../../../src/core/records";
import { defaultSettings } from "../../../src/core/settings-defaults";
import type { Settings } from "../../../src/core/settings";

export const IND_SHEET = "Cá nhân";
export const UNIT_SHEET = "Tập thể";
export const DEPARTMENT = "__department__";

const COLUMNS: FieldId[] = [
  "name",
  "position",
  "unit",
  "rating",
  "initiative",
  "initiativeDecision",
  "initiativeLevel",
  "responsibility",
  "assignment",
  "discipline",
  "disciplineDate",
  "conduct",
  "emulation",
  "service",
  "leave",
  "pending",
  "proposed",
  "achievement",
  "history.2024",
  "history.2023",
  "history.2024.rating",
  "history.2024.initiative",
  "unitRating",
  "workPlan",
  "unitEmulation",
  "unitConduct",
  "solidarity",
  "roleModels",
  "headcount",
  "note",
  "vote",
  "voteTotal",
];

/** Column number of a field (B = name, C = position, D = unit, E = rating …). */
export function colOf(field: FieldId): number {
  const i = COLUMNS.indexOf(field);
  if (i < 0) throw new Error(`no column for ${field}`);
  return i + 2;
}

export function cellAddress(field: FieldId, row: number): string {
  return a1(row, colOf(field));
}

type Values = Partial<Record<FieldId, CellValue | string>>;

function cells(values: Values): Partial<Record<FieldId, FieldCell>> {
  const out: Partial<Record<FieldId, FieldCell>> = {};
  for (const [field, raw] of Object.entries(values) as [FieldId, CellValue][]) {
    const value = raw === "" ? null : raw;
    const text =
      value === null
        ? ""
        : typeof value === "object" && !(value instanceof Date)
          ? value.error
          : String(value);
    out[field] = { col: colOf(field), value, text };
  }
  return out;
}

export function keyOf(unit: string | null): string | null {
  return unit === null ? null : unit.normalize("NFC").toLowerCase().trim();
}

let counter = 0;

export interface PersonOpts {
  name?: string;
  position?: string;
  unit?: string | null;
  /** Member of the department itself (Ban Giám đốc). */
  department?: boolean;
}

/** An individual with exactly the given cells (a field not given is a column the sheet does not have). */
export function person(values: Values, opts: PersonOpts = {}): IndividualRecord {
  const name = opts.name ?? `Người ${++counter}`;
  const position = opts.position ?? "Chuyên viên";
  const unit = opts.department ? "Ban Giám đốc" : (opts.unit ?? null);
  const v: Values = { name, position, ...values };
  if (unit !== null) v.unit = unit;
  return {
    kind: "individual",
    sheet: IND_SHEET,
    row: 0,
    cells: cells(v),
    unit,
    unitKey: opts.department ? DEPARTMENT : keyOf(unit),
    unitFrom: unit === null ? null : opts.department ? "department" : "column",
    order: 0,
    name,
    position,
  };
}

export function unitRow(
  values: Values,
  unit: string,
  opts: { department?: boolean } = {}
): UnitRecord {
  return {
    kind: "unit",
    sheet: UNIT_SHEET,
    row: 0,
    cells: cells({ unit, ...values }),
    unit,
    unitKey: opts.department ? DEPARTMENT : keyOf(unit),
    unitFrom: "column",
    order: 0,
    isDepartment: opts.department ?? false,
  };
}

/** A person who meets every individual criterion of the 2025 plan (CSTĐCS-ready). */
export const STAR: Values = {
  rating: "Hoàn thành xuất sắc nhiệm vụ",
  initiative: "Sáng kiến số hóa hồ sơ địa chính",
  responsibility: "x",
  assignment: "x",
  discipline: "",
  emulation: "x",
  service: 12,
  pending: "",
};

/** A person who meets LĐTT but has no initiative. */
export const GOOD: Values = { ...STAR, rating: "Hoàn thành tốt nhiệm vụ", initiative: "" };

/** A unit meeting every collective criterion by its own cells. */
export const GOOD_UNIT: Values = {
  unitRating: "Hoàn thành xuất sắc nhiệm vụ",
  workPlan: "x",
  unitEmulation: "x",
  unitConduct: "x",
  solidarity: "x",
  roleModels: "x",
};

export interface BookOpts {
  /** Extra fields present as columns on a sheet although no record gives them. */
  indFields?: FieldId[];
  unitFields?: FieldId[];
  /** Mapping variants and implied titles per field. */
  variants?: Partial<Record<FieldId, string>>;
  implied?: Partial<Record<FieldId, string>>;
  headers?: Partial<Record<FieldId, string>>;
  protectedSheets?: boolean;
  indRole?: SheetRead["role"];
  unitSheetName?: string;
}

function renumber<T extends IndividualRecord | UnitRecord>(
  recs: T[],
  first: number,
  sheet: string
): T[] {
  return recs.map((r, i) => {
    // Cells carry no row: placing a record is giving it its row.
    return { ...r, sheet, row: first + i, order: i, cells: { ...r.cells } };
  });
}

function sheetOf(
  name: string,
  role: SheetRead["role"],
  recs: (IndividualRecord | UnitRecord)[],
  extra: FieldId[],
  first: number,
  opts: BookOpts
): SheetRead {
  const fields = new Set<FieldId>(extra);
  for (const r of recs) for (const f of Object.keys(r.cells) as FieldId[]) fields.add(f);
  const mapping: Partial<Record<FieldId, MappingEntry>> = {};
  for (const f of fields) {
    mapping[f] = {
      columns: [colLetter(colOf(f))],
      header: opts.headers?.[f] ?? f,
      confidence: 1,
      ...(opts.variants?.[f] ? { variant: opts.variants[f] } : {}),
      ...(opts.implied?.[f] ? { impliedTitle: opts.implied[f] } : {}),
    };
  }
  return {
    name,
    role,
    headerRows: [first - 1],
    dataRows: recs.length,
    firstDataRow: first,
    lastDataRow: first + recs.length - 1,
    lastOfficeCol: 40,
    mapping,
    headers: [],
    protected: opts.protectedSheets ?? false,
  };
}

export function book(
  individuals: IndividualRecord[],
  units: UnitRecord[] = [],
  opts: BookOpts = {}
): ReadResult {
  const inds = renumber(individuals, 8, IND_SHEET);
  const unitSheet = opts.unitSheetName ?? UNIT_SHEET;
  const us = renumber(units, 6, unitSheet);
  const sheets: SheetRead[] = [];
  if (inds.length > 0 || opts.indFields) {
    sheets.push(
      sheetOf(IND_SHEET, opts.indRole ?? "individuals", inds, opts.indFields ?? [], 8, opts)
    );
  }
  if (us.length > 0 || opts.unitFields) {
    sheets.push(sheetOf(unitSheet, "units", us, opts.unitFields ?? [], 6, opts));
  }
  const present = (role: SheetRead["role"]) => [
    ...new Set(
      sheets
        .filter((s) => s.role === role || s.role === "mixed")
        .flatMap((s) => Object.keys(s.mapping) as FieldId[])
    ),
  ];
  return {
    sheets,
    individuals: inds,
    units: us,
    problems: [],
    fieldsPresent: { individuals: present("individuals"), units: present("units") },
  };
}

export function settings(over: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...over };
}

/** The same person n times (different names). */
export function many(n: number, values: Values, opts: PersonOpts = {}): IndividualRecord[] {
  return Array.from({ length: n }, () => person(values, opts));
}
