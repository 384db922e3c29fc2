/**
 * The XML of an add-in sheet (summary, review, settings) written whole from its plan, and of the result block's
 * cells, with the cell formats added to the workbook's styles part. Print settings follow Nghị định 30/2020 as the
 * plan gives them; decisions: margins are in inches (OOXML's unit); the page number is the odd-page header with a
 * different (blank) first page; print area and title rows are defined names, written by the package (package.ts).
 */
import { colLetter } from "../../core/address";
import type { CellValue } from "../../core/grid";
import type { CheckedSheetPlan, OwnedSheetPlan } from "../../core/render/plan";
import {
  CellWriter,
  planBulkSheet,
  Utf8Builder,
  writeSheetData,
  type BulkSheet,
  type SharedStrings,
} from "../sheet-data";
import type { StylesPart } from "./styles-part";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function styleIds(bulk: BulkSheet, styles: StylesPart): Map<string, number> {
  const out = new Map<string, number>();
  for (const key of bulk.styleKeys) {
    const date = key.endsWith("d");
    const combo = bulk.combos[Number(date ? key.slice(0, -1) : key)];
    out.set(
      key,
      styles.xf(
        combo.map((i) => bulk.plan.styles[i].style),
        date
      )
    );
  }
  return out;
}

export function ownedSheetXml(
  plan: OwnedSheetPlan,
  styles: StylesPart,
  strings: SharedStrings | null,
  date1904: boolean
): Uint8Array {
  const bulk = planBulkSheet(plan);
  const lastRow = bulk.lastRow;
  const lastCol = Math.max(
    1,
    plan.values.reduce((m, r) => Math.max(m, r.length), 0),
    ...bulk.bands.map((b) => b.combos.length)
  );
  const ps = plan.pageSetup;
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet ${NS}>`,
  ];
  if (ps) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="${lastRow >= 1 ? `A1:${colLetter(lastCol)}${lastRow}` : "A1"}"/>`);
  parts.push(
    `<sheetViews><sheetView ${ps ? 'showGridLines="0" ' : ""}workbookViewId="0"/></sheetViews>`
  );
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  const widths = [...plan.widths].sort((a, b) => a.col - b.col);
  if (widths.length) {
    parts.push(
      "<cols>" +
        widths
          .map((w) => `<col min="${w.col}" max="${w.col}" width="${w.width}" customWidth="1"/>`)
          .join("") +
        "</cols>"
    );
  }
  const out = new Utf8Builder(estimateBytes(plan, strings !== null));
  for (const part of parts) out.add(part);
  parts.length = 0;
  writeSheetData(out, bulk, styleIds(bulk, styles), date1904, strings);
  if (plan.autoFilter) parts.push(`<autoFilter ref="${plan.autoFilter}"/>`);
  if (plan.merges.length) {
    parts.push(
      `<mergeCells count="${plan.merges.length}">` +
        plan.merges
          .map(
            (m) =>
              `<mergeCell ref="${colLetter(m.left)}${m.top}:${colLetter(m.right)}${m.bottom}"/>`
          )
          .join("") +
        "</mergeCells>"
    );
  }
  if (ps) {
    const m = ps.margins;
    parts.push(
      `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" ` +
        `header="${m.header}" footer="${m.footer}"/>`
    );
    parts.push(
      `<pageSetup paperSize="9" orientation="${ps.orientation}" fitToWidth="${ps.fitToWidth}" ` +
        `fitToHeight="${ps.fitToHeight}"/>`
    );
    if (ps.pageNumberTopFromPage2) {
      parts.push(
        '<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;P</oddHeader></headerFooter>'
      );
    }
    const breaks = ps.rowBreaks ?? [];
    if (breaks.length) {
      parts.push(
        `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">` +
          breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("") +
          "</rowBreaks>"
      );
    }
  } else {
    parts.push(
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    );
  }
  parts.push("</worksheet>");
  for (const part of parts) out.add(part);
  return out.toBytes();
}

/** About how many bytes the sheet's XML takes: memory is cheaper reserved once than grown (sheet-data.ts). */
function estimateBytes(plan: OwnedSheetPlan, sharedText: boolean): number {
  let bytes = 4096;
  for (const row of plan.values) {
    bytes += 24 + row.length * 48;
    if (!sharedText) for (const v of row) if (typeof v === "string") bytes += v.length * 2;
  }
  return bytes + plan.links.length * 64;
}

/**
 * The result block's cells, rendered as an add-in sheet's cells are (the block's values placed at their absolute
 * rows and columns) and written into the office sheet's part row by row as it is patched.
 */
export function blockCells(
  c: CheckedSheetPlan,
  styles: StylesPart,
  strings: SharedStrings | null,
  date1904: boolean
): CellWriter {
  const pad: null[] = new Array<null>(c.firstCol - 1).fill(null);
  const values: CellValue[][] = [];
  for (let r = 1; r < c.firstRow; r++) values.push([]);
  for (const row of c.values) values.push(pad.concat(row as null[]));
  const bulk = planBulkSheet({
    kind: "review",
    name: c.sheet,
    visibility: "visible",
    values,
    merges: c.merges,
    styles: c.styles,
    widths: [],
    rowHeights: [],
    links: [],
    pageSetup: null,
    stamp: "",
  });
  return new CellWriter(bulk, styleIds(bulk, styles), date1904, strings);
}
