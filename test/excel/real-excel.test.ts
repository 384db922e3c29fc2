/**
 * What real Excel would refuse or misplace (issue 13, item 1), on the strict fake: each test failed before the host
 * was fixed.
 */
import { contentHash, makeStamp } from "../../src/core/render/stamp";
import { clearMarks } from "../../src/excel/clear";
import { runExcel } from "../../src/excel/errors";
import { EXCEL_MESSAGES } from "../../src/excel/messages";
import { decodeNameText } from "../../src/excel/ownership";
import { applyPlan } from "../../src/excel/write";
import { MockExcel, sheetFromRows } from "./mock-excel";
import { getCell, newSheet, snapshotBook, type SheetState } from "./mock-state";
import {
  BLOCK_COLS,
  checkedPlan,
  FIRST_BLOCK_COL,
  fullPlan,
  OFFICE_COLS,
  officeSheet,
  reviewPlan,
  summaryPlan,
} from "./plans";

const LIMIT = 5_000_000;

function withTable(rows: number): SheetState {
  const s = officeSheet("Cá nhân", rows);
  s.tables.push({ name: "BangCaNhan", area: { r0: 0, c0: 0, r1: rows, c1: OFFICE_COLS - 1 } });
  return s;
}

const maxRequest = (m: MockExcel) => Math.max(...m.syncs.map((s) => s.request));
const maxResponse = (m: MockExcel) => Math.max(...m.syncs.map((s) => s.response));

describe("applyPlan in real Excel's conditions", () => {
  it("adds no sheet AutoFilter over an Excel table, says how reviewers filter, and stamps the block it wrote", async () => {
    const office = withTable(30);
    const mock = new MockExcel([office]);
    const result = await applyPlan(mock.context, fullPlan("Cá nhân", 30));

    expect(office.autoFilter).toBeNull();
    expect(office.names.has("_thidua_filter")).toBe(false);
    expect(getCell(office, 0, FIRST_BLOCK_COL - 1)).toBe("KẾT QUẢ RÀ SOÁT");
    expect(decodeNameText(office.names.get("_thidua_block")?.formula)).toContain('"kind":"block"');
    expect(result.notices).toEqual([
      { sheet: "Cá nhân", msg: { key: "EXCEL_TABLE_NO_FILTER", params: { sheet: "Cá nhân" } } },
    ]);
    expect(EXCEL_MESSAGES.EXCEL_TABLE_NO_FILTER.vi).toMatch(/Dữ liệu › Lọc|Data › Filter/);

    // Clearing gives the sheet back as it was.
    const fresh = JSON.stringify(snapshotBook(new MockExcel([withTable(30)]).book));
    await clearMarks(mock.context);
    expect(JSON.stringify(snapshotBook({ sheets: [office], nextId: 0 }))).toBe(fresh);
  });

  it("in a structure-protected workbook writes the block but adds, deletes and hides no sheet, and names what it skipped", async () => {
    const mock = new MockExcel([officeSheet("Cá nhân", 20)]);
    mock.book.structureProtected = true;
    const result = await applyPlan(mock.context, fullPlan("Cá nhân", 20));

    expect(result.written).toEqual(["Cá nhân"]);
    expect(result.sheets).toEqual([]);
    expect(mock.book.sheets.map((s) => s.name)).toEqual(["Cá nhân"]);
    expect(result.notices).toEqual([
      {
        msg: {
          key: "EXCEL_STRUCTURE_SKIPPED",
          params: { sheets: "Đề xuất khen thưởng, Cấu hình rà soát" },
        },
      },
    ]);
    expect(EXCEL_MESSAGES.EXCEL_STRUCTURE_SKIPPED.vi).toContain("{sheets}");
    expect(EXCEL_MESSAGES.EXCEL_STRUCTURE_SKIPPED.vi).toMatch(/Bảo vệ sổ làm việc/);
  });

  it("removes its review sheet through runExcel where ExcelApi 1.20 exists (no undo grouping around a delete)", async () => {
    const mock = new MockExcel([officeSheet("Cá nhân", 5)]);
    const deps = { run: mock.run.bind(mock) };
    await runExcel((c) => applyPlan(c, { checked: [], sheets: [reviewPlan(3)], remove: [] }), deps);
    const result = await runExcel(
      (c) => applyPlan(c, { checked: [], sheets: [], remove: ["review"] }),
      deps
    );
    expect(result.removed).toEqual(["Rà soát chi tiết"]);
    expect(mock.sheet("Rà soát chi tiết")).toBeNull();
  });

  it("loads its own sheets' contents for the hash in chunks, every response under 5 MB", async () => {
    const mock = new MockExcel([officeSheet("Cá nhân", 5)]);
    const review = reviewPlan(30_000);
    await applyPlan(mock.context, { checked: [], sheets: [review], remove: [] });
    const syncs = mock.syncs.length;
    const again = await applyPlan(mock.context, { checked: [], sheets: [review], remove: [] });
    expect(again.sheets).toEqual([{ kind: "review", name: "Rà soát chi tiết", inPlace: true }]);
    expect(maxResponse(mock)).toBeLessThan(LIMIT);
    expect(mock.refusals).toBe(0);

    const cleared = await clearMarks(mock.context);
    expect(cleared.removedSheets).toEqual(["Rà soát chi tiết"]);
    expect(maxResponse(mock)).toBeLessThan(LIMIT);
    expect(mock.syncs.length).toBeGreaterThan(syncs);
  });

  it("splits 30,000 hyperlinks into requests under 5 MB without a refusal", async () => {
    const mock = new MockExcel([officeSheet("Cá nhân", 5)]);
    await applyPlan(mock.context, { checked: [], sheets: [reviewPlan(30_000)], remove: [] });
    const s = mock.sheet("Rà soát chi tiết") as SheetState;
    expect(s.links.size).toBe(30_000);
    expect(maxRequest(mock)).toBeLessThan(LIMIT);
    expect(mock.refusals).toBe(0);
    const total = mock.syncs.reduce((n, x) => n + x.request, 0);
    expect(mock.syncs.length).toBeLessThanOrEqual(8 + Math.ceil(total / 4_000_000));
  });

  it("links at most 65,530 review rows, Excel's limit per sheet, and says how to find the others", async () => {
    const mock = new MockExcel([officeSheet("Cá nhân", 5)]);
    const result = await applyPlan(mock.context, {
      checked: [],
      sheets: [reviewPlan(66_000, "Thiếu")],
      remove: [],
    });
    const s = mock.sheet("Rà soát chi tiết") as SheetState;
    expect(s.links.size).toBe(65_530);
    expect(getCell(s, 66_000, 1)).toBe("F66001");
    expect(result.notices).toEqual([
      {
        sheet: "Rà soát chi tiết",
        msg: { key: "EXCEL_LINKS_CAPPED", params: { sheet: "Rà soát chi tiết", count: "470" } },
      },
    ]);
  });

  it("sets the review sheet's AutoFilter, also when rewriting it in place", async () => {
    const mock = new MockExcel([officeSheet("Cá nhân", 5)]);
    await applyPlan(mock.context, { checked: [], sheets: [reviewPlan(4)], remove: [] });
    expect(mock.sheet("Rà soát chi tiết")?.autoFilter).toBe("A1:F5");
    const again = await applyPlan(mock.context, {
      checked: [],
      sheets: [reviewPlan(4)],
      remove: [],
    });
    expect(again.sheets[0].inPlace).toBe(true);
    expect(mock.sheet("Rà soát chi tiết")?.autoFilter).toBe("A1:F5");
  });

  it("clears the criteria of a filter before rewriting a filtered block, so no old result stays in hidden rows", async () => {
    const office = officeSheet("Cá nhân", 50);
    const mock = new MockExcel([office]);
    await applyPlan(mock.context, fullPlan("Cá nhân", 50));
    for (let r = 40; r <= 45; r++) office.filterHidden.add(r);
    const plan = { ...fullPlan("Cá nhân", 30), sheets: [] };
    plan.checked[0] = checkedPlan("Cá nhân", 30, {
      first: FIRST_BLOCK_COL,
      last: FIRST_BLOCK_COL + BLOCK_COLS - 1,
    });
    await applyPlan(mock.context, plan);
    for (let r = 32; r <= 50; r++)
      expect([r, getCell(office, r, FIRST_BLOCK_COL)]).toEqual([r, undefined]);
    expect(office.filterHidden.size).toBe(0);
  });

  it("suspends screen updating once per run, and not at all without ExcelApi 1.9", async () => {
    const mock = new MockExcel([officeSheet("Cá nhân", 2000)]);
    await applyPlan(mock.context, fullPlan("Cá nhân", 2000), {
      isSetSupported: () => true,
      budget: 200_000,
    });
    expect(mock.syncs.length).toBeGreaterThan(4);
    expect(mock.screenSuspensions).toBe(1);
    const old = new MockExcel([officeSheet("Cá nhân", 20)]);
    await applyPlan(old.context, fullPlan("Cá nhân", 20), { isSetSupported: () => false });
    expect(old.screenSuspensions).toBe(0);
  });

  it("keeps text that Excel's entry parser would turn into an error, a date or a number as the text it is", async () => {
    const texts = ["#N/A", "5 Jan", "'trích dẫn", "0123", "TRUE", "12%", "=A1", "Jan 2025"];
    const plan = summaryPlan(2);
    plan.values.push(texts);
    plan.stamp = makeStamp("summary", contentHash(plan.values));
    const mock = new MockExcel([newSheet("Cá nhân")]);
    await applyPlan(mock.context, { checked: [], sheets: [plan], remove: [] });
    const s = mock.sheet("Đề xuất khen thưởng") as SheetState;
    const row = plan.values.length - 1;
    expect(texts.map((_, c) => getCell(s, row, c))).toEqual(texts);
    expect(s.errors.size).toBe(0);
    const again = await applyPlan(mock.context, { checked: [], sheets: [plan], remove: [] });
    expect(again.sheets[0].inPlace).toBe(true);
  });
});

describe("clearMarks in real Excel's conditions", () => {
  it("clears a workbook holding an empty sheet (no used range to search)", async () => {
    const office = officeSheet("Cá nhân", 10);
    const mock = new MockExcel([office, newSheet("Trống")]);
    const before = JSON.stringify(snapshotBook(mock.book));
    await applyPlan(mock.context, fullPlan("Cá nhân", 10));
    await clearMarks(mock.context);
    expect(JSON.stringify(snapshotBook(mock.book))).toBe(before);
  });

  it("finds a one-row block header written as “KẾT QUẢ RÀ SOÁT” + line break + title when its stamp was lost", async () => {
    const office = sheetFromRows("Cá nhân", [
      ["STT", "Họ và tên", "Kết quả rà soát hồ sơ", "KẾT QUẢ RÀ SOÁT\nĐơn vị", "Kết quả"],
      [1, "An", "Đủ", "Phòng 1", "✓ Đủ điều kiện"],
    ]);
    const mock = new MockExcel([office]);
    const result = await clearMarks(mock.context);
    expect(result.blocks).toEqual(["Cá nhân"]);
    expect([...office.cells.get(0)!.values()]).toEqual([
      "STT",
      "Họ và tên",
      "Kết quả rà soát hồ sơ",
    ]);
  });

  it("in a structure-protected workbook clears the blocks, deletes no sheet and names the sheets it left", async () => {
    const office = officeSheet("Cá nhân", 10);
    const mock = new MockExcel([office]);
    await applyPlan(mock.context, fullPlan("Cá nhân", 10));
    mock.book.structureProtected = true;
    const result = await clearMarks(mock.context);
    expect(result.blocks).toEqual(["Cá nhân"]);
    expect(result.removedSheets).toEqual([]);
    expect(mock.book.sheets).toHaveLength(3);
    expect(result.notices).toEqual([
      {
        msg: {
          key: "EXCEL_STRUCTURE_NOT_REMOVED",
          params: { sheets: "Đề xuất khen thưởng, Cấu hình rà soát" },
        },
      },
    ]);
  });
});

describe("a run cut short", () => {
  it.each([3, 4, 5, 6])(
    "leaves the block stamped when Excel aborts write request %i, so clearing gives the sheet back",
    async (n) => {
      const office = officeSheet("Cá nhân", 2000);
      const mock = new MockExcel([office]);
      const before = JSON.stringify(snapshotBook(mock.book));
      mock.failSync(n, "RequestAborted");
      const err = await applyPlan(
        mock.context,
        { ...fullPlan("Cá nhân", 2000), sheets: [] },
        {
          budget: 100_000,
        }
      ).catch((e: unknown) => e);
      expect((err as { code?: string }).code).toBe("RequestAborted");
      const marker = getCell(office, 0, FIRST_BLOCK_COL - 1);
      if (marker !== undefined) expect(office.names.has("_thidua_block")).toBe(true);
      office.names.delete("_thidua_owner");
      await clearMarks(mock.context);
      expect(JSON.stringify(snapshotBook(mock.book))).toBe(before);
    }
  );
});
