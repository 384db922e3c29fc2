/**
 * The few pieces of xl/workbook.xml that exceljs does not model faithfully, read and written as text:
 * the sheet list including chart sheets (exceljs skips them) and defined names (exceljs keeps only plain range names
 * and loses `localSheetId` and `hidden`, so sheet-scoped hidden names such as the add-in's stamps would vanish).
 */

export interface SheetEntry {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Package path of the sheet part, e.g. "xl/worksheets/sheet1.xml" or "xl/chartsheets/sheet1.xml". */
  target: string;
  kind: "worksheet" | "chartsheet";
}

export interface DefinedNameEntry {
  name: string;
  /** Name of the sheet it is scoped to, or null for a workbook-level name. */
  sheet: string | null;
  hidden: boolean;
  /** The formula text exactly as stored (unescaped), e.g. `'Cá nhân'!$A$1:$B$2` or `"{""kind"":""summary""}"`. */
  formula: string;
  /** Other attributes (comment, function …), kept as written so the name round-trips. */
  extra: Record<string, string>;
}

export function xmlUnescape(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_m, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      case "amp":
        return "&";
      default:
        return String.fromCodePoint(
          e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
        );
    }
  });
}

export function xmlEscape(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function parseAttributes(tagText: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tagText))) out[m[1]] = xmlUnescape(m[3] ?? m[4] ?? "");
  return out;
}

/** Relationship id → target path (resolved against xl/). */
export function parseRels(relsXml: string, baseDir = "xl/"): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const a = parseAttributes(m[1]);
    if (a.Id && a.Target) map.set(a.Id, resolvePath(baseDir, a.Target));
  }
  return map;
}

export function resolvePath(baseDir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = (baseDir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

export function parseSheets(workbookXml: string, rels: Map<string, string>): SheetEntry[] {
  const sheets: SheetEntry[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const a = parseAttributes(m[1]);
    const rid = Object.entries(a).find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1] ?? "";
    const target = rels.get(rid) ?? "";
    const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
    sheets.push({
      name: a.name ?? "",
      state,
      target,
      kind: target.includes("chartsheets/") ? "chartsheet" : "worksheet",
    });
  }
  return sheets;
}

export function parseDefinedNames(workbookXml: string, sheetNames: string[]): DefinedNameEntry[] {
  const block = /<(?:\w+:)?definedNames>([\s\S]*?)<\/(?:\w+:)?definedNames>/.exec(workbookXml);
  if (!block) return [];
  const names: DefinedNameEntry[] = [];
  for (const m of block[1].matchAll(
    /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g
  )) {
    const a = parseAttributes(m[1]);
    const { name, localSheetId, hidden, ...extra } = a;
    const idx = localSheetId === undefined ? null : Number(localSheetId);
    names.push({
      name: name ?? "",
      sheet: idx === null ? null : (sheetNames[idx] ?? null),
      hidden: hidden === "1" || hidden === "true",
      formula: xmlUnescape(m[2] ?? ""),
      extra,
    });
  }
  return names;
}

export function renderDefinedNames(names: DefinedNameEntry[], sheetNames: string[]): string {
  const items: string[] = [];
  for (const n of names) {
    let attrs = ` name="${xmlEscape(n.name)}"`;
    for (const [k, v] of Object.entries(n.extra)) attrs += ` ${k}="${xmlEscape(v)}"`;
    if (n.sheet !== null) {
      const idx = sheetNames.indexOf(n.sheet);
      if (idx < 0) continue;
      attrs += ` localSheetId="${idx}"`;
    }
    if (n.hidden) attrs += ` hidden="1"`;
    items.push(`<definedName${attrs}>${xmlEscape(n.formula)}</definedName>`);
  }
  return items.length ? `<definedNames>${items.join("")}</definedNames>` : "";
}

/** Replaces (or inserts, after `</sheets>`) the definedNames block of a workbook.xml. */
export function replaceDefinedNames(workbookXml: string, rendered: string): string {
  const re = /<(?:\w+:)?definedNames>[\s\S]*?<\/(?:\w+:)?definedNames>|<(?:\w+:)?definedNames\/>/;
  // Function replacements: a rendered name holds "$" references ("$A$1") that a replacement string would expand.
  if (re.test(workbookXml)) return workbookXml.replace(re, () => rendered);
  return workbookXml.replace(/(<\/(?:\w+:)?sheets>)/, (close: string) => close + rendered);
}

/** A text constant as a defined-name formula: `"…"` with inner quotes doubled (how Excel stores `="…"`). */
export function textConstantFormula(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The text of a defined name holding a text constant, or null when it holds something else. */
export function textConstantValue(formula: string): string | null {
  const f = formula.trim().replace(/^=/, "");
  if (f.length < 2 || !f.startsWith('"') || !f.endsWith('"')) return null;
  const inner = f.slice(1, -1);
  if (inner.replace(/""/g, "").includes('"')) return null;
  return inner.replace(/""/g, '"');
}
