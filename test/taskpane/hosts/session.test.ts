import { validCheck } from "../../support/schema";
import { loadWorkbook } from "../../../src/xlsx/read";
import { makeSampleWorkbook } from "../../../src/xlsx/sample";
import { sheetInfo } from "../../../src/xlsx/owned";
import { WorkbookSession } from "../../../src/taskpane/hosts/session";
import { buildView } from "../../../src/taskpane/view";

jest.setTimeout(120_000);

let sample: Uint8Array;
beforeAll(async () => {
  sample = await makeSampleWorkbook({ people: 60, units: 5 });
});

async function reference(bytes: Uint8Array, overrides: Record<string, string> = {}) {
  const lw = await loadWorkbook(bytes, { file: "mau.xlsx" });
  return validCheck({ grid: lw.grid, overrides, file: "mau.xlsx", sheetInfo: sheetInfo(lw) });
}

/** Sheets carrying the add-in's result-block stamp (the sheet-scoped name `_thidua_block`). */
function blocks(lw: Awaited<ReturnType<typeof loadWorkbook>>): (string | null)[] {
  return lw.info.names.filter((n) => n.name === "_thidua_block").map((n) => n.sheet);
}

describe("the standalone page's workbook session", () => {
  it("shows the same counts as runCheck on the same file", async () => {
    const s = await WorkbookSession.open(sample, "mau.xlsx");
    const got = await s.check({ overrides: {}, lang: "vi" });
    const ref = await reference(sample);
    expect(got.checkable).toBe(true);
    expect(got.view).toEqual(buildView(ref.report));
    const groups = await s.findings.groups({ text: "", verdicts: [], decidingOnly: false });
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(got.view.findingCount);
    expect(JSON.parse(s.reportJson()).totals).toEqual(ref.report.totals);
  });

  it("reports the check's phases in order: read, then check", async () => {
    const s = await WorkbookSession.open(sample, "mau.xlsx");
    const phases: string[] = [];
    await s.check({ overrides: {}, lang: "vi", onPhase: (p) => phases.push(p) });
    expect(phases).toEqual(["read", "check"]);
  });

  it("inspects sheets, roles and mapped columns with their headers", async () => {
    const s = await WorkbookSession.open(sample, "mau.xlsx");
    const i = await s.inspect("vi");
    const people = i.sheets.find((x) => x.role === "individuals");
    expect(people).toBeDefined();
    expect(people?.mapping.name?.columns.length).toBeGreaterThan(0);
    expect(people?.headers.length).toBeGreaterThan(5);
  });

  it("writes marks, then the summary, into the copy it downloads, and clears them again", async () => {
    const s = await WorkbookSession.open(sample, "mau.xlsx");
    await s.check({ overrides: {}, lang: "vi" });
    const marks = await s.write(["marks"], "vi");
    expect(marks.refused).toEqual([]);
    let out = await loadWorkbook((await s.output("vi")).bytes);
    const checked = blocks(out);
    expect(checked.length).toBeGreaterThan(0);
    expect(out.grid.sheets.map((g) => g.name)).not.toContain("Đề xuất khen thưởng");

    const summary = await s.write(["summary"], "vi");
    expect(summary.written).toContain("Đề xuất khen thưởng");
    out = await loadWorkbook((await s.output("vi")).bytes);
    expect(out.grid.sheets.map((g) => g.name)).toContain("Đề xuất khen thưởng");

    const cleared = await s.clear();
    expect(cleared.cleared.length).toBe(checked.length);
    out = await loadWorkbook((await s.output("vi")).bytes);
    const original = await loadWorkbook(sample);
    expect(out.grid.sheets.map((g) => g.name)).toEqual(original.grid.sheets.map((g) => g.name));
    expect(blocks(out)).toEqual([]);
  });

  it("refuses to write before any check", async () => {
    const s = await WorkbookSession.open(sample, "mau.xlsx");
    await expect(s.write(["marks"], "vi")).rejects.toThrow("Chưa rà soát");
  });

  it("saves settings in the workbook's settings sheet, read back on the next inspection", async () => {
    const s = await WorkbookSession.open(sample, "mau.xlsx");
    await s.saveSettings({ "quota.htxs": "0.5" }, "vi");
    const i = await s.inspect("vi");
    expect(i.stored["quota.htxs"]).toBe("0.5");
    const ref = await reference((await s.output("vi")).bytes);
    expect(ref.settings["quota.htxs"]).toBe(0.5);
  });

  it("passes the pane's overrides to the check (quota.htxs changes the HTXS limit)", async () => {
    const s = await WorkbookSession.open(sample, "mau.xlsx");
    const a = await s.check({ overrides: {}, lang: "vi" });
    const b = await s.check({ overrides: { "quota.htxs": "1" }, lang: "vi" });
    const limit = (v: typeof a) =>
      v.view.quotas.find((q) => q.id === "Q_HTXS" && !q.informational)?.limit;
    expect(limit(b)).not.toBe(limit(a));
    const ref = await reference(sample, { "quota.htxs": "1" });
    expect(b.view).toEqual(buildView(ref.report));
  });
});
