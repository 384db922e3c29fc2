/// <reference types="office-js" />
/**
 * "Kiểm tra tương thích Excel": a self-test an office runs in its own Excel (issue 13, item 5). On a temporary sheet
 * it adds and removes, it exercises each capability the add-in relies on and says, per capability, whether this
 * Excel did what the add-in expects. It reads nothing of the office's sheets and writes nothing outside its own.
 *
 * Syncs: one to learn the workbook's structure protection and sheet names (plus one to probe sheets left by an
 * interrupted earlier run, only when a sheet bears the temporary name), then a fixed one or two per capability (two
 * when what is checked is what a later request sees, as the add-in's own write and clear do). A capability that fails
 * before its sync (a member this office.js lacks) sends what it queued in a sync of its own, in place of the ones it
 * did not reach. 20 when everything passes, at most 22, whatever the size of the workbook.
 *
 * Decisions:
 * - Each capability runs in its own requests on its own part of the temporary sheet, so one that fails (an error
 *   code, a missing member of an old office.js, an answer that differs from what was written) is reported with its
 *   code and the others still run. Only a temporary sheet that could not be added skips the rest.
 * - The temporary sheet is removed at the end whatever happened ("sheet.delete" reports whether it could be). It
 *   carries a hidden sheet-scoped name (`_thidua_selftest`): a sheet left behind by a run cut short (the pane closed)
 *   is recognised by it, never by its name alone, and removed by the next run.
 * - In a workbook whose structure is protected no sheet can be added: every capability is reported as not tested,
 *   with that reason, and nothing is written.
 * - Adding a sheet clears Excel's undo history: the pane says so and asks before calling this.
 */
import type { PageSetup } from "../core/render/plan";
import { jsonBytes, utf8Length } from "./batch";
import { defaultIsSetSupported, errorCode } from "./errors";
import { applyPageSetup, clearColumns } from "./format";
import { decodeNameText, encodeNameText } from "./ownership";
import { toExcelRows } from "./values";

export const CAPABILITIES = [
  "sheet.add",
  "values",
  "cf",
  "cf.keep",
  "filter.range",
  "filter.table",
  "names",
  "sheet.hide",
  "pageLayout",
  "merges",
  "payload",
  "sheet.delete",
] as const;
export type CapabilityId = (typeof CAPABILITIES)[number];

/** The ExcelApi requirement set each capability needs (the newest member it calls). */
export const CAPABILITY_SET: Readonly<Record<CapabilityId, string>> = {
  "sheet.add": "1.1",
  values: "1.1",
  cf: "1.6",
  "cf.keep": "1.7",
  "filter.range": "1.9",
  "filter.table": "1.9",
  names: "1.4",
  "sheet.hide": "1.1",
  pageLayout: "1.9",
  merges: "1.13",
  payload: "1.1",
  "sheet.delete": "1.1",
};

/** The ExcelApi sets the add-in uses (design: baseline 1.13; toolchain.md), shown with whether Excel has them. */
export const USED_SETS = ["1.1", "1.2", "1.4", "1.6", "1.7", "1.9", "1.13"] as const;
export const REQUIRED_SET = "1.13";
/** Highest ExcelApi minor version probed for the "newest set" line. */
const PROBE_UP_TO = 30;

export type Outcome = "pass" | "fail" | "skipped";
/** Why a capability was not tested: the structure is protected, or the temporary sheet could not be added. */
export type SkipReason = "structure" | "noSheet";

export interface CapabilityResult {
  id: CapabilityId;
  apiSet: string;
  outcome: Outcome;
  /** fail: the Office.js error code, "Mismatch" when Excel answered otherwise than expected, or the JS error's name. */
  code?: string;
  /** fail: what differed, or the error's own message (English, for whoever reads the copied text). */
  detail?: string;
  reason?: SkipReason;
  /** Time taken, in milliseconds. */
  ms: number;
}

export interface Diagnostics {
  host: string;
  platform: string;
  version: string;
}

export interface SelfTestReport {
  /** Office.context.diagnostics; null where Office does not say. */
  diagnostics: Diagnostics | null;
  /** The sets the add-in uses and whether Excel reports them supported. */
  apiSets: { version: string; supported: boolean }[];
  /** The set the manifest requires (the add-in's baseline). */
  requiredSet: string;
  /** The newest ExcelApi set Excel reports (1.x), or null when it reports none. */
  newestSet: string | null;
  /** Where the pane's office.js came from (the script's address), when the host knows. */
  officeJs: string | null;
  structureProtected: boolean;
  results: CapabilityResult[];
  /** The temporary sheet's name, whether it is gone, and sheets of an earlier interrupted run removed. */
  tempSheet: { name: string; removed: boolean; leftovers: string[] };
  syncs: number;
  /** When the test ran (ISO 8601). */
  at: string;
}

export interface SelfTestEnv {
  diagnostics?: Diagnostics | null;
  isSetSupported?: (name: string, version: string) => boolean;
  officeJs?: string | null;
  /** Milliseconds, for timings (default Date.now). */
  now?: () => number;
  /** JSON bytes of the large request (default ~3.9 MB: under Excel on the web's 5 MB with room for the envelope). */
  payloadBytes?: number;
}

export const TEMP_SHEET = "Kiểm tra tương thích (tạm)";
export const SELFTEST_NAME = "_thidua_selftest";
const SELFTEST_STAMP = "thidua-selftest";
export const PAYLOAD_BYTES = 3_900_000;

/** Office's own account of itself, or null outside Office (tests, the standalone page). */
export function officeDiagnostics(): Diagnostics | null {
  try {
    if (typeof Office === "undefined") return null;
    const d = Office.context.diagnostics;
    return { host: String(d.host), platform: String(d.platform), version: String(d.version) };
  } catch {
    return null;
  }
}

/** Excel answered, but not with what was written: the capability does not work as the add-in expects. */
class Mismatch extends Error {
  readonly code = "Mismatch";
}

function expectSame(what: string, actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Mismatch(`${what}: ${clip(a)} ≠ ${clip(e)}`);
}

function clip(s: string | undefined, max = 160): string {
  const t = s ?? "undefined";
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

function failure(e: unknown): { code: string; detail: string } {
  if (e instanceof Mismatch) return { code: e.code, detail: e.message };
  const code = errorCode(e) ?? (e instanceof Error ? e.name : "Error");
  const detail = e instanceof Error ? e.message : String(e);
  return { code, detail: clip(detail, 240) };
}

/** Free name for the temporary sheet: the base, or the base with " 2", " 3"… when a sheet holds it. */
function freeName(taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? TEMP_SHEET : `${TEMP_SHEET.slice(0, 31 - 2 - String(n).length)} ${n}`;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}

/** A sheet a run cut short may have left: it bears the temporary name (with or without a number). */
function mayBeLeftover(name: string): boolean {
  const stem = TEMP_SHEET.replace(/\)$/, "").toLocaleLowerCase();
  return name.toLocaleLowerCase().startsWith(stem.slice(0, 20));
}

/** The page setup of the printed summary (render/summary.ts), as the add-in applies it. */
const PAGE: PageSetup = {
  paper: "A4",
  orientation: "landscape",
  printTitleRows: "3:4",
  printArea: "A1:F40",
  fitToWidth: 1,
  fitToHeight: 0,
  rowBreaks: [20],
  pageNumberTopFromPage2: true,
  gridlines: false,
  margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.4, header: 0.3, footer: 0.3 },
};

/** Text the entry parser would change, written as the add-in writes it (values.ts), and a line break. */
const VALUES: (string | number | boolean | null)[][] = [
  ["KẾT QUẢ RÀ SOÁT\nĐơn vị", "Nguyễn Thị Ánh", 12.5, true],
  ["0123", "#N/A", "5 Jan", "=A1"],
];

/** One cell of the large request: Vietnamese text, so UTF-8 counts as it does in the add-in's sheets. */
function payloadRows(bytes: number): string[][] {
  const unit = "Hoàn thành xuất sắc nhiệm vụ; Chiến sĩ thi đua cơ sở. ";
  const cell = unit.repeat(Math.ceil(8000 / unit.length)).slice(0, 8000);
  const cellBytes = utf8Length(JSON.stringify(cell)) + 1;
  const cols = 4;
  const rows = Math.max(1, Math.floor(bytes / (cellBytes * cols)));
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => `${r}.${c} ${cell}`.slice(0, 8000))
  );
}

/** A short fingerprint of a grid of text, to compare 4 MB without sending it back and forth twice. */
function fingerprint(rows: unknown[][]): string {
  let h = 2166136261;
  let n = 0;
  for (const row of rows)
    for (const v of row) {
      const s = String(v);
      n += s.length;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
    }
  return `${rows.length}×${rows[0]?.length ?? 0}:${n}:${h.toString(16)}`;
}

/** A capability's requests: `sync` is context.sync, counted. */
/** The request context as a capability sees it: its sync is counted (and recognised by the office-addins lint). */
interface Counted {
  workbook: Excel.Workbook;
  sync(): Promise<void>;
}
type Step = (context: Counted, sheet: string, env: SelfTestEnv) => Promise<void>;

function sheetOf(context: Counted, name: string): Excel.Worksheet {
  return context.workbook.worksheets.getItem(name);
}

/** The capabilities between adding and deleting the temporary sheet, each on its own part of it. */
const STEPS: Record<Exclude<CapabilityId, "sheet.add" | "sheet.delete">, Step> = {
  async values(context, sheet) {
    const range = sheetOf(context, sheet).getRange("A1:D2");
    range.values = toExcelRows(VALUES);
    range.load("values,valueTypes");
    await context.sync();
    expectSame("values", range.values, [
      ["KẾT QUẢ RÀ SOÁT\nĐơn vị", "Nguyễn Thị Ánh", 12.5, true],
      ["0123", "#N/A", "5 Jan", "=A1"],
    ]);
    expectSame("valueTypes", range.valueTypes, [
      ["String", "String", "Double", "Boolean"],
      ["String", "String", "String", "String"],
    ]);
  },

  async cf(context, sheet) {
    const ws = sheetOf(context, sheet);
    const cf = ws.getRange("A4:C9").conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=$E4=1";
    cf.custom.format.fill.color = "#FFC7CE";
    cf.custom.format.font.color = "#9C0006";
    const rules = ws.getRange().conditionalFormats;
    rules.load("items/id,items/type,items/customOrNullObject/rule/formula");
    await context.sync();
    const ours = rules.items.filter(
      (r) =>
        r.type === "Custom" &&
        !r.customOrNullObject.isNullObject &&
        /^=\$E4=1$/i.test(r.customOrNullObject.rule.formula.replace(/\s/g, ""))
    );
    expectSame("rules read back with the formula =$E4=1", ours.length, 1);
    // As write.ts and clear.ts do: a rule read in an earlier request is reached again by its id.
    const again = sheetOf(context, sheet);
    again.getRange().conditionalFormats.getItem(ours[0].id).delete();
    const after = again.getRange().conditionalFormats;
    after.load("items/id");
    await context.sync();
    expectSame(
      "rule left after deleting it by id",
      after.items.some((r) => r.id === ours[0].id),
      false
    );
  },

  async "cf.keep"(context, sheet) {
    // An office rule reaching into the block's columns must survive their clearing (format.ts clearColumns).
    const ws = sheetOf(context, sheet);
    const cells = ws.getRange("A12:F14");
    cells.values = [
      [1, 2, 3, 4, 5, 6],
      [1, 2, 3, 4, 5, 6],
      [1, 2, 3, 4, 5, 6],
    ];
    ws.getRange("E12:F14").format.fill.color = "#C6EFCE";
    const cf = cells.conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=A12>3";
    cf.custom.format.font.color = "#9C0006";
    clearColumns(ws.getRange("E:F"));
    const area = cf.getRange();
    area.load("address");
    const block = ws.getRange("E12:F14");
    block.load("values");
    const fill = ws.getRange("E12:F14").format.fill;
    fill.load("color");
    await context.sync();
    expectSame("rule's range after clearing E:F", area.address.replace(/^.*!/, ""), "A12:F14");
    expectSame("values of E12:F14 after clearing", block.values, [
      ["", ""],
      ["", ""],
      ["", ""],
    ]);
    expectSame(
      "fill of E12:F14 after clearing",
      fill.color === "#C6EFCE" ? "#C6EFCE" : "reset",
      "reset"
    );
  },

  async "filter.range"(context, sheet) {
    const ws = sheetOf(context, sheet);
    ws.getRange("A17:B21").values = [
      ["Họ và tên", "Kết quả"],
      ["An", "✓"],
      ["Bình", "✗"],
      ["Chi", "✓"],
      ["Dũng", "?"],
    ];
    const applied = ws.autoFilter;
    applied.apply("A17:B21", 1, { filterOn: "Values", values: ["✗", "?"] });
    applied.load("enabled,isDataFiltered");
    await context.sync();
    expectSame("filter on, rows filtered", [applied.enabled, applied.isDataFiltered], [true, true]);
    // As write.ts does before clearing a filtered block: criteria cleared, then the filter removed.
    const filter = sheetOf(context, sheet).autoFilter;
    filter.clearCriteria();
    filter.load("isDataFiltered");
    filter.remove();
    filter.load("enabled");
    await context.sync();
    expectSame(
      "rows filtered after clearing the criteria, filter on after removing it",
      [filter.isDataFiltered, filter.enabled],
      [false, false]
    );
  },

  async "filter.table"(context, sheet) {
    const ws = sheetOf(context, sheet);
    ws.getRange("H1:I5").values = [
      ["Đơn vị", "Kết quả"],
      ["Phòng 1", "✓"],
      ["Phòng 2", "✗"],
      ["Phòng 3", "✓"],
      ["Phòng 4", "✗"],
    ];
    // A Range, not an address: an address without its sheet would mean the active sheet.
    const table = ws.tables.add(ws.getRange("H1:I5"), true);
    table.load("name");
    table.autoFilter.apply(table.getRange(), 1, { filterOn: "Values", values: ["✗"] });
    table.autoFilter.load("enabled,isDataFiltered");
    // What write.ts reads to decide that a sheet holds a table.
    const tables = ws.tables;
    tables.load("items/name");
    await context.sync();
    expectSame("tables on the sheet", tables.items.length, 1);
    expectSame(
      "table filter on, rows filtered",
      [table.autoFilter.enabled, table.autoFilter.isDataFiltered],
      [true, true]
    );
    const again = sheetOf(context, sheet);
    const sameFilter = again.tables.getItem(table.name).autoFilter;
    sameFilter.clearCriteria();
    sameFilter.load("isDataFiltered");
    again.tables.getItem(table.name).delete();
    const left = again.tables;
    left.load("items/name");
    await context.sync();
    expectSame(
      "table rows filtered after clearing, tables after deleting it",
      [sameFilter.isDataFiltered, left.items.length],
      [false, 0]
    );
  },

  async names(context, sheet) {
    const text = 'khối "kết quả" | cột 21–40';
    const ws = sheetOf(context, sheet);
    const item = ws.names.add("_thidua_probe", encodeNameText(text));
    item.visible = false;
    const list = ws.names;
    list.load("items/name");
    const read = ws.names.getItemOrNullObject("_thidua_probe");
    read.load("formula,visible");
    await context.sync();
    expectSame(
      "sheet's names include _thidua_probe",
      list.items.map((n) => n.name).includes("_thidua_probe"),
      true
    );
    expectSame(
      "text and visibility read back",
      [decodeNameText(read.formula), read.visible],
      [text, false]
    );
    const again = sheetOf(context, sheet);
    again.names.getItem("_thidua_probe").delete();
    const gone = again.names.getItemOrNullObject("_thidua_probe");
    gone.load("name");
    await context.sync();
    expectSame("name left after deleting it", gone.isNullObject, true);
  },

  async "sheet.hide"(context, sheet) {
    const ws = sheetOf(context, sheet);
    ws.visibility = "Hidden";
    ws.load("visibility");
    await context.sync();
    expectSame("visibility after hiding", ws.visibility, "Hidden");
    const again = sheetOf(context, sheet);
    again.visibility = "Visible";
    again.load("visibility");
    await context.sync();
    expectSame("visibility after showing", again.visibility, "Visible");
  },

  async pageLayout(context, sheet) {
    const ws = sheetOf(context, sheet);
    applyPageSetup(ws, PAGE);
    const pl = ws.pageLayout;
    pl.load("paperSize,orientation,leftMargin");
    const header = pl.headersFooters.defaultForAllPages;
    header.load("centerHeader");
    await context.sync();
    expectSame(
      "paper, orientation, left margin, page number",
      [pl.paperSize, pl.orientation, Math.round(pl.leftMargin), header.centerHeader],
      ["A4", "Landscape", 36, "&P"]
    );
  },

  async merges(context, sheet) {
    const ws = sheetOf(context, sheet);
    ws.getRange("K1:M2").merge(false);
    const merged = ws.getRange("K1:P9").getMergedAreasOrNullObject();
    merged.load("address,areaCount");
    await context.sync();
    expectSame(
      "merged areas",
      merged.isNullObject ? null : [merged.areaCount, merged.address.replace(/^.*!/, "")],
      [1, "K1:M2"]
    );
    const again = sheetOf(context, sheet);
    again.getRange("K1:M2").unmerge();
    const none = again.getRange("K1:P9").getMergedAreasOrNullObject();
    none.load("areaCount");
    await context.sync();
    expectSame("merged areas after unmerging", none.isNullObject, true);
  },

  async payload(context, sheet, env) {
    const rows = payloadRows(env.payloadBytes ?? PAYLOAD_BYTES);
    const address = `R1:U${rows.length}`;
    sheetOf(context, sheet).getRange(address).values = rows;
    await context.sync();
    const back = sheetOf(context, sheet).getRange(address);
    back.load("values");
    await context.sync();
    expectSame("4 MB read back", fingerprint(back.values), fingerprint(rows));
  },
};

/** payloadRows with another size, for the tests. */
export function payloadSize(bytes: number): { rows: number; bytes: number } {
  const rows = payloadRows(bytes);
  return { rows: rows.length, bytes: jsonBytes(rows) };
}

/**
 * Runs the self-test on `context`. Throws only when the very first request fails (the workbook cannot be asked
 * anything); every capability's failure is in the report.
 */
export async function runSelfTest(
  context: Excel.RequestContext,
  env: SelfTestEnv = {}
): Promise<SelfTestReport> {
  const now = env.now ?? Date.now;
  const supported = env.isSetSupported ?? defaultIsSetSupported;
  let syncs = 0;
  /** Set when the last failure came out of a sync (what was queued went out with it). */
  let syncFailed = false;
  const sync = async (): Promise<void> => {
    syncs++;
    try {
      await context.sync();
    } catch (e) {
      syncFailed = true;
      throw e;
    }
  };
  const counted: Counted = { workbook: context.workbook, sync };
  const apiSets = USED_SETS.map((version) => ({
    version,
    supported: supported("ExcelApi", version),
  }));
  let newestSet: string | null = null;
  for (let minor = 1; minor <= PROBE_UP_TO; minor++)
    if (supported("ExcelApi", `1.${minor}`)) newestSet = `1.${minor}`;

  const protection = context.workbook.protection;
  protection.load("protected");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await sync();
  const structureProtected = protection.protected;
  const names = sheets.items.map((s) => s.name);
  const report: SelfTestReport = {
    diagnostics: env.diagnostics === undefined ? officeDiagnostics() : env.diagnostics,
    apiSets,
    requiredSet: REQUIRED_SET,
    newestSet,
    officeJs: env.officeJs ?? null,
    structureProtected,
    results: [],
    tempSheet: { name: "", removed: false, leftovers: [] },
    syncs: 0,
    at: new Date(now()).toISOString(),
  };
  const skipAll = (reason: SkipReason) => {
    for (const id of CAPABILITIES)
      if (!report.results.some((r) => r.id === id))
        report.results.push({ id, apiSet: CAPABILITY_SET[id], outcome: "skipped", reason, ms: 0 });
  };
  if (structureProtected) {
    skipAll("structure");
    report.syncs = syncs;
    return report;
  }

  const leftovers = await findLeftovers(context, names.filter(mayBeLeftover), sync);
  const temp = freeName(new Set(names.map((n) => n.toLocaleLowerCase())));
  report.tempSheet.name = temp;

  /** Runs one capability, isolated: what it queued but did not send goes out on its own if it failed. */
  const run = async (id: CapabilityId, body: () => Promise<void>): Promise<boolean> => {
    const started = now();
    const result: CapabilityResult = { id, apiSet: CAPABILITY_SET[id], outcome: "pass", ms: 0 };
    syncFailed = false;
    try {
      await body();
    } catch (e) {
      Object.assign(result, { outcome: "fail" }, failure(e));
      // Thrown before its sync (a member this office.js lacks): what it queued goes out now, not with the next one.
      if (!syncFailed && !(e instanceof Mismatch)) await sync().catch(() => undefined);
    }
    result.ms = Math.round(now() - started);
    report.results.push(result);
    return result.outcome === "pass";
  };

  let added = await run("sheet.add", async () => {
    const ws = context.workbook.worksheets.add(temp);
    // Recognisable by the next run if this one is cut short (the pane closed): see findLeftovers.
    ws.names.add(SELFTEST_NAME, encodeNameText(SELFTEST_STAMP)).visible = false;
    ws.load("name,visibility");
    await sync();
    expectSame("the sheet added", [ws.name, ws.visibility], [temp, "Visible"]);
  });
  if (!added) {
    // The request may have failed after the sheet was added (the name, say): then the rest can still run.
    const probe = context.workbook.worksheets.getItemOrNullObject(temp);
    probe.load("name");
    syncs++;
    await context.sync().catch(() => undefined);
    added = !probe.isNullObject;
  }
  if (added) {
    for (const [id, step] of Object.entries(STEPS) as [CapabilityId, Step][]) {
      await run(id, () => step(counted, temp, env));
    }
  } else {
    skipAll("noSheet");
    report.results = report.results.filter((r) => r.id !== "sheet.delete");
  }

  // Always last: the temporary sheet (and any left by an interrupted run) goes, whatever failed before.
  await run("sheet.delete", async () => {
    const all = context.workbook.worksheets;
    for (const name of [...(added ? [temp] : []), ...leftovers]) all.getItem(name).delete();
    all.load("items/name");
    await sync();
    const left = all.items.map((s) => s.name);
    expectSame(
      "temporary sheets left",
      [temp, ...leftovers].filter((n) => left.includes(n)),
      []
    );
  });
  const deleted = report.results.find((r) => r.id === "sheet.delete");
  if (!added && deleted?.outcome === "pass" && leftovers.length === 0) {
    // Nothing was added: the row says so rather than claiming a deletion.
    report.results = report.results.filter((r) => r.id !== "sheet.delete");
    report.results.push({
      id: "sheet.delete",
      apiSet: CAPABILITY_SET["sheet.delete"],
      outcome: "skipped",
      reason: "noSheet",
      ms: 0,
    });
  }
  report.tempSheet.removed = deleted?.outcome === "pass" || !added;
  report.tempSheet.leftovers = deleted?.outcome === "pass" ? leftovers : [];
  report.results.sort((a, b) => CAPABILITIES.indexOf(a.id) - CAPABILITIES.indexOf(b.id));
  report.syncs = syncs;
  return report;
}

/** Sheets bearing the temporary name that carry the self-test's stamp: left by a run that was cut short. */
async function findLeftovers(
  context: Excel.RequestContext,
  candidates: string[],
  sync: () => Promise<void>
): Promise<string[]> {
  if (candidates.length === 0) return [];
  const probes = candidates.map((name) => {
    const item = context.workbook.worksheets.getItem(name).names.getItemOrNullObject(SELFTEST_NAME);
    item.load("formula");
    return { name, item };
  });
  await sync();
  return probes
    .filter((p) => !p.item.isNullObject && decodeNameText(p.item.formula) === SELFTEST_STAMP)
    .map((p) => p.name);
}
