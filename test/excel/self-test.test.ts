/**
 * "Kiểm tra tương thích Excel" (issue 13, item 5) on the strict fake, and once through the real Office.js: every
 * capability passes where Excel does what the add-in expects; a capability that fails is reported with its code and
 * the others still run; the temporary sheet is always removed; nothing else in the workbook changes.
 */
import { OfficeJsHarness, REQUEST_LIMIT } from "../../bench/office-js";
import { encodeNameText } from "../../src/excel/ownership";
import {
  CAPABILITIES,
  PAYLOAD_BYTES,
  payloadSize,
  runSelfTest,
  SELFTEST_NAME,
  TEMP_SHEET,
  type SelfTestEnv,
  type SelfTestReport,
} from "../../src/excel/self-test";
import { MockExcel, sheetFromRows } from "./mock-excel";
import { newSheet, snapshotBook, type SheetState } from "./mock-state";
import { officeSheet } from "./plans";

const ENV: SelfTestEnv = {
  diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.19127.40000" },
  isSetSupported: (name, version) => name === "ExcelApi" && Number(version.split(".")[1]) <= 17,
  officeJs: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  now: () => 1_700_000_000_000,
  // ~200 KB instead of ~4 MB, to keep these tests quick; the two tests about the large request use the real size
  payloadBytes: 200_000,
};
const FULL: SelfTestEnv = { ...ENV, payloadBytes: undefined };

/** A workbook with everything a self-test could disturb: values, formats, a rule, names, a filter, a table, merges,
 * page setup, a hidden sheet. */
function officeBook(): SheetState[] {
  const people = officeSheet("Cá nhân", 40);
  people.names.set("_thidua_block", {
    formula: encodeNameText('{"kind":"block"}'),
    visible: false,
  });
  people.names.set("Vung_in", { formula: "='Cá nhân'!$A$1:$T$41", visible: true });
  people.autoFilter = "A1:T1";
  people.filterHidden.add(3);
  people.merges.push({ r0: 45, c0: 0, r1: 45, c1: 4 });
  people.page.set("paperSize", "A4");
  const units = sheetFromRows("Tập thể", [
    ["Đơn vị", "Xếp loại"],
    ["Phòng 1", "HTXSNV"],
  ]);
  units.tables.push({ name: "BangTapThe", area: { r0: 0, c0: 0, r1: 1, c1: 1 } });
  const hidden = sheetFromRows("DANHMUC", [["HTXSNV"], ["HTTNV"]]);
  hidden.visibility = "Hidden";
  return [people, units, hidden];
}

const outcomes = (r: SelfTestReport) => r.results.map((x) => [x.id, x.outcome]);

describe("the Excel compatibility self-test", () => {
  it("passes every capability where Excel does what the add-in expects, in 20 syncs", async () => {
    const mock = new MockExcel(officeBook());
    const report = await runSelfTest(mock.context, ENV);
    expect(outcomes(report)).toEqual(CAPABILITIES.map((id) => [id, "pass"]));
    expect(report.results.map((r) => r.apiSet)).toEqual([
      "1.1",
      "1.1",
      "1.6",
      "1.7",
      "1.9",
      "1.9",
      "1.4",
      "1.1",
      "1.9",
      "1.13",
      "1.1",
      "1.1",
    ]);
    expect(report.syncs).toBe(20);
    expect(mock.syncs).toHaveLength(20);
    expect(report.tempSheet).toEqual({ name: TEMP_SHEET, removed: true, leftovers: [] });
    expect(mock.book.sheets.map((s) => s.name)).toEqual(["Cá nhân", "Tập thể", "DANHMUC"]);
  });

  it("changes nothing else in the workbook: every other sheet's values, formats, names, rules, filter and tables", async () => {
    const mock = new MockExcel(officeBook());
    const before = JSON.stringify(snapshotBook(mock.book));
    await runSelfTest(mock.context, ENV);
    expect(JSON.stringify(snapshotBook(mock.book))).toBe(before);
    // and it wrote nowhere but its own sheet
    expect(mock.writes.filter((w) => w.sheet !== TEMP_SHEET)).toEqual([]);
  });

  it("sends one request of about 4 MB and receives it back, both under Excel on the web's 5 MB", async () => {
    const mock = new MockExcel(officeBook());
    await runSelfTest(mock.context, FULL);
    const largest = Math.max(...mock.syncs.map((s) => s.request));
    expect(largest).toBeGreaterThan(0.9 * PAYLOAD_BYTES);
    expect(largest).toBeLessThan(5_000_000);
    expect(Math.max(...mock.syncs.map((s) => s.response))).toBeGreaterThan(0.9 * PAYLOAD_BYTES);
    expect(payloadSize(PAYLOAD_BYTES).bytes).toBeLessThanOrEqual(PAYLOAD_BYTES);
  });

  it("reports a capability whose request Excel refuses with its code, runs the others and still removes its sheet", async () => {
    const mock = new MockExcel(officeBook());
    const before = JSON.stringify(snapshotBook(mock.book));
    // syncs: 1 workbook, 2 add, 3 values, 4–5 conditional formats: the second (delete by id) fails
    mock.failSync(5, "GeneralException");
    const report = await runSelfTest(mock.context, ENV);
    expect(outcomes(report)).toEqual(CAPABILITIES.map((id) => [id, id === "cf" ? "fail" : "pass"]));
    expect(report.results.find((r) => r.id === "cf")).toMatchObject({
      code: "GeneralException",
    });
    expect(JSON.stringify(snapshotBook(mock.book))).toBe(before);
  });

  it("reports a member this office.js lacks, sends what that capability queued on its own, and goes on", async () => {
    const mock = new MockExcel(officeBook());
    const before = JSON.stringify(snapshotBook(mock.book));
    const range = mock.context.workbook.worksheets.getItem("Cá nhân").getRange("A1");
    const proto = Object.getPrototypeOf(range) as Record<string, unknown>;
    const original = proto.getMergedAreasOrNullObject;
    delete proto.getMergedAreasOrNullObject;
    let report: SelfTestReport;
    try {
      report = await runSelfTest(mock.context, ENV);
    } finally {
      proto.getMergedAreasOrNullObject = original;
    }
    expect(outcomes(report)).toEqual(
      CAPABILITIES.map((id) => [id, id === "merges" ? "fail" : "pass"])
    );
    expect(report.results.find((r) => r.id === "merges")).toMatchObject({ code: "TypeError" });
    // the merge it had queued went out in a sync of its own: one sync instead of the capability's two
    expect(report.syncs).toBe(19);
    expect(JSON.stringify(snapshotBook(mock.book))).toBe(before);
  });

  it("says the capability failed when Excel answers otherwise than it was asked", async () => {
    const mock = new MockExcel(officeBook());
    const range = mock.context.workbook.worksheets.getItem("Cá nhân").getRange("A1");
    const proto = Object.getPrototypeOf(range) as { unmerge: () => void };
    const original = proto.unmerge;
    proto.unmerge = function () {
      // an Excel that ignores unmerge: the merged area stays
    };
    let report: SelfTestReport;
    try {
      report = await runSelfTest(mock.context, ENV);
    } finally {
      proto.unmerge = original;
    }
    // clearColumns unmerges too, so "cf.keep" is unaffected only because its cells hold no merge
    expect(report.results.find((r) => r.id === "merges")).toMatchObject({
      outcome: "fail",
      code: "Mismatch",
      detail: "merged areas after unmerging: false ≠ true",
    });
    expect(report.tempSheet.removed).toBe(true);
    expect(mock.book.sheets).toHaveLength(3);
  });

  it("tells when its temporary sheet could not be removed", async () => {
    const mock = new MockExcel(officeBook());
    mock.failSync(20, "GeneralException");
    const report = await runSelfTest(mock.context, ENV);
    expect(report.results.at(-1)).toMatchObject({
      id: "sheet.delete",
      outcome: "fail",
      code: "GeneralException",
    });
    expect(report.tempSheet).toEqual({ name: TEMP_SHEET, removed: false, leftovers: [] });
  });

  it("skips everything, saying why, when the temporary sheet cannot be added", async () => {
    const mock = new MockExcel(officeBook());
    const before = JSON.stringify(snapshotBook(mock.book));
    mock.failSync(2, "GeneralException");
    const report = await runSelfTest(mock.context, ENV);
    expect(report.results[0]).toMatchObject({ id: "sheet.add", outcome: "fail" });
    expect(report.results.slice(1).map((r) => [r.outcome, r.reason])).toEqual(
      CAPABILITIES.slice(1).map(() => ["skipped", "noSheet"])
    );
    expect(JSON.stringify(snapshotBook(mock.book))).toBe(before);
  });

  it("in a structure-protected workbook tests nothing, says so for every capability, and writes nothing", async () => {
    const mock = new MockExcel(officeBook());
    mock.book.structureProtected = true;
    const before = JSON.stringify(snapshotBook(mock.book));
    const report = await runSelfTest(mock.context, ENV);
    expect(report.structureProtected).toBe(true);
    expect(report.results.map((r) => [r.id, r.outcome, r.reason])).toEqual(
      CAPABILITIES.map((id) => [id, "skipped", "structure"])
    );
    expect(report.syncs).toBe(1);
    expect(JSON.stringify(snapshotBook(mock.book))).toBe(before);
  });

  it("removes a sheet an interrupted run left, known by its stamp, and keeps an office sheet with a like name", async () => {
    const leftover = newSheet(TEMP_SHEET);
    leftover.names.set(SELFTEST_NAME, {
      formula: encodeNameText("thidua-selftest"),
      visible: false,
    });
    const office = sheetFromRows("Kiểm tra tương thích (tạm) 3", [["Của văn phòng"]]);
    const mock = new MockExcel([...officeBook(), leftover, office]);
    const report = await runSelfTest(mock.context, ENV);
    expect(report.tempSheet).toEqual({
      name: "Kiểm tra tương thích (tạm) 2",
      removed: true,
      leftovers: [TEMP_SHEET],
    });
    expect(mock.book.sheets.map((s) => s.name)).toEqual([
      "Cá nhân",
      "Tập thể",
      "DANHMUC",
      "Kiểm tra tương thích (tạm) 3",
    ]);
  });

  it("reports what Office says of itself, the API sets the add-in uses and the newest one Excel has", async () => {
    const report = await runSelfTest(new MockExcel([newSheet("A")]).context, ENV);
    expect(report.diagnostics).toEqual(ENV.diagnostics);
    expect(report.officeJs).toBe(ENV.officeJs);
    expect(report.newestSet).toBe("1.17");
    expect(report.apiSets.every((s) => s.supported)).toBe(true);
    expect(report.at).toBe("2023-11-14T22:13:20.000Z");
    const old = await runSelfTest(new MockExcel([newSheet("A")]).context, {
      ...ENV,
      isSetSupported: (_, v) => Number(v.split(".")[1]) <= 8,
    });
    expect(old.newestSet).toBe("1.8");
    expect(old.apiSets.filter((s) => !s.supported).map((s) => s.version)).toEqual(["1.9", "1.13"]);
  });

  it("runs through the real Office.js: every capability passes, every request under 5 MB", async () => {
    const mock = new MockExcel(officeBook());
    const before = JSON.stringify(snapshotBook(mock.book));
    const h = new OfficeJsHarness(mock);
    const report = await runSelfTest(h.context, FULL);
    expect(report.results.filter((r) => r.outcome !== "pass")).toEqual([]);
    expect(h.maxRequestBytes).toBeLessThan(REQUEST_LIMIT);
    expect(h.maxRequestBytes).toBeGreaterThan(0.9 * PAYLOAD_BYTES);
    expect(h.refusals).toBe(0);
    expect(JSON.stringify(snapshotBook(mock.book))).toBe(before);
  });
});
