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
  };
  eachCell(bulk, linkMap(plan), (_r, _c, v, combo) => {
    const key = v instanceof Date ? `${combo}d` : `${combo}`;
    if (key !== "0") bulk.styleKeys.add(key);
  });
  return bulk;
}

/**
 * Every cell to write, row by row and left to right: those with a value, a style or a link. Merged cells other
 * than the first give null.
 */
function eachCell(
  bulk: BulkSheet,
  links: Map<number, string>,
  visit: (row: number, col: number, value: CellValue, combo: number) => void
): void {
  const { plan, bands } = bulk;
  const slaves = mergeSlaves(plan);
  let linkWidth = 0;
  for (const pos of links.keys()) linkWidth = Math.max(linkWidth, pos % 16384);
  const lastRow = bulk.lastRow;
  let b = 0;
  for (let r = 1; r <= lastRow; r++) {
    while (b < bands.length && bands[b].bottom < r) b++;
    const band = b < bands.length && bands[b].top <= r ? bands[b] : null;
    const values = plan.values[r - 1] ?? [];
    const width = Math.max(values.length, band ? band.combos.length : 0, linkWidth);
    for (let c = 1; c <= width; c++) {
      const combo = band && c <= band.combos.length ? band.combos[c - 1] : 0;
      let v = values[c - 1] ?? null;
      if (v !== null && slaves.has(r * 16384 + c)) v = null;
      if (v !== null || combo !== 0 || links.has(r * 16384 + c)) visit(r, c, v, combo);
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
 * The <sheetData> element for the plan. `styleOf` gives the cell format of each style key.
 */
/**
 * The text of the owned sheets added to the workbook's shared-string table (xl/sharedStrings.xml): the review sheet's
 * 200,000 text cells hold about a quarter as many distinct texts, so the sheet's XML and the file shrink.
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  private refs = 0;
  private constructor(
    private readonly unique: number,
    private readonly count: number
  ) {}

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
    let i = this.index.get(escaped);
    if (i === undefined) {
      i = this.unique + this.added.length;
      this.index.set(escaped, i);
      this.added.push(escaped);
    }
    return i;
  }

  /** Whether any cell was given a text of the table (else the file's table is left as it was). */
  get used(): boolean {
    return this.refs > 0;
  }

  /** The table with the added texts, as UTF-8. */
  appendTo(sstXml: string): Uint8Array {
    let added = 0;
    for (const t of this.added) added += t.length + 16;
    const out = new Utf8Builder((sstXml.length + added) * 1.5);
    const end = sstXml.lastIndexOf("</sst>");
    out.add(
      sstXml
        .slice(0, end)
        .replace(/<sst\b[^>]*>/, (head) =>
          head
            .replace(/\suniqueCount="\d+"/, ` uniqueCount="${this.unique + this.added.length}"`)
            .replace(/\scount="\d+"/, ` count="${this.count + this.refs}"`)
        )
    );
    // xml:space only where it matters (leading or trailing white space): most texts need none.
    for (const t of this.added) {
      out.add(
        /^\s|\s$/.test(t) ? `<si><t xml:space="preserve">${t}</t></si>` : `<si><t>${t}</t></si>`
      );
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
  const heightRows = [...heights.keys()].sort((x, y) => x - y);
  const open = (r: number) => {
    const h = heights.get(r);
    return `<row r="${r}"${h !== undefined ? ` ht="${h}" customHeight="1"` : ""}>`;
  };
  out.add("<sheetData>");
  let h = 0;
  // Rows with a height but no cells, up to (not including) row r.
  const emptyRowsBefore = (r: number) => {
    for (; h < heightRows.length && heightRows[h] < r; h++) out.add(open(heightRows[h]) + "</row>");
    if (heightRows[h] === r) h++;
  };
  eachRowCells(bulk, styleOf, date1904, strings, (r, cells) => {
    emptyRowsBefore(r);
    out.add(open(r) + cells + "</row>");
  });
  emptyRowsBefore(Infinity);
  out.add("</sheetData>");
}

/** A text as a string literal inside a formula. */
const quote = (t: string): string => `"${t.replace(/"/g, '""')}"`;

/** The plan's cells row by row: each row's `<c>` elements, left to right (rows without cells are skipped). */
export function eachRowCells(
  bulk: BulkSheet,
  styleOf: Map<string, number>,
  date1904: boolean,
  strings: SharedStrings | null,
  emit: (row: number, cells: string) => void
): void {
  const links = linkMap(bulk.plan);
  const letters: string[] = [];
  // Style ids by combination, looked up once rather than by a key string per cell.
  const plainStyle: number[] = [];
  const dateStyle: number[] = [];
  bulk.combos.forEach((_c, i) => {
    plainStyle[i] = styleOf.get(`${i}`) ?? 0;
    dateStyle[i] = styleOf.get(`${i}d`) ?? 0;
  });
  let row = 0;
  let line = "";
  eachCell(bulk, links, (r, c, v, combo) => {
    if (r !== row) {
      if (row) emit(row, line);
      row = r;
      line = "";
    }
    const letter = (letters[c] ??= colLetter(c));
    const s = v instanceof Date ? dateStyle[combo] : plainStyle[combo];
    const head = `<c r="${letter}${r}"${s ? ` s="${s}"` : ""}`;
    const target = links.get(r * 16384 + c);
    if (target !== undefined) {
      const text = v === null ? target : (displayText(v) ?? "");
      const formula = `HYPERLINK(${quote(`#${target}`)},${quote(text)})`;
      line += `${head} t="str"><f>${xmlText(formula)}</f><v>${xmlText(text)}</v></c>`;
    } else if (strings && typeof v === "string") {
      line += `${head} t="s"><v>${strings.of(xmlText(v))}</v></c>`;
    } else line += head + valueXml(v, date1904);
  });
  if (row) emit(row, line);
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
    if (this.n + piece.length * 3 > this.buf.length) {
      const bytes = Utf8Builder.encoder.encode(piece);
      this.addBytes(bytes);
      return;
    }
    this.n += Utf8Builder.encoder.encodeInto(piece, this.buf.subarray(this.n)).written;
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

function valueXml(v: CellValue, date1904: boolean): string {
  if (v === null) return "/>";
  if (typeof v === "string") {
    return ` t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
  }
  if (typeof v === "number") return Number.isFinite(v) ? `><v>${v}</v></c>` : "/>";
  if (typeof v === "boolean") return ` t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v instanceof Date) return `><v>${serial(v, date1904)}</v></c>`;
  return ` t="e"><v>${xmlText(v.error)}</v></c>`;
}
