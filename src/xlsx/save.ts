/**
 * exceljs Workbook → .xlsx bytes, then two repairs in the zip that exceljs cannot do itself:
 * 1. defined names: the names read from the file are written back as they were (exceljs would drop constants,
 *    sheet scope and the hidden flag), the add-in's stamps are added as sheet-scoped hidden names, and only names
 *    exceljs made for sheets the add-in wrote in this run (their print area and titles) are taken from exceljs;
 * 2. internal hyperlinks: exceljs gives a link to a cell both `location` and an external relationship whose target
 *    is the cell reference, which Excel would try to open as a file; the relationship is removed;
 * 3. the add-in's own sheets' cells, which exceljs was only told the styles of, are written in (sheet-data.ts).
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { extrasOf } from "./extras";
import { SharedStrings, spliceSheetData } from "./sheet-data";
import { BLOCK_NAME, FILTER_NAME, MAX_STAMP_LENGTH, OWNER_NAME } from "./stamps";
import {
  parseAttributes,
  parseDefinedNames,
  parseSheets,
  parseRels,
  renderDefinedNames,
  replaceDefinedNames,
  textConstantFormula,
  type DefinedNameEntry,
} from "./workbook-xml";

const STAMPS = new Set([OWNER_NAME, BLOCK_NAME, FILTER_NAME]);

export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  // exceljs's own zip is opened again below: storing it uncompressed spares one full deflate and inflate.
  const buf = await wb.xlsx.writeBuffer({
    zip: { compression: "STORE" },
  } as ExcelJS.XlsxWriteOptions);
  const zip = await JSZip.loadAsync(buf);
  const wbXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const relsXml = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const sheets = parseSheets(wbXml, parseRels(relsXml));
  const sheetNames = sheets.map((s) => s.name);
  const names = mergeNames(wb, parseDefinedNames(wbXml, sheetNames), sheetNames);
  zip.file("xl/workbook.xml", replaceDefinedNames(wbXml, renderDefinedNames(names, sheetNames)));
  for (const s of sheets) await repairInternalLinks(zip, s.target);
  await writeBulkCells(wb, zip, sheets);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function mergeNames(
  wb: ExcelJS.Workbook,
  written: DefinedNameEntry[],
  sheetNames: string[]
): DefinedNameEntry[] {
  const ex = extrasOf(wb);
  const out: DefinedNameEntry[] = [];
  const original = new Set(ex.info.names.map((n) => n.name.toLowerCase()));
  for (const n of ex.info.names) {
    if (STAMPS.has(n.name)) continue;
    if (n.sheet !== null && (ex.rewritten.has(n.sheet) || !sheetNames.includes(n.sheet))) continue;
    out.push(n);
  }
  for (const n of written) {
    // exceljs re-emits the file's range names without their scope; the originals above already stand for them.
    const ours = n.sheet !== null && ex.rewritten.has(n.sheet);
    if (ours || !original.has(n.name.toLowerCase())) out.push(n);
  }
  for (const [sheet, m] of ex.stamps) {
    if (!sheetNames.includes(sheet)) continue;
    for (const [name, text] of m) {
      const formula = textConstantFormula(text);
      if (formula.length - 2 > MAX_STAMP_LENGTH) {
        throw new Error(
          `Stamp ${name} on "${sheet}" is longer than Excel's ${MAX_STAMP_LENGTH}-character limit`
        );
      }
      out.push({ name, sheet, hidden: true, formula, extra: {} });
    }
  }
  return out;
}

async function repairInternalLinks(zip: JSZip, sheetPath: string): Promise<void> {
  const xml = await zip.file(sheetPath)?.async("string");
  if (!xml || !xml.includes("location=")) return;
  const dropped = new Set<string>();
  const fixed = xml.replace(/<hyperlink\b([^>]*?)\/>/g, (whole, attrs: string) => {
    const a = parseAttributes(attrs);
    if (!a.location || !a["r:id"]) return whole;
    dropped.add(a["r:id"]);
    return `<hyperlink${attrs.replace(/\s+r:id="[^"]*"/, "")}/>`;
  });
  if (!dropped.size) return;
  zip.file(sheetPath, fixed);
  const relsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");
  const rels = await zip.file(relsPath)?.async("string");
  if (!rels) return;
  zip.file(
    relsPath,
    rels.replace(/<Relationship\b([^>]*?)\/>/g, (whole, attrs: string) =>
      dropped.has(parseAttributes(attrs).Id ?? "") ? "" : whole
    )
  );
}

async function writeBulkCells(
  wb: ExcelJS.Workbook,
  zip: JSZip,
  sheets: { name: string; target: string }[]
): Promise<void> {
  const date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);
  const sstPath = "xl/sharedStrings.xml";
  const sstXml = await zip.file(sstPath)?.async("string");
  const strings = SharedStrings.after(sstXml);
  for (const [ws, bulk] of extrasOf(wb).bulk) {
    if (!wb.worksheets.includes(ws)) continue;
    const target = sheets.find((s) => s.name === ws.name)?.target;
    const xml = target ? await zip.file(target)?.async("string") : undefined;
    if (!target || !xml) throw new Error(`exceljs did not write the sheet "${ws.name}"`);
    zip.file(target, spliceSheetData(xml, bulk, date1904, strings));
  }
  if (strings && sstXml) zip.file(sstPath, strings.appendTo(sstXml));
}
