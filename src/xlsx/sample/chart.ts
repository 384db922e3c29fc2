/**
 * Adds a real chart to a workbook exceljs wrote (exceljs cannot write charts): a column chart part, a drawing that
 * anchors it on the named sheet, and their relationships and content types. Used to make sample files whose chart
 * the checked copy must carry (spec/workbook.md "Parts the add-in does not write are carried").
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { parseRels, parseSheets, xmlEscape } from "../workbook-xml";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function addChart(xlsx: Uint8Array, sheetName: string): Uint8Array {
  const files = unzipSync(xlsx);
  const text = (path: string) => (files[path] ? strFromU8(files[path]) : "");
  const put = (path: string, xml: string) => {
    files[path] = strToU8(xml);
  };
  const wbXml = text("xl/workbook.xml");
  const rels = parseRels(text("xl/_rels/workbook.xml.rels"));
  const sheet = parseSheets(wbXml, rels).find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`addChart: no sheet named ${sheetName}`);
  const ref = `'${sheetName.replace(/'/g, "''")}'`;
  put("xl/charts/chart1.xml", chartXml(ref));
  put("xl/drawings/drawing1.xml", drawingXml());
  put(
    "xl/drawings/_rels/drawing1.xml.rels",
    relsXml([["rId1", `${REL}/chart`, "../charts/chart1.xml"]])
  );
  const sheetRelsPath = sheet.target.replace(/([^/]+)$/, "_rels/$1.rels");
  const existing = text(sheetRelsPath);
  const drawingRel = `<Relationship Id="rIdChartDrawing1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>`;
  put(
    sheetRelsPath,
    existing
      ? existing.replace("</Relationships>", `${drawingRel}</Relationships>`)
      : relsXml([["rIdChartDrawing1", `${REL}/drawing`, "../drawings/drawing1.xml"]])
  );
  const sheetXml = text(sheet.target);
  const withNs = sheetXml.includes(`xmlns:r="${NS_R}"`)
    ? sheetXml
    : sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_R}"`);
  // CT_Worksheet order: … pageMargins, pageSetup, headerFooter, rowBreaks, colBreaks, … drawing, legacyDrawing, …
  const at = withNs.search(
    /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/
  );
  put(sheet.target, `${withNs.slice(0, at)}<drawing r:id="rIdChartDrawing1"/>${withNs.slice(at)}`);
  put(
    "[Content_Types].xml",
    text("[Content_Types].xml").replace(
      "</Types>",
      `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
        `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`
    )
  );
  return zipSync(files, { level: 6 });
}

function relsXml(items: [string, string, string][]): string {
  const body = items
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}

function chartXml(ref: string): string {
  const r = xmlEscape(ref);
  const axis = (tag: string, id: number, cross: number, pos: string): string =>
    `<c:${tag}><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${pos}"/><c:crossAx val="${cross}"/></c:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Xếp loại chất lượng năm 2025</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>${r}!$B$1</c:f></c:strRef></c:tx>` +
    `<c:cat><c:strRef><c:f>${r}!$A$2:$A$5</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${r}!$B$2:$B$5</c:f></c:numRef></c:val></c:ser>` +
    `<c:axId val="5001"/><c:axId val="5002"/></c:barChart>` +
    axis("catAx", 5001, 5002, "b") +
    axis("valAx", 5002, 5001, "l") +
    `</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
  );
}

function drawingXml(): string {
  const cell = (tag: string, col: number, row: number): string =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}"><xdr:twoCellAnchor>` +
    cell("from", 3, 1) +
    cell("to", 11, 18) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}">` +
    `<c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
    `<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}
