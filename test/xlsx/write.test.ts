import ExcelJS from "exceljs";
import JSZip from "jszip";
import { colLetter } from "../../src/core/address";
import { cellAt, lastCol } from "../../src/core/grid";
import { MARKER, parseStamp } from "../../src/core/render";
import { existingSheets } from "../../src/xlsx/owned";
import { loadWorkbook } from "../../src/xlsx/read";
import { makeSampleWorkbook } from "../../src/xlsx/sample";
import { clearPackage, writePlanToPackage } from "../../src/xlsx/package";
import { protectedSheet } from "../fixtures/make";
import { editCellText, makePlan, snapshot } from "./plan-helpers";

async function rawWorkbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

async function partsOf(data: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(data);
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort();
}

const OFFICE = ["Cá nhân", "Tập thể"];

describe("writePlanToPackage writes the plan and nothing else (spec/workbook.md “What goes out”)", () => {
  let original: Uint8Array;
  let checked: Uint8Array;
  let officeLastCol: number;
  beforeAll(async () => {
    original = await makeSampleWorkbook({ people: 40, units: 5, seed: 7 });
    const loaded = await loadWorkbook(original);
    officeLastCol = lastCol(loaded.grid.sheets[0]);
    const plan = makePlan(
      loaded.grid.sheets.filter((s) => OFFICE.includes(s.name)),
      existingSheets(loaded)
    );
    const r = await writePlanToPackage(loaded, plan);
    expect(r.refused).toEqual([]);
    checked = r.bytes;
  });

  test("the result block's values sit right of the office's table, under the marker", async () => {
    const { grid } = await loadWorkbook(checked);
    const s = grid.sheets[0];
    const first = officeLastCol + 1;
    expect(cellAt(s, 6, first)).toBe(MARKER);
    expect(cellAt(s, 7, first)).toBe("Kết quả");
    expect(cellAt(s, 9, first)).toBe("✗ Chưa đạt");
    expect(cellAt(s, 9, first + 2)).toBe(1);
    expect(s.merges).toContainEqual({ top: 6, left: first, bottom: 6, right: first + 2 });
  });

  test("the flag column is hidden, widths set, block styles carry font name and size", async () => {
    const wb = await rawWorkbook(checked);
    const ws = wb.getWorksheet("Cá nhân")!;
    const first = officeLastCol + 1;
    expect(ws.getColumn(first + 2).hidden).toBe(true);
    expect(ws.getColumn(first + 1).width).toBe(36);
    const head = ws.findCell(7, first)!;
    expect(head.font).toMatchObject({ name: "Times New Roman", size: 12, bold: true });
    expect(head.fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
  });

  test("marks are conditional formats reading the flag column, after the office's own rule", async () => {
    const wb = await rawWorkbook(checked);
    const ws = wb.getWorksheet("Cá nhân")!;
    const cfs = (
      ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings;
    expect(cfs).toHaveLength(3);
    const flag = colLetter(officeLastCol + 3);
    const formulas = cfs.map((c) => (c.rules[0] as { formulae: string[] }).formulae[0]);
    expect(formulas[0]).toContain("SEARCH"); // the office's rule, untouched
    expect(formulas.slice(1)).toEqual([`$${flag}8=1`, `$${flag}8=0`]);
    expect(cfs[1].rules[0].style?.fill).toMatchObject({ bgColor: { argb: "FFFFC7CE" } });
  });

  test("an AutoFilter is added on the header row and stamped as the add-in's", async () => {
    const wb = await rawWorkbook(checked);
    expect(wb.getWorksheet("Cá nhân")!.autoFilter).toBeTruthy();
    const { info } = await loadWorkbook(checked);
    const names = info.names.filter((n) => n.sheet === "Cá nhân").map((n) => [n.name, n.hidden]);
    expect(names).toEqual(
      expect.arrayContaining([
        ["_thidua_block", true],
        ["_thidua_filter", true],
      ])
    );
  });

  test("owned sheets are written with their stamps as sheet-scoped hidden names; settings hidden", async () => {
    const { grid, info } = await loadWorkbook(checked);
    const summary = grid.sheets.find((s) => s.name === "Đề xuất khen thưởng")!;
    expect(parseStamp(summary.stamp)?.kind).toBe("summary");
    expect(cellAt(summary, 3, 2)).toBe("Nguyễn Văn An");
    const settings = grid.sheets.find((s) => s.name === "Cấu hình rà soát")!;
    expect(settings.visibility).toBe("hidden");
    const owner = info.names.find(
      (n) => n.name === "_thidua_owner" && n.sheet === "Đề xuất khen thưởng"
    );
    expect(owner?.hidden).toBe(true);
    expect(owner?.formula.startsWith('"{""app"":""thidua""')).toBe(true);
  });

  test("the summary's page setup: A4, fit to one page wide, print titles and area, page number from page 2", async () => {
    const ws = (await rawWorkbook(checked)).getWorksheet("Đề xuất khen thưởng")!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: "A1:C4",
    });
    expect(ws.pageSetup.printTitlesRow).toBe("2:2");
    expect(ws.headerFooter).toMatchObject({ differentFirst: true, oddHeader: "&C&P" });
    expect(ws.views[0]).toMatchObject({ showGridLines: false });
    expect(ws.getRow(1).height).toBe(30);
  });

  test("a link to a cell is a HYPERLINK formula to the sheet-qualified cell (no relationship to a file)", async () => {
    const zip = await JSZip.loadAsync(checked);
    const { info } = await loadWorkbook(checked);
    const wb = await rawWorkbook(checked);
    const sheetPath = info.sheets.find((s) => s.name === "Đề xuất khen thưởng")!.target;
    const linked = wb.getWorksheet("Đề xuất khen thưởng")!.findCell(3, 2)!;
    expect(linked.formula).toBe(`HYPERLINK("#'Cá nhân'!B10","${String(linked.result)}")`);
    const rels =
      (await zip.file(sheetPath.replace(/([^/]+)$/, "_rels/$1.rels"))?.async("string")) ?? "";
    expect(rels).not.toContain("Cá nhân");
  });

  test("PRESERVATION: every office cell, merge, width, row and own conditional format is unchanged", async () => {
    const before = await rawWorkbook(original);
    const after = await rawWorkbook(checked);
    for (const name of OFFICE) {
      const b = snapshot(before.getWorksheet(name)!);
      const a = snapshot(after.getWorksheet(name)!);
      const officeCells = Object.fromEntries(
        Object.entries(a.cells as Record<string, unknown>).filter(([k]) => k in (b.cells as object))
      );
      expect(officeCells).toEqual(b.cells);
      expect((b.cols as unknown[]).length).toBeGreaterThan(5);
      expect((a.cols as unknown[]).slice(0, (b.cols as unknown[]).length)).toEqual(b.cols);
      expect((a.merges as string[]).filter((m) => (b.merges as string[]).includes(m))).toEqual(
        b.merges
      );
      const cfBefore = JSON.parse(b.cf as string) as unknown[];
      expect((JSON.parse(a.cf as string) as unknown[]).slice(0, cfBefore.length)).toEqual(cfBefore);
    }
  });

  test("apply then clear gives back the office's sheets exactly, and the same package parts and names", async () => {
    const loaded = await loadWorkbook(checked);
    const { bytes: clean, result: cleared } = await clearPackage(loaded);
    expect(cleared.removedSheets.sort()).toEqual(["Cấu hình rà soát", "Đề xuất khen thưởng"]);
    expect(cleared.cleared).toEqual(OFFICE);
    const before = await rawWorkbook(original);
    const after = await rawWorkbook(clean);
    expect(after.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
    for (const name of OFFICE)
      expect(snapshot(after.getWorksheet(name)!)).toEqual(snapshot(before.getWorksheet(name)!));
    expect(await partsOf(clean)).toEqual(await partsOf(original));
    expect((await loadWorkbook(clean)).info.names).toEqual(
      (await loadWorkbook(original)).info.names
    );
  });

  test("a second run replaces the block and rewrites unedited owned sheets in place", async () => {
    const loaded = await loadWorkbook(checked);
    const order = (await rawWorkbook(checked)).worksheets.map((w) => w.name);
    const plan = makePlan(
      loaded.grid.sheets
        .filter((s) => OFFICE.includes(s.name))
        .map((s) => ({
          ...s,
          values: s.values.map((r) => r.slice(0, officeLastCol - s.left + 1)),
        })),
      existingSheets(loaded)
    );
    expect(plan.sheets[0].inPlace).toBe(true);
    const againBytes = (await writePlanToPackage(loaded, plan)).bytes;
    const again = await loadWorkbook(againBytes);
    const againWb = await rawWorkbook(againBytes);
    expect(againWb.worksheets.map((w) => w.name)).toEqual(order);
    const s = again.grid.sheets[0];
    expect(lastCol(s)).toBe(officeLastCol + 3);
    const ws = againWb.getWorksheet("Cá nhân")!;
    expect(
      (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings
    ).toHaveLength(3);
  });

  test("an owned sheet edited by hand is kept and the new one is written beside it as “(2)”", async () => {
    const edited = await loadWorkbook(
      await editCellText(checked, "Đề xuất khen thưởng", "C4", "Đã họp Hội đồng: đồng ý")
    );
    const plan = makePlan([], existingSheets(edited));
    expect(plan.sheets[0]).toMatchObject({ name: "Đề xuất khen thưởng (2)", inPlace: false });
    const r = await writePlanToPackage(edited, plan);
    expect(r.written[0]).toBe("Đề xuất khen thưởng (2)");
    const out = await loadWorkbook(r.bytes);
    const kept = out.grid.sheets.find((s) => s.name === "Đề xuất khen thưởng")!;
    expect(cellAt(kept, 4, 3)).toBe("Đã họp Hội đồng: đồng ý");
    expect(
      parseStamp(out.grid.sheets.find((s) => s.name === "Đề xuất khen thưởng (2)")!.stamp)?.kind
    ).toBe("summary");
  });
});

describe("writePlanToPackage refuses protected sheets (spec/criteria.md §5.7)", () => {
  test("the sheet is not written and the refusal names it and says how to unprotect, in Vietnamese", async () => {
    const original = await protectedSheet();
    const loaded = await loadWorkbook(original);
    const before = snapshot((await rawWorkbook(original)).getWorksheet("Cá nhân")!);
    const plan = makePlan(loaded.grid.sheets, existingSheets(loaded), 1);
    const r = await writePlanToPackage(loaded, plan);
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0].sheet).toBe("Cá nhân");
    expect(r.refused[0].msg).toContain("“Cá nhân”");
    expect(r.refused[0].msg).toContain("Bỏ bảo vệ trang tính");
    expect(snapshot((await rawWorkbook(r.bytes)).getWorksheet("Cá nhân")!)).toEqual(before);
    expect(r.written).toContain("Đề xuất khen thưởng");
  });
});
