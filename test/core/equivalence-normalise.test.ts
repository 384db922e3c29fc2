/**
 * The one change the equivalence test tolerates (PLAN_IN_FORCE, test/support/equivalence.ts), tried on today's code:
 * the plan in force is added the way issue 16 will add it — a top-level `plan` in the report and `plan.` rows in the
 * settings sheet (here right under `year`, so every later row, styled range and the content hash move) — and the
 * hashes must still be the baseline's. Any other change must still show.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  load,
  outputsOf,
  PLAN_IN_FORCE,
  sha256,
  VARIANTS,
  type Baseline,
  type CorpusEntry,
  type Normaliser,
} from "../support/equivalence";
import { revision2Workbook } from "../cli/hand-worked-r2";
import { FIXTURES } from "../fixtures/make";

const PLAN = { id: "kh-2025", version: "1", hash: "0123456789abcdef" };
let addPlan = false;

jest.mock("../../src/core/settings-io", () => {
  const actual: typeof import("../../src/core/settings-io") = jest.requireActual(
    "../../src/core/settings-io"
  );
  return {
    ...actual,
    settingsToEntries: (s: Parameters<typeof actual.settingsToEntries>[0]) => {
      const rows = actual.settingsToEntries(s);
      if (addPlan)
        rows.splice(
          1,
          0,
          ["plan.id", PLAN.id],
          ["plan.version", PLAN.version],
          ["plan.hash", PLAN.hash]
        );
      return rows;
    },
  };
});

jest.mock("../../src/core/report/build", () => {
  const actual: typeof import("../../src/core/report/build") = jest.requireActual(
    "../../src/core/report/build"
  );
  return {
    ...actual,
    buildReport: (input: Parameters<typeof actual.buildReport>[0]) => {
      const report = actual.buildReport(input);
      return addPlan ? { ...report, plan: { ...PLAN } } : report;
    },
  };
});

const baseline = JSON.parse(
  readFileSync(resolve(__dirname, "../fixtures/equivalence/kh-2025.json"), "utf8")
) as Baseline;
const variants = VARIANTS.filter((v) =>
  ["defaults", "province", "shares-bands-order"].includes(v.id)
);
let corpus: CorpusEntry[] = [];

beforeAll(async () => {
  corpus = [
    await load("hand-worked/revision-2.xlsx", await revision2Workbook()),
    await load("fixture/sample-small.xlsx", await FIXTURES["sample-small.xlsx"]()),
  ];
});
afterEach(() => (addPlan = false));

function hashes(normalise: Normaliser): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const e of corpus)
    for (const v of variants)
      for (const lang of ["vi", "en"] as const) {
        const o = outputsOf(e, v, lang, normalise);
        out[`${e.name}|${v.id}|${lang}`] = Object.fromEntries(
          Object.entries(o).map(([k, t]) => [k, sha256(t)])
        );
      }
  return out;
}

const expected = () =>
  Object.fromEntries(
    corpus.flatMap((e) =>
      variants.flatMap((v) =>
        (["vi", "en"] as const).map((l) => {
          const key = `${e.name}|${v.id}|${l}`;
          return [key, baseline.outputs[key]];
        })
      )
    )
  );

describe("the equivalence test's one tolerated change (issue 16: the plan in force)", () => {
  it("a report and settings sheet that carry the plan in force hash as the baseline once PLAN_IN_FORCE takes it out", () => {
    addPlan = true;
    const now = hashes(PLAN_IN_FORCE);
    expect(now).toEqual(expected());
  });

  it("without the normaliser the same change differs in the report and the write plan only", () => {
    addPlan = true;
    const now = hashes({});
    const base = expected();
    for (const [key, h] of Object.entries(now)) {
      const differ = Object.keys(h).filter((k) => h[k] !== base[key][k]);
      expect([key, differ]).toEqual([key, ["report", "plan"]]);
    }
  });

  it("anything else still differs: a report field of another name, a settings row of another key", () => {
    const renamed: Normaliser = {
      report: (r) => ({ ...r, planInForce: PLAN }) as typeof r,
      plan: (p) => ({
        ...p,
        sheets: p.sheets.map((s) =>
          s.kind === "settings" ? { ...s, values: [...s.values, ["planned", "x", null]] } : s
        ),
      }),
    };
    const both: Normaliser = {
      report: (r) => PLAN_IN_FORCE.report!(renamed.report!(r)),
      plan: (p) => PLAN_IN_FORCE.plan!(renamed.plan!(p)),
    };
    const now = hashes(both);
    const base = expected();
    for (const [key, h] of Object.entries(now)) {
      expect(h.report).not.toBe(base[key].report);
      expect(h.plan).not.toBe(base[key].plan);
    }
  });
});
