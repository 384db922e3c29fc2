import { colLetter } from "../../src/core/address";
import { contentHash, makeStamp } from "../../src/core/render/stamp";
import { decodeNameText } from "../../src/excel/ownership";
import { applyPlan } from "../../src/excel/write";
import { MockExcel, sheetFromRows } from "./mock-excel";
import { getCell, inside, MAX_ROWS, snapshotSheet, type SheetState } from "./mock-state";
import {
  BLOCK_COLS,
  checkedPlan,
  FIRST_BLOCK_COL,
  FLAG_COLS,
  fullPlan,
  officeSheet,
  summaryPlan,
} from "./plans";

const MB4 = 4_000_000;

/** The office's own part of a sheet: cells and cell formats left of the block. */
function officeCells(s: SheetState): unknown {
  const snap = snapshotSheet(s) as { cells: [number, number, unknown][] };
  return {
    cells: snap.cells.filter(([, c]) => c < FIRST_BLOCK_COL - 1),
    formats: s.formats.filter((f) => f.area.c0 < FIRST_BLOCK_COL - 1),
  };
}

describe("applyPlan", () => {
  it("writes the block, marks, filter, stamps and owned sheets of a 100-row plan in at most 8 syncs", async () => {
    const mock = new MockExcel([officeSheet("Cá nhân", 100)]);
    const result = await applyPlan(mock.context, fullPlan("Cá nhân", 100));

    expect(mock.syncs.length).toBeLessThanOrEqual(8);
    expect(result.written).toEqual(["Cá nhân"]);
    expect(result.refused).toEqual([]);
    expect(result.sheets).toEqual([
      { kind: "summary", name: "Đề xuất khen thưởng", inPlace: false },
      { kind: "settings", name: "Cấu hình rà soát", inPlace: false },
    ]);
    const s = mock.sheet("Cá nhân") as SheetState;
    expect(getCell(s, 0, FIRST_BLOCK_COL - 1)).toBe("KẾT QUẢ RÀ SOÁT");
    // mock-state is 0-based: block column k (0-based in the block) is at FIRST_BLOCK_COL - 1 + k
    expect(getCell(s, 1, FIRST_BLOCK_COL)).toBe("✓ Đủ điều kiện");
    expect(getCell(s, 2, FIRST_BLOCK_COL - 1 + 4)).toBe("I1, I2");
    expect(getCell(s, 1, FIRST_BLOCK_COL - 1 + 4)).toBeUndefined();
    expect([...s.hiddenCols].sort()).toEqual(FLAG_COLS.map((c) => c - 1).sort());
    expect(s.autoFilter).toBe(`A1:${colLetter(FIRST_BLOCK_COL + BLOCK_COLS - 1)}1`);
    expect(decodeNameText(s.names.get("_thidua_filter")?.formula)).toBe(s.autoFilter);
    expect(JSON.parse(decodeNameText(s.names.get("_thidua_block")?.formula) ?? "")).toMatchObject({
      kind: "block",
      flagCols: FLAG_COLS,
    });
    expect(s.names.get("_thidua_block")?.visible).toBe(false);
    const ours = s.cfs.filter((cf) => cf.id !== 9000);
    expect(ours.map((cf) => [cf.type, cf.formula, cf.fill, cf.font])).toEqual([
      ["Custom", `=$${colLetter(FLAG_COLS[1])}2=1`, "#FFC7CE", "#9C0006"],
      ["Custom", `=$${colLetter(FLAG_COLS[2])}2=1`, "#FFEB9C", "#9C5700"],
      ["Custom", `=$${colLetter(FLAG_COLS[0])}2=1`, "#C6EFCE", "#006100"],
    ]);
    expect(s.colWidths.get(FIRST_BLOCK_COL - 1)).toBe(126); // width 24 as an .xlsx stores it = 168 px = 126 pt

    const sum = mock.sheet("Đề xuất khen thưởng") as SheetState;
    expect(getCell(sum, 0, 0)).toBe("ĐỀ XUẤT KHEN THƯỞNG NĂM 2025");
    expect(getCell(sum, 2, 5)).toBe("0123"); // text that looks like a number stays text
    expect(getCell(sum, 102, 5)).toBe(46022); // 31/12/2025 as a serial
    expect(sum.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 5 }]);
    expect(Object.fromEntries(sum.page)).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      printTitleRows: "$2:$2",
      printArea: "A1:F103",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printGridlines: false,
      "headersFooters.state": "FirstAndDefault",
      "headersFooters.defaultForAllPages.centerHeader": "&P",
      topMargin: 0.79 * 72,
    });
    expect(sum.links.get("B3")).toBe(JSON.stringify({ documentReference: "'Cá nhân'!B2" }));
    expect(JSON.parse(decodeNameText(sum.names.get("_thidua_owner")?.formula) ?? "")).toMatchObject(
      { kind: "summary" }
    );
    expect(mock.sheet("Cấu hình rà soát")?.visibility).toBe("Hidden");
  });

  it.each([100, 10_000, 50_000])(
    "at %i rows × 20 columns needs at most 8 + ⌈bytes / 4 MB⌉ syncs and no request over 5 MB",
    async (rows) => {
      const mock = new MockExcel([officeSheet("Cá nhân", rows)]);
      const result = await applyPlan(mock.context, fullPlan("Cá nhân", rows));
      const total = mock.syncs.reduce((n, s) => n + s.request, 0);
      expect(result.written).toEqual(["Cá nhân"]);
      expect(mock.syncs.length).toBeLessThanOrEqual(8 + Math.ceil(total / MB4));
      expect(Math.max(...mock.syncs.map((s) => s.request))).toBeLessThan(5_000_000);
      expect(
        getCell(mock.sheet("Cá nhân") as SheetState, rows, FIRST_BLOCK_COL - 1 + BLOCK_COLS - 1)
      ).toBe((rows - 1) % 3 === 2 ? 1 : 0);
      if (rows === 100) expect(mock.syncs.length).toBeLessThanOrEqual(8);
    }
  );

  it("never writes a value or format outside the block columns of checked sheets and the add-in's own sheets", async () => {
    const office = officeSheet("Cá nhân", 300);
    const other = sheetFromRows("Lịch sử", [
      ["Năm", "Danh hiệu"],
      [2024, "LĐTT"],
    ]);
    const mock = new MockExcel([office, other]);
    const before = { office: officeCells(office), other: snapshotSheet(other) };
    await applyPlan(mock.context, fullPlan("Cá nhân", 300));

    const block = {
      r0: 0,
      c0: FIRST_BLOCK_COL - 1,
      r1: MAX_ROWS - 1,
      c1: FIRST_BLOCK_COL + BLOCK_COLS - 2,
    };
    const stray = mock.writes.filter((w) => {
      if (w.sheet === "Đề xuất khen thưởng" || w.sheet === "Cấu hình rà soát") return false;
      if (w.what === "conditionalFormat") return false; // marks: rules, not cell formats (checked below)
      return !(w.sheet === "Cá nhân" && inside(w.area, block));
    });
    expect(stray).toEqual([]);
    expect(officeCells(office)).toEqual(before.office);
    expect(snapshotSheet(other)).toEqual(before.other);
    const added = office.cfs.filter((cf) => cf.id !== 9000);
    expect(
      added.every((cf) => FLAG_COLS.some((c) => cf.formula?.includes(`$${colLetter(c)}2`)))
    ).toBe(true);
    expect(office.cfs.find((cf) => cf.id === 9000)?.formula).toBe("=$D2>5");
  });

  it("rewrites its unedited sheets in place and replaces its own rules on a second run", async () => {
    const mock = new MockExcel([officeSheet("Cá nhân", 50)]);
    await applyPlan(mock.context, fullPlan("Cá nhân", 50));
    const plan = fullPlan("Cá nhân", 50);
    plan.checked[0].clearCols = { first: FIRST_BLOCK_COL, last: FIRST_BLOCK_COL + BLOCK_COLS - 1 };
    const second = await applyPlan(mock.context, plan);

    expect(second.sheets.map((s) => [s.name, s.inPlace])).toEqual([
      ["Đề xuất khen thưởng", true],
      ["Cấu hình rà soát", true],
    ]);
    expect(mock.book.sheets.map((s) => s.name)).toEqual([
      "Cá nhân",
      "Đề xuất khen thưởng",
      "Cấu hình rà soát",
    ]);
    expect((mock.sheet("Cá nhân") as SheetState).cfs).toHaveLength(4);
    expect((mock.sheet("Cá nhân") as SheetState).autoFilter).toBe(
      `A1:${colLetter(FIRST_BLOCK_COL + BLOCK_COLS - 1)}1`
    );
  });

  it("keeps a summary the clerk edited and a foreign sheet bearing its name, writing beside them (workbook.md item 6)", async () => {
    const foreign = sheetFromRows("Đề xuất khen thưởng", [["Bảng của văn phòng"]]);
    const mock = new MockExcel([officeSheet("Cá nhân", 20), foreign]);
    await applyPlan(mock.context, { checked: [], sheets: [summaryPlan(5)], remove: [] });
    expect(mock.sheet("Đề xuất khen thưởng (2)")).not.toBeNull();
    expect(snapshotSheet(foreign)).toEqual(
      snapshotSheet(sheetFromRows("Đề xuất khen thưởng", [["Bảng của văn phòng"]]))
    );

    const ours = mock.sheet("Đề xuất khen thưởng (2)") as SheetState;
    ours.cells.get(3)?.set(1, "Tên đã sửa tay");
    const again = await applyPlan(mock.context, {
      checked: [],
      sheets: [summaryPlan(5)],
      remove: [],
    });
    expect(again.sheets[0]).toEqual({
      kind: "summary",
      name: "Đề xuất khen thưởng (3)",
      inPlace: false,
    });
    expect(getCell(ours, 3, 1)).toBe("Tên đã sửa tay");
  });

  it("refuses a protected sheet with a Vietnamese message and writes nothing there (criteria.md §5.7)", async () => {
    const office = officeSheet("Cá nhân", 10);
    office.protected = true;
    const mock = new MockExcel([office]);
    const before = snapshotSheet(office);
    const result = await applyPlan(mock.context, fullPlan("Cá nhân", 10));
    expect(result.refused).toEqual([
      { sheet: "Cá nhân", msg: { key: "EXCEL_PROTECTED_REFUSED", params: { sheet: "Cá nhân" } } },
    ]);
    expect(result.written).toEqual([]);
    expect(snapshotSheet(office)).toEqual(before);
    expect(mock.sheet("Đề xuất khen thưởng")).not.toBeNull();
  });

  it("halves its batches and retries when Excel refuses a request as too large", async () => {
    const mock = new MockExcel([officeSheet("Cá nhân", 3000)]);
    mock.limit = 300_000;
    await applyPlan(mock.context, fullPlan("Cá nhân", 3000));
    expect(mock.refusals).toBeGreaterThan(0);
    expect(Math.max(...mock.syncs.map((s) => s.request))).toBeLessThanOrEqual(300_000);
    const s = mock.sheet("Cá nhân") as SheetState;
    const plan = checkedPlan("Cá nhân", 3000);
    for (const r of [0, 1, 1500, 3000]) {
      expect(getCell(s, r, FIRST_BLOCK_COL)).toBe(plan.values[r][1]);
    }
  });

  it("removes its unedited review sheet when the plan says so, and keeps an edited one", async () => {
    const mock = new MockExcel([officeSheet("Cá nhân", 5)]);
    const base = summaryPlan(3);
    const review = {
      ...base,
      kind: "review" as const,
      name: "Rà soát chi tiết",
      stamp: makeStamp("review", contentHash(base.values)),
    };
    await applyPlan(mock.context, { checked: [], sheets: [review], remove: [] });
    const result = await applyPlan(mock.context, { checked: [], sheets: [], remove: ["review"] });
    expect(result.removed).toEqual(["Rà soát chi tiết"]);
    expect(mock.sheet("Rà soát chi tiết")).toBeNull();

    await applyPlan(mock.context, { checked: [], sheets: [review], remove: [] });
    (mock.sheet("Rà soát chi tiết") as SheetState).cells.get(2)?.set(1, "Ghi chú của văn thư");
    const kept = await applyPlan(mock.context, { checked: [], sheets: [], remove: ["review"] });
    expect(kept.removed).toEqual([]);
    expect(mock.sheet("Rà soát chi tiết")).not.toBeNull();
  });

  it("takes a review sheet stamped by version 1, with that version's hash, as unedited", async () => {
    const mock = new MockExcel([officeSheet("Cá nhân", 5)]);
    const base = summaryPlan(3);
    const stamp = (version: number, hash: string) =>
      JSON.stringify({ app: "thidua", kind: "review", version, hash });
    const review = { ...base, kind: "review" as const, name: "Rà soát chi tiết" };
    await applyPlan(mock.context, {
      checked: [],
      sheets: [{ ...review, stamp: stamp(1, contentHash(base.values, 1)) }],
      remove: [],
    });
    const result = await applyPlan(mock.context, { checked: [], sheets: [], remove: ["review"] });
    expect(result.removed).toEqual(["Rà soát chi tiết"]);

    // Version 1 with a hash of the current form does not match: the sheet counts as edited and is kept.
    await applyPlan(mock.context, {
      checked: [],
      sheets: [{ ...review, stamp: stamp(1, contentHash(base.values)) }],
      remove: [],
    });
    const kept = await applyPlan(mock.context, { checked: [], sheets: [], remove: ["review"] });
    expect(kept.removed).toEqual([]);
  });
});
