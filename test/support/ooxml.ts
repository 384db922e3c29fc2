/**
 * Reading an .xlsx package in tests, independently of the writer's own XML code (src/xlsx/package/xml.ts): the
 * parts as bytes, a worksheet's top-level elements, relationships.
 */
import { strFromU8, unzipSync } from "fflate";

/** The package's parts (folder entries left out), decompressed. */
export function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).filter(([name]) => !name.endsWith("/")));
}

export function textOf(parts: Map<string, Uint8Array>, path: string): string {
  const b = parts.get(path);
  if (!b) throw new Error(`no part ${path}`);
  return strFromU8(b);
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** CT_Worksheet's sequence (ECMA-376 Part 1, §18.3.1.99), written out here rather than taken from the writer. */
export const CT_WORKSHEET = [
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

/**
 * Local names of the root's children, in order; an `mc:AlternateContent` is named by the first element of its first
 * `mc:Choice` (where Excel puts controls and embedded objects), shown as `AlternateContent/controls`.
 */
export function topLevel(xml: string): string[] {
  const tag =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([\w.-]+:)?([\w.-]+)\b[^>]*?(\/?)>/g;
  const out: string[] = [];
  let depth = 0;
  let inAlternate = false;
  let alternateNamed = false;
  for (const m of xml.matchAll(tag)) {
    if (m[3] === undefined) continue;
    const [, close, , name, selfClose] = m;
    if (close) {
      depth--;
      if (depth === 1 && inAlternate) inAlternate = false;
      continue;
    }
    // depth 0: the root; depth 1: its children.
    if (depth === 1) {
      out.push(name);
      if (name === "AlternateContent" && !selfClose) {
        inAlternate = true;
        alternateNamed = false;
      }
    } else if (inAlternate && !alternateNamed && depth === 3) {
      out[out.length - 1] = `AlternateContent/${name}`;
      alternateNamed = true;
    }
    if (!selfClose) depth++;
  }
  return out;
}

/** Elements out of CT_Worksheet's order or unknown to it, as readable lines (empty when in order). */
export function worksheetOrderProblems(xml: string): string[] {
  const names = topLevel(xml);
  const problems: string[] = [];
  let last = -1;
  let lastName = "";
  for (const n of names) {
    const rank = CT_WORKSHEET.indexOf(n.replace(/^AlternateContent\//, ""));
    if (rank < 0) problems.push(`<${n}> is not in CT_Worksheet`);
    else if (rank < last) problems.push(`<${n}> after <${lastName}>`);
    else {
      last = rank;
      lastName = n;
    }
  }
  return problems;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  element: string;
}

export function relationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*?\/?>/g)].map((m) => {
    const attr = (n: string) => new RegExp(`\\b${n}="([^"]*)"`).exec(m[0])?.[1] ?? "";
    return {
      id: attr("Id"),
      type: attr("Type"),
      target: attr("Target"),
      external: attr("TargetMode") === "External",
      element: m[0],
    };
  });
}

/** The part a relationship of `source`'s relationships points to. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source
    .replace(/[^/]*$/, "")
    .concat(target)
    .split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}
