import { readWorkbook } from "../../src/excel/read";
import { encodeNameText } from "../../src/excel/ownership";
import { MockExcel, sheetFromRows } from "./mock-excel";
import type { Scalar } from "./mock-state";

function officeSheet() {
  const s = sheetFromRows(
    "Cá nhân",
    [
      ["BẢNG TỔNG HỢP KẾT QUẢ BÌNH XÉT THI ĐUA NĂM 2025", null, null, null],
      ["STT", "Họ và tên", "Xếp loại", "Số ngày nghỉ"],
      [1, "Nguyễn Văn An", "Hoàn thành tốt nhiệm vụ", 3],
      [2, "NguyÔn V¨n B×nh", { error: "#N/A" }, true],
      [3, "Trần Thị Cúc", "", 46000.5],
    ],
    2,
    2
  );
  s.merges.push({ r0: 1, c0: 1, r1: 1, c1: 4 });
  s.formats.push({ area: { r0: 4, c0: 2, r1: 4, c1: 2 }, path: "font.name", value: ".VnTime" });
  return s;
}

describe("readWorkbook", () => {
  it("turns the mock workbook into a WorkbookGrid equal to the sheets' data", async () => {
    const office = officeSheet();
    const summary = sheetFromRows("Đề xuất khen thưởng", [["ĐỀ XUẤT"]]);
    summary.names.set("_thidua_owner", {
      formula: encodeNameText('{"kind":"summary"}'),
      visible: false,
    });
    summary.protected = true;
    summary.visibility = "Hidden";
    const empty = sheetFromRows("Trống", []);
    const mock = new MockExcel([office, summary, empty]);

    const book = await readWorkbook(mock.context);

    expect(book.sheets.map((s) => s.name)).toEqual(["Cá nhân", "Đề xuất khen thưởng", "Trống"]);
    const grid = book.sheets[0];
    expect(grid.top).toBe(2);
    expect(grid.left).toBe(2);
    expect(grid.values).toEqual([
      ["BẢNG TỔNG HỢP KẾT QUẢ BÌNH XÉT THI ĐUA NĂM 2025", null, null, null],
      ["STT", "Họ và tên", "Xếp loại", "Số ngày nghỉ"],
      [1, "Nguyễn Văn An", "Hoàn thành tốt nhiệm vụ", 3],
      [2, "NguyÔn V¨n B×nh", { error: "#N/A" }, true],
      [3, "Trần Thị Cúc", null, 46000.5],
    ]);
    expect(grid.text?.[3]).toEqual(["2", "NguyÔn V¨n B×nh", "#N/A", "TRUE"]);
    expect(grid.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 5 }]);
    expect(grid.fonts?.[3][1]).toBe(".VnTime");
    expect(grid.fonts?.[2][1]).toBeNull();
    expect(grid.protected).toBe(false);
    expect(grid.stamp).toBeNull();

    expect(book.sheets[1]).toMatchObject({
      stamp: '{"kind":"summary"}',
      protected: true,
      visibility: "hidden",
      values: [["ĐỀ XUẤT"]],
    });
    expect(book.sheets[2]).toMatchObject({ values: [], merges: [] });
    expect(mock.syncs.length).toBeLessThanOrEqual(4);
  });

  it("skips the font request when no text looks legacy-encoded (three syncs)", async () => {
    const mock = new MockExcel([sheetFromRows("A", [["Họ và tên"], ["Lê Văn Đức"]])]);
    await readWorkbook(mock.context);
    expect(mock.syncs.length).toBe(3);
  });

  it("needs syncs in proportion to bytes, keeping every response under 5 MB (design.md: few round trips)", async () => {
    const rows: Scalar[][] = [];
    for (let r = 0; r < 50_000; r++) {
      rows.push(
        Array.from({ length: 20 }, (_, c) => (c % 2 ? `Nguyễn Văn ${r}-${c}` : r * 20 + c))
      );
    }
    const mock = new MockExcel([sheetFromRows("Lớn", rows)]);
    const book = await readWorkbook(mock.context, { text: false });
    const total = mock.syncs.reduce((n, s) => n + s.response, 0);
    expect(book.sheets[0].values.length).toBe(50_000);
    expect(book.sheets[0].values[49_999][19]).toBe("Nguyễn Văn 49999-19");
    expect(book.sheets[0].values[12_345][4]).toBe(12_345 * 20 + 4);
    expect(Math.max(...mock.syncs.map((s) => s.response))).toBeLessThan(5_000_000);
    expect(mock.syncs.length).toBeLessThanOrEqual(4 + Math.ceil(total / 4_000_000));
  });

  it("halves its chunks and reads again when Excel refuses a response as too large", async () => {
    const rows: Scalar[][] = Array.from({ length: 2000 }, (_, r) => [
      r,
      `Tên ${r}`,
      "Hoàn thành nhiệm vụ",
    ]);
    const mock = new MockExcel([sheetFromRows("A", rows)]);
    mock.limit = 60_000;
    const book = await readWorkbook(mock.context, {
      budget: 1_000_000,
      text: false,
      bytesPerCell: 8,
    });
    expect(book.sheets[0].values).toEqual(rows);
    expect(mock.refusals).toBeGreaterThan(0);
    expect(Math.max(...mock.syncs.map((s) => s.response))).toBeLessThanOrEqual(60_000);
  });
});

/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load
   -- this test reads before load and sync on purpose: the fake must refuse it */
describe("the mock Excel wrapper", () => {
  it("throws when a property is read before load and sync", async () => {
    const mock = new MockExcel([sheetFromRows("A", [["x"]])]);
    const range = mock.context.workbook.worksheets.getItem("A").getRange("A1");
    expect(() => range.values).toThrow(/before load/);
    range.load("values");
    expect(() => range.values).toThrow(/before load/);
    await mock.context.sync();
    expect(range.values).toEqual([["x"]]);
  });
});
