/**
 * .xlsx bytes → exceljs Workbook + the core's WorkbookGrid. Runs in Node and in the browser (bytes in, no fs).
 * Decision: the used range is the bounding box of cells holding a value, plus merged areas (Excel's
 * `getUsedRange(true)`); cells holding only formatting do not widen it.
 */
import ExcelJS from "exceljs";
import type { CellValue, MergeArea, SheetGrid, WorkbookGrid } from "../core/grid";
import { a1 } from "../core/address";
import { readCell, type ReadCell } from "./cells";
import { XlsxInputError } from "./errors";
import { autoFilterText } from "./block";
import { readPackage, type PackageInfo } from "./parts";
import { sniff } from "./sniff";
import { isStampName, OWNER_NAME } from "./stamps";
import { textConstantValue } from "./workbook-xml";
import { ZipIn } from "./zip-in";

/** What the writer needs to know of a worksheet beyond its grid (exceljs's model is let go after loading). */
export interface SheetFacts {
  /** The sheet's AutoFilter range, or null. */
  autoFilter: string | null;
  /** The sheet holds an Excel table (which has its own filter buttons). */
  hasTable: boolean;
}

/**
 * A workbook as read: the core's grid, the facts and stamps the writer needs, and the file's zip. exceljs's model is
 * not kept: it is most of the memory of a large check, and every later collection would walk it (issue 7).
 */
export interface LoadedWorkbook {
  grid: WorkbookGrid;
  /** Worksheet name → facts (chart sheets have none). */
  facts: Map<string, SheetFacts>;
  /** The add-in's stamps as read: sheet name → stamp name → text (sheet-scoped hidden text names). */
  stamps: Map<string, Map<string, string>>;
  /** Every package part, sorted. */
  parts: string[];
  /** The package as read: sheets (chart sheets included), defined names, parts exceljs would drop. */
  info: PackageInfo;
  /** The file's zip, whose parts the checked copy carries unchanged (package/). */
  zip: ZipIn;
}

export async function loadWorkbook(
  data: Uint8Array,
  opts: { file?: string; allowEmpty?: boolean } = {}
): Promise<LoadedWorkbook> {
  const file = opts.file ?? "";
  const kind = sniff(data);
  if (kind === "encrypted")
    throw new XlsxInputError("ENCRYPTED", { key: "xlsx.encrypted", params: { file } });
  if (kind !== "zip") {
    const detail =
      kind === "xls"
        ? "xlsx.notXlsx.xls"
        : kind === "text"
          ? "xlsx.notXlsx.text"
          : "xlsx.notXlsx.unknown";
    throw new XlsxInputError("NOT_XLSX", { key: "xlsx.notXlsx", params: { file, detail } });
  }
  let zip: ZipIn;
  try {
    zip = ZipIn.open(data);
  } catch (e) {
    throw new XlsxInputError("TRUNCATED", {
      key: "xlsx.truncated",
      params: { file, detail: errText(e) },
    });
  }
  if (!zip.has("xl/workbook.xml")) {
    throw new XlsxInputError("NOT_XLSX", {
      key: "xlsx.notXlsx",
      params: { file, detail: "xlsx.notXlsx.zip" },
    });
  }
  let info: PackageInfo;
  const wb = new ExcelJS.Workbook();
  try {
    info = readPackage(zip);
    // exceljs's typings ask for a Node Buffer; it accepts any ArrayBuffer view (and only that in the browser).
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new XlsxInputError("TRUNCATED", {
      key: "xlsx.truncated",
      params: { file, detail: errText(e) },
    });
  }
  const stamps = new Map<string, Map<string, string>>();
  for (const n of info.names) {
    if (n.sheet === null || !isStampName(n.name)) continue;
    const text = textConstantValue(n.formula);
    if (text === null) continue;
    let m = stamps.get(n.sheet);
    if (!m) stamps.set(n.sheet, (m = new Map()));
    m.set(n.name, text);
  }
  const grid = gridOf(wb, info, stamps);
  if (
    !opts.allowEmpty &&
    !grid.sheets.some(
      (s) => s.kind !== "chartsheet" && s.values.some((r) => r.some((v) => v !== null))
    )
  ) {
    throw new XlsxInputError("EMPTY_WORKBOOK", { key: "xlsx.empty", params: { file } });
  }
  const facts = new Map<string, SheetFacts>();
  for (const ws of wb.worksheets) {
    facts.set(ws.name, {
      autoFilter: autoFilterText(ws),
      hasTable: Object.keys((ws as unknown as { tables?: object }).tables ?? {}).length > 0,
    });
  }
  return { grid, facts, stamps, parts: info.parts, info, zip };
}

function errText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The grid of every sheet, in workbook order, chart sheets included (without cells). */
export function gridOf(
  wb: ExcelJS.Workbook,
  info: PackageInfo,
  stamps: Map<string, Map<string, string>>
): WorkbookGrid {
  const byName = new Map(wb.worksheets.map((ws) => [ws.name, ws]));
  const order = info.sheets.length
    ? info.sheets
    : wb.worksheets.map((ws) => ({ name: ws.name, kind: "worksheet" as const, state: ws.state }));
  const sheets: SheetGrid[] = [];
  for (const entry of order) {
    const ws = byName.get(entry.name);
    if (entry.kind === "chartsheet" || !ws) {
      sheets.push({
        name: entry.name,
        top: 1,
        left: 1,
        values: [],
        merges: [],
        kind: "chartsheet",
        visibility: entry.state === "visible" ? "visible" : entry.state,
      });
      continue;
    }
    const g = sheetGrid(ws);
    g.stamp = stamps.get(ws.name)?.get(OWNER_NAME) ?? null;
    sheets.push(g);
  }
  return { sheets };
}

export function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const merges = mergesOf(ws);
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  // One pass over exceljs's cells: each is read once, and the bounding box of the cells holding a value is found on
  // the way (a formula without a cached result counts: it holds a formula).
  const rows: { r: number; cols: number[]; cells: ReadCell[] }[] = [];
  const hidden: number[] = [];
  // Hidden rows with no value count too (exceljs's eachRow skips rows without values; its row list is private).
  for (const row of (ws as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows ?? []) {
    if (row?.hidden) hidden.push(row.number);
  }
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cols: number[] = [];
    const cells: ReadCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const raw = cell.value;
      if (raw === null || raw === undefined) return;
      if (c < left) left = c;
      if (c > right) right = c;
      cols.push(c);
      cells.push(readCell(cell, raw));
    });
    if (!cols.length) return;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    rows.push({ r, cols, cells });
  });
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  const state = ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible";
  const base: SheetGrid = {
    name: ws.name,
    top: 1,
    left: 1,
    values: [],
    text: [],
    fonts: [],
    merges,
    hiddenRows: [],
    noValueFormulas: [],
    protected: Boolean(sheetProtection(ws)?.sheet),
    visibility: state,
    kind: "worksheet",
  };
  if (bottom === 0) return base;
  const width = right - left + 1;
  const values: CellValue[][] = [];
  const text: (string | null)[][] = [];
  const fonts: (string | null)[][] = [];
  const noValue: string[] = [];
  for (let r = top; r <= bottom; r++) {
    values.push(new Array<CellValue>(width).fill(null));
    text.push(new Array<string | null>(width).fill(null));
    fonts.push(new Array<string | null>(width).fill(null));
  }
  for (const { r, cols, cells } of rows) {
    const i = r - top;
    cols.forEach((c, k) => {
      const rc = cells[k];
      values[i][c - left] = rc.value;
      text[i][c - left] = rc.text;
      fonts[i][c - left] = rc.font;
      if (rc.noValue) noValue.push(a1(r, c));
    });
  }
  const hiddenRows = hidden.filter((r) => r >= top && r <= bottom);
  return { ...base, top, left, values, text, fonts, hiddenRows, noValueFormulas: noValue };
}

function sheetProtection(ws: ExcelJS.Worksheet): { sheet?: boolean } | null {
  return (ws as unknown as { sheetProtection: { sheet?: boolean } | null }).sheetProtection;
}

export function mergesOf(ws: ExcelJS.Worksheet): MergeArea[] {
  // exceljs keeps merges as Range objects in a private map keyed by the master cell; there is no public getter.
  const merges = (ws as unknown as { _merges: Record<string, MergeArea | undefined> })._merges;
  return Object.values(merges ?? {})
    .filter((m): m is MergeArea => Boolean(m))
    .map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}
