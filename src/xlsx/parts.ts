/**
 * The package of an .xlsx (or .xlsm) file as the writer needs it: its parts, sheets and defined names, and what kind
 * of workbook its main part says it is. The checked copy is written by editing this package (package/), so every
 * part the add-in does not write — charts, chart sheets, pivot tables and caches, slicers, drawings, VBA projects,
 * custom XML, printer settings — is carried with its content (spec/workbook.md "Parts the add-in does not write are
 * carried"). A results-only workbook is written only for a sheet the writer cannot edit safely; which sheets those
 * are is known when the plan is written (package/safety.ts, package/office-sheet.ts), not when the file is read.
 */
import { strFromU8 } from "fflate";
import { renderMsg } from "./errors";
import type { UnsafeSheet } from "./package/safety";
import type { ZipIn } from "./zip-in";
import {
  parseAttributes,
  parseDefinedNames,
  parseRels,
  parseSheets,
  type DefinedNameEntry,
  type SheetEntry,
} from "./workbook-xml";

/** Main-part content types (ECMA-376 Part 1 and MS-OFFMACRO) and the file extension Excel requires for each. */
export const WORKBOOK_TYPES: Record<string, { ext: string; macros: boolean }> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": {
    ext: ".xlsx",
    macros: false,
  },
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": { ext: ".xlsm", macros: true },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": {
    ext: ".xltx",
    macros: false,
  },
  "application/vnd.ms-excel.template.macroEnabled.main+xml": { ext: ".xltm", macros: true },
  "application/vnd.ms-excel.addin.macroEnabled.main+xml": { ext: ".xlam", macros: true },
};

export interface PackageInfo {
  /** Every part path in the zip, sorted (folders excluded). */
  parts: string[];
  /** Sheets in workbook order, chart sheets included. */
  sheets: SheetEntry[];
  names: DefinedNameEntry[];
  /** The content type of xl/workbook.xml as [Content_Types].xml gives it ("" when it gives none). */
  mainType: string;
  /** The main part is macro-enabled (.xlsm, .xltm, .xlam): the copy must keep that type and its extension. */
  macroEnabled: boolean;
  /** The extension Excel requires for this kind of workbook (".xlsx" when the type is unknown). */
  extension: string;
  /**
   * Kept for the standalone page, which still asks: parts the writer cannot carry. Always empty since the writer
   * edits the package; sheets it cannot edit safely come back from the writer (ApplyResult.unsafe).
   */
  uncarried: UnsafeSheet[];
}

export function readPackage(zip: ZipIn): PackageInfo {
  const parts = [...zip.names].sort();
  const read = zip.bytes(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]);
  const text = (name: string) => {
    const b = read.get(name);
    return b ? strFromU8(b) : "";
  };
  const wbXml = text("xl/workbook.xml");
  const sheets = parseSheets(wbXml, parseRels(text("xl/_rels/workbook.xml.rels")));
  const names = parseDefinedNames(
    wbXml,
    sheets.map((s) => s.name)
  );
  const mainType = mainContentType(text("[Content_Types].xml"));
  const kind = WORKBOOK_TYPES[mainType];
  return {
    parts,
    sheets,
    names,
    mainType,
    macroEnabled: kind?.macros ?? /macroEnabled/i.test(mainType),
    extension: kind?.ext ?? ".xlsx",
    uncarried: [],
  };
}

/** The Override for /xl/workbook.xml in [Content_Types].xml (its content type), or "". */
export function mainContentType(contentTypes: string): string {
  for (const m of contentTypes.matchAll(/<(?:\w+:)?Override\b([^>]*?)\/?>/g)) {
    const a = parseAttributes(m[1]);
    if ((a.PartName ?? "").toLowerCase() === "/xl/workbook.xml") return a.ContentType ?? "";
  }
  return "";
}

/** Whether a results-only workbook must be written: some sheet the plan writes into cannot be edited safely. */
export function mustWriteResultsOnly(unsafe: UnsafeSheet[]): boolean {
  return unsafe.length > 0;
}

/** The sheets, parts and reasons, in words, e.g. `trang tính “Cá nhân”, phần xl/worksheets/sheet1.xml: …`. */
export function describeUnsafe(unsafe: UnsafeSheet[], lang: "vi" | "en" = "vi"): string {
  return unsafe
    .map((u) =>
      renderMsg(
        {
          key: "xlsx.unsafeSheet",
          params: { sheet: u.sheet, part: u.part, why: u.why.key, ...(u.why.params ?? {}) },
        },
        lang
      )
    )
    .join("; ");
}

/** @deprecated The standalone page's name for describeUnsafe. */
export const describeUncarried = describeUnsafe;
