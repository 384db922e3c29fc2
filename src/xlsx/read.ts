/**
 * .xlsx bytes → exceljs Workbook + the core's WorkbookGrid. Runs in Node and in the browser (bytes in, no fs).
 * Decision: the used range is the bounding box of cells holding a value, plus merged areas (Excel's
 * `getUsedRange(true)`); cells holding only formatting do not widen it.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue, MergeArea, SheetGrid, WorkbookGrid } from "../core/grid";
import { a1 } from "../core/address";
import { readCell } from "./cells";
import { XlsxInputError } from "./errors";
import { autoFilterText } from "./block";
import { readPackage, type PackageInfo } from "./parts";
import { sniff } from "./sniff";
import { BLOCK_NAME, FILTER_NAME, OWNER_NAME } from "./stamps";
import { textConstantValue } from "./workbook-xml";

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
  zip: JSZip;
}

const STAMP_NAMES = [OWNER_NAME, BLOCK_NAME, FILTER_NAME];

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
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (e) {
    throw new XlsxInputError("TRUNCATED", {
      key: "xlsx.truncated",
      params: { file, detail: errText(e) },
    });
  }
  if (!zip.file("xl/workbook.xml")) {
    throw new XlsxInputError("NOT_XLSX", {
      key: "xlsx.notXlsx",
      params: { file, detail: "xlsx.notXlsx.zip" },
    });
  }
  let info: PackageInfo;
  const wb = new ExcelJS.Workbook();
  try {
    info = await readPackage(zip);
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
    if (n.sheet === null || !STAMP_NAMES.includes(n.name)) continue;
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
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.value === null || cell.value === undefined) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
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
  const hiddenRows: number[] = [];
  const noValue: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const vRow: CellValue[] = new Array<CellValue>(width).fill(null);
    const tRow: (string | null)[] = new Array<string | null>(width).fill(null);
    const fRow: (string | null)[] = new Array<string | null>(width).fill(null);
    const row = ws.findRow(r);
    if (row) {
      if (row.hidden) hiddenRows.push(r);
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c < left || c > right) return;
        const rc = readCell(cell);
        vRow[c - left] = rc.value;
        tRow[c - left] = rc.text;
        fRow[c - left] = rc.font;
        if (rc.noValue) noValue.push(a1(r, c));
      });
    }
    values.push(vRow);
    text.push(tRow);
    fonts.push(fRow);
  }
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
