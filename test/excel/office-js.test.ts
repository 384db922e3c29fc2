/**
 * The host through the real Office.js client library (bench/office-js.ts): request sizes as Office.js serializes
 * them, answered by the strict fake.
 */
import { OfficeJsHarness, REQUEST_LIMIT } from "../../bench/office-js";
import { clearMarks } from "../../src/excel/clear";
import { readWorkbook } from "../../src/excel/read";
import { applyPlan } from "../../src/excel/write";
import { MockExcel } from "./mock-excel";
import { getCell, snapshotBook, type SheetState } from "./mock-state";
import { FIRST_BLOCK_COL, fullPlan, officeSheet } from "./plans";

describe("the Excel host through the real Office.js", () => {
  it("writes, reads back and clears a 100-row plan, with every request under 5 MB", async () => {
    const mock = new MockExcel([officeSheet("Cá nhân", 100)]);
    const before = JSON.stringify(snapshotBook(mock.book));
    const h = new OfficeJsHarness(mock);
    const result = await applyPlan(h.context, fullPlan("Cá nhân", 100));
    expect(result.written).toEqual(["Cá nhân"]);
    const s = mock.sheet("Cá nhân") as SheetState;
    expect(getCell(s, 0, FIRST_BLOCK_COL - 1)).toBe("KẾT QUẢ RÀ SOÁT");
    expect(mock.sheet("Đề xuất khen thưởng")).not.toBeNull();
    expect(h.maxRequestBytes).toBeLessThan(REQUEST_LIMIT);
    expect(h.requests.length).toBeLessThanOrEqual(8);

    const grid = await readWorkbook(h.context);
    expect(grid.sheets.map((g) => g.name)).toContain("Đề xuất khen thưởng");

    const cleared = await clearMarks(h.context);
    expect(cleared.removedSheets).toEqual(["Đề xuất khen thưởng", "Cấu hình rà soát"]);
    expect(JSON.stringify(snapshotBook(mock.book))).toBe(before);
  });

  it("throws as Office.js does when a property is read before it was loaded", async () => {
    const h = new OfficeJsHarness(new MockExcel([officeSheet("Cá nhân", 3)]));
    const ws = h.context.workbook.worksheets.getItem("Cá nhân");
    await h.context.sync();
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the point
    expect(() => ws.name).toThrow();
  });
});
