/**
 * The .xlsx package edited in place: the parts the add-in writes are replaced or added, and every other part goes
 * back into the zip with the contents it had (charts, pivot tables, macros, drawings, extensions the office keeps).
 * Decisions: new sheets go after the last sheet, as parts `xl/worksheets/sheetN.xml` with the first free N; a sheet
 * rewritten in place keeps its part, position and id; removing a sheet removes its part, its relationships part,
 * its content type, its entries in the calculation chain and the names scoped to it; the active tab stays on the
 * sheet it was on (the first sheet when that one is removed). docProps/app.xml, a cache of sheet titles that Excel
 * rewrites on save, is left as it was.
 */
import { SharedStrings } from "../sheet-data";
import {
  parseAttributes,
  parseDefinedNames,
  renderDefinedNames,
  replaceDefinedNames,
  resolvePath,
  xmlEscape,
  type DefinedNameEntry,
} from "../workbook-xml";
import { StylesPart } from "./styles-part";
import type { ZipIn } from "../zip-in";
import { rootPrefix } from "./xml";
import { written, zipParts, type Deflater, type Written } from "./zip-out";

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_REL = `${REL_NS}/worksheet`;
const STYLES_REL = `${REL_NS}/styles`;
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

interface SheetRec {
  name: string;
  sheetId: number;
  rId: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Package path, e.g. xl/worksheets/sheet1.xml. */
  target: string;
  /** The <sheet> element as read, or null for one written in this run. */
  element: string | null;
}

/** A part of the package: carried from the office's file, or written in this run. */
type Part = { carried: true } | { written: Written };

interface Rel {
  id: string;
  type: string;
  target: string;
  element: string;
}

export class PackageEdit {
  readonly styles: StylesPart;
  readonly strings: SharedStrings | null;
  readonly date1904: boolean;
  names: DefinedNameEntry[];
  private readonly sheets: SheetRec[];
  private readonly rels: Rel[];
  private readonly removedIds = new Set<number>();
  private readonly activeName: string | null;
  private readonly prefix: string;
  private readonly relPrefix: string;
  /** Every part in the package's order; a part rewritten keeps its place, a new one goes last. */
  private readonly parts = new Map<string, Part>();

  private constructor(
    private readonly zip: ZipIn,
    private readonly deflate: Deflater | null,
    private readonly wbXml: string,
    relsXml: string,
    private contentTypes: string,
    private readonly stylesPath: string | null,
    stylesXml: string | null,
    private readonly sstPath: string | null,
    private readonly sstXml: string | null
  ) {
    for (const path of zip.names) this.parts.set(path, { carried: true });
    this.prefix = rootPrefix(wbXml, "workbook");
    this.rels = [...relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)].map((m) => {
      const a = parseAttributes(m[1]);
      return { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "", element: m[0] };
    });
    const byId = new Map(this.rels.map((r) => [r.id, resolvePath("xl/", r.target)]));
    const sheetsEl = /<(?:\w+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheets>/.exec(wbXml)?.[1] ?? "";
    let relPrefix = "r";
    this.sheets = [...sheetsEl.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map((m) => {
      const a = parseAttributes(m[1]);
      const idAttr = Object.keys(a).find((k) => /^\w+:id$/.test(k)) ?? "r:id";
      relPrefix = idAttr.split(":")[0];
      const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
      return {
        name: a.name ?? "",
        sheetId: Number(a.sheetId ?? 0),
        rId: a[idAttr] ?? "",
        state,
        target: byId.get(a[idAttr] ?? "") ?? "",
        element: m[0],
      };
    });
    this.relPrefix = relPrefix;
    this.names = parseDefinedNames(
      wbXml,
      this.sheets.map((s) => s.name)
    );
    const active = /<(?:\w+:)?workbookView\b[^>]*?\bactiveTab="(\d+)"/.exec(wbXml);
    this.activeName = this.sheets[active ? Number(active[1]) : 0]?.name ?? null;
    this.date1904 = /<(?:\w+:)?workbookPr\b[^>]*?\bdate1904="(1|true)"/.test(wbXml);
    this.styles = StylesPart.parse(stylesXml);
    this.strings = SharedStrings.after(sstXml ?? undefined);
  }

  /** `deflate` compresses each written part as soon as it is set (zip-out.ts); null leaves it to the end. */
  static async open(zip: ZipIn, deflate: Deflater | null = null): Promise<PackageEdit> {
    await zip.ready();
    const text = (path: string | null) => (path ? zip.text(path) : null);
    const wbXml = text(WORKBOOK) ?? "";
    const relsXml = text(WORKBOOK_RELS) ?? "";
    const rels = [...relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)].map((m) =>
      parseAttributes(m[1])
    );
    const pathOf = (type: string) => {
      const r = rels.find((x) => x.Type === type);
      return r?.Target ? resolvePath("xl/", r.Target) : null;
    };
    const stylesPath = pathOf(STYLES_REL);
    const sstPath = pathOf(`${REL_NS}/sharedStrings`);
    return new PackageEdit(
      zip,
      deflate,
      wbXml,
      relsXml,
      text(CONTENT_TYPES) ?? "",
      stylesPath,
      text(stylesPath),
      sstPath,
      text(sstPath)
    );
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  has(name: string): boolean {
    return this.sheets.some((s) => s.name === name);
  }

  private rec(name: string): SheetRec {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`No sheet "${name}" in the package`);
    return s;
  }

  /** Package path of a sheet's part, e.g. xl/worksheets/sheet1.xml. */
  sheetPart(name: string): string {
    return this.rec(name).target;
  }

  /** A part of the office's file as text, or null when there is none (parts written in this run are not read). */
  partText(path: string): string | null {
    return this.parts.has(path) ? this.carriedText(path) : null;
  }

  /** A part as carried from the office's file (the parts written in this run are not read back). */
  private carriedText(path: string): string | null {
    const part = this.parts.get(path);
    if (!part) return null;
    if (!("carried" in part)) throw new Error(`The part ${path} was written in this run`);
    return this.zip.text(path);
  }

  private put(path: string, content: string | Uint8Array): void {
    const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
    this.parts.set(path, { written: written(bytes, this.deflate) });
  }

  sheetXml(name: string): string {
    const xml = this.carriedText(this.rec(name).target);
    if (xml === null) throw new Error(`The part of sheet "${name}" is missing`);
    return xml;
  }

  setSheetXml(name: string, xml: string | Uint8Array): void {
    this.put(this.rec(name).target, xml);
  }

  /** Rewrites a sheet in place (same part, position and id); its old relationships go. */
  replaceSheet(name: string, xml: Uint8Array, state: "visible" | "hidden"): void {
    const s = this.rec(name);
    this.parts.delete(relsOf(s.target));
    this.put(s.target, xml);
    this.removedIds.add(s.sheetId);
    s.state = state;
    s.element = null;
    this.names = this.names.filter((n) => n.sheet !== name);
  }

  addSheet(name: string, xml: Uint8Array, state: "visible" | "hidden"): void {
    let n = 1;
    while (this.parts.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const target = `xl/worksheets/sheet${n}.xml`;
    let r = 1;
    while (this.rels.some((x) => x.id === `rId${r}`)) r++;
    const id = `rId${r}`;
    this.rels.push({
      id,
      type: WORKSHEET_REL,
      target: `worksheets/sheet${n}.xml`,
      element: `<Relationship Id="${id}" Type="${WORKSHEET_REL}" Target="worksheets/sheet${n}.xml"/>`,
    });
    this.put(target, xml);
    this.addOverride(`/${target}`, WORKSHEET_TYPE);
    const sheetId = Math.max(0, ...this.sheets.map((s) => s.sheetId), ...this.removedIds) + 1;
    this.sheets.push({ name, sheetId, rId: id, state, target, element: null });
  }

  removeSheet(name: string): void {
    const s = this.rec(name);
    this.parts.delete(s.target);
    this.parts.delete(relsOf(s.target));
    this.removedIds.add(s.sheetId);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    const i = this.rels.findIndex((r) => r.id === s.rId);
    if (i >= 0) this.rels.splice(i, 1);
    this.contentTypes = this.contentTypes.replace(
      new RegExp(`<Override\\b[^>]*?PartName="/${escapeRe(s.target)}"[^>]*?/>`, "i"),
      ""
    );
    this.names = this.names.filter((n) => n.sheet !== name);
  }

  private addOverride(partName: string, type: string): void {
    if (this.contentTypes.includes(`PartName="${partName}"`)) return;
    const end = this.contentTypes.lastIndexOf("</Types>");
    this.contentTypes =
      this.contentTypes.slice(0, end) +
      `<Override PartName="${partName}" ContentType="${type}"/>` +
      this.contentTypes.slice(end);
  }

  async toBytes(): Promise<Uint8Array> {
    const p = this.prefix;
    const sheetsXml = this.sheets
      .map((s) => {
        if (s.element) return s.element;
        const state = s.state === "visible" ? "" : ` state="${s.state}"`;
        return `<${p}sheet name="${xmlEscape(s.name)}" sheetId="${s.sheetId}"${state} ${this.relPrefix}:id="${s.rId}"/>`;
      })
      .join("");
    let wb = this.wbXml.replace(
      /(<(?:\w+:)?sheets\b[^>]*>)[\s\S]*?(<\/(?:\w+:)?sheets>)/,
      (_m, open: string, close: string) => open + sheetsXml + close
    );
    const names = this.sheetNames();
    wb = replaceDefinedNames(
      wb,
      renderDefinedNames(this.names, names).replace(/<(\/?)(definedNames?)\b/g, `<$1${p}$2`)
    );
    const activeIndex = Math.max(0, this.activeName ? names.indexOf(this.activeName) : 0);
    wb = wb.replace(/(<(?:\w+:)?workbookView\b[^>]*?\bactiveTab=")\d+(")/, `$1${activeIndex}$2`);
    wb = wb.replace(
      /(<(?:\w+:)?workbookView\b[^>]*?\bfirstSheet=")\d+(")/,
      (m, a: string, b: string) =>
        Number(/firstSheet="(\d+)"/.exec(m)?.[1]) < names.length ? m : `${a}0${b}`
    );
    this.put(WORKBOOK, wb);
    if (this.styles.changed) {
      const path = this.stylesPath ?? "xl/styles.xml";
      if (!this.stylesPath) {
        this.rels.push({
          id: "rIdStyles",
          type: STYLES_REL,
          target: "styles.xml",
          element: `<Relationship Id="rIdStyles" Type="${STYLES_REL}" Target="styles.xml"/>`,
        });
        this.addOverride(`/${path}`, STYLES_TYPE);
      }
      this.put(path, this.styles.toXml());
    }
    if (this.strings?.used && this.sstPath && this.sstXml) {
      this.put(this.sstPath, this.strings.appendTo(this.sstXml));
    }
    if (this.removedIds.size) this.pruneCalcChain();
    this.put(
      WORKBOOK_RELS,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<Relationships xmlns="${REL_NS.replace("officeDocument/2006/relationships", "package/2006/relationships")}">` +
        this.rels.map((r) => r.element).join("") +
        "</Relationships>"
    );
    this.put(CONTENT_TYPES, this.contentTypes);
    const carried = this.zip.bytes(
      [...this.parts].filter(([, part]) => "carried" in part).map(([path]) => path)
    );
    const out: [string, Written][] = [];
    for (const [path, part] of this.parts) {
      if ("written" in part) out.push([path, part.written]);
      else {
        const bytes = carried.get(path);
        if (bytes) out.push([path, written(bytes, this.deflate)]);
      }
    }
    return zipParts(out);
  }

  /** Entries of the calculation chain on removed or rewritten sheets would point Excel at formulas now gone. */
  private pruneCalcChain(): void {
    const path = "xl/calcChain.xml";
    const xml = this.carriedText(path);
    if (!xml) return;
    let sheet = 0;
    const kept = xml.replace(/<(?:\w+:)?c\b([^>]*?)\/>/g, (whole, attrs: string) => {
      const i = /\bi="(\d+)"/.exec(attrs);
      if (i) sheet = Number(i[1]);
      if (!this.removedIds.has(sheet))
        return i ? whole : whole.replace(/<((?:\w+:)?c)\b/, `<$1 i="${sheet}"`);
      return "";
    });
    if (/<(?:\w+:)?c\b/.test(kept)) {
      this.put(path, kept);
      return;
    }
    // A chain with no entry is not valid: it goes, and Excel builds a new one.
    this.parts.delete(path);
    const i = this.rels.findIndex((r) => r.type === `${REL_NS}/calcChain`);
    if (i >= 0) this.rels.splice(i, 1);
    this.contentTypes = this.contentTypes.replace(
      /<Override\b[^>]*?PartName="\/xl\/calcChain\.xml"[^>]*?\/>/i,
      ""
    );
  }
}

export function relsOf(target: string): string {
  return target.replace(/([^/]+)$/, "_rels/$1.rels");
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
