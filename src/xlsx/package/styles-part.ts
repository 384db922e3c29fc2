/**
 * xl/styles.xml, read as text and extended: the add-in's cell formats (xf) and conditional-format formats (dxf) are
 * appended after the office's, which keep their indices, so no office cell changes its look. Decisions: an entry the
 * same as one already in the file (written by an earlier run) is reused, so checking twice does not grow the file;
 * the plan's styles are layered in plan order from an unstyled cell, later ones winning property by property, and a
 * font without a name or size is Times New Roman 12; a date without a number format
 * takes built-in format 14 (the short date of the reader's locale).
 */
import { AppendTable } from "./append-table";
import type { CellStyle } from "../../core/render/plan";
import { xmlEscape, xmlUnescape } from "../workbook-xml";
import { insertInOrder, rootPrefix } from "./xml";

/** The administrative-document font of Nghị định 30/2020, for a style that names none. */
export const DEFAULT_FONT = "Times New Roman";
export const DEFAULT_SIZE = 12;

const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

const ITEM: Record<string, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
  dxfs: "dxf",
};

/** Excel's built-in number formats the plan may name (ECMA-376 §18.8.30). */
const BUILTIN: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "0%": 9, "@": 49 };

const MINIMAL =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

const argb = (rgb: string): string => `FF${rgb.replace(/^#/, "").toUpperCase()}`;

export class StylesPart {
  private readonly cols = new Map<string, AppendTable>();
  private readonly xfCache = new Map<string, number>();
  private nextNumFmt = 164;
  private readonly numFmtIds = new Map<string, number>();
  private readonly prefix: string;

  private constructor(private readonly xml: string) {
    this.prefix = rootPrefix(xml, "styleSheet");
    for (const [group, item] of Object.entries(ITEM)) {
      const body = this.groupBody(group);
      const p = this.prefix;
      const re = new RegExp(`<${p}${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${item}>)`, "g");
      const items = body === null ? [] : [...body.matchAll(re)].map((m) => m[0]);
      this.cols.set(group, new AppendTable(items.length, items));
      if (group === "numFmts") {
        for (const m of items) {
          const id = /numFmtId="(\d+)"/.exec(m);
          const code = /formatCode="([^"]*)"/.exec(m);
          if (!id) continue;
          this.nextNumFmt = Math.max(this.nextNumFmt, Number(id[1]) + 1);
          if (code) this.numFmtIds.set(xmlUnescape(code[1]), Number(id[1]));
        }
      }
    }
  }

  /** The file's styles part, or a minimal one when the file has none. */
  static parse(xml: string | undefined | null): StylesPart {
    return new StylesPart(xml && /<(\w+:)?styleSheet\b/.test(xml) ? xml : MINIMAL);
  }

  get changed(): boolean {
    return [...this.cols.values()].some((c) => c.added.length > 0);
  }

  private groupBody(group: string): string | null {
    const p = this.prefix;
    const m = new RegExp(`<${p}${group}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}${group}>)`).exec(
      this.xml
    );
    return m ? (m[1] ?? "") : null;
  }

  private col(group: string): AppendTable {
    return this.cols.get(group) as AppendTable;
  }

  /** The cellXfs index for the plan's styles layered in order; `date` for a cell holding a date. */
  xf(layers: CellStyle[], date = false): number {
    const key = JSON.stringify(layers) + (date ? "d" : "");
    const hit = this.xfCache.get(key);
    if (hit !== undefined) return hit;
    const s = layer(layers);
    const p = this.prefix;
    const font =
      `<${p}font>${s.bold ? `<${p}b/>` : ""}${s.italic ? `<${p}i/>` : ""}${s.underline ? `<${p}u/>` : ""}` +
      (s.color ? `<${p}color rgb="${argb(s.color)}"/>` : "") +
      `<${p}sz val="${s.fontSize ?? DEFAULT_SIZE}"/>` +
      `<${p}name val="${xmlEscape(s.fontName ?? DEFAULT_FONT)}"/></${p}font>`;
    const fontId = this.col("fonts").of(font);
    const fillId = s.fill
      ? this.col("fills").of(
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(s.fill)}"/>` +
            `</${p}patternFill></${p}fill>`
        )
      : 0;
    const thin = (side: string) =>
      `<${p}${side} style="thin"><${p}color rgb="FF000000"/></${p}${side}>`;
    const borderId = s.border
      ? this.col("borders").of(
          `<${p}border>${thin("left")}${thin("right")}${thin("top")}${thin("bottom")}<${p}diagonal/></${p}border>`
        )
      : 0;
    const numFmtId = s.numFmt ? this.numFmt(s.numFmt) : date ? 14 : 0;
    let attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) attrs += ' applyNumberFormat="1"';
    attrs += ' applyFont="1"';
    if (fillId) attrs += ' applyFill="1"';
    if (borderId) attrs += ' applyBorder="1"';
    let align = "";
    if (s.hAlign || s.vAlign || s.wrap) {
      attrs += ' applyAlignment="1"';
      align =
        `<${p}alignment` +
        (s.hAlign ? ` horizontal="${s.hAlign}"` : "") +
        (s.vAlign ? ` vertical="${s.vAlign === "middle" ? "center" : s.vAlign}"` : "") +
        (s.wrap ? ' wrapText="1"' : "") +
        "/>";
    }
    const xf = align ? `<${p}xf ${attrs}>${align}</${p}xf>` : `<${p}xf ${attrs}/>`;
    const id = this.col("cellXfs").of(xf);
    this.xfCache.set(key, id);
    return id;
  }

  private numFmt(code: string): number {
    if (code in BUILTIN) return BUILTIN[code];
    const known = this.numFmtIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.col("numFmts").of(
      `<${this.prefix}numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`
    );
    this.numFmtIds.set(code, id);
    return id;
  }

  /** The dxf index of a conditional format's fill and font colour (the fill colour is bgColor for a solid fill). */
  dxf(fill: string, fontColor: string): number {
    const p = this.prefix;
    return this.col("dxfs").of(
      `<${p}dxf><${p}font><${p}color rgb="${argb(fontColor)}"/></${p}font>` +
        `<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb(fill)}"/></${p}patternFill></${p}fill></${p}dxf>`
    );
  }

  toXml(): string {
    let xml = this.xml;
    const p = this.prefix;
    for (const [group, c] of this.cols) {
      if (!c.added.length) continue;
      const count = c.size;
      const open = new RegExp(`<${p}${group}\\b([^>]*?)(/?)>`);
      const m = open.exec(xml);
      if (!m) {
        const el = `<${p}${group} count="${count}">${c.added.join("")}</${p}${group}>`;
        xml = insertInOrder(xml, "styleSheet", ORDER, group, el, p);
        continue;
      }
      const attrs = /\bcount="\d+"/.test(m[1])
        ? m[1].replace(/\bcount="\d+"/, `count="${count}"`)
        : `${m[1]} count="${count}"`;
      if (m[2]) {
        xml =
          xml.slice(0, m.index) +
          `<${p}${group}${attrs}>${c.added.join("")}</${p}${group}>` +
          xml.slice(m.index + m[0].length);
      } else {
        const close = xml.indexOf(`</${p}${group}>`, m.index);
        xml =
          xml.slice(0, m.index) +
          `<${p}${group}${attrs}>` +
          xml.slice(m.index + m[0].length, close) +
          c.added.join("") +
          xml.slice(close);
      }
    }
    return xml;
  }
}

/** The plan's styles layered in order, later ones winning property by property. */
export function layer(layers: CellStyle[]): CellStyle {
  const out: CellStyle = {};
  for (const s of layers) {
    for (const [k, v] of Object.entries(s) as [keyof CellStyle, unknown][]) {
      if (v !== undefined) (out as Record<string, unknown>)[k] = v;
    }
  }
  return out;
}
