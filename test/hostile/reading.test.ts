import { readFileSync, writeFileSync } from "node:fs";
import type { Report } from "../../src/core/report/types";
import { thidua } from "../cli/run";
import { HOSTILE } from "../fixtures/hostile";
import { expectValidReport } from "../support/schema";
import { tempDir } from "../support/tmp";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function reportOf(id: string): Promise<Report> {
  const c = HOSTILE.find((x) => x.id === id);
  if (!c) throw new Error(`no hostile case ${id}`);
  const file = tmp.path(`${id}.${c.ext}`);
  writeFileSync(file, await c.make());
  const run = await thidua("check", file, "--report", tmp.path(`${id}.json`));
  expect(run.code).toBe(0);
  const r: unknown = JSON.parse(readFileSync(tmp.path(`${id}.json`), "utf8"));
  expectValidReport(r);
  return r;
}

describe("hostile workbooks are read as the clerk meant them (spec/workbook.md “What comes in”)", () => {
  it("finds the header in row 30 below title rows and notes", async () => {
    const r = await reportOf("header-row-30");
    expect(r.workbook.sheets[0].headerRows).toEqual([30]);
    expect(r.totals.individuals).toBe(20);
  });

  it("shows the names of TCVN3 and VNI sheets in Unicode (report.md: names NFC, converted)", async () => {
    const tcvn3 = await reportOf("tcvn3-sheet");
    expect(tcvn3.individuals.map((p) => p.name)).toContain("Nguyễn Thị Hoà");
    const vni = await reportOf("vni-sheet");
    expect(vni.individuals.map((p) => p.name)).toContain("Nguyễn Văn An");
  });

  it("shows NFD names in NFC", async () => {
    const r = await reportOf("nfd-text");
    expect(r.individuals.length).toBe(12);
    for (const p of r.individuals) expect(p.name).toBe(p.name.normalize("NFC"));
  });

  it("takes a merged unit cell's value for every member under it", async () => {
    const r = await reportOf("merged-data-cells");
    const units = r.individuals.map((p) => p.unit);
    expect(units.slice(0, 4)).toEqual(Array(4).fill("Văn phòng Sở"));
    expect(units.slice(12, 16)).toEqual(Array(4).fill("Chi cục Thủy lợi"));
  });

  it("checks both individuals sheets", async () => {
    const r = await reportOf("two-individuals-sheets");
    expect(r.workbook.sheets.map((s) => s.role)).toEqual(["individuals", "individuals", "units"]);
    expect(r.totals.individuals).toBe(20);
  });

  it("reads hidden and filtered rows too", async () => {
    const r = await reportOf("hidden-filtered");
    expect(r.totals.individuals).toBe(30);
  });

  it("warns about exact duplicate rows and still checks both", async () => {
    const r = await reportOf("duplicated-rows");
    expect(r.totals.individuals).toBe(16);
    expect(r.problems.filter((p) => p.code === "DUPLICATE_ROW").length).toBeGreaterThan(0);
  });
});
