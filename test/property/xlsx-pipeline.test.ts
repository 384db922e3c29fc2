import { existsSync, readFileSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import { thidua } from "../cli/run";
import { exactChanges, excel, officeChanges, partsOf, sheetsOf } from "../hostile/preserve";
import { expectValidReport } from "../support/schema";
import { tempDir } from "../support/tmp";
import { seed, sheetSpec, uniqueSheets } from "./arbitraries";
import { toXlsx } from "./build";

const SEED = seed();
const RUNS = Number(process.env.FC_RUNS_XLSX ?? 120);
const tmp = tempDir();
afterAll(() => tmp.cleanup());

beforeAll(() => console.log(`fast-check seed ${SEED} (FC_SEED=<n> to change), ${RUNS} runs`));

let n = 0;
let checkedRuns = 0;

describe("thidua check on random .xlsx workbooks (property, issue 7)", () => {
  it("exits 0 with a valid report or 3 with a named problem, never 1; the office's sheets survive check and come back exactly after clear", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheetSpec(10, 8), { minLength: 1, maxLength: 2 }), async (raw) => {
        const specs = uniqueSheets(raw);
        const data = await toXlsx(specs);
        const id = n++;
        const file = tmp.path(`p${id}.xlsx`);
        const out = tmp.path(`p${id}-checked.xlsx`);
        const report = tmp.path(`p${id}.json`);
        writeFileSync(file, data);
        const run = await thidua("check", file, "--report", report, "--out", out);
        expect([0, 3]).toContain(run.code);
        expect(run.err).not.toMatch(/\n\s+at /);
        if (run.code === 3) {
          expect(run.err).toContain(`p${id}.xlsx`);
          return;
        }
        checkedRuns++;
        expectValidReport(JSON.parse(readFileSync(report, "utf8")));
        expect(existsSync(out)).toBe(true);
        const checked = new Uint8Array(readFileSync(out));
        const before = sheetsOf(await excel(data));
        const after = sheetsOf(await excel(checked));
        const changed = before.flatMap((s) =>
          officeChanges(
            s,
            after.find((x) => x.name === s.name)
          )
        );
        expect(changed).toEqual([]);
        const partsBefore = await partsOf(data);
        const partsAfter = await partsOf(checked);
        expect(partsBefore.filter((p) => !partsAfter.includes(p))).toEqual([]);
        const clean = tmp.path(`p${id}-clean.xlsx`);
        const cleared = await thidua("clear", out, "--out", clean);
        expect(cleared.code).toBe(0);
        const back = new Uint8Array(readFileSync(clean));
        expect(exactChanges(before, sheetsOf(await excel(back)))).toEqual([]);
        expect(await partsOf(back)).toEqual(partsBefore);
      }),
      { numRuns: RUNS, seed: SEED }
    );
    console.log(`${checkedRuns} of ${RUNS} random workbooks were checked and preserved`);
    // The preservation half of the property must really run, not only the exit-3 half.
    expect(checkedRuns).toBeGreaterThan(RUNS / 4);
  }, 600_000);
});
