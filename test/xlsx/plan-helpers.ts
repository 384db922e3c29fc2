/** A hand-made WritePlan for the sample workbook, shaped as render makes them (tests of the host only). */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { readPackage } from "../../src/xlsx/parts";
import { ZipIn } from "../../src/xlsx/zip-in";
import { colLetter } from "../../src/core/address";
import { lastCol, lastRow, type CellValue, type SheetGrid } from "../../src/core/grid";
import {
  chooseSheetName,
  contentHash,
  makeStamp,
  MARKER,
  type ExistingSheet,
} from "../../src/core/render";
import type { CheckedSheetPlan, OwnedSheetPlan, WritePlan } from "../../src/core/render/plan";
import { makeBlockStamp } from "../../src/core/render/stamp";

export function blockPlan(s: SheetGrid, headerRow: number): CheckedSheetPlan {
  const first = lastCol(s) + 1;
  const flag = first + 2;
  const last = lastRow(s);
  const values: CellValue[][] = [
    [MARKER, null, null],
    ["Kết quả", "Ghi chú rà soát", "Cờ"],
  ];
  for (let r = headerRow + 1; r <= last; r++)
    values.push([r % 3 ? "✓ Đủ điều kiện" : "✗ Chưa đạt", `dòng ${r}`, r % 3 ? 0 : 1]);
  const L = colLetter;
  return {
    sheet: s.name,
    protected: Boolean(s.protected),
    firstCol: first,
    clearCols: null,
    firstRow: headerRow - 1,
    values,
    merges: [{ top: headerRow - 1, left: first, bottom: headerRow - 1, right: flag }],
    styles: [
      {
        range: `${L(first)}${headerRow - 1}:${L(flag)}${headerRow}`,
        style: { bold: true, fill: "DDEBF7", border: true },
      },
      {
        range: `${L(first)}${headerRow + 1}:${L(first + 1)}${last}`,
        style: { fontName: "Times New Roman", fontSize: 11 },
      },
    ],
    hiddenCols: [flag],
    widths: [
      { col: first, width: 18 },
      { col: first + 1, width: 36 },
    ],
    marks: [
      {
        kind: "gap",
        range: `A${headerRow + 1}:${L(first - 1)}${last}`,
        formula: `$${L(flag)}${headerRow + 1}=1`,
        fill: "FFC7CE",
        fontColor: "9C0006",
        flagRange: `${L(flag)}${headerRow + 1}:${L(flag)}${last}`,
      },
      {
        kind: "eligible",
        range: `${L(first)}${headerRow + 1}:${L(first)}${last}`,
        formula: `$${L(flag)}${headerRow + 1}=0`,
        fill: "C6EFCE",
        fontColor: "006100",
        flagRange: `${L(flag)}${headerRow + 1}:${L(flag)}${last}`,
      },
    ],
    autoFilter: `A${headerRow}:${L(flag)}${last}`,
    blockStamp: makeBlockStamp({
      firstCol: first,
      lastCol: flag,
      firstRow: headerRow - 1,
      lastRow: last,
      flagCols: [flag],
    }),
  };
}

export function ownedPlans(existing: ExistingSheet[], label = "Nguyễn Văn An"): OwnedSheetPlan[] {
  const summaryValues: CellValue[][] = [
    ["ĐỀ XUẤT KHEN THƯỞNG NĂM 2025", null, null],
    ["STT", "Họ và tên", "Kết quả rà soát"],
    [1, label, "✓ Đủ điều kiện"],
    [2, "Trần Thị Bình", "? Cần bổ sung"],
  ];
  const settingsValues: CellValue[][] = [
    ["Khóa", "Giá trị"],
    ["year", 2025],
    ["cstdcs.mode", "plan"],
  ];
  const summary = chooseSheetName("summary", existing);
  const settings = chooseSheetName("settings", existing);
  return [
    {
      kind: "summary",
      name: summary.name,
      inPlace: summary.inPlace,
      visibility: "visible",
      values: summaryValues,
      merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
      styles: [
        { range: "A1:C4", style: { fontName: "Times New Roman", fontSize: 13, border: true } },
      ],
      widths: [
        { col: 1, width: 6 },
        { col: 2, width: 30 },
        { col: 3, width: 20 },
      ],
      rowHeights: [{ row: 1, height: 30 }],
      links: [{ cell: "B3", target: "'Cá nhân'!B10" }],
      pageSetup: {
        paper: "A4",
        orientation: "portrait",
        printTitleRows: "2:2",
        printArea: "A1:C4",
        fitToWidth: 1,
        fitToHeight: 0,
        pageNumberTopFromPage2: true,
        gridlines: false,
        margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 },
      },
      stamp: makeStamp("summary", contentHash(summaryValues)),
    },
    {
      kind: "settings",
      name: settings.name,
      inPlace: settings.inPlace,
      visibility: "hidden",
      values: settingsValues,
      merges: [],
      styles: [],
      widths: [],
      rowHeights: [],
      links: [],
      pageSetup: null,
      stamp: makeStamp("settings", contentHash(settingsValues)),
    },
  ];
}

export function makePlan(grid: SheetGrid[], existing: ExistingSheet[], headerRow = 7): WritePlan {
  return {
    checked: grid.map((s) => blockPlan(s, headerRow)),
    sheets: ownedPlans(existing),
    remove: [],
  };
}

/** Everything the office could see of a sheet, cell by cell, for before/after comparisons. */
export function snapshot(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) => {
      cells[c.address] = {
        value: JSON.stringify(c.value),
        font: JSON.stringify(c.font ?? null),
        fill: JSON.stringify(c.fill ?? null),
        border: JSON.stringify(c.border ?? null),
        numFmt: c.numFmt ?? null,
        alignment: JSON.stringify(c.alignment ?? null),
      };
    })
  );
  const cols: unknown[] = [];
  for (let c = 1; c <= ws.columnCount; c++)
    cols.push([ws.getColumn(c).width ?? null, ws.getColumn(c).hidden]);
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => rows.push([n, row.hidden, row.height ?? null]));
  const merges = Object.keys(
    (ws as unknown as { _merges: Record<string, unknown> })._merges
  ).sort();
  const cf = (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
  return {
    cells,
    cols,
    rows,
    merges,
    cf: JSON.stringify(cf),
    autoFilter: JSON.stringify(ws.autoFilter ?? null),
  };
}

/** A clerk's edit: the text of one cell of a sheet changed in the package, everything else left as it was. */
export async function editCellText(
  bytes: Uint8Array,
  sheet: string,
  ref: string,
  text: string
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const info = readPackage(ZipIn.open(bytes));
  const target = info.sheets.find((s) => s.name === sheet)?.target;
  const xml = target ? await zip.file(target)?.async("string") : undefined;
  if (!target || !xml) throw new Error(`no sheet ${sheet}`);
  const cell = `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const existing = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
  if (!existing.test(xml)) throw new Error(`no cell ${ref} on ${sheet}`);
  zip.file(
    target,
    xml.replace(existing, () => cell)
  );
  return zip.generateAsync({ type: "uint8array" });
}
