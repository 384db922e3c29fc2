import fc from "fast-check";
import { runCheck } from "../../src/core/check";
import { lastCol } from "../../src/core/grid";
import { expectValidReport } from "../support/schema";
import { seed, sheetSpec, uniqueSheets } from "./arbitraries";
import { toWorkbookGrid } from "./build";

const SEED = seed();
const RUNS = Number(process.env.FC_RUNS_CORE ?? 900);

let checkedRuns = 0;
afterAll(() => console.log(`${checkedRuns} of ${RUNS} random workbooks were checkable`));
beforeAll(() => console.log(`fast-check seed ${SEED} (FC_SEED=<n> to change), ${RUNS} runs`));

describe("runCheck on random office grids (property, issue 7)", () => {
  it("never throws, its report validates against the schema and is the same on a second run (spec/report.md)", () => {
    fc.assert(
      fc.property(fc.array(sheetSpec(14, 10), { minLength: 1, maxLength: 3 }), (specs) => {
        const grid = toWorkbookGrid(uniqueSheets(specs));
        const first = runCheck({ grid });
        expectValidReport(first.report);
        const second = runCheck({ grid });
        expect(second.report).toEqual(first.report);
        // What `thidua check` prints without building the report says what the report says.
        const { totals, quotas, problems, proposed } = first.summary;
        expect({ totals, quotas, problems }).toEqual({
          totals: first.report.totals,
          quotas: first.report.quotas,
          problems: first.report.problems,
        });
        const rows = [...first.report.individuals, ...first.report.units];
        for (const code of Object.keys(totals.eligible)) {
          const n = rows.filter((r) => r.proposedByUnit.includes(code)).length;
          expect([code, proposed[code] ?? 0]).toEqual([code, n]);
        }
        if (!first.checkable) {
          // Exit 3 in the CLI: the report must name the problem at level error.
          expect(first.report.problems.some((p) => p.level === "error")).toBe(true);
          return;
        }
        // The plan writes right of the office's used range, on sheets that exist, unless the reader found an old
        // result block (its exact marker header) to replace.
        for (const c of first.plan.checked) {
          const sheet = grid.sheets.find((s) => s.name === c.sheet);
          expect(sheet).toBeDefined();
          if (c.clearCols) expect(c.firstCol).toBe(c.clearCols.first);
          else expect(c.firstCol).toBeGreaterThan(lastCol(sheet!));
        }
        checkedRuns++;
      }),
      { numRuns: RUNS, seed: SEED }
    );
  }, 240_000);
});
