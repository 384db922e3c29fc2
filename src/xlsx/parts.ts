/**
 * The package parts of an .xlsx file and which of them exceljs would drop when it rebuilds the file from its own
 * model (spec/workbook.md "Parts exceljs cannot carry"). Decisions where the spec is silent:
 * - customXml items, custom document properties and printer settings are metadata: they are listed as lost but do
 *   not force a results-only workbook (SharePoint adds customXml to most files; losing it changes no content).
 * - a drawing is carried only when it holds pictures alone: charts, shapes, text boxes, groups, connectors and
 *   controls inside a drawing are dropped by exceljs, so such a drawing forces results-only.
 * - xl/metadata.xml (dynamic-array formulas) and rich values (pictures in cells) are dropped by exceljs and would
 *   change how the office's formulas calculate: they force results-only.
 */
import { strFromU8 } from "fflate";
import type { ZipIn } from "./zip-in";
import {
  parseDefinedNames,
  parseRels,
  parseSheets,
  type DefinedNameEntry,
  type SheetEntry,
} from "./workbook-xml";

export type UncarriedKind =
  | "chart"
  | "chartsheet"
  | "pivot"
  | "slicer"
  | "timeline"
  | "vba"
  | "drawing"
  | "webextension"
  | "externalLink"
  | "threadedComment"
  | "embedding"
  | "control"
  | "connection"
  | "dataModel"
  | "dynamicArray"
  | "richData"
  | "metadata";

export interface UncarriedPart {
  part: string;
  kind: UncarriedKind;
}

/** Words for the message that names what the workbook has (Vietnamese first, as the catalogue). */
export const KIND_WORDS: Record<UncarriedKind, { vi: string; en: string }> = {
  chart: { vi: "biểu đồ", en: "charts" },
  chartsheet: { vi: "trang biểu đồ", en: "chart sheets" },
  pivot: { vi: "bảng tổng hợp (PivotTable)", en: "PivotTables" },
  slicer: { vi: "bộ lọc slicer", en: "slicers" },
  timeline: { vi: "bộ lọc thời gian", en: "timelines" },
  vba: { vi: "macro VBA", en: "VBA macros" },
  drawing: { vi: "hình vẽ, hộp văn bản", en: "shapes and text boxes" },
  webextension: { vi: "phần bổ trợ web", en: "web add-in parts" },
  externalLink: { vi: "liên kết tới sổ tính khác", en: "links to other workbooks" },
  threadedComment: { vi: "chú thích dạng hội thoại", en: "threaded comments" },
  embedding: { vi: "đối tượng nhúng", en: "embedded objects" },
  control: { vi: "điều khiển biểu mẫu", en: "form controls" },
  connection: { vi: "kết nối dữ liệu", en: "data connections" },
  dataModel: { vi: "mô hình dữ liệu", en: "the data model" },
  dynamicArray: { vi: "công thức mảng động", en: "dynamic-array formulas" },
  richData: { vi: "ảnh trong ô", en: "pictures in cells" },
  metadata: { vi: "siêu dữ liệu", en: "metadata" },
};

const BY_PATH: [RegExp, UncarriedKind][] = [
  [/^xl\/charts\//, "chart"],
  [/^xl\/chartsheets\//, "chartsheet"],
  [/^xl\/pivotTables\//, "pivot"],
  [/^xl\/pivotCache\//, "pivot"],
  [/^xl\/slicers\//, "slicer"],
  [/^xl\/slicerCaches\//, "slicer"],
  [/^xl\/timelines\//, "timeline"],
  [/^xl\/timelineCaches\//, "timeline"],
  [/vbaProject\.bin$/i, "vba"],
  [/vbaProjectSignature/i, "vba"],
  [/^xl\/webextensions\//, "webextension"],
  [/^xl\/externalLinks\//, "externalLink"],
  [/^xl\/threadedComments\//, "threadedComment"],
  [/^xl\/persons\//, "threadedComment"],
  [/^xl\/embeddings\//, "embedding"],
  [/^xl\/activeX\//, "control"],
  [/^xl\/ctrlProps\//, "control"],
  [/^xl\/connections\.xml$/, "connection"],
  [/^xl\/queryTables\//, "connection"],
  [/^xl\/model\//, "dataModel"],
  [/^xl\/metadata\.xml$/, "dynamicArray"],
  [/^xl\/richData\//, "richData"],
  [/^customXml\//, "metadata"],
  [/^docProps\/custom\.xml$/, "metadata"],
  [/^xl\/printerSettings\//, "metadata"],
];

/** Drawing elements exceljs does not model (it keeps pictures only). */
const UNMODELLED_DRAWING =
  /<(?:xdr:)?(?:graphicFrame|sp|grpSp|cxnSp|contentPart)\b|<mc:AlternateContent\b/;

export interface PackageInfo {
  /** Every part path in the zip, sorted (folders excluded). */
  parts: string[];
  /** Sheets in workbook order, chart sheets included. */
  sheets: SheetEntry[];
  names: DefinedNameEntry[];
  uncarried: UncarriedPart[];
}

export function readPackage(zip: ZipIn): PackageInfo {
  const parts = [...zip.names].sort();
  const drawingParts = parts.filter((x) => /^xl\/drawings\/[^/]+\.xml$/.test(x));
  const read = zip.bytes(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", ...drawingParts]);
  const text = (name: string) => {
    const b = read.get(name);
    return b ? strFromU8(b) : "";
  };
  const wbXml = text("xl/workbook.xml");
  const relsXml = text("xl/_rels/workbook.xml.rels");
  const sheets = parseSheets(wbXml, parseRels(relsXml));
  const names = parseDefinedNames(
    wbXml,
    sheets.map((s) => s.name)
  );
  const drawings = new Map(drawingParts.map((p) => [p, text(p)]));
  return { parts, sheets, names, uncarried: uncarriedParts(parts, drawings) };
}

export function uncarriedParts(parts: string[], drawings: Map<string, string>): UncarriedPart[] {
  const out: UncarriedPart[] = [];
  for (const part of parts) {
    const hit = BY_PATH.find(([re]) => re.test(part));
    if (hit) out.push({ part, kind: hit[1] });
    else if (drawings.has(part) && UNMODELLED_DRAWING.test(drawings.get(part) ?? "")) {
      out.push({ part, kind: "drawing" });
    }
  }
  return out;
}

/** Whether writing the checked copy with exceljs would lose content (metadata alone does not count). */
export function mustWriteResultsOnly(uncarried: UncarriedPart[]): boolean {
  return uncarried.some((u) => u.kind !== "metadata");
}

/** The kinds found, in words, for the "results-only" message, e.g. "biểu đồ, macro VBA". */
export function describeUncarried(uncarried: UncarriedPart[], lang: "vi" | "en" = "vi"): string {
  const kinds = [...new Set(uncarried.filter((u) => u.kind !== "metadata").map((u) => u.kind))];
  return kinds.map((k) => KIND_WORDS[k][lang]).join(", ");
}
