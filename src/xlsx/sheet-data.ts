/**
 * Cells of a plan (an add-in sheet, or the result block) written as <sheetData> XML directly: a model cell by cell
 * costs more than the office's whole workbook on a 30,000-finding review sheet (scale). The styled ranges are swept
 * into bands of rows that share one layout, so each distinct layering of styles is one style key; the package's
 * styles part (package/styles-part.ts) gives each key its cell format. Decisions: a cell's style is the plan's
 * StyledRanges covering it layered in plan order; a merged cell other than the merge's first keeps its style but
 * not its value; text goes into the workbook's shared-string table, or is written inline (which exceljs and Excel
 * read back as the same text) when the file has no table; characters XML 1.0 forbids are dropped.
 */
import { colLetter, parseA1 } from "../core/address";
import type { CellValue } from "../core/grid";
import type { OwnedSheetPlan } from "../core/render/plan";
import { displayText } from "./cells";
import { AppendTable } from "./package/append-table";

/** Rows top..bottom share one style layout: per column (index 0 = column 1), a style combination id (0: none). */
export interface StyleBand {
  top: number;
  bottom: number;
  combos: Int32Array;
}

export interface BulkSheet {
  plan: OwnedSheetPlan;
  bands: StyleBand[];
  /** Combination id → the plan style indices layered, in order (index 0 is the empty combination). */
  combos: number[][];
  /** The last row the plan writes anything in (0: none). */
  lastRow: number;
  /** Style keys the cells use: `${combo}`, or `${combo}d` for a date cell. */
  styleKeys: Set<string>;
  /** Rows with at least one cell to write, ascending. */
  rows: number[];
}

type Box = { top: number; left: number; bottom: number; right: number };

function box(range: string): Box | null {
  const [from, to] = range.split(":");
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Sweeps the styled ranges row-wise: between two range edges the set of ranges covering a row is constant. */
export function planBulkSheet(plan: OwnedSheetPlan): BulkSheet {
  const boxes = plan.styles.map((s) => box(s.range));
  let maxRow = plan.values.length;
  let maxCol = plan.values.reduce((m, r) => Math.max(m, r.length), 0);
  for (const b of boxes) {
    if (!b) continue;
    maxRow = Math.max(maxRow, b.bottom);
    maxCol = Math.max(maxCol, b.right);
  }
  for (const m of plan.merges) maxRow = Math.max(maxRow, m.bottom);
  for (const h of plan.rowHeights) maxRow = Math.max(maxRow, h.row);
  const edges = new Set<number>();
  boxes.forEach((b) => {
    if (b) edges.add(b.top).add(b.bottom + 1);
  });
  const sortedEdges = [...edges].sort((x, y) => x - y);
  const starting = new Map<number, number[]>();
  boxes.forEach((b, i) => {
    if (!b) return;
    const list = starting.get(b.top);
    if (list) list.push(i);
    else starting.set(b.top, [i]);
  });
  const comboIds = new Map<string, number>([["", 0]]);
  const combos: number[][] = [[]];
  const bands: StyleBand[] = [];
  let active: number[] = [];
  for (let e = 0; e < sortedEdges.length - 1; e++) {
    const top = sortedEdges[e];
    const bottom = sortedEdges[e + 1] - 1;
    active = active.filter((i) => (boxes[i] as Box).bottom >= top);
    const started = starting.get(top);
    if (started) active = active.concat(started).sort((x, y) => x - y);
    if (!active.length) continue;
    const perCol: number[][] = Array.from({ length: maxCol }, () => []);
    for (const i of active) {
      const b = boxes[i] as Box;
      for (let c = b.left; c <= b.right; c++) perCol[c - 1].push(i);
    }
    const ids = new Int32Array(maxCol);
    perCol.forEach((list, c) => {
      const key = list.join(",");
      let id = comboIds.get(key);
      if (id === undefined) {
        id = combos.length;
        comboIds.set(key, id);
        combos.push(list);
      }
      ids[c] = id;
    });
    bands.push({ top, bottom, combos: ids });
  }
  const bulk: BulkSheet = {
    plan,
    bands,
    combos,
    lastRow: maxRow,
    styleKeys: new Set(),
    rows: [],
  };
  const cells = new RowCells(bulk);
  for (let r = 1; r <= maxRow; r++) {
    let any = false;
    cells.each(r, (_c, v, combo) => {
      any = true;
      const key = v instanceof Date ? `${combo}d` : `${combo}`;
      if (key !== "0") bulk.styleKeys.add(key);
    });
    if (any) bulk.rows.push(r);
  }
  return bulk;
}

/**
 * The cells to write in a row, left to right: those with a value, a style or a link. Merged cells other than the
 * first give null. Rows are best asked for in ascending order (the band is then found without a search).
 */
class RowCells {
  readonly links: Map<number, string>;
  private readonly slaves: Set<number>;
  private readonly linkWidth: number;
  private band = 0;

  constructor(private readonly bulk: BulkSheet) {
    this.links = linkMap(bulk.plan);
    this.slaves = mergeSlaves(bulk.plan);
    let linkWidth = 0;
    for (const pos of this.links.keys()) linkWidth = Math.max(linkWidth, pos % 16384);
    this.linkWidth = linkWidth;
  }

  private bandOf(r: number): StyleBand | null {
    const bands = this.bulk.bands;
    if (this.band >= bands.length || bands[this.band].top > r) this.band = 0;
    while (this.band < bands.length && bands[this.band].bottom < r) this.band++;
    const band = bands[this.band];
    return band && band.top <= r ? band : null;
  }

  each(r: number, visit: (col: number, value: CellValue, combo: number) => void): void {
    const band = this.bandOf(r);
    const values = this.bulk.plan.values[r - 1] ?? [];
    const combos = band ? band.combos : null;
    const styled = combos ? combos.length : 0;
    const width = Math.max(values.length, styled, this.linkWidth);
    for (let c = 1; c <= width; c++) {
      const combo = combos && c <= styled ? combos[c - 1] : 0;
      let v = values[c - 1] ?? null;
      if (v !== null && this.slaves.has(r * 16384 + c)) v = null;
      if (v !== null || combo !== 0 || this.links.has(r * 16384 + c)) visit(c, v, combo);
    }
  }
}

function linkMap(plan: OwnedSheetPlan): Map<number, string> {
  const links = new Map<number, string>();
  for (const l of plan.links) {
    const at = parseA1(l.cell);
    if (at) links.set(at.row * 16384 + at.col, l.target);
  }
  return links;
}

function mergeSlaves(plan: OwnedSheetPlan): Set<number> {
  const out = new Set<number>();
  for (const m of plan.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r !== m.top || c !== m.left) out.add(r * 16384 + c);
      }
    }
  }
  return out;
}

const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text as element content: `"` needs no escape there (only in attributes), and leaving it spares bytes in every
 * HYPERLINK formula of the review sheet. */
export function xmlText(s: string): string {
  // Most text needs nothing: one test spares the replacements on 200,000 cells.
  if (!SPECIAL.test(s)) return s;
  return s
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Excel's serial number of a date, as exceljs writes it. */
function serial(d: Date, date1904: boolean): number {
  return 25569 + d.getTime() / 86400000 - (date1904 ? 1462 : 0);
}

/**
 * The text of the owned sheets added to the workbook's shared-string table (xl/sharedStrings.xml): the review sheet's
 * 200,000 text cells hold about a quarter as many distinct texts, so the sheet's XML and the file shrink.
 */
export class SharedStrings {
  private readonly table: AppendTable;
  private refs = 0;
  private constructor(
    unique: number,
    private readonly count: number
  ) {
    this.table = new AppendTable(unique);
  }

  /** The file's table, or null when it has none or one without its counts (text is then inline). */
  static after(sstXml: string | undefined): SharedStrings | null {
    const head = sstXml ? /<sst\b[^>]*>/.exec(sstXml) : null;
    const unique = head ? /\suniqueCount="(\d+)"/.exec(head[0]) : null;
    const count = head ? /\scount="(\d+)"/.exec(head[0]) : null;
    if (!unique || !count || !sstXml?.includes("</sst>")) return null;
    return new SharedStrings(Number(unique[1]), Number(count[1]));
  }

  /** Index of the (already escaped) text, added to the table if new. */
  of(escaped: string): number {
    this.refs++;
    return this.table.of(escaped);
  }

  /** Whether any cell was given a text of the table (else the file's table is left as it was). */
  get used(): boolean {
    return this.refs > 0;
  }

  /** The table with the added texts, as UTF-8. */
  appendTo(sstXml: string): Uint8Array {
    const texts = this.table.added;
    let added = 0;
    for (const t of texts) added += t.length + 16;
    const out = new Utf8Builder((sstXml.length + added) * 1.5);
    const end = sstXml.lastIndexOf("</sst>");
    out.add(
      sstXml
        .slice(0, end)
        .replace(/<sst\b[^>]*>/, (head) =>
          head
            .replace(/\suniqueCount="\d+"/, ` uniqueCount="${this.table.size}"`)
            .replace(/\scount="\d+"/, ` count="${this.count + this.refs}"`)
        )
    );
    // xml:space only where it matters (leading or trailing white space): most texts need none.
    // Three pieces rather than one joined string: joining makes a string the encoder must first copy flat.
    for (const t of texts) {
      out.add(/^\s|\s$/.test(t) ? '<si><t xml:space="preserve">' : "<si><t>");
      out.add(t);
      out.add("</t></si>");
    }
    out.add(sstXml.slice(end));
    return out.toBytes();
  }
}

/** Writes the <sheetData> element for the plan into `out`. */
export function writeSheetData(
  out: Utf8Builder,
  bulk: BulkSheet,
  styleOf: Map<string, number>,
  date1904: boolean,
  strings: SharedStrings | null
): void {
  const heights = new Map(bulk.plan.rowHeights.map((h) => [h.row, h.height]));
  const rows = [...new Set([...bulk.rows, ...heights.keys()])].sort((x, y) => x - y);
  const cells = new CellWriter(bulk, styleOf, date1904, strings);
  const withCells = new Set(bulk.rows);
  out.ascii("<sheetData>");
  for (const r of rows) {
    const h = heights.get(r);
    out.ascii(`<row r="${r}"${h !== undefined ? ` ht="${h}" customHeight="1"` : ""}>`);
    if (withCells.has(r)) cells.write(out, r);
    out.ascii("</row>");
  }
  out.ascii("</sheetData>");
}

/** A text as a string literal inside a formula. */
const quote = (t: string): string => `"${t.replace(/"/g, '""')}"`;

/** The markup of a cell, for a part written with namespace prefix `p` (usually none): whole pieces, so that a cell
 * is joined from as few strings as can be. */
function tags(p: string) {
  return {
    open: `<${p}c r="`,
    str: ` t="str"><${p}f>`,
    strValue: `</${p}f><${p}v>`,
    shared: ` t="s"><${p}v>`,
    number: `><${p}v>`,
    bool: ` t="b"><${p}v>`,
    error: ` t="e"><${p}v>`,
    end: `</${p}v></${p}c>`,
    inline: ` t="inlineStr"><${p}is><${p}t xml:space="preserve">`,
    inlineEnd: `</${p}t></${p}is></${p}c>`,
  };
}

/**
 * Writes a plan's cells into a part, row by row: each row's `<c>` elements, left to right, as one string encoded
 * into the part's buffer (measured against writing each piece: a row's string, short-lived, is the cheaper).
 */
export class CellWriter {
  private readonly cells: RowCells;
  private readonly letters: string[] = [];
  // Style ids by combination, looked up once rather than by a key string per cell.
  private readonly plainStyle: number[] = [];
  private readonly dateStyle: number[] = [];
  private prefix = "";
  private tag = tags("");

  constructor(
    private readonly bulk: BulkSheet,
    styleOf: Map<string, number>,
    private readonly date1904: boolean,
    private readonly strings: SharedStrings | null
  ) {
    this.cells = new RowCells(bulk);
    bulk.combos.forEach((_c, i) => {
      this.plainStyle[i] = styleOf.get(`${i}`) ?? 0;
      this.dateStyle[i] = styleOf.get(`${i}d`) ?? 0;
    });
  }

  /** Rows with cells, ascending. */
  get rows(): readonly number[] {
    return this.bulk.rows;
  }

  /** Writes row r's cells; `prefix` is the part's namespace prefix (`x:`) when it is written with one. */
  write(out: Utf8Builder, r: number, prefix = ""): void {
    if (prefix !== this.prefix) {
      this.prefix = prefix;
      this.tag = tags(prefix);
    }
    const { tag, strings, letters } = this;
    let line = "";
    this.cells.each(r, (c, v, combo) => {
      const s = v instanceof Date ? this.dateStyle[combo] : this.plainStyle[combo];
      const head = `${tag.open}${(letters[c] ??= colLetter(c))}${r}"${s ? ` s="${s}"` : ""}`;
      const target = this.cells.links.get(r * 16384 + c);
      if (target !== undefined) {
        const text = v === null ? target : (displayText(v) ?? "");
        const formula = `HYPERLINK(${quote(`#${target}`)},${quote(text)})`;
        line += `${head}${tag.str}${xmlText(formula)}${tag.strValue}${xmlText(text)}${tag.end}`;
      } else if (strings && typeof v === "string") {
        line += `${head}${tag.shared}${strings.of(xmlText(v))}${tag.end}`;
      } else line += head + this.value(v);
    });
    out.add(line);
  }

  private value(v: CellValue): string {
    const { tag } = this;
    if (v === null) return "/>";
    if (typeof v === "string") return `${tag.inline}${xmlText(v)}${tag.inlineEnd}`;
    if (typeof v === "number") return Number.isFinite(v) ? `${tag.number}${v}${tag.end}` : "/>";
    if (typeof v === "boolean") return `${tag.bool}${v ? 1 : 0}${tag.end}`;
    if (v instanceof Date) return `${tag.number}${serial(v, this.date1904)}${tag.end}`;
    return `${tag.error}${xmlText(v.error)}${tag.end}`;
  }
}

/**
 * UTF-8 text built from many pieces (rows of cells, slices of a part), encoded piece by piece into one buffer as it
 * is made. Joining a part's rows into one string first cost more than writing the review sheet itself (the row
 * strings are trees that each collection copies, then one flattening pass and one encoding pass), and a part of
 * 100 MB held as a two-byte string doubled the peak memory of a 50,000-row check (issue 7). The buffer starts at the
 * caller's estimate of the part's size: memory touched for the first time costs about 4 ms per MB on the build
 * machine (page faults), so every copy on growing, or a final concatenation, is paid again.
 */
export class Utf8Builder {
  private static readonly encoder = new TextEncoder();
  private buf: Uint8Array;
  private n = 0;

  constructor(estimate = 1 << 20) {
    this.buf = new Uint8Array(Math.max(1024, Math.ceil(estimate)));
  }

  private room(bytes: number): void {
    if (this.n + bytes <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.n + bytes));
    grown.set(this.buf.subarray(0, this.n));
    this.buf = grown;
  }

  add(piece: string): void {
    // UTF-8 takes at most three bytes per UTF-16 code unit; the cheap test first, the exact count when it is short.
    const most = this.n + piece.length * 3;
    if (most > this.buf.length) {
      const bytes = Utf8Builder.encoder.encode(piece);
      this.addBytes(bytes);
      return;
    }
    // The view ends where the piece can end: Node's encodeInto takes ten times as long into a view that runs on to
    // the end of a large buffer (measured: 30,000 rows, 61 ms against 6).
    this.n += Utf8Builder.encoder.encodeInto(piece, this.buf.subarray(this.n, most)).written;
  }

  /**
   * Text known to be ASCII (markup, numbers, cell references), copied in this thread: for short pieces, cheaper than
   * a call into the encoder.
   */
  ascii(piece: string): void {
    const length = piece.length;
    if (this.n + length > this.buf.length) this.room(length);
    const buf = this.buf;
    let n = this.n;
    for (let i = 0; i < length; i++) buf[n++] = piece.charCodeAt(i);
    this.n = n;
  }

  /** Bytes already encoded. */
  addBytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buf.set(bytes, this.n);
    this.n += bytes.length;
  }

  get length(): number {
    return this.n;
  }

  /** Replaces bytes already written at `at` with ASCII `text` of the same length or shorter. */
  overwrite(at: number, text: string): void {
    if (at + text.length > this.n) throw new Error("overwrite past the end of the text");
    Utf8Builder.encoder.encodeInto(text, this.buf.subarray(at, at + text.length));
  }

  /** The text so far (a view of the builder's buffer: no copy). */
  toBytes(): Uint8Array {
    return this.buf.subarray(0, this.n);
  }
}
