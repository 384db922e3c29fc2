/**
 * Edits an office worksheet's XML where the add-in may write (spec/workbook.md items 1–2): the result block's cells,
 * its column settings and header merges, the add-in's conditional-format rules and its AutoFilter. Everything else
 * of the part — every office cell, row, rule, drawing reference, extension — is kept as the text it was.
 * Decisions: cells inside the block's columns that hold no value (formatting left by the office right of its table)
 * give way to the block, as they would in Excel when the add-in writes there; a row the add-in edits loses its
 * optional `spans` hint rather than carrying a wrong one; column settings of the block's columns other than width
 * and hidden (a style on a whole-sheet column range) are kept.
 * A part the writer cannot edit safely is refused with an UnsafeSheetError before anything is written: no
 * `sheetData`, a top-level element the schema's sequence does not place (an `mc:AlternateContent` is placed by the
 * element its first choice holds, as Excel writes form controls and embedded objects), elements already out of
 * the schema's order, or rows out of order. Inserting into such a part could put the add-in's elements where
 * Excel refuses them.
 */
import { colLetter, colNumber } from "../../core/address";
import type { MergeArea } from "../../core/grid";
import { referencedCols, type BlockCols } from "../block";
import { Utf8Builder } from "../sheet-data";
import { xmlEscape } from "../workbook-xml";
import type { Msg } from "../../core/records";
import { children, rootPrefix, withPrefix, type Child } from "./xml";

/** Why the writer will not edit a worksheet part (messages.ts `xlsx.unsafe.*`). */
export class UnsafeSheetError extends Error {
  constructor(readonly why: Msg) {
    super(`unsafe worksheet part: ${why.key} ${JSON.stringify(why.params ?? {})}`);
    this.name = "UnsafeSheetError";
  }
}

/** CT_Worksheet's sequence (ECMA-376 Part 1, §18.3.1.99). */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export interface SheetPatch {
  /** Columns of an older block: their cells, merges, column settings and the add-in's rules go. */
  clear: BlockCols | null;
  /** Columns the new block occupies (null when only clearing). */
  span: BlockCols | null;
  /** The new block's cells, all inside `span` (null when only clearing). */
  cells: BlockCells | null;
  merges: MergeArea[];
  cols: { col: number; width?: number; hidden?: boolean }[];
  rules: { sqref: string; formula: string; dxfId: number }[];
  /** Remove the sheet's AutoFilter (it was the add-in's). */
  removeFilter: boolean;
  /** Set this AutoFilter range. */
  setFilter: string | null;
}

/** Cells written into the part row by row (sheet-data.ts CellWriter). */
export interface BlockCells {
  /** Rows with cells, ascending. */
  readonly rows: readonly number[];
  /** Writes row r's `<c>` elements, left to right, with the part's namespace prefix. */
  write(out: Utf8Builder, row: number, prefix: string): void;
}

type Range = [number, number];

interface Edit {
  start: number;
  end: number;
  /** Text, or a writer of it (the rows, written straight into the part). */
  text: string | ((out: Utf8Builder) => void);
  /** Schema rank of the element written, so that insertions at one place keep the schema's order. */
  rank: number;
}

const rankOf = (name: string) => WORKSHEET_ORDER.indexOf(name);

/** A top-level child's place in the sequence: an `mc:AlternateContent` takes the place of its first choice's element. */
function childRank(xml: string, k: Child): number {
  if (k.name !== "AlternateContent") return rankOf(k.name);
  const inner = /<(?:[\w.-]+:)?Choice\b[^>]*>\s*<(?:[\w.-]+:)?([\w.-]+)/.exec(
    xml.slice(k.start, k.end)
  );
  return inner ? rankOf(inner[1]) : -1;
}

/** The part's top-level children with their ranks, or an UnsafeSheetError when the writer cannot place its own. */
export function worksheetChildren(xml: string): (Child & { rank: number })[] {
  const kids = children(xml, "worksheet").map((k) => ({ ...k, rank: childRank(xml, k) }));
  if (kids.filter((k) => k.name === "sheetData").length !== 1)
    throw new UnsafeSheetError({ key: "xlsx.unsafe.noSheetData" });
  let prev: (typeof kids)[number] | null = null;
  for (const k of kids) {
    if (k.rank < 0)
      throw new UnsafeSheetError({ key: "xlsx.unsafe.element", params: { element: k.name } });
    if (prev && k.rank < prev.rank)
      throw new UnsafeSheetError({
        key: "xlsx.unsafe.order",
        params: { element: k.name, before: prev.name },
      });
    prev = k;
  }
  return kids;
}

/** The patched part, as UTF-8. Throws an UnsafeSheetError, having written nothing, for a part it cannot edit safely. */
export function patchWorksheet(xml: string, p: SheetPatch): Uint8Array {
  const prefix = rootPrefix(xml, "worksheet");
  const drop: Range[] = [];
  if (p.clear) drop.push([p.clear.first, p.clear.last]);
  if (p.span) drop.push([p.span.first, p.span.last]);
  // One pass over the part's top level; every edit refers to these offsets and is applied at the end.
  const kids = worksheetChildren(xml);
  const close = xml.lastIndexOf(`</${prefix}worksheet>`);
  const edits: Edit[] = [];
  const find = (name: string) => kids.filter((k) => k.name === name);
  const insert = (name: string, text: string) => {
    const r = rankOf(name);
    const later = kids.find((k) => k.rank > r);
    edits.push({
      start: later ? later.start : close,
      end: later ? later.start : close,
      text,
      rank: r,
    });
  };
  const replace = (k: Child & { rank: number }, text: string | ((out: Utf8Builder) => void)) =>
    edits.push({ start: k.start, end: k.end, text, rank: k.rank });

  // Conditional formats: the add-in's (every rule reads an older block's column) go; new ones come after the rest,
  // their priorities after the office's so that its own formats keep precedence.
  const removedCf = new Set<Child & { rank: number }>();
  if (p.clear) {
    for (const k of find("conditionalFormatting")) {
      if (isAddinFormat(xml.slice(k.start, k.end), p.clear)) removedCf.add(k);
    }
  }
  for (const k of removedCf) replace(k, "");
  let base = 0;
  for (const k of kids) {
    if (k.name === "sheetData" || removedCf.has(k)) continue;
    for (const m of xml.slice(k.start, k.end).matchAll(/\bpriority="(\d+)"/g)) {
      base = Math.max(base, Number(m[1]));
    }
  }
  if (p.rules.length) {
    const el = p.rules
      .map(
        (r, i) =>
          `<conditionalFormatting sqref="${r.sqref}"><cfRule type="expression" dxfId="${r.dxfId}" ` +
          `priority="${base + i + 1}"><formula>${xmlEscape(r.formula)}</formula></cfRule></conditionalFormatting>`
      )
      .join("");
    insert("conditionalFormatting", withPrefix(el, prefix));
  }

  // Merges.
  const mc = find("mergeCells")[0];
  const refs = mc
    ? [
        ...xml
          .slice(mc.start, mc.end)
          .matchAll(/<(?:\w+:)?mergeCell\b[^>]*?ref="([^"]+)"[^>]*\/>/g),
      ].map((m) => m[1])
    : [];
  const keptRefs = refs.filter((ref) => {
    const [a, b] = ref.split(":");
    const l = colNumber(a.replace(/[$\d]+/g, ""));
    const r = colNumber((b ?? a).replace(/[$\d]+/g, ""));
    return !drop.some(([x, y]) => r >= x && l <= y);
  });
  const newRefs = keptRefs.concat(
    p.merges.map((m) => `${colLetter(m.left)}${m.top}:${colLetter(m.right)}${m.bottom}`)
  );
  const mergesXml = newRefs.length
    ? withPrefix(
        `<mergeCells count="${newRefs.length}">${newRefs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`,
        prefix
      )
    : "";
  if (mc) {
    if (keptRefs.length !== refs.length || p.merges.length) replace(mc, mergesXml);
  } else if (mergesXml) insert("mergeCells", mergesXml);

  // AutoFilter.
  const af = find("autoFilter")[0];
  const filterXml = p.setFilter ? withPrefix(`<autoFilter ref="${p.setFilter}"/>`, prefix) : "";
  if (af && (p.removeFilter || p.setFilter)) replace(af, filterXml);
  else if (!af && filterXml) insert("autoFilter", filterXml);

  // Cells: written straight into the part's buffer when the edits are applied (below).
  const sd = find("sheetData")[0];
  let maxCol = 0;
  let maxRow = 0;
  if (sd) {
    const whole = xml.slice(sd.start, sd.end);
    const open = /^<[^>]*?(\/?)>/.exec(whole) as RegExpExecArray;
    const inner = open[1] ? "" : whole.slice(open[0].length, whole.lastIndexOf("</"));
    replace(sd, (out) => {
      out.add(`<${prefix}sheetData>`);
      ({ maxCol, maxRow } = patchRows(out, inner, prefix, drop, p.span, p.cells));
      out.add(`</${prefix}sheetData>`);
    });
  }

  // Column settings.
  const colsEl = find("cols")[0];
  const colsXml = patchCols(
    colsEl ? xml.slice(colsEl.start, colsEl.end) : "",
    drop,
    p.cols,
    prefix
  );
  if (colsEl) replace(colsEl, colsXml);
  else if (colsXml) insert("cols", colsXml);

  // Dimension: the bounding box of the cells now in the part. It comes before the cells, which are counted as they
  // are written: a placeholder wide enough for any reference is written, then filled in (the padding is white space
  // inside the tag, which XML allows).
  const dim = find("dimension")[0];
  let dimAt = -1;
  let dimensionText = (): string => "";
  if (dim && sd) {
    const old = /ref="([^"]*)"/.exec(xml.slice(dim.start, dim.end))?.[1] ?? "A1";
    const from = old.split(":")[0];
    const topLeft = /^[A-Z]+\d+$/.test(from) ? from : "A1";
    replace(dim, (out) => {
      dimAt = out.length;
      out.add(" ".repeat(DIMENSION_WIDTH));
    });
    dimensionText = () =>
      maxRow > 0
        ? withPrefix(
            `<dimension ref="${topLeft}:${colLetter(Math.max(1, maxCol))}${maxRow}"`,
            prefix
          )
        : xml.slice(dim.start, dim.end).replace(/\/?>$/, "");
  }

  edits.sort((x, y) => x.start - y.start || x.rank - y.rank);
  // Room for the part and about 400 bytes of block per row: growing the buffer copies it.
  const out = new Utf8Builder(xml.length * 1.1 + (p.cells?.rows.length ?? 0) * 400 + 65536);
  let pos = 0;
  for (const e of edits) {
    out.add(xml.slice(pos, e.start));
    if (typeof e.text === "string") out.add(e.text);
    else e.text(out);
    pos = e.end;
  }
  out.add(xml.slice(pos));
  if (dimAt >= 0) {
    const tag = dimensionText();
    out.overwrite(dimAt, tag + " ".repeat(DIMENSION_WIDTH - tag.length - 2) + "/>");
  }
  return out.toBytes();
}

/** Room for `<x:dimension ref="XFD1048576:XFD1048576"/>` and then some. */
const DIMENSION_WIDTH = 64;

/** A conditional format is the add-in's when each of its rules has a formula reading a column of the block. */
function isAddinFormat(el: string, cols: BlockCols): boolean {
  const rules = [...el.matchAll(/<(?:\w+:)?cfRule\b[\s\S]*?(?:\/>|<\/(?:\w+:)?cfRule>)/g)].map(
    (m) => m[0]
  );
  return (
    rules.length > 0 &&
    rules.every((r) =>
      [...r.matchAll(/<(?:\w+:)?formula>([\s\S]*?)<\/(?:\w+:)?formula>/g)].some((f) =>
        referencedCols(f[1].replace(/&quot;/g, '"').replace(/&amp;/g, "&")).some(
          (c) => c >= cols.first && c <= cols.last
        )
      )
    )
  );
}

const CELL_REF = /\br="([A-Z]+)(\d+)"/;

function patchRows(
  out: Utf8Builder,
  inner: string,
  prefix: string,
  drop: Range[],
  span: BlockCols | null,
  cells: BlockCells | null
): { maxCol: number; maxRow: number } {
  const dropMin = drop.length ? Math.min(...drop.map((d) => d[0])) : Infinity;
  const inDrop = (c: number) => drop.some(([a, b]) => c >= a && c <= b);
  const newRows = cells ? cells.rows : [];
  // Cells right of the block (formatting the office left there) keep their place after it.
  const spanLast = span ? span.last : 0;
  const rowTag = `${prefix}row`;
  let next = 0;
  let maxCol = 0;
  let maxRow = 0;
  const emitNewBefore = (r: number) => {
    for (; next < newRows.length && newRows[next] < r; next++) {
      const n = newRows[next];
      out.ascii(`<${rowTag} r="${n}">`);
      cells?.write(out, n, prefix);
      out.ascii(`</${rowTag}>`);
      maxRow = Math.max(maxRow, n);
      maxCol = Math.max(maxCol, spanLast);
    }
  };
  const rowRe = new RegExp(`<${prefix}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${prefix}row>)`, "g");
  const cellRe = new RegExp(`<${prefix}c\\b([^>]*?)(?:/>|>[\\s\\S]*?</${prefix}c>)`, "g");
  let last = 0;
  let implicitRow = 0;
  for (const m of inner.matchAll(rowRe)) {
    if (m.index > last) out.add(inner.slice(last, m.index));
    last = m.index + m[0].length;
    const rAttr = /\br="(\d+)"/.exec(m[1]);
    const r = rAttr ? Number(rAttr[1]) : implicitRow + 1;
    // The block's rows are merged in by number: rows out of order would give two rows of one number.
    if (r <= implicitRow)
      throw new UnsafeSheetError({
        key: "xlsx.unsafe.rowOrder",
        params: { row: r, before: implicitRow },
      });
    implicitRow = r;
    emitNewBefore(r);
    const body = m[2] ?? "";
    const mine = cells !== null && newRows[next] === r;
    if (mine) next++;
    // Most rows end left of every column the add-in writes: found from the last cell's reference alone.
    const lastCell = body.lastIndexOf(`<${prefix}c `);
    const lastRef = lastCell >= 0 ? CELL_REF.exec(body.slice(lastCell, lastCell + 40)) : null;
    const lastCol = lastRef ? colNumber(lastRef[1]) : body ? Infinity : 0;
    if (!mine && lastCol < dropMin) {
      out.add(m[0]);
      if (body) {
        maxCol = Math.max(maxCol, lastCol);
        maxRow = Math.max(maxRow, r);
      }
      continue;
    }
    const attrs = m[1].replace(/\s+spans="[^"]*"/, "");
    if (lastCol < dropMin) {
      // Every office cell of the row is left of the block: the row as it was, then the block's cells.
      out.add(`<${rowTag}${attrs}>`);
      if (body) out.add(body);
      cells?.write(out, r, prefix);
      out.ascii(`</${rowTag}>`);
      if (body) maxCol = Math.max(maxCol, lastCol);
      maxCol = Math.max(maxCol, spanLast);
      maxRow = Math.max(maxRow, r);
      continue;
    }
    const left: string[] = [];
    const right: string[] = [];
    let c = 0;
    for (const cm of body.matchAll(cellRe)) {
      const ref = CELL_REF.exec(cm[1]);
      c = ref ? colNumber(ref[1]) : c + 1;
      if (inDrop(c)) continue;
      (span && c > spanLast ? right : left).push(cm[0]);
      maxCol = Math.max(maxCol, c);
    }
    if (mine) maxCol = Math.max(maxCol, spanLast);
    if (left.length || right.length || mine) maxRow = Math.max(maxRow, r);
    if (!left.length && !right.length && !mine && m[2] === undefined) {
      out.add(`<${rowTag}${attrs}/>`);
      continue;
    }
    out.add(`<${rowTag}${attrs}>`);
    for (const x of left) out.add(x);
    if (mine) cells?.write(out, r, prefix);
    for (const x of right) out.add(x);
    out.ascii(`</${rowTag}>`);
  }
  if (last < inner.length) out.add(inner.slice(last));
  emitNewBefore(Infinity);
  return { maxCol, maxRow };
}

/**
 * The <cols> element with the block's columns set: ranges covering them are split, the block's columns lose any
 * width and hidden flag they had and take the plan's; ranges left with nothing to say are dropped, and equal
 * neighbours are joined again.
 */
function patchCols(
  el: string,
  drop: Range[],
  set: { col: number; width?: number; hidden?: boolean }[],
  prefix: string
): string {
  type Col = { min: number; max: number; attrs: Record<string, string> };
  const cols: Col[] = [];
  for (const m of el.matchAll(/<(?:\w+:)?col\b([^>]*?)\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/([\w:]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
    const min = Number(attrs.min);
    const max = Number(attrs.max);
    delete attrs.min;
    delete attrs.max;
    if (min >= 1 && max >= min) cols.push({ min, max, attrs });
  }
  const touched = new Set<number>();
  for (const [a, b] of drop) for (let c = a; c <= b; c++) touched.add(c);
  for (const s of set) touched.add(s.col);
  if (!touched.size) return el;
  const bySet = new Map(set.map((s) => [s.col, s]));
  const pieces: Col[] = [];
  const SIZE = new Set(["width", "customWidth", "hidden", "bestFit"]);
  const plain = (attrs: Record<string, string>) =>
    Object.fromEntries(Object.entries(attrs).filter(([k]) => !SIZE.has(k)));
  const covered = new Set<number>();
  for (const col of cols) {
    let start = col.min;
    for (let c = col.min; c <= col.max + 1; c++) {
      const cut = c > col.max || touched.has(c);
      if (cut && c > start) pieces.push({ min: start, max: c - 1, attrs: col.attrs });
      if (c <= col.max && touched.has(c)) {
        pieces.push({ min: c, max: c, attrs: plain(col.attrs) });
        covered.add(c);
        start = c + 1;
      } else if (cut) start = c + 1;
      // A range over the rest of the sheet has no touched column past the last one: jump to its end.
      if (!cut && c > Math.max(...touched)) {
        pieces.push({ min: start, max: col.max, attrs: col.attrs });
        break;
      }
    }
  }
  for (const c of touched) if (!covered.has(c)) pieces.push({ min: c, max: c, attrs: {} });
  for (const piece of pieces) {
    const s = piece.min === piece.max ? bySet.get(piece.min) : undefined;
    if (!s) continue;
    piece.attrs = { ...piece.attrs };
    if (s.width !== undefined) {
      piece.attrs.width = String(s.width);
      piece.attrs.customWidth = "1";
    }
    if (s.hidden) piece.attrs.hidden = "1";
  }
  const kept = pieces.filter((x) => Object.keys(x.attrs).length > 0).sort((a, b) => a.min - b.min);
  const joined: Col[] = [];
  for (const x of kept) {
    const prev = joined[joined.length - 1];
    if (prev && prev.max + 1 === x.min && same(prev.attrs, x.attrs)) prev.max = x.max;
    else joined.push({ ...x });
  }
  if (!joined.length) return "";
  const body = joined
    .map(
      (x) =>
        `<col min="${x.min}" max="${x.max}"${Object.entries(x.attrs)
          .map(([k, v]) => ` ${k}="${v}"`)
          .join("")}/>`
    )
    .join("");
  return withPrefix(`<cols>${body}</cols>`, prefix);
}

function same(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
