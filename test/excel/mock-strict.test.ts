/**
 * The fake Excel refuses what Excel refuses (issue 13, item 2). Each case was a leniency of the fake: these tests
 * failed against it before it was made strict.
 */
import { MockExcel, sheetFromRows } from "./mock-excel";
import { getCell, newSheet, type SheetState } from "./mock-state";

async function codeOf(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
    return null;
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

function withTable(): SheetState {
  const s = sheetFromRows("Cá nhân", [
    ["STT", "Họ và tên", "Xếp loại"],
    [1, "An", "HTTNV"],
  ]);
  s.tables.push({ name: "Bang1", area: { r0: 0, c0: 0, r1: 1, c1: 2 } });
  return s;
}

describe("the fake Excel is as strict as Excel", () => {
  it("refuses a sheet AutoFilter over an Excel table, and allows one beside it", async () => {
    const mock = new MockExcel([withTable()]);
    const ws = mock.context.workbook.worksheets.getItem("Cá nhân");
    ws.autoFilter.apply("A1:E1");
    expect(await codeOf(mock.context.sync())).toBe("InvalidOperation");
    ws.autoFilter.apply("G1:H1");
    await mock.context.sync();
    expect(mock.sheet("Cá nhân")?.autoFilter).toBe("G1:H1");
  });

  it("lists the tables of a sheet", async () => {
    const mock = new MockExcel([withTable()]);
    const tables = mock.context.workbook.worksheets.getItem("Cá nhân").tables;
    tables.load("items/name");
    await mock.context.sync();
    expect(tables.items.map((t) => t.name)).toEqual(["Bang1"]);
  });

  it("refuses to add, delete or hide sheets in a structure-protected workbook", async () => {
    const mock = new MockExcel([newSheet("A"), newSheet("B")]);
    mock.book.structureProtected = true;
    const protection = mock.context.workbook.protection;
    protection.load("protected");
    await mock.context.sync();
    expect(protection.protected).toBe(true);
    const sheets = mock.context.workbook.worksheets;
    sheets.add("C");
    expect(await codeOf(mock.context.sync())).toBe("AccessDenied");
    sheets.getItem("B").delete();
    expect(await codeOf(mock.context.sync())).toBe("AccessDenied");
    sheets.getItem("B").visibility = "Hidden";
    expect(await codeOf(mock.context.sync())).toBe("AccessDenied");
    expect(mock.book.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["A", "Visible"],
      ["B", "Visible"],
    ]);
  });

  it("refuses undo-unsupported calls (delete, visibility) in a run that merges the undo group", async () => {
    const mock = new MockExcel([newSheet("A"), newSheet("B")]);
    const code = await codeOf(
      mock.run({ mergeUndoGroup: true }, async (context) => {
        context.workbook.worksheets.getItem("B").delete();
        await context.sync();
      })
    );
    expect(code).toBe("UndoNotSupported");
    await mock.run({}, async (context) => {
      context.workbook.worksheets.getItem("B").visibility = "Hidden";
      await context.sync();
    });
    expect(mock.sheet("B")?.visibility).toBe("Hidden");
  });

  it.each([
    "Một tên trang tính dài hơn ba mươi mốt ký tự",
    "Năm [2025]",
    "Tổ 1/2",
    "a:b",
    "a*b",
    "a?b",
    "a\\b",
    "History",
    "history",
    "'Đầu",
    "",
  ])("refuses the sheet name %j, when added and when renamed", async (name) => {
    const mock = new MockExcel([newSheet("A")]);
    mock.context.workbook.worksheets.add(name);
    expect(await codeOf(mock.context.sync())).toBe("InvalidArgument");
    mock.context.workbook.worksheets.getItem("A").name = name;
    expect(await codeOf(mock.context.sync())).toBe("InvalidArgument");
    expect(mock.book.sheets.map((s) => s.name)).toEqual(["A"]);
  });

  it("returns merged areas only when anchored inside the range, and their address", async () => {
    const s = newSheet("A");
    s.merges.push({ r0: 0, c0: 0, r1: 0, c1: 3 }, { r0: 5, c0: 1, r1: 6, c1: 1 });
    const mock = new MockExcel([s]);
    const ws = mock.context.workbook.worksheets.getItem("A");
    const right = ws.getRange("B1:F1").getMergedAreasOrNullObject();
    right.load("address");
    const all = ws.getRange("A1:F10").getMergedAreasOrNullObject();
    all.load("address,areaCount");
    await mock.context.sync();
    expect(right.isNullObject).toBe(true);
    expect(all.areaCount).toBe(2);
    expect(all.address).toBe("A!A1:D1,A!B6:B7");
  });

  it("fails a sync that navigates from an object that turned out null (no used range, no merges)", async () => {
    const mock = new MockExcel([newSheet("Trống")]);
    const ws = mock.context.workbook.worksheets.getItem("Trống");
    const used = ws.getUsedRangeOrNullObject(true);
    const found = used.findOrNullObject("x", { completeMatch: true, matchCase: false });
    found.load("address");
    expect(await codeOf(mock.context.sync())).toBe("InvalidObjectPath");
    const merged = ws.getRange("A1:B2").getMergedAreasOrNullObject();
    merged.areas.load("items/address");
    expect(await codeOf(mock.context.sync())).toBe("InvalidObjectPath");
  });

  it("coerces written text as Excel's entry parser does, unless the cell is text-formatted or the text starts with an apostrophe", async () => {
    const mock = new MockExcel([newSheet("A")]);
    const ws = mock.context.workbook.worksheets.getItem("A");
    ws.getRange("B1").numberFormat = [["@"]];
    ws.getRange("A1:A7").values = [
      ["#N/A"],
      ["5 Jan"],
      ["0123"],
      ["TRUE"],
      ["'5 Jan"],
      ["12%"],
      ["Jan 2025"],
    ];
    ws.getRange("B1").values = [["5 Jan"]];
    await mock.context.sync();
    const s = mock.sheet("A") as SheetState;
    expect(getCell(s, 0, 0)).toBe("#N/A");
    expect(s.errors.has("0,0")).toBe(true);
    expect(typeof getCell(s, 1, 0)).toBe("number");
    expect(getCell(s, 2, 0)).toBe(123);
    expect(getCell(s, 3, 0)).toBe(true);
    expect(getCell(s, 4, 0)).toBe("5 Jan");
    expect(getCell(s, 5, 0)).toBe(0.12);
    expect(typeof getCell(s, 6, 0)).toBe("number");
    expect(getCell(s, 0, 1)).toBe("5 Jan");
  });

  it('removes conditional formats inside a range on clear("All") and clear("Formats")', async () => {
    const s = newSheet("A");
    s.cfs.push(
      {
        id: 1,
        area: { r0: 0, c0: 4, r1: 9, c1: 4 },
        type: "Custom",
        formula: "=1",
        fill: null,
        font: null,
      },
      {
        id: 2,
        area: { r0: 0, c0: 0, r1: 9, c1: 0 },
        type: "Custom",
        formula: "=1",
        fill: null,
        font: null,
      },
      {
        id: 3,
        area: { r0: 0, c0: 0, r1: 9, c1: 5 },
        type: "Custom",
        formula: "=1",
        fill: null,
        font: null,
      }
    );
    const mock = new MockExcel([s]);
    mock.context.workbook.worksheets.getItem("A").getRange("E:F").clear("All");
    await mock.context.sync();
    expect(s.cfs.map((cf) => [cf.id, cf.area])).toEqual([
      [2, { r0: 0, c0: 0, r1: 9, c1: 0 }],
      [3, { r0: 0, c0: 0, r1: 9, c1: 3 }],
    ]);
  });

  it("clears only the rows a filter shows, as Excel does on a filtered sheet", async () => {
    const s = sheetFromRows("A", [["h"], [1], [2], [3]]);
    s.autoFilter = "A1:A4";
    s.filterHidden.add(2);
    const mock = new MockExcel([s]);
    const ws = mock.context.workbook.worksheets.getItem("A");
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- navigation property
    const filter = ws.autoFilter;
    filter.load("enabled,isDataFiltered");
    ws.getRange("A2:A4").clear("Contents");
    await mock.context.sync();
    expect(filter.isDataFiltered).toBe(true);
    expect([getCell(s, 1, 0), getCell(s, 2, 0), getCell(s, 3, 0)]).toEqual([
      undefined,
      2,
      undefined,
    ]);
    ws.autoFilter.clearCriteria();
    await mock.context.sync();
    expect(s.filterHidden.size).toBe(0);
  });

  it("keeps conditional formats when the Normal style is applied to a range, as Excel does", async () => {
    const s = newSheet("A");
    s.cfs.push({
      id: 1,
      area: { r0: 0, c0: 0, r1: 9, c1: 5 },
      type: "Custom",
      formula: "=1",
      fill: null,
      font: null,
    });
    s.formats.push({ area: { r0: 0, c0: 4, r1: 9, c1: 5 }, path: "fill.color", value: "#FF0000" });
    const mock = new MockExcel([s]);
    mock.context.workbook.worksheets.getItem("A").getRange("E:F").style = "Normal";
    await mock.context.sync();
    expect(s.formats).toEqual([]);
    expect(s.cfs.map((cf) => cf.area)).toEqual([{ r0: 0, c0: 0, r1: 9, c1: 5 }]);
  });

  it("hides the rows a values criterion does not list, and shows them when the criteria are cleared", async () => {
    const s = sheetFromRows("A", [
      ["Tên", "Kết quả"],
      ["An", "✓"],
      ["Bình", "✗"],
      ["Chi", "?"],
    ]);
    const mock = new MockExcel([s]);
    const ws = mock.context.workbook.worksheets.getItem("A");
    ws.autoFilter.apply("A1:B4", 1, { filterOn: "Values", values: ["✗", "?"] });
    await mock.context.sync();
    expect([...s.filterHidden]).toEqual([1]);
    ws.autoFilter.clearCriteria();
    await mock.context.sync();
    expect(s.filterHidden.size).toBe(0);
  });

  it("adds a table over a range, not over another table, with a filter of its own", async () => {
    const s = sheetFromRows("A", [
      ["Đơn vị", "Kết quả"],
      ["P1", "✓"],
      ["P2", "✗"],
    ]);
    const mock = new MockExcel([s]);
    const ws = mock.context.workbook.worksheets.getItem("A");
    const table = ws.tables.add(ws.getRange("A1:B3"), true);
    table.load("name");
    table.autoFilter.apply(table.getRange(), 1, { filterOn: "Values", values: ["✗"] });
    await mock.context.sync();
    expect(table.name).toBe("Table1");
    expect(s.tables).toEqual([
      { name: "Table1", area: { r0: 0, c0: 0, r1: 2, c1: 1 }, filterHidden: [1] },
    ]);
    expect(s.filterHidden.size).toBe(0);
    ws.tables.add(ws.getRange("B2:C5"), true);
    expect(await codeOf(mock.context.sync())).toBe("InvalidOperation");
    ws.tables.getItem("Table1").delete();
    await mock.context.sync();
    expect(s.tables).toEqual([]);
  });

  it("counts screen-updating suspensions", async () => {
    const mock = new MockExcel([newSheet("A")]);
    mock.context.application.suspendScreenUpdatingUntilNextSync();
    await mock.context.sync();
    expect(mock.screenSuspensions).toBe(1);
  });
});
