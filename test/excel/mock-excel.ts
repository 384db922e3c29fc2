/// <reference types="office-js" />
/**
 * A strict fake of the Office.js Excel object model, for the host's tests and benchmark.
 *
 * office-addin-mock 4 is a property bag: reads before load+sync return a string instead of throwing, writes apply at
 * once, syncs are not counted, and it has no collections, ranges, conditional formats, merged areas, page layout or
 * names. This wrapper keeps its contract where it has one (OfficeMockObject is used for the Office.context settings
 * cache, see settings.test.ts) and supplies the rest as small fakes that store state (mock-state.ts):
 *  (a) reading a property that was not loaded and synced throws;
 *  (b) every sync() records the request bytes queued since the last sync (JSON of what is set or passed, plus an
 *      envelope per action) and the response bytes (JSON of what was loaded); over `limit` it fails as Excel on the
 *      web does, with RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, having executed nothing;
 *  (c) every write to cells is recorded with its sheet and address;
 *  (d) it refuses what Excel refuses (issue 13): a sheet AutoFilter over an Excel table (InvalidOperation); adding,
 *      deleting or hiding a sheet in a structure-protected workbook (AccessDenied); Worksheet.delete and visibility in
 *      a run that merges the undo group (UndoNotSupported); sheet names Excel rejects (InvalidArgument); navigating
 *      from an object that turned out null (InvalidObjectPath). It behaves as Excel does where the fake used to be
 *      kind: merged areas are those anchored inside the range; written text goes through an entry parser ("#N/A"
 *      becomes an error, "5 Jan" a date, "0123" a number) unless the cell is text-formatted or the text starts with
 *      an apostrophe; clear("All"/"Formats") takes conditional formats out of the range (setting `style` does not);
 *      clearing skips rows hidden by the AutoFilter's criteria.
 * Request bytes follow what Office.js serializes: an action (~100 bytes) plus each object path it creates (~120
 * bytes), so one hyperlink or row height costs ~300–430 bytes and a conditional-format rule ~1.9 KB.
 * Commands run at sync, in order, as in Office.js: getItem("x") after add("x") in the same batch finds it.
 */
import { a1, colNumber } from "../../src/core/address";
import { jsonBytes } from "../../src/excel/batch";
import {
  type Area,
  type BookState,
  type CfRecord,
  type TableState,
  getCell,
  inside,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  newSheet,
  type Scalar,
  setCell,
  type SheetState,
  subtract,
  usedArea,
} from "./mock-state";

/** Hyperlinks Excel keeps on one worksheet. */
export const MAX_LINKS = 65_530;

/** Bytes of one queued action in an Office.js request, and of one object path it refers to. */
export const ACTION = 100;
export const PATH = 120;
/** What a conditional-format rule weighs beyond its actions and paths (its format objects' envelopes). */
const CF_EXTRA = 600;

export interface SyncRecord {
  request: number;
  response: number;
}

export interface WriteRecord {
  sheet: string;
  area: Area;
  what: string;
}

export function excelError(code: string): Error & { code: string } {
  return Object.assign(new Error(`fake Excel: ${code}`), { code });
}

type Resolver<T> = () => T | null;
// Fakes of different targets share one base; their target types are unrelated, so the base is used untyped.
type AnyFake = FakeObject<any>;

interface RangeT {
  sheet: SheetState;
  area: Area;
}

export class MockExcel {
  readonly book: BookState;
  readonly syncs: SyncRecord[] = [];
  readonly writes: WriteRecord[] = [];
  /** Syncs refused as too large (nothing executed). */
  refusals = 0;
  /** suspendScreenUpdatingUntilNextSync calls executed. */
  screenSuspensions = 0;
  /** Set while a run with `mergeUndoGroup` is in progress (see run()). */
  undoGroup = false;
  /** Request and response limit of one sync, as Excel on the web (5 MB). */
  limit = 5_000_000;
  queue: (() => void)[] = [];
  request = 0;
  response = 0;
  private failures: (string | null)[] = [];
  readonly context: Excel.RequestContext;

  constructor(sheets: SheetState[] = []) {
    this.book = { sheets, nextId: 1 };
    const workbook = new WorkbookP(this);
    const application = new ApplicationP(this);
    this.context = {
      workbook,
      application,
      trackedObjects: { add: () => undefined, remove: () => undefined },
      sync: () => this.sync(),
    } as unknown as Excel.RequestContext;
  }

  /** Excel.run for runExcel: the options are honoured as Excel does (mergeUndoGroup refuses undo-unsupported calls). */
  async run<T>(
    options: Excel.RunOptions,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T> {
    this.undoGroup = options.mergeUndoGroup === true;
    try {
      return await batch(this.context);
    } finally {
      this.undoGroup = false;
    }
  }

  /** Throws as Excel does for a call it cannot put in a merged undo group. */
  undoable(): void {
    if (this.undoGroup) throw excelError("UndoNotSupported");
  }

  /** Throws as Excel does when the workbook's structure is protected. */
  structure(): void {
    if (this.book.structureProtected) throw excelError("AccessDenied");
  }

  sheet(name: string): SheetState | null {
    const lower = name.toLocaleLowerCase();
    return this.book.sheets.find((s) => s.name.toLocaleLowerCase() === lower) ?? null;
  }

  /** The next sync fails with this code, executing nothing. */
  failNextSync(code: string): void {
    this.failures.push(code);
  }

  /** The n-th sync from now (1 = the next) fails with this code, executing nothing; the ones before succeed. */
  failSync(n: number, code: string): void {
    while (this.failures.length < n - 1) this.failures.push(null);
    this.failures[n - 1] = code;
  }

  enqueue(bytes: number, command: () => void): void {
    this.request += ACTION + bytes;
    this.queue.push(command);
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    const request = this.request;
    this.queue = [];
    this.request = 0;
    this.response = 0;
    await Promise.resolve();
    const failure = this.failures.shift();
    if (failure) throw excelError(failure);
    if (request > this.limit) {
      this.refusals++;
      throw excelError("RequestPayloadSizeLimitExceeded");
    }
    for (const command of queue) command();
    if (this.response > this.limit) {
      this.refusals++;
      throw excelError("ResponsePayloadSizeLimitExceeded");
    }
    this.syncs.push({ request, response: this.response });
  }

  recordWrite(t: RangeT, what: string): void {
    if (t.sheet.protected) throw excelError("AccessDenied");
    this.writes.push({ sheet: t.sheet.name, area: t.area, what });
  }
}

function splitPaths(arg: unknown): string[][] {
  let list: string[] = [];
  if (typeof arg === "string") list = arg.split(",");
  else if (Array.isArray(arg)) list = arg.map(String);
  else throw new Error("fake Excel: load() takes a string or an array here");
  return list
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split("/"));
}

const STRICT: ProxyHandler<AnyFake> = {
  get(target, prop, receiver) {
    if (typeof prop === "string" && Object.prototype.hasOwnProperty.call(target.readable, prop)) {
      if (!target.loaded.has(prop)) {
        throw new Error(`fake Excel: ${target.kind}.${prop} read before load() and sync()`);
      }
      return target.loaded.get(prop);
    }
    if (prop === "isNullObject") {
      if (!target.loaded.has(prop)) {
        throw new Error(`fake Excel: ${target.kind}.isNullObject read before load() and sync()`);
      }
      return target.loaded.get(prop);
    }
    return Reflect.get(target, prop, receiver);
  },
  set(target, prop, value, receiver) {
    if (typeof prop === "string" && Object.prototype.hasOwnProperty.call(target.writable, prop)) {
      const write = target.writable[prop];
      target.m.enqueue(jsonBytes(value), () => write(target.target(), value));
      return true;
    }
    if (typeof prop === "string" && Object.prototype.hasOwnProperty.call(target.readable, prop)) {
      throw new Error(`fake Excel: ${target.kind}.${prop} is read-only`);
    }
    return Reflect.set(target, prop, value, receiver);
  },
};

abstract class FakeObject<T> {
  readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, AnyFake>();
  readable: Record<string, (t: T) => unknown> = {};
  writable: Record<string, (t: T, v: unknown) => void> = {};

  constructor(
    readonly m: MockExcel,
    readonly resolve: Resolver<T>,
    readonly kind: string
  ) {
    return new Proxy(this, STRICT as ProxyHandler<this>);
  }

  target(): T {
    const t = this.resolve();
    if (t === null) throw excelError("ItemNotFound");
    return t;
  }

  protected child<C extends AnyFake>(name: string, make: () => C): C {
    let c = this.children.get(name);
    if (!c) {
      this.children.set(name, (c = make()));
      this.m.request += PATH;
    }
    return c as C;
  }

  /** The target of an object derived from this one: Excel fails the request when this one turned out null. */
  derived(): T {
    const t = this.resolve();
    if (t === null) throw excelError("InvalidObjectPath");
    return t;
  }

  /** The navigation property `name`, for nested loads ("protection/protected"). */
  nav(name: string): AnyFake {
    const c = (this as unknown as Record<string, unknown>)[name];
    if (!(c instanceof FakeObject)) throw new Error(`fake Excel: ${this.kind} cannot load ${name}`);
    return c;
  }

  load(arg?: unknown): this {
    const paths = arg === undefined ? Object.keys(this.readable).map((k) => [k]) : splitPaths(arg);
    this.m.enqueue(jsonBytes(arg ?? ""), () => this.loadNow(paths));
    return this;
  }

  loadNow(paths: string[][]): void {
    const t = this.resolve();
    this.loaded.set("isNullObject", t === null);
    if (t === null) return;
    const nested = new Map<string, string[][]>();
    for (const p of paths) {
      if (p.length === 1 && this.readable[p[0]]) {
        const v = this.readable[p[0]](t);
        this.loaded.set(p[0], v);
        this.m.response += jsonBytes(v) + p[0].length + 4;
      } else if (p.length > 1) {
        nested.set(p[0], [...(nested.get(p[0]) ?? []), p.slice(1)]);
      } else {
        throw new Error(`fake Excel: ${this.kind} has no property ${p[0]}`);
      }
    }
    for (const [name, sub] of nested) this.loadNested(name, sub);
  }

  protected loadNested(name: string, sub: string[][]): void {
    this.nav(name).loadNow(sub);
  }

  untrack(): this {
    return this;
  }

  /** Queues a method call: `bytes` of arguments, run at sync. */
  protected call(bytes: number, command: (t: T) => void): void {
    this.m.enqueue(bytes, () => command(this.target()));
  }
}

abstract class FakeCollection<T, I extends AnyFake> extends FakeObject<T> {
  protected abstract list(t: T): I[];

  override loadNow(paths: string[][]): void {
    const t = this.resolve();
    this.loaded.set("isNullObject", t === null);
    if (t === null) return;
    const itemPaths = paths.filter((p) => p[0] === "items").map((p) => p.slice(1));
    const items = this.list(t);
    for (const item of items) item.loadNow(itemPaths);
    this.loaded.set("items", items);
  }

  get items(): I[] {
    if (!this.loaded.has("items"))
      throw new Error(`fake Excel: ${this.kind}.items read before load() and sync()`);
    return this.loaded.get("items") as I[];
  }
}

class ApplicationP extends FakeObject<MockExcel> {
  suspended = 0;
  constructor(m: MockExcel) {
    super(m, () => m, "Application");
  }
  suspendApiCalculationUntilNextSync(): void {
    this.call(0, () => this.suspended++);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.call(0, () => this.m.screenSuspensions++);
  }
}

class WorkbookP extends FakeObject<MockExcel> {
  constructor(m: MockExcel) {
    super(m, () => m, "Workbook");
  }
  get worksheets(): WorksheetsP {
    return this.child("worksheets", () => new WorksheetsP(this.m));
  }
  get protection(): WorkbookProtectionP {
    return this.child("protection", () => new WorkbookProtectionP(this.m));
  }
  get application(): unknown {
    return (this.m.context as unknown as { application: unknown }).application;
  }
}

class WorkbookProtectionP extends FakeObject<MockExcel> {
  constructor(m: MockExcel) {
    super(m, () => m, "WorkbookProtection");
    this.readable = { protected: (mx) => mx.book.structureProtected === true };
  }
}

/** Excel's rules for a sheet name: 1–31 characters, none of []:*?/\, not starting or ending with ', not "History". */
function checkSheetName(name: unknown): string {
  const n = String(name);
  if (
    n.length === 0 ||
    n.length > 31 ||
    /[[\]:*?/\\]/.test(n) ||
    n.startsWith("'") ||
    n.endsWith("'") ||
    n.toLocaleLowerCase() === "history"
  ) {
    throw excelError("InvalidArgument");
  }
  return n;
}

class WorksheetsP extends FakeCollection<MockExcel, WorksheetP> {
  constructor(m: MockExcel) {
    super(m, () => m, "WorksheetCollection");
  }
  protected list(): WorksheetP[] {
    return this.m.book.sheets.map((s) => new WorksheetP(this.m, () => s));
  }
  getItem(name: string): WorksheetP {
    this.m.request += PATH;
    return new WorksheetP(this.m, () => {
      const s = this.m.sheet(name);
      if (!s) throw excelError("ItemNotFound");
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetP {
    this.m.request += PATH;
    return new WorksheetP(this.m, () => this.m.sheet(name));
  }
  add(name: string): WorksheetP {
    this.m.enqueue(jsonBytes(name), () => {
      checkSheetName(name);
      this.m.structure();
      if (this.m.sheet(name)) throw excelError("ItemAlreadyExists");
      this.m.book.sheets.push(newSheet(name));
    });
    return this.getItem(name);
  }
}

function parseAddress(address: string): Area {
  const a = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [from, to = from] = a.replace(/\$/g, "").split(":");
  const part = (s: string): { r: number | null; c: number | null } => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(s);
    if (!m) throw excelError("InvalidArgument");
    return { c: m[1] ? colNumber(m[1]) - 1 : null, r: m[2] ? Number(m[2]) - 1 : null };
  };
  const f = part(from);
  const t = part(to);
  return {
    r0: f.r ?? 0,
    r1: t.r ?? MAX_ROWS - 1,
    c0: f.c ?? 0,
    c1: t.c ?? MAX_COLS - 1,
  };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function areaA1(a: Area): string {
  const first = a1(a.r0 + 1, a.c0 + 1);
  return a.r0 === a.r1 && a.c0 === a.c1 ? first : `${first}:${a1(a.r1 + 1, a.c1 + 1)}`;
}

class WorksheetP extends FakeObject<SheetState> {
  constructor(m: MockExcel, resolve: Resolver<SheetState>) {
    super(m, resolve, "Worksheet");
    this.readable = {
      name: (s) => s.name,
      visibility: (s) => s.visibility,
    };
    this.writable = {
      name: (s, v) => {
        const name = checkSheetName(v);
        m.structure();
        const other = m.sheet(name);
        if (other && other !== s) throw excelError("ItemAlreadyExists");
        s.name = name;
      },
      visibility: (s, v) => {
        m.undoable();
        if (v !== s.visibility) m.structure();
        s.visibility = v as SheetState["visibility"];
      },
    };
  }
  get tables(): TablesP {
    return this.child("tables", () => new TablesP(this.m, () => this.resolve()));
  }
  get protection(): FakeObject<SheetState> {
    return this.child("protection", () => new ProtectionP(this.m, () => this.resolve()));
  }
  get autoFilter(): AutoFilterP {
    return this.child("autoFilter", () => new AutoFilterP(this.m, () => this.resolve()));
  }
  get names(): NamesP {
    return this.child("names", () => new NamesP(this.m, () => this.resolve()));
  }
  get horizontalPageBreaks(): PageBreaksP {
    return this.child("hBreaks", () => new PageBreaksP(this.m, () => this.resolve()));
  }
  get pageLayout(): PageLayoutP {
    return this.child(
      "pageLayout",
      () => new PageLayoutP(this.m, () => this.resolve(), "PageLayout", "")
    );
  }
  private range(area: () => Area | null): RangeP {
    return new RangeP(this.m, () => {
      const sheet = this.resolve();
      const a = sheet ? area() : null;
      return sheet && a ? { sheet, area: a } : null;
    });
  }
  getRange(address?: string): RangeP {
    const area = address
      ? parseAddress(address)
      : { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 };
    this.m.request += PATH + jsonBytes(address ?? "");
    return this.range(() => area);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeP {
    this.m.request += PATH + 24;
    return this.range(() => ({ r0: row, c0: col, r1: row + rows - 1, c1: col + cols - 1 }));
  }
  getCell(row: number, col: number): RangeP {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  /** Worksheet.findAllOrNullObject (ExcelApi 1.9): the cells of the whole sheet matching `text`. */
  findAllOrNullObject(
    text: string,
    criteria: { completeMatch?: boolean; matchCase?: boolean }
  ): RangeAreasP {
    return this.getRange().findAllOrNullObject(text, criteria);
  }
  getUsedRangeOrNullObject(): RangeP {
    this.m.request += PATH;
    return new RangeP(this.m, () => {
      const sheet = this.resolve();
      const area = sheet ? usedArea(sheet) : null;
      return sheet && area ? { sheet, area } : null;
    });
  }
  delete(): void {
    this.call(0, (s) => {
      this.m.undoable();
      this.m.structure();
      if (s.protected) throw excelError("AccessDenied");
      this.m.book.sheets = this.m.book.sheets.filter((x) => x !== s);
    });
  }
}

class TablesP extends FakeCollection<SheetState, TableP> {
  constructor(m: MockExcel, resolve: Resolver<SheetState>) {
    super(m, resolve, "TableCollection");
  }
  protected list(s: SheetState): TableP[] {
    return s.tables.map((t) => new TableP(this.m, () => ({ sheet: s, table: t })));
  }
  /** TableCollection.add (ExcelApi 1.1) over a Range of this sheet: refused over another table or a merged cell. */
  add(range: string | RangeP, hasHeaders: boolean): TableP {
    let name = "";
    this.call(jsonBytes([typeof range === "string" ? range : "", hasHeaders]), (s) => {
      const area = typeof range === "string" ? parseAddress(range) : range.target().area;
      if (s.tables.some((t) => intersects(t.area, area))) throw excelError("InvalidOperation");
      if (s.merges.some((a) => intersects(a, area))) throw excelError("InvalidOperation");
      const taken = new Set(this.m.book.sheets.flatMap((x) => x.tables.map((t) => t.name)));
      let n = 1;
      while (taken.has(`Table${n}`)) n++;
      name = `Table${n}`;
      s.tables.push({ name, area });
    });
    return new TableP(this.m, () => {
      const s = this.resolve();
      const table = s?.tables.find((t) => t.name === name);
      return s && table ? { sheet: s, table } : null;
    });
  }
  getItem(name: string): TableP {
    this.m.request += PATH;
    return new TableP(this.m, () => {
      const s = this.derived();
      const table = s.tables.find((t) => t.name.toLocaleLowerCase() === name.toLocaleLowerCase());
      if (!table) throw excelError("ItemNotFound");
      return { sheet: s, table };
    });
  }
}

type TableT = { sheet: SheetState; table: TableState };

class TableP extends FakeObject<TableT> {
  constructor(m: MockExcel, resolve: Resolver<TableT>) {
    super(m, resolve, "Table");
    this.readable = { name: (t) => t.table.name };
  }
  get autoFilter(): TableFilterP {
    return this.child("autoFilter", () => new TableFilterP(this.m, () => this.resolve()));
  }
  getRange(): RangeP {
    this.m.request += PATH;
    return new RangeP(this.m, () => {
      const t = this.derived();
      return { sheet: t.sheet, area: t.table.area };
    });
  }
  /** Table.delete: the table goes (its cells' values are not modelled). */
  delete(): void {
    this.call(0, (t) => {
      t.sheet.tables = t.sheet.tables.filter((x) => x !== t.table);
    });
  }
}

/** A table's own AutoFilter (Table.autoFilter, ExcelApi 1.9): its criteria hide rows of the table only. */
class TableFilterP extends FakeObject<TableT> {
  constructor(m: MockExcel, resolve: Resolver<TableT>) {
    super(m, resolve, "AutoFilter");
    this.readable = {
      enabled: () => true,
      isDataFiltered: (t) => (t.table.filterHidden?.length ?? 0) > 0,
    };
  }
  apply(range: RangeP | string, column?: number, criteria?: unknown): void {
    this.call(
      jsonBytes([typeof range === "string" ? range : "", column ?? null, criteria ?? null]),
      (t) => {
        t.table.filterHidden = [...hiddenBy(t.sheet, t.table.area, column, criteria)];
      }
    );
  }
  clearCriteria(): void {
    this.call(0, (t) => (t.table.filterHidden = []));
  }
}

/** Rows (0-based) a values criterion on `column` of a filter over `area` hides: those whose text is not listed. */
function hiddenBy(s: SheetState, area: Area, column?: number, criteria?: unknown): Set<number> {
  const hidden = new Set<number>();
  const c = criteria as { filterOn?: string; values?: unknown[] } | null | undefined;
  if (column === undefined || !c || c.filterOn !== "Values" || !Array.isArray(c.values))
    return hidden;
  const keep = new Set(c.values.map(String));
  for (let r = area.r0 + 1; r <= area.r1; r++) {
    const v = getCell(s, r, area.c0 + column);
    if (!keep.has(v === undefined ? "" : String(v))) hidden.add(r);
  }
  return hidden;
}

class ProtectionP extends FakeObject<SheetState> {
  constructor(m: MockExcel, resolve: Resolver<SheetState>) {
    super(m, resolve, "WorksheetProtection");
    this.readable = { protected: (s) => s.protected };
  }
}

class AutoFilterP extends FakeObject<SheetState> {
  constructor(m: MockExcel, resolve: Resolver<SheetState>) {
    super(m, resolve, "AutoFilter");
    this.readable = {
      enabled: (s) => s.autoFilter !== null,
      isDataFiltered: (s) => s.autoFilter !== null && s.filterHidden.size > 0,
    };
  }
  apply(range: string | RangeP, column?: number, criteria?: unknown): void {
    const address = typeof range === "string" ? range : null;
    this.call(jsonBytes([address ?? "", column ?? null, criteria ?? null]), (s) => {
      if (s.protected) throw excelError("AccessDenied");
      const area = address ? parseAddress(address) : (range as RangeP).target().area;
      // Excel allows no sheet filter overlapping a table (a table has its own).
      if (s.tables.some((t) => intersects(t.area, area))) throw excelError("InvalidOperation");
      s.autoFilter = address ?? areaA1(area);
      // Criteria on a column hide the rows whose value they do not list; a filter applied without them shows all.
      if (column !== undefined) s.filterHidden = hiddenBy(s, area, column, criteria);
    });
  }
  clearCriteria(): void {
    this.call(0, (s) => s.filterHidden.clear());
  }
  remove(): void {
    this.call(0, (s) => {
      s.autoFilter = null;
      s.filterHidden.clear();
    });
  }
}

class NamesP extends FakeCollection<SheetState, NamedItemP> {
  constructor(m: MockExcel, resolve: Resolver<SheetState>) {
    super(m, resolve, "NamedItemCollection");
  }
  protected list(s: SheetState): NamedItemP[] {
    return [...s.names.keys()].map((n) => this.getItemOrNullObject(n));
  }
  add(name: string, reference: string): NamedItemP {
    this.call(jsonBytes([name, reference]), (s) => {
      if (s.names.has(name)) throw excelError("ItemAlreadyExists");
      s.names.set(name, { formula: reference, visible: true });
    });
    return this.getItem(name);
  }
  getItem(name: string): NamedItemP {
    return new NamedItemP(this.m, () => {
      const s = this.target();
      if (!s.names.has(name)) throw excelError("ItemNotFound");
      return { sheet: s, name };
    });
  }
  getItemOrNullObject(name: string): NamedItemP {
    return new NamedItemP(this.m, () => {
      const s = this.resolve();
      return s && s.names.has(name) ? { sheet: s, name } : null;
    });
  }
}

class NamedItemP extends FakeObject<{ sheet: SheetState; name: string }> {
  constructor(m: MockExcel, resolve: Resolver<{ sheet: SheetState; name: string }>) {
    super(m, resolve, "NamedItem");
    const item = (t: { sheet: SheetState; name: string }) =>
      t.sheet.names.get(t.name) as { formula: string; visible: boolean };
    this.readable = {
      name: (t) => t.name,
      formula: (t) => item(t).formula,
      visible: (t) => item(t).visible,
    };
    this.writable = {
      formula: (t, v) => (item(t).formula = String(v)),
      visible: (t, v) => (item(t).visible = Boolean(v)),
    };
  }
  delete(): void {
    this.call(0, (t) => t.sheet.names.delete(t.name));
  }
}

/** Manual page breaks (ExcelApi 1.9), kept in SheetState.page as "rowBreaks": the rows (1-based) a page starts at. */
class PageBreaksP extends FakeObject<SheetState> {
  constructor(m: MockExcel, resolve: Resolver<SheetState>) {
    super(m, resolve, "PageBreakCollection");
  }
  /** Adds a break before the row of `address`; returns the PageBreak (its members are not modelled). */
  add(address: string): PageBreakP {
    this.call(jsonBytes(address), (s) => {
      const row = parseAddress(address).r0 + 1;
      const rows = (s.page.get("rowBreaks") as number[] | undefined) ?? [];
      s.page.set(
        "rowBreaks",
        [...rows.filter((r) => r !== row), row].sort((a, b) => a - b)
      );
    });
    return new PageBreakP(this.m, () => this.resolve());
  }
  removePageBreaks(): void {
    this.call(0, (s) => s.page.delete("rowBreaks"));
  }
}

class PageBreakP extends FakeObject<SheetState> {
  constructor(m: MockExcel, resolve: Resolver<SheetState>) {
    super(m, resolve, "PageBreak");
  }
}

/** Page layout and its header/footer parts, stored flat in SheetState.page under their paths. */
class PageLayoutP extends FakeObject<SheetState> {
  constructor(
    m: MockExcel,
    resolve: Resolver<SheetState>,
    kind: string,
    private readonly prefix: string
  ) {
    super(m, resolve, kind);
    const keys: Record<string, string[]> = {
      "": [
        "paperSize",
        "orientation",
        "printGridlines",
        "zoom",
        "topMargin",
        "bottomMargin",
        "leftMargin",
        "rightMargin",
        "headerMargin",
        "footerMargin",
      ],
      "headersFooters.": ["state"],
      "headersFooters.defaultForAllPages.": [
        "centerHeader",
        "leftHeader",
        "rightHeader",
        "centerFooter",
      ],
      "headersFooters.firstPage.": ["centerHeader", "leftHeader", "rightHeader", "centerFooter"],
    };
    for (const k of keys[prefix] ?? []) {
      this.readable[k] = (s) => s.page.get(prefix + k) ?? null;
      this.writable[k] = (s, v) => {
        if (s.protected) throw excelError("AccessDenied");
        s.page.set(prefix + k, v);
      };
    }
  }
  get headersFooters(): PageLayoutP {
    return this.child(
      "hf",
      () => new PageLayoutP(this.m, () => this.resolve(), "HeaderFooterGroup", "headersFooters.")
    );
  }
  get defaultForAllPages(): PageLayoutP {
    return this.child(
      "all",
      () =>
        new PageLayoutP(
          this.m,
          () => this.resolve(),
          "HeaderFooter",
          `${this.prefix}defaultForAllPages.`
        )
    );
  }
  get firstPage(): PageLayoutP {
    return this.child(
      "first",
      () =>
        new PageLayoutP(this.m, () => this.resolve(), "HeaderFooter", `${this.prefix}firstPage.`)
    );
  }
  setPrintTitleRows(rows: string): void {
    this.call(jsonBytes(rows), (s) => s.page.set("printTitleRows", rows));
  }
  setPrintArea(area: string): void {
    this.call(jsonBytes(area), (s) => s.page.set("printArea", area));
  }
}

function cellsOf<V>(t: RangeT, f: (r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.area.r0; r <= t.area.r1; r++) {
    const row: V[] = [];
    for (let c = t.area.c0; c <= t.area.c1; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

function formatAt(s: SheetState, r: number, c: number, path: string): unknown {
  for (let i = s.formats.length - 1; i >= 0; i--) {
    const f = s.formats[i];
    if (f.path === path && r >= f.area.r0 && r <= f.area.r1 && c >= f.area.c0 && c <= f.area.c1)
      return f.value;
  }
  return null;
}

function setFormat(m: MockExcel, t: RangeT, path: string, value: unknown): void {
  m.recordWrite(t, `format:${path}`);
  const s = t.sheet;
  s.formats = s.formats.flatMap((f) =>
    f.path === path ? subtract(f.area, t.area).map((area) => ({ ...f, area })) : [f]
  );
  s.formats.push({ area: t.area, path, value });
}

function clearFormats(s: SheetState, area: Area): void {
  s.formats = s.formats.flatMap((f) => subtract(f.area, area).map((a) => ({ ...f, area: a })));
}

function valueType(s: SheetState, r: number, c: number): string {
  const v = getCell(s, r, c);
  if (v === undefined) return "Empty";
  if (s.errors.has(`${r},${c}`)) return "Error";
  return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
}

class RangeP extends FakeObject<RangeT> {
  constructor(m: MockExcel, resolve: Resolver<RangeT>) {
    super(m, resolve, "Range");
    this.readable = {
      values: (t) => cellsOf(t, (r, c) => getCell(t.sheet, r, c) ?? ""),
      valueTypes: (t) => cellsOf(t, (r, c) => valueType(t.sheet, r, c)),
      text: (t) =>
        cellsOf(t, (r, c) => {
          const v = getCell(t.sheet, r, c);
          return v === undefined ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
        }),
      numberFormat: (t) =>
        cellsOf(t, (r, c) => formatAt(t.sheet, r, c, "numberFormat") ?? "General"),
      style: (t) => formatAt(t.sheet, t.area.r0, t.area.c0, "style") ?? "Normal",
      address: (t) => `${quoteSheet(t.sheet.name)}!${areaA1(t.area)}`,
      rowIndex: (t) => t.area.r0,
      columnIndex: (t) => t.area.c0,
      rowCount: (t) => t.area.r1 - t.area.r0 + 1,
      columnCount: (t) => t.area.c1 - t.area.c0 + 1,
    };
    this.writable = {
      values: (t, v) => {
        const rows = v as unknown[][];
        const height = t.area.r1 - t.area.r0 + 1;
        const width = t.area.c1 - t.area.c0 + 1;
        if (
          !Array.isArray(rows) ||
          rows.length !== height ||
          rows.some((r) => r.length !== width)
        ) {
          throw excelError("InvalidArgument");
        }
        m.recordWrite(t, "values");
        rows.forEach((row, i) =>
          row.forEach((x, j) => {
            const r = t.area.r0 + i;
            const c = t.area.c0 + j;
            const text = formatAt(t.sheet, r, c, "numberFormat") === "@";
            const { value, error } = enter(x as Scalar, text);
            setCell(t.sheet, r, c, value);
            if (error) t.sheet.errors.add(`${r},${c}`);
            else t.sheet.errors.delete(`${r},${c}`);
          })
        );
      },
      numberFormat: (t, v) => {
        const rows = Array.isArray(v) ? (v as unknown[][]) : null;
        if (
          rows &&
          (rows.length !== t.area.r1 - t.area.r0 + 1 ||
            rows.some((r) => r.length !== t.area.c1 - t.area.c0 + 1))
        ) {
          throw excelError("InvalidArgument");
        }
        setFormat(m, t, "numberFormat", rows ? rows[0][0] : v);
      },
      // Applying a cell style replaces the cells' formats with the style's (Normal: none of their own); conditional
      // formats are not part of a style and stay.
      style: (t, v) => {
        m.recordWrite(t, "style");
        clearFormats(t.sheet, t.area);
        if (v !== "Normal") setFormat(m, t, "style", v);
      },
      columnHidden: (t, v) => {
        m.recordWrite(t, "columnHidden");
        for (let c = t.area.c0; c <= t.area.c1; c++) {
          if (v) t.sheet.hiddenCols.add(c);
          else t.sheet.hiddenCols.delete(c);
        }
      },
      hyperlink: (t, v) => {
        m.recordWrite(t, "hyperlink");
        // Excel keeps at most 65,530 hyperlinks per worksheet.
        if (t.sheet.links.size >= MAX_LINKS && !t.sheet.links.has(areaA1(t.area))) {
          throw excelError("InvalidOperation");
        }
        t.sheet.links.set(areaA1(t.area), JSON.stringify(v));
      },
    };
  }
  get format(): RangeFormatP {
    return this.child("format", () => new RangeFormatP(this.m, () => this.resolve(), ""));
  }
  get conditionalFormats(): CfCollectionP {
    return this.child("cfs", () => new CfCollectionP(this.m, () => this.resolve()));
  }
  merge(): void {
    this.call(0, (t) => {
      this.m.recordWrite(t, "merge");
      t.sheet.merges.push(t.area);
    });
  }
  unmerge(): void {
    this.call(0, (t) => {
      this.m.recordWrite(t, "unmerge");
      t.sheet.merges = t.sheet.merges.filter((a) => !intersects(a, t.area));
    });
  }
  clear(applyTo: string = "All"): void {
    this.call(jsonBytes(applyTo), (t) => {
      this.m.recordWrite(t, `clear:${applyTo}`);
      const s = t.sheet;
      // As in Excel, clearing a filtered range leaves the rows the filter hides.
      const shown = (r: number) => !s.filterHidden.has(r);
      if (applyTo === "All" || applyTo === "Contents") {
        for (const [r, row] of [...s.cells]) {
          if (r < t.area.r0 || r > t.area.r1 || !shown(r)) continue;
          for (const c of [...row.keys()])
            if (c >= t.area.c0 && c <= t.area.c1) setCell(s, r, c, undefined);
        }
      }
      if (applyTo === "All" || applyTo === "Formats") {
        clearFormats(s, t.area);
        // Conditional formats go out of the cleared range: a rule inside it is deleted, one across it shrinks.
        s.cfs = s.cfs.flatMap((cf) => {
          if (!intersects(cf.area, t.area)) return [cf];
          const rest = subtract(cf.area, t.area);
          return rest.length === 0 ? [] : [{ ...cf, area: rest[0] }];
        });
      }
      if (applyTo === "All") {
        for (const key of [...s.links.keys()])
          if (inside(parseAddress(key), t.area)) s.links.delete(key);
      }
    });
  }
  /** Row `i` (0-based) of the range: Office.js writes large `values` in slices made of these. */
  getRow(i: number): RangeP {
    this.m.request += PATH;
    return new RangeP(this.m, () => {
      const t = this.derived();
      return { sheet: t.sheet, area: { ...t.area, r0: t.area.r0 + i, r1: t.area.r0 + i } };
    });
  }
  getBoundingRect(other: RangeP): RangeP {
    this.m.request += PATH;
    return new RangeP(this.m, () => {
      const a = this.derived();
      const b = other.derived();
      return {
        sheet: a.sheet,
        area: {
          r0: Math.min(a.area.r0, b.area.r0),
          c0: Math.min(a.area.c0, b.area.c0),
          r1: Math.max(a.area.r1, b.area.r1),
          c1: Math.max(a.area.c1, b.area.c1),
        },
      };
    });
  }
  getMergedAreasOrNullObject(): RangeAreasP {
    this.m.request += PATH;
    return new RangeAreasP(this.m, () => {
      const t = this.derived();
      // Excel returns the merged areas whose anchor (top-left cell) lies inside the range.
      const areas = t.sheet.merges.filter(
        (a) => a.r0 >= t.area.r0 && a.r0 <= t.area.r1 && a.c0 >= t.area.c0 && a.c0 <= t.area.c1
      );
      return areas.length > 0 ? { sheet: t.sheet, areas } : null;
    });
  }
  findAllOrNullObject(
    text: string,
    criteria: { completeMatch?: boolean; matchCase?: boolean }
  ): RangeAreasP {
    this.m.request += PATH + jsonBytes([text, criteria]);
    return new RangeAreasP(this.m, () => {
      const t = this.derived();
      const areas = findCells(t, text, criteria);
      return areas.length > 0 ? { sheet: t.sheet, areas } : null;
    });
  }
  findOrNullObject(
    text: string,
    criteria: { completeMatch?: boolean; matchCase?: boolean }
  ): RangeP {
    this.m.request += PATH + jsonBytes([text, criteria]);
    return new RangeP(this.m, () => {
      const t = this.derived();
      const first = findCells(t, text, criteria)[0];
      return first ? { sheet: t.sheet, area: first } : null;
    });
  }
}

/** The cells of a range whose value matches `text`, row by row (Excel's search order by rows). */
function findCells(
  t: RangeT,
  text: string,
  criteria: { completeMatch?: boolean; matchCase?: boolean }
): Area[] {
  const out: Area[] = [];
  const norm = (s: string): string => (criteria.matchCase ? s : s.toLocaleLowerCase());
  const want = norm(text);
  const rows = [...t.sheet.cells.keys()]
    .filter((r) => r >= t.area.r0 && r <= t.area.r1)
    .sort((a, b) => a - b);
  for (const r of rows) {
    const row = t.sheet.cells.get(r) as Map<number, Scalar>;
    const cols = [...row.keys()]
      .filter((c) => c >= t.area.c0 && c <= t.area.c1)
      .sort((a, b) => a - b);
    for (const c of cols) {
      const v = norm(String(row.get(c)));
      if (criteria.completeMatch ? v === want : v.includes(want)) {
        out.push({ r0: r, r1: r, c0: c, c1: c });
      }
    }
  }
  return out;
}

const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
const DATE_TEXT = new RegExp(
  `^\\s*(\\d{1,2}[\\s\\-/.]*(${MONTHS})[a-z]*([\\s\\-/.,]+\\d{2,4})?|(${MONTHS})[a-z]*[\\s\\-/.]+\\d{1,4}([\\s\\-/.,]+\\d{2,4})?|\\d{1,4}[/\\-.]\\d{1,2}([/\\-.]\\d{1,4})?)\\s*$`,
  "i"
);
const ERROR_TEXT = /^#(N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/**
 * What a cell holds after Office.js writes `x` into it, as Excel's entry parser decides (a small model of it): text
 * that reads as a number, percentage, date, time, boolean or error becomes one; a formula cannot be computed here and
 * becomes #NAME?. A text-formatted cell keeps the text as typed; a leading apostrophe marks text and is dropped.
 */
function enter(x: Scalar, textFormat: boolean): { value: Scalar; error: boolean } {
  if (typeof x !== "string" || textFormat || x === "") return { value: x, error: false };
  if (x.startsWith("'")) return { value: x.slice(1), error: false };
  if (ERROR_TEXT.test(x.trim())) return { value: x.trim().toUpperCase(), error: true };
  if (x.startsWith("=")) return { value: "#NAME?", error: true };
  if (/^\s*(true|false)\s*$/i.test(x)) return { value: /true/i.test(x), error: false };
  const num = /^\s*([-+]?)\s*[$€₫]?\s*(\d[\d,]*(\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(x);
  if (num) {
    const n = Number(num[2].replace(/,/g, "")) * (num[1] === "-" ? -1 : 1);
    return { value: num[4] ? n / 100 : n, error: false };
  }
  if (/^\s*\d{1,2}:\d{2}(:\d{2})?\s*$/.test(x)) {
    const [h, m, sec = "0"] = x.trim().split(":");
    return { value: (Number(h) * 3600 + Number(m) * 60 + Number(sec)) / 86400, error: false };
  }
  if (DATE_TEXT.test(x)) {
    const parsed = Date.parse(`${x.trim()} 2025`) || Date.parse(x.trim()) || Date.UTC(2025, 0, 1);
    return { value: Math.floor((parsed - Date.UTC(1899, 11, 30)) / 86400000), error: false };
  }
  return { value: x, error: false };
}

class RangeFormatP extends FakeObject<RangeT> {
  constructor(
    m: MockExcel,
    resolve: Resolver<RangeT>,
    private readonly prefix: string
  ) {
    super(m, resolve, prefix ? `Range.format.${prefix}` : "RangeFormat");
    const props: Record<string, string[]> = {
      "": ["horizontalAlignment", "verticalAlignment", "wrapText"],
      "font.": ["name", "size", "bold", "italic", "underline", "color"],
      "fill.": ["color"],
    };
    for (const k of props[prefix] ?? ["style", "weight", "color"]) {
      const path = `${prefix}${k}`;
      this.readable[k] = (t) => formatAt(t.sheet, t.area.r0, t.area.c0, path);
      this.writable[k] = (t, v) => setFormat(m, t, path, v);
    }
    if (prefix === "") {
      this.writable.columnWidth = (t, v) => {
        m.recordWrite(t, "columnWidth");
        for (let c = t.area.c0; c <= t.area.c1; c++) t.sheet.colWidths.set(c, Number(v));
      };
      this.writable.rowHeight = (t, v) => {
        m.recordWrite(t, "rowHeight");
        for (let r = t.area.r0; r <= t.area.r1; r++) t.sheet.rowHeights.set(r, Number(v));
      };
      this.writable.useStandardWidth = (t, v) => {
        m.recordWrite(t, "useStandardWidth");
        if (v)
          for (const c of [...t.sheet.colWidths.keys()])
            if (c >= t.area.c0 && c <= t.area.c1) t.sheet.colWidths.delete(c);
      };
      this.writable.useStandardHeight = (t, v) => {
        m.recordWrite(t, "useStandardHeight");
        if (v)
          for (const r of [...t.sheet.rowHeights.keys()])
            if (r >= t.area.r0 && r <= t.area.r1) t.sheet.rowHeights.delete(r);
      };
    }
  }
  get font(): RangeFormatP {
    return this.child("font", () => new RangeFormatP(this.m, () => this.resolve(), "font."));
  }
  get fill(): RangeFormatP {
    return this.child("fill", () => new RangeFormatP(this.m, () => this.resolve(), "fill."));
  }
  get borders(): { getItem(edge: string): RangeFormatP } {
    return {
      getItem: (edge: string) => new RangeFormatP(this.m, () => this.resolve(), `borders.${edge}.`),
    };
  }
}

class RangeAreasP extends FakeObject<{ sheet: SheetState; areas: Area[] }> {
  constructor(m: MockExcel, resolve: Resolver<{ sheet: SheetState; areas: Area[] }>) {
    super(m, resolve, "RangeAreas");
    this.readable = {
      areaCount: (t) => t.areas.length,
      address: (t) => t.areas.map((a) => `${quoteSheet(t.sheet.name)}!${areaA1(a)}`).join(","),
    };
  }
  get areas(): RangeListP {
    return this.child("areas", () => new RangeListP(this.m, () => this.derived()));
  }
}

class RangeListP extends FakeCollection<{ sheet: SheetState; areas: Area[] }, RangeP> {
  constructor(m: MockExcel, resolve: Resolver<{ sheet: SheetState; areas: Area[] }>) {
    super(m, resolve, "RangeCollection");
  }
  protected list(t: { sheet: SheetState; areas: Area[] }): RangeP[] {
    return t.areas.map((area) => new RangeP(this.m, () => ({ sheet: t.sheet, area })));
  }
  override loadNow(paths: string[][]): void {
    this.derived();
    super.loadNow(paths);
  }
}

class CfCollectionP extends FakeCollection<RangeT, CfP> {
  constructor(m: MockExcel, resolve: Resolver<RangeT>) {
    super(m, resolve, "ConditionalFormatCollection");
  }
  protected list(t: RangeT): CfP[] {
    return t.sheet.cfs
      .filter((cf) => intersects(cf.area, t.area))
      .map((cf) => this.item(t.sheet, cf.id));
  }
  /** ConditionalFormatCollection.getItem(id) (ExcelApi 1.6): a rule of the sheet by its id. */
  getItem(id: string): CfP {
    this.m.request += PATH;
    return new CfP(this.m, () => {
      const t = this.derived();
      const cf = t.sheet.cfs.find((x) => String(x.id) === String(id));
      if (!cf) throw excelError("ItemNotFound");
      return cf;
    });
  }
  private item(sheet: SheetState | null, id: number): CfP {
    return new CfP(this.m, () => {
      const s = sheet ?? this.resolve()?.sheet;
      return s?.cfs.find((cf) => cf.id === id) ?? null;
    });
  }
  add(type: string): CfP {
    const id = this.m.book.nextId++;
    this.call(jsonBytes(type) + CF_EXTRA, (t) => {
      this.m.recordWrite(t, "conditionalFormat");
      t.sheet.cfs.push({ id, area: t.area, type, formula: null, fill: null, font: null });
    });
    return this.item(null, id);
  }
}

class CfP extends FakeObject<CfRecord> {
  constructor(m: MockExcel, resolve: Resolver<CfRecord>) {
    super(m, resolve, "ConditionalFormat");
    this.readable = { type: (cf) => cf.type, id: (cf) => String(cf.id) };
  }
  get custom(): CustomCfP {
    return this.child("custom", () => new CustomCfP(this.m, () => this.resolve(), ""));
  }
  get customOrNullObject(): CustomCfP {
    return this.child(
      "customOrNull",
      () =>
        new CustomCfP(
          this.m,
          () => {
            const cf = this.resolve();
            return cf && cf.type === "Custom" ? cf : null;
          },
          ""
        )
    );
  }
  /** The range the rule applies to (ExcelApi 1.6). */
  getRange(): RangeP {
    this.m.request += PATH;
    return new RangeP(this.m, () => {
      const cf = this.derived();
      const sheet = this.m.book.sheets.find((x) => x.cfs.includes(cf));
      return sheet ? { sheet, area: cf.area } : null;
    });
  }
  delete(): void {
    this.m.enqueue(0, () => {
      const cf = this.target();
      for (const s of this.m.book.sheets) s.cfs = s.cfs.filter((x) => x !== cf);
    });
  }
}

/** custom, custom.rule, custom.format, custom.format.fill, custom.format.font of a conditional format. */
class CustomCfP extends FakeObject<CfRecord> {
  constructor(
    m: MockExcel,
    resolve: Resolver<CfRecord>,
    private readonly part: string
  ) {
    super(m, resolve, `CustomConditionalFormat${part}`);
    const field: Record<string, [string, "formula" | "fill" | "font"]> = {
      rule: ["formula", "formula"],
      fill: ["color", "fill"],
      font: ["color", "font"],
    };
    const f = field[part];
    if (f) {
      this.readable[f[0]] = (cf) => cf[f[1]];
      this.writable[f[0]] = (cf, v) => (cf[f[1]] = String(v));
    }
  }
  get rule(): CustomCfP {
    return this.child("rule", () => new CustomCfP(this.m, () => this.resolve(), "rule"));
  }
  get format(): CustomCfP {
    return this.child("format", () => new CustomCfP(this.m, () => this.resolve(), "format"));
  }
  get fill(): CustomCfP {
    return this.child("fill", () => new CustomCfP(this.m, () => this.resolve(), "fill"));
  }
  get font(): CustomCfP {
    return this.child("font", () => new CustomCfP(this.m, () => this.resolve(), "font"));
  }
}

/** A sheet from rows of values, values[0][0] at 1-based (top, left); `{error}` cells hold a formula error. */
export function sheetFromRows(
  name: string,
  rows: (Scalar | null | { error: string })[][],
  top = 1,
  left = 1
): SheetState {
  const s = newSheet(name);
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return;
      const r = top - 1 + i;
      const c = left - 1 + j;
      if (typeof v === "object") {
        setCell(s, r, c, v.error);
        s.errors.add(`${r},${c}`);
      } else setCell(s, r, c, v);
    })
  );
  return s;
}
