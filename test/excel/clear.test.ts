import { clearMarks } from "../../src/excel/clear";
import { applyPlan } from "../../src/excel/write";
import { MockExcel, sheetFromRows } from "./mock-excel";
import { snapshotBook, type SheetState } from "./mock-state";
import { BLOCK_COLS, FIRST_BLOCK_COL, fullPlan, officeSheet } from "./plans";

describe("clearMarks", () => {
  it("gives the workbook back exactly as before the first check (workbook.md item 7)", async () => {
    const office = officeSheet("Cá nhân", 200);
    const history = sheetFromRows("Lịch sử", [
      ["Năm", "Danh hiệu"],
      [2024, "LĐTT"],
    ]);
    const mock = new MockExcel([office, history]);
    const before = JSON.stringify(snapshotBook(mock.book));
    await applyPlan(mock.context, fullPlan("Cá nhân", 200));
    expect(JSON.stringify(snapshotBook(mock.book))).not.toBe(before);

    const syncsBefore = mock.syncs.length;
    const result = await clearMarks(mock.context);

    expect(JSON.stringify(snapshotBook(mock.book))).toBe(before);
    expect(result).toMatchObject({
      blocks: ["Cá nhân"],
      rules: 3,
      filters: ["Cá nhân"],
      removedSheets: ["Đề xuất khen thưởng", "Cấu hình rà soát"],
      kept: [],
    });
    expect(mock.syncs.length - syncsBefore).toBeLessThanOrEqual(4);
  });

  it("keeps the office's own AutoFilter and rules, and a summary the clerk edited", async () => {
    const office = officeSheet("Cá nhân", 30);
    office.autoFilter = "A1:T1";
    const mock = new MockExcel([office]);
    await applyPlan(mock.context, {
      ...fullPlan("Cá nhân", 30),
      sheets: [fullPlan("Cá nhân", 30).sheets[0]],
    });
    expect(office.autoFilter).toBe("A1:T1");
    (mock.sheet("Đề xuất khen thưởng") as SheetState).cells.get(4)?.set(1, "Sửa tay");

    const result = await clearMarks(mock.context);
    expect(office.autoFilter).toBe("A1:T1");
    expect(office.cfs.map((cf) => cf.formula)).toEqual(["=$D2>5"]);
    expect(result.kept).toEqual(["Đề xuất khen thưởng"]);
    expect(result.filters).toEqual([]);
    expect(mock.sheet("Đề xuất khen thưởng")).not.toBeNull();
  });

  it("finds a block by its marker header when its stamp name was lost", async () => {
    const office = officeSheet("Cá nhân", 10);
    const mock = new MockExcel([office]);
    const before = JSON.stringify(snapshotBook(mock.book));
    await applyPlan(mock.context, { ...fullPlan("Cá nhân", 10), sheets: [] });
    office.names.clear();
    office.autoFilter = null;

    const result = await clearMarks(mock.context);
    expect(result.blocks).toEqual(["Cá nhân"]);
    expect(result.rules).toBe(3);
    expect(office.cells.get(0)?.get(FIRST_BLOCK_COL - 1)).toBeUndefined();
    expect(JSON.stringify(snapshotBook(mock.book))).toBe(before);
  });

  it("leaves a protected sheet alone and says which one", async () => {
    const office = officeSheet("Cá nhân", 10);
    const mock = new MockExcel([office]);
    await applyPlan(mock.context, { ...fullPlan("Cá nhân", 10), sheets: [] });
    office.protected = true;
    const result = await clearMarks(mock.context);
    expect(result.refused).toEqual([
      { sheet: "Cá nhân", msg: { key: "EXCEL_PROTECTED", params: { sheet: "Cá nhân" } } },
    ]);
    expect(office.cells.get(0)?.get(FIRST_BLOCK_COL - 1)).toBe("KẾT QUẢ RÀ SOÁT");
  });
});

describe("an office rule reaching into the result block's columns", () => {
  /** The office's own rule over whole rows A2:AZ31, wider than its data: it spans the block columns. */
  function wideRule(s: SheetState): void {
    s.cfs.push({
      id: 9001,
      area: { r0: 1, c0: 0, r1: 30, c1: 51 },
      type: "Custom",
      formula: '=$C2="HTNV"',
      fill: "#FFFF00",
      font: null,
    });
  }

  it("is kept whole by Xóa đánh dấu, which clears the block's cells and formats around it", async () => {
    const office = officeSheet("Cá nhân", 30);
    wideRule(office);
    const mock = new MockExcel([office]);
    const before = JSON.stringify(snapshotBook(mock.book));
    await applyPlan(mock.context, { ...fullPlan("Cá nhân", 30), sheets: [] });
    expect(office.cells.get(0)?.get(FIRST_BLOCK_COL - 1)).toBe("KẾT QUẢ RÀ SOÁT");

    await clearMarks(mock.context);
    expect(office.cfs.find((cf) => cf.id === 9001)?.area).toEqual({ r0: 1, c0: 0, r1: 30, c1: 51 });
    expect(JSON.stringify(snapshotBook(mock.book))).toBe(before);
  });

  it("is kept whole when a re-run clears the old block before writing the new one", async () => {
    const office = officeSheet("Cá nhân", 30);
    wideRule(office);
    const mock = new MockExcel([office]);
    await applyPlan(mock.context, { ...fullPlan("Cá nhân", 30), sheets: [] });
    const again = { ...fullPlan("Cá nhân", 30), sheets: [] };
    again.checked[0].clearCols = { first: FIRST_BLOCK_COL, last: FIRST_BLOCK_COL + BLOCK_COLS - 1 };
    await applyPlan(mock.context, again);
    expect(office.cfs.find((cf) => cf.id === 9001)?.area).toEqual({ r0: 1, c0: 0, r1: 30, c1: 51 });
    expect(office.cfs.filter((cf) => cf.id !== 9000 && cf.id !== 9001)).toHaveLength(3);
  });
});
