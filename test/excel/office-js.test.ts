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
import { FIRST_BLOCK_COL, fullPlan, officeSheet, reviewPlan } from "./plans";

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

  it("re-runs in place through the real Office.js: old rules replaced (reached by id, not by a stale handle), sheets rewritten", async () => {
    const mock = new MockExcel([officeSheet("Cá nhân", 50)]);
    const h = new OfficeJsHarness(mock);
    await applyPlan(h.context, fullPlan("Cá nhân", 50));
    const plan = fullPlan("Cá nhân", 50);
    plan.checked[0].clearCols = { first: FIRST_BLOCK_COL, last: FIRST_BLOCK_COL + 19 };
    plan.sheets.push(reviewPlan(20));
    const second = await applyPlan(h.context, plan);
    expect(second.sheets.map((s) => [s.name, s.inPlace])).toEqual([
      ["Đề xuất khen thưởng", true],
      ["Cấu hình rà soát", true],
      ["Rà soát chi tiết", false],
    ]);
    expect((mock.sheet("Cá nhân") as SheetState).cfs).toHaveLength(4);
    expect(h.refusals).toBe(0);
  });

  it("on a table, in a structure-protected workbook: the block without a filter, no sheet added, with messages", async () => {
    const office = officeSheet("Cá nhân", 30);
    office.tables.push({ name: "Bang", area: { r0: 0, c0: 0, r1: 30, c1: 19 } });
    const mock = new MockExcel([office]);
    mock.book.structureProtected = true;
    const h = new OfficeJsHarness(mock);
    const result = await applyPlan(h.context, fullPlan("Cá nhân", 30));
    expect(result.notices.map((n) => n.msg.key)).toEqual([
      "EXCEL_TABLE_NO_FILTER",
      "EXCEL_STRUCTURE_SKIPPED",
    ]);
    expect(office.autoFilter).toBeNull();
    expect(mock.book.sheets).toHaveLength(1);
  });

  it("throws as Office.js does when a property is read before it was loaded", async () => {
    const h = new OfficeJsHarness(new MockExcel([officeSheet("Cá nhân", 3)]));
    const ws = h.context.workbook.worksheets.getItem("Cá nhân");
    await h.context.sync();
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the point
    expect(() => ws.name).toThrow();
  });
});
