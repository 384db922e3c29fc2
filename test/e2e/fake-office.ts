/// <reference types="office-js" />
/**
 * A stand-in for office.js in the browser tests of the add-in's pane (addin-pane.test.ts): the page's request for
 * Microsoft's office.js is answered with this bundle. It defines the globals the pane uses — `Office.onReady` (host
 * Excel), `Office.context` (diagnostics, requirement sets) and `Excel.run` — over the strict fake Excel of the
 * Node tests (test/excel/mock-excel.ts), holding a small office workbook. The fake is `window.__thiduaMock`, so a
 * test can read what the pane did to the workbook.
 */
import { MockExcel, sheetFromRows } from "../excel/mock-excel";
import { snapshotBook } from "../excel/mock-state";

const people = sheetFromRows("Cá nhân", [
  ["STT", "Họ và tên", "Chức vụ", "Xếp loại", "Sáng kiến"],
  [1, "Nguyễn Văn An", "Chuyên viên", "HTXSNV", "Có"],
  [2, "Trần Thị Bình", "Chuyên viên", "HTTNV", ""],
  [3, "Lê Văn Chi", "Trưởng phòng", "HTTNV", "Có"],
]);
people.cfs.push({
  id: 9000,
  area: { r0: 1, c0: 0, r1: 40, c1: 30 },
  type: "Custom",
  formula: '=$D2="HTNV"',
  fill: "#FFFF00",
  font: null,
});
const mock = new MockExcel([people]);

const minor = (v: string) => Number(v.split(".")[1] ?? 0);

const office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  context: {
    diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.0.0 (giả lập)" },
    requirements: {
      isSetSupported: (name: string, version: string) =>
        name === "ExcelApi" && minor(version) <= 17,
    },
  },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform: "OfficeOnline" };
    if (callback) setTimeout(() => callback(info), 0);
    return Promise.resolve(info);
  },
};

const excel = {
  run<T>(
    options: Excel.RunOptions | ((c: Excel.RequestContext) => Promise<T>),
    batch?: (c: Excel.RequestContext) => Promise<T>
  ): Promise<T> {
    if (typeof options === "function") return mock.run({}, options);
    return mock.run(options, batch as (c: Excel.RequestContext) => Promise<T>);
  },
  FilterOn: { values: "Values" },
};

const w = window as unknown as Record<string, unknown>;
w.Office = office;
w.Excel = excel;
w.__thiduaMock = mock;
w.__thiduaSnapshot = () => JSON.stringify(snapshotBook(mock.book));
