/// <reference types="office-js" />
import { runCheck } from "../../../src/core/check";
import { readWorkbook } from "../../../src/excel/read";
import { ExcelHost } from "../../../src/taskpane/hosts/excel-host";
import { buildView } from "../../../src/taskpane/view";
import { MockExcel, sheetFromRows } from "../../excel/mock-excel";

function office() {
  return sheetFromRows("Cá nhân", [
    ["BẢNG TỔNG HỢP KẾT QUẢ BÌNH XÉT THI ĐUA NĂM 2025", null, null, null, null],
    ["STT", "Họ và tên", "Chức vụ", "Xếp loại", "Kỷ luật"],
    [1, "Nguyễn Văn An", "Chuyên viên", "Hoàn thành tốt nhiệm vụ", ""],
    [2, "Trần Thị Bình", "Chuyên viên", "Hoàn thành nhiệm vụ", ""],
    [3, "Lê Văn Cường", "Cán sự", "Xuất sắc", "Khiển trách"],
  ]);
}

let mock: MockExcel;
beforeEach(() => {
  mock = new MockExcel([office()]);
  // The host reaches Excel only through Excel.run (src/excel/errors.ts runExcel): point it at the fake.
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: (_: unknown, batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(mock.context),
  };
});
afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

describe("the pane's Excel host", () => {
  it("inspects the workbook: the individuals sheet with its mapped columns and headers", async () => {
    const i = await new ExcelHost().inspect();
    const s = i.sheets.find((x) => x.name === "Cá nhân");
    expect(s?.role).toBe("individuals");
    expect(s?.mapping.name?.columns).toEqual(["B"]);
    expect(s?.mapping.rating?.columns).toEqual(["D"]);
    expect(i.file).toBeNull();
  });

  it("checks with the same result as runCheck on what Excel holds", async () => {
    const host = new ExcelHost();
    const got = await host.check({}, {});
    const ref = runCheck({ grid: await readWorkbook(new MockExcel([office()]).context) });
    expect(got.view).toEqual(buildView(ref.report));
    expect((await got.report()).totals).toEqual(ref.report.totals);
  });

  it("a check cancelled while Excel is read writes nothing", async () => {
    const host = new ExcelHost();
    const ac = new AbortController();
    const pending = host.check({}, { signal: ac.signal });
    ac.abort();
    await expect(pending).rejects.toThrow("cancelled");
    await expect(host.write(["marks"])).rejects.toThrow("Chưa rà soát");
    expect(mock.writes).toEqual([]);
  });

  it("writes the result block beside the office's table, marking its cells only by conditional formats (workbook.md items 1–2)", async () => {
    const host = new ExcelHost();
    await host.check({}, {});
    const out = await host.write(["marks"]);
    expect(out.written).toContain("Cá nhân");
    expect(mock.writes.some((w) => w.sheet === "Cá nhân" && w.area.c0 >= 5)).toBe(true);
    // The office's cells A–E (0-based columns 0–4) get only conditional formats, never values or formats.
    const touched = mock.writes.filter(
      (w) => w.sheet === "Cá nhân" && w.what !== "conditionalFormat"
    );
    expect(touched.every((w) => w.area.c0 >= 5)).toBe(true);
  });
});
