/**
 * The checked copy and the cleared copy, written by editing the office's own package (package.ts) rather than by
 * having exceljs rebuild it: the office's parts are carried as they were, and only the add-in's go in or out.
 * The loaded grid, stamps and sheet facts (read.ts) tell where an older block is, whose filter is set and which
 * add-in sheets were edited by hand. The host decides nothing: it writes the block, marks, owned sheets and stamps
 * the plan describes (spec/workbook.md "What goes out"), refuses protected sheets, and touches no office cell.
 */
import { absoluteRows, colLetter, parseA1, sheetRef } from "../../core/address";
import type { CheckedSheetPlan, OwnedSheetPlan, WritePlan } from "../../core/render/plan";
import type { Msg } from "../../core/records";
import type { SheetGrid } from "../../core/grid";
import { findBlock, type BlockCols } from "../block";
import { renderMsg, XlsxInputError } from "../errors";
import { ownedSheets } from "../owned";
import type { LoadedWorkbook } from "../read";
import {
  BLOCK_NAME,
  FILTER_NAME,
  MAX_STAMP_LENGTH,
  OWNER_NAME,
  freeSheetName,
  isStampName,
  parseStamp,
} from "../stamps";
import { textConstantFormula, type DefinedNameEntry } from "../workbook-xml";
import { blockCells, ownedSheetXml } from "./owned-sheet";
import { patchWorksheet, UnsafeSheetError, type SheetPatch } from "./office-sheet";
import { PackageEdit } from "./package";
import { blockConflict, type UnsafeSheet } from "./safety";
import type { Deflater } from "./zip-out";

export { fromGzip, type Deflated, type Deflater } from "./zip-out";
export type { UnsafeSheet } from "./safety";

export interface WriteOptions {
  /** Compresses each written part as soon as it is made (the command line gives Node's zlib); fflate otherwise. */
  deflate?: Deflater;
}

export interface Refusal {
  sheet: string;
  /** The Vietnamese sentence, ready to print. */
  msg: string;
  /** The same as a catalogue message, for the English UI. */
  message: Msg;
}

export interface ApplyResult {
  refused: Refusal[];
  /** What the clerk should know although the sheet was written (an Excel table gets no sheet filter). */
  notices: Refusal[];
  /** Names of the owned sheets as written (a plan name may have become "… (2)"). */
  written: string[];
  /** Owned sheets removed because the plan asked (`remove`) and they were unedited. */
  removed: string[];
  /**
   * Checked sheets the writer could not edit safely (their part's XML, or a pivot table or table in the block's
   * columns): they are also in `refused`, and nothing was written into them. The command line then writes a
   * results-only workbook instead (check-file.ts).
   */
  unsafe: UnsafeSheet[];
}

export interface ClearResult {
  /** Checked sheets whose result block was removed. */
  cleared: string[];
  removedSheets: string[];
  /** Add-in sheets kept because they were edited by hand. */
  keptSheets: string[];
}

type Stamps = Map<string, Map<string, string>>;

export interface PackageResult extends ApplyResult {
  bytes: Uint8Array;
}

/** A copy of the stamps read with the file, to edit for this run. */
function stampsOf(loaded: LoadedWorkbook): Stamps {
  const out: Stamps = new Map();
  for (const [sheet, m] of loaded.stamps) out.set(sheet, new Map(m));
  return out;
}

function gridSheet(loaded: LoadedWorkbook, name: string): SheetGrid | undefined {
  return loaded.grid.sheets.find((s) => s.name === name && s.kind !== "chartsheet");
}

function setIn(stamps: Stamps, sheet: string, name: string, text: string | null): void {
  let m = stamps.get(sheet);
  if (!m) stamps.set(sheet, (m = new Map()));
  if (text === null) m.delete(name);
  else m.set(name, text);
}

function refusal(sheet: string, key: string): Refusal {
  const message: Msg = { key, params: { sheet } };
  return { sheet, msg: renderMsg(message, "vi"), message };
}

function unsafeRefusal(u: UnsafeSheet): Refusal {
  const message: Msg = {
    key: "xlsx.unsafe.refused",
    params: { sheet: u.sheet, part: u.part, why: u.why.key, ...(u.why.params ?? {}) },
  };
  return { sheet: u.sheet, msg: renderMsg(message, "vi"), message };
}

/** Columns the block takes: its own span (cells, widths, merges, hidden flag columns). */
function blockSpan(c: CheckedSheetPlan): BlockCols {
  const width = c.values.reduce((m, r) => Math.max(m, r.length), 0);
  let last = c.firstCol + Math.max(1, width) - 1;
  for (const col of c.hiddenCols) last = Math.max(last, col);
  for (const w of c.widths) last = Math.max(last, w.col);
  for (const m of c.merges) last = Math.max(last, m.right);
  return { first: c.firstCol, last };
}

/**
 * Excel keeps a hidden `_xlnm._FilterDatabase` name for each sheet filter; when the add-in's filter goes, the name
 * Excel made for it (same range) goes too, so a cleared sheet's names are as before the first check.
 */
function dropFilterName(pkg: PackageEdit, sheet: string, filter: string): void {
  const bare = (f: string) => f.replace(/\$/g, "").replace(/^.*!/, "").toUpperCase();
  pkg.names = pkg.names.filter(
    (n) =>
      !(n.name === "_xlnm._FilterDatabase" && n.sheet === sheet && bare(n.formula) === bare(filter))
  );
}

export async function writePlanToPackage(
  loaded: LoadedWorkbook,
  plan: WritePlan,
  opts: WriteOptions = {}
): Promise<PackageResult> {
  const pkg = await PackageEdit.open(loaded.zip, opts.deflate ?? null);
  const stamps = stampsOf(loaded);
  const refused: Refusal[] = [];
  const notices: Refusal[] = [];
  const unsafe: UnsafeSheet[] = [];
  for (const c of plan.checked) {
    const sheet = gridSheet(loaded, c.sheet);
    if (!sheet || !pkg.has(c.sheet)) {
      refused.push(refusal(c.sheet, "xlsx.sheetMissing"));
      continue;
    }
    if (c.protected || sheet.protected) {
      refused.push(refusal(c.sheet, "xlsx.protected"));
      continue;
    }
    const old = c.clearCols ?? findBlock(sheet, stamps.get(c.sheet)?.get(BLOCK_NAME) ?? null);
    const ourFilter = stamps.get(c.sheet)?.get(FILTER_NAME) ?? null;
    let filter = loaded.facts.get(c.sheet)?.autoFilter ?? null;
    let removeFilter = false;
    if (ourFilter && filter === ourFilter) {
      removeFilter = true;
      filter = null;
    }
    // Excel refuses a sheet filter over an Excel table, and the table's own filter buttons do not reach the block
    // beside it: no filter is added there, and the clerk is told how reviewers filter (the Excel host does the same).
    const hasTable = loaded.facts.get(c.sheet)?.hasTable ?? false;
    const setFilter = c.autoFilter && !filter && !hasTable ? c.autoFilter : null;
    const span = blockSpan(c);
    const conflict = blockConflict(pkg, c.sheet, old ? [span, old] : [span]);
    if (conflict) {
      unsafe.push(conflict);
      refused.push(unsafeRefusal(conflict));
      continue;
    }
    let patched: Uint8Array;
    try {
      patched = patchWorksheet(
        pkg.sheetXml(c.sheet),
        blockPatch(c, span, old, pkg, removeFilter, setFilter)
      );
    } catch (e) {
      if (!(e instanceof UnsafeSheetError)) throw e;
      const u = { sheet: c.sheet, part: pkg.sheetPart(c.sheet), why: e.why };
      unsafe.push(u);
      refused.push(unsafeRefusal(u));
      continue;
    }
    if (c.autoFilter && !filter && !hasTable) setIn(stamps, c.sheet, FILTER_NAME, c.autoFilter);
    else if (!c.autoFilter || filter !== ourFilter) setIn(stamps, c.sheet, FILTER_NAME, null);
    if (removeFilter && ourFilter && setFilter !== ourFilter)
      dropFilterName(pkg, c.sheet, ourFilter);
    setIn(stamps, c.sheet, BLOCK_NAME, c.blockStamp);
    pkg.setSheetXml(c.sheet, patched);
    if (hasTable) notices.push(refusal(c.sheet, "xlsx.tableNoFilter"));
  }

  const owned = ownedSheets(loaded);
  const written: string[] = [];
  const printNames: DefinedNameEntry[] = [];
  for (const s of plan.sheets) {
    const xml = ownedSheetXml(s, pkg.styles, pkg.strings, pkg.date1904);
    const currentStamp = pkg.has(s.name)
      ? parseStamp(stamps.get(s.name)?.get(OWNER_NAME) ?? null)
      : null;
    let name: string;
    if (s.inPlace && currentStamp?.kind === s.kind && gridSheet(loaded, s.name)) {
      name = s.name;
      pkg.replaceSheet(name, xml, s.visibility);
      stamps.delete(name);
    } else {
      name = freeSheetName(s.name, pkg.sheetNames());
      pkg.addSheet(name, xml, s.visibility);
    }
    setIn(stamps, name, OWNER_NAME, s.stamp);
    printNames.push(...printNamesOf(name, s));
    written.push(name);
  }
  const removed: string[] = [];
  for (const o of owned) {
    const name = o.sheet.name;
    if (o.edited || !plan.remove.includes(o.stamp.kind) || written.includes(name)) continue;
    if (!pkg.has(name)) continue;
    pkg.removeSheet(name);
    stamps.delete(name);
    removed.push(name);
  }
  finishNames(pkg, stamps, printNames);
  return { bytes: await pkg.toBytes(), refused, notices, written, removed, unsafe };
}

function blockPatch(
  c: CheckedSheetPlan,
  span: BlockCols,
  old: BlockCols | null,
  pkg: PackageEdit,
  removeFilter: boolean,
  setFilter: string | null
): SheetPatch {
  const cols = new Map<number, { col: number; width?: number; hidden?: boolean }>();
  for (const w of c.widths) cols.set(w.col, { col: w.col, width: w.width });
  for (const h of c.hiddenCols) cols.set(h, { ...(cols.get(h) ?? { col: h }), hidden: true });
  return {
    clear: old,
    span,
    cells: blockCells(c, pkg.styles, pkg.strings, pkg.date1904),
    merges: c.merges,
    cols: [...cols.values()],
    rules: c.marks.map((m) => ({
      sqref: m.range,
      formula: m.formula,
      dxfId: pkg.styles.dxf(m.fill, m.fontColor),
    })),
    removeFilter,
    setFilter,
  };
}

function printNamesOf(sheet: string, s: OwnedSheetPlan): DefinedNameEntry[] {
  const ps = s.pageSetup;
  if (!ps) return [];
  const abs = (ref: string) => {
    const [a, b] = ref.split(":");
    const from = parseA1(a);
    const to = parseA1(b ?? a);
    if (!from || !to) return null;
    return `$${colLetter(from.col)}$${from.row}:$${colLetter(to.col)}$${to.row}`;
  };
  const out: DefinedNameEntry[] = [];
  const area = abs(ps.printArea);
  if (area)
    out.push({
      name: "_xlnm.Print_Area",
      sheet,
      hidden: false,
      formula: sheetRef(sheet, area),
      extra: {},
    });
  if (ps.printTitleRows) {
    out.push({
      name: "_xlnm.Print_Titles",
      sheet,
      hidden: false,
      formula: sheetRef(sheet, absoluteRows(ps.printTitleRows)),
      extra: {},
    });
  }
  return out;
}

/** The package's names: the office's as read, the print names of the sheets written, and the stamps. */
function finishNames(pkg: PackageEdit, stamps: Stamps, printNames: DefinedNameEntry[]): void {
  const present = new Set(pkg.sheetNames());
  const names = pkg.names.filter((n) => !(n.sheet !== null && isStampName(n.name)));
  names.push(...printNames);
  for (const [sheet, m] of stamps) {
    if (!present.has(sheet)) continue;
    for (const [name, text] of m) {
      const formula = textConstantFormula(text);
      if (formula.length - 2 > MAX_STAMP_LENGTH) {
        throw new Error(
          `Stamp ${name} on "${sheet}" is longer than Excel's ${MAX_STAMP_LENGTH}-character limit`
        );
      }
      names.push({ name, sheet, hidden: true, formula, extra: {} });
    }
  }
  pkg.names = names;
}

/**
 * "Xóa đánh dấu" on the package (spec/workbook.md item 7): the result blocks, the add-in's rules and the filter it
 * added go, and its unedited sheets; edited add-in sheets are kept (the clerk's work) and listed. Only a sheet that
 * bears the block stamp has a block to remove: a marker header alone may be an office's own text.
 */
export async function clearPackage(
  loaded: LoadedWorkbook,
  opts: WriteOptions = {}
): Promise<{ bytes: Uint8Array; result: ClearResult }> {
  const pkg = await PackageEdit.open(loaded.zip, opts.deflate ?? null);
  const stamps = stampsOf(loaded);
  const result: ClearResult = { cleared: [], removedSheets: [], keptSheets: [] };
  const owned = ownedSheets(loaded);
  for (const o of owned) {
    const name = o.sheet.name;
    if (o.edited) result.keptSheets.push(name);
    else if (pkg.has(name)) {
      result.removedSheets.push(name);
      pkg.removeSheet(name);
      stamps.delete(name);
    }
  }
  const ownedNames = new Set(owned.map((o) => o.sheet.name));
  for (const ws of loaded.grid.sheets) {
    if (ws.kind === "chartsheet" || ownedNames.has(ws.name) || !pkg.has(ws.name)) continue;
    const blockStamp = stamps.get(ws.name)?.get(BLOCK_NAME) ?? null;
    const block = blockStamp ? findBlock(ws, blockStamp) : null;
    const filter = stamps.get(ws.name)?.get(FILTER_NAME) ?? null;
    const removeFilter = filter !== null && loaded.facts.get(ws.name)?.autoFilter === filter;
    setIn(stamps, ws.name, FILTER_NAME, null);
    setIn(stamps, ws.name, BLOCK_NAME, null);
    if (!block && !removeFilter) continue;
    const xml = pkg.sheetXml(ws.name);
    let patched: Uint8Array;
    try {
      patched = patchWorksheet(xml, {
        clear: block,
        span: null,
        cells: null,
        merges: [],
        cols: [],
        rules: [],
        removeFilter,
        setFilter: null,
      });
    } catch (e) {
      if (!(e instanceof UnsafeSheetError)) throw e;
      throw new XlsxInputError("UNSAFE_SHEET", {
        key: "xlsx.clearUnsafe",
        params: {
          sheet: ws.name,
          part: pkg.sheetPart(ws.name),
          why: e.why.key,
          ...(e.why.params ?? {}),
        },
      });
    }
    pkg.setSheetXml(ws.name, patched);
    if (removeFilter && filter) dropFilterName(pkg, ws.name, filter);
    if (block) result.cleared.push(ws.name);
  }
  finishNames(pkg, stamps, []);
  return { bytes: await pkg.toBytes(), result };
}
