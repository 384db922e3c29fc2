import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseA1 } from "../../src/core/address";
import type { CellValue } from "../../src/core/grid";
import type { OwnedSheetPlan } from "../../src/core/render/plan";
import { displayText } from "../../src/xlsx/cells";
import { writePlanToPackage } from "../../src/xlsx/package";
import { loadWorkbook, sheetGrid } from "../../src/xlsx/read";
import { gridHash } from "../../src/xlsx/stamps";
import { toExcelValue } from "../../src/xlsx/values";
import { applyCellStyle, applyPageSetup } from "./exceljs-reference";
import { snapshot } from "./plan-helpers";

const values: CellValue[][] = [
  ["RÀ SOÁT CHI TIẾT", null, null, null],
  ["STT", "Họ và tên", "Ngày", "Ghi chú"],
  [1, "Nguyễn Văn An", new Date(Date.UTC(2025, 11, 31)), 'a & b < c > d "e"  '],
  [2, "Trần Thị Bình", null, true],
  [3, "Lê\u0001 Văn Cường", 4.5, { error: "#N/A" }],
  [null, null, null, "  khoảng trắng đầu"],
];

const plan: OwnedSheetPlan = {
  kind: "review",
  name: "Rà soát chi tiết",
  visibility: "visible",
  values,
  merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
  styles: [
    { range: "A1:D6", style: { fontName: "Times New Roman", fontSize: 11, border: true } },
    { range: "A1:D1", style: { bold: true, fontSize: 14, hAlign: "center" } },
    { range: "A2:D2", style: { bold: true, fill: "D9E1F2", wrap: true, vAlign: "middle" } },
    { range: "C3:C4", style: { numFmt: "dd/mm/yyyy" } },
    { range: "D3:D6", style: { wrap: true, color: "C00000", italic: true } },
    { range: "B4", style: { fontName: "Arial", underline: true } },
  ],
  widths: [
    { col: 1, width: 6 },
    { col: 2, width: 28 },
  ],
  rowHeights: [
    { row: 1, height: 32 },
    { row: 4, height: 45.5 },
    { row: 8, height: 20 },
  ],
  links: [
    { cell: "B3", target: "'Cá nhân'!B10" },
    { cell: "B4", target: "'Cá nhân'!B11" },
  ],
  pageSetup: {
    paper: "A4",
    orientation: "landscape",
    printTitleRows: "2:2",
    printArea: "A1:D6",
    fitToWidth: 1,
    fitToHeight: 0,
    pageNumberTopFromPage2: true,
    gridlines: false,
    margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 },
  },
  stamp: "{}",
  autoFilter: "A2:D6",
};

/** The reference: every cell through exceljs's model. */
function fillCellByCell(ws: ExcelJS.Worksheet, p: OwnedSheetPlan): void {
  ws.state = p.visibility;
  p.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== null) ws.getCell(i + 1, j + 1).value = toExcelValue(v);
    })
  );
  for (const m of p.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const s of p.styles) {
    const [from, to] = s.range.split(":");
    const a = parseA1(from);
    const b = parseA1(to ?? from);
    if (!a || !b) continue;
    for (let r = a.row; r <= b.row; r++)
      for (let c = a.col; c <= b.col; c++) applyCellStyle(ws.getCell(r, c), s.style);
  }
  for (const w of p.widths) ws.getColumn(w.col).width = w.width;
  for (const h of p.rowHeights) ws.getRow(h.row).height = h.height;
  for (const link of p.links) {
    const at = parseA1(link.cell);
    if (!at) continue;
    const text = displayText(p.values[at.row - 1][at.col - 1]) ?? link.target;
    const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;
    ws.getCell(at.row, at.col).value = {
      formula: `HYPERLINK(${quote(`#${link.target}`)},${quote(text)})`,
      result: text,
    };
  }
  if (p.pageSetup) applyPageSetup(ws, p.pageSetup);
  if (p.autoFilter) ws.autoFilter = p.autoFilter;
}

/** The owned sheet's XML as saved, and the sheet reloaded. With office text the file has a shared-string table. */
async function reload(
  write: "package" | "reference",
  officeText: boolean
): Promise<{ ws: ExcelJS.Worksheet; xml: string }> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Cá nhân").getCell("A1").value = officeText ? "office" : 1;
  if (write === "reference") fillCellByCell(wb.addWorksheet(plan.name), plan);
  let bytes: Uint8Array = new Uint8Array(await wb.xlsx.writeBuffer());
  if (write === "package") {
    const loaded = await loadWorkbook(bytes);
    bytes = (await writePlanToPackage(loaded, { checked: [], sheets: [plan], remove: [] })).bytes;
  }
  const xml =
    (await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = again.getWorksheet(plan.name);
  if (!ws) throw new Error("owned sheet missing after reload");
  return { ws, xml };
}

describe.each([
  ["the shared-string table", true, ' t="s"'],
  ["inline strings (no table written)", false, ' t="inlineStr"'],
])(
  "an owned sheet written into the package as XML (package/owned-sheet.ts), text in %s, read back by exceljs as the same sheet written cell by cell",
  (_, officeText, textType) => {
    let fast: ExcelJS.Worksheet;
    let slow: ExcelJS.Worksheet;
    let xml: string;
    beforeAll(async () => {
      ({ ws: fast, xml } = await reload("package", officeText));
      slow = (await reload("reference", officeText)).ws;
    });

    it("writes the text cells that way", () => {
      expect(xml).toContain(`<c r="A2" s="`);
      expect(xml).toMatch(new RegExp(`<c r="B2" s="\\d+"${textType}`));
    });

    it("reads back every cell, style, width, row height, merge and filter as writing cell by cell did", () => {
      expect(snapshot(fast)).toEqual(snapshot(slow));
    });

    it("gives the same grid, so a re-run's hash of the sheet still matches the stamp", () => {
      expect(gridHash(sheetGrid(fast))).toBe(gridHash(sheetGrid(slow)));
      expect(sheetGrid(fast).values[2][3]).toBe('a & b < c > d "e"  ');
    });

    it("keeps values: text (escaped, leading spaces kept), numbers, dates, booleans, errors", () => {
      expect(fast.getCell("A1").value).toBe("RÀ SOÁT CHI TIẾT");
      expect(fast.getCell("D3").value).toBe('a & b < c > d "e"  ');
      expect(fast.getCell("D6").value).toBe("  khoảng trắng đầu");
      expect(fast.getCell("C5").value).toBe(4.5);
      expect(fast.getCell("D4").value).toBe(true);
      expect(fast.getCell("D5").value).toEqual({ error: "#N/A" });
      expect(fast.getCell("C3").value).toEqual(new Date(Date.UTC(2025, 11, 31)));
      expect(fast.getCell("C3").numFmt).toBe("dd/mm/yyyy");
      expect(fast.getCell("B5").value).toBe("Lê Văn Cường");
    });

    it("keeps styles layered in plan order: font name and size, bold, fill, borders, wrap", () => {
      expect(fast.getCell("A1").font).toMatchObject({
        name: "Times New Roman",
        size: 14,
        bold: true,
      });
      expect(fast.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
      expect(fast.getCell("B2").fill).toMatchObject({
        pattern: "solid",
        fgColor: { argb: "FFD9E1F2" },
      });
      expect(fast.getCell("B2").alignment).toMatchObject({ wrapText: true, vertical: "middle" });
      expect(fast.getCell("C6").border).toMatchObject({
        top: { style: "thin" },
        left: { style: "thin" },
      });
      expect(fast.getCell("B4").font).toMatchObject({ name: "Arial", size: 11, underline: true });
      expect(fast.getCell("D4").font).toMatchObject({ italic: true, color: { argb: "FFC00000" } });
    });

    it("keeps merges, row heights and links as HYPERLINK formulas with their text", () => {
      expect(fast.getCell("D1").isMerged).toBe(true);
      expect(fast.getCell("D1").master.address).toBe("A1");
      expect(fast.getRow(1).height).toBe(32);
      expect(fast.getRow(4).height).toBe(45.5);
      expect(fast.getRow(8).height).toBe(20);
      expect(fast.getCell("B3").value).toEqual({
        formula: `HYPERLINK("#'Cá nhân'!B10","Nguyễn Văn An")`,
        result: "Nguyễn Văn An",
      });
    });

    it("writes nothing below the plan's rows (no placeholder cells left)", () => {
      expect(fast.rowCount).toBe(8);
      expect(fast.getRow(7).cellCount).toBe(0);
      expect(fast.getRow(8).cellCount).toBe(0);
    });
  }
);
