/**
 * Issue 16's bar: kh-2025 expressed as data reproduces today's results exactly. The baseline
 * (test/fixtures/equivalence/kh-2025.json) holds the sha256 of the report, the write plan, the problem texts and the
 * printed summary of every (workbook, settings variant, language), made by the rule set of revision 2 as code
 * (commit c95f8db); this test makes them again and compares (test/support/equivalence.ts says what is hashed).
 *
 *   npx jest test/core/equivalence.test.ts                  compare with the baseline
 *   EQUIV_UPDATE=1 npx jest test/core/equivalence.test.ts   write the baseline anew (same workbooks)
 *   EQUIV_REDRAW=1 EQUIV_UPDATE=1 npx jest …                also draw the property workbooks anew (property-grids.json)
 *   EQUIV_DUMP=1 npx jest test/core/equivalence.test.ts     also write every output, as compared, to
 *                                                           test-output/equivalence/<key>/ (EQUIV_DUMP=<folder> writes
 *                                                           there): run it before and after, then `diff -r` the two
 * (`npm run equivalence` is the first line; the variables work with it too.)
 *
 * The comparison opts in to one planned change, PLAN_IN_FORCE: issue 16 stores the plan in force in every report (a
 * top-level `plan`) and in the settings sheet (rows whose key starts with `plan.`); both are taken out before hashing,
 * so adding them keeps equivalence. Anything else that changes a byte of an output fails.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  compare,
  decodeGrids,
  describe as describeComparison,
  describeInputs,
  drawPropertyGrids,
  dumpName,
  encodeGrids,
  inputHash,
  namedCorpus,
  PLAN_IN_FORCE,
  propertyCorpus,
  PROPERTY_SEED,
  runCorpus,
  VARIANTS,
  type Baseline,
  type CorpusEntry,
  type Outputs,
} from "../support/equivalence";

const DIR = resolve(__dirname, "../fixtures/equivalence");
const BASELINE = join(DIR, "kh-2025.json");
const GRIDS = join(DIR, "property-grids.json");
const PROPERTY_WORKBOOKS = 150;
const UPDATE = process.env.EQUIV_UPDATE === "1";
const REDRAW = process.env.EQUIV_REDRAW === "1";
const DUMP = process.env.EQUIV_DUMP;

function propertyGrids() {
  // Drawn once and kept: the generator takes its headers from the vocabulary, which issue 16 rewrites.
  if ((UPDATE && REDRAW) || !existsSync(GRIDS)) {
    const grids = drawPropertyGrids(PROPERTY_WORKBOOKS, PROPERTY_SEED);
    writeFileSync(GRIDS, encodeGrids(grids) + "\n");
    return grids;
  }
  return decodeGrids(readFileSync(GRIDS, "utf8"));
}

function dumper(): ((key: string, outputs: Outputs) => void) | undefined {
  if (!DUMP) return undefined;
  const root = resolve(DUMP === "1" ? "test-output/equivalence" : DUMP);
  return (key, outputs) => {
    const dir = join(root, dumpName(key));
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(outputs)) {
      const json = name !== "printed" && name !== "error";
      // Pretty-printed for diffing; the hash is of the compact text.
      const body = json ? JSON.stringify(JSON.parse(text) as unknown, null, 2) : text;
      writeFileSync(join(dir, `${name}.${json ? "json" : "txt"}`), body + "\n");
    }
  };
}

/** The baseline as JSON with one workbook or key per line, so that a regenerated baseline diffs line by line. */
function formatBaseline(b: Baseline): string {
  const map = (m: Record<string, unknown>) =>
    `{\n${Object.entries(m)
      .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(",\n")}\n  }`;
  const variants = b.variants.map((v) => `    ${JSON.stringify(v)}`).join(",\n");
  return [
    "{",
    `  "about": ${JSON.stringify(b.about)},`,
    `  "ruleSet": ${JSON.stringify(b.ruleSet)},`,
    `  "variants": [\n${variants}\n  ],`,
    `  "inputs": ${map(b.inputs)},`,
    `  "outputs": ${map(b.outputs)}`,
    "}",
    "",
  ].join("\n");
}

let corpus: CorpusEntry[] = [];

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  corpus = [...(await namedCorpus()), ...propertyCorpus(propertyGrids())];
}, 120_000);

describe("rule set kh-2025, before and after issue 16", () => {
  it("kh-2025 as data gives the same report, write plan and problem texts as the rule set of revision 2 on every fixture and property workbook", () => {
    const started = Date.now();
    const outputs = runCorpus(corpus, VARIANTS, { normalise: PLAN_IN_FORCE, each: dumper() });
    const inputs = Object.fromEntries(corpus.map((e) => [e.name, inputHash(e)]));
    const keys = Object.keys(outputs).length;
    console.log(
      `equivalence: ${corpus.length} workbooks (${corpus.filter((e) => !e.grid).length} not openable) × ` +
        `${VARIANTS.length} variants → ${keys} keys in ${Date.now() - started} ms`
    );
    if (UPDATE) {
      // Re-recorded only for a deliberate change of output (README, "kh-2025 as data"): the plan in force stays out
      // of the hashes, so a baseline recorded now compares with any later code on the same terms.
      const baseline: Baseline = {
        about:
          "sha256 of the report, write plan, problem texts and printed summary of each <workbook>|<variant>|<lang>, " +
          "made by the rule set kh-2025 of revision 2 (as code), re-recorded after the one deliberate change since " +
          "(the missing-columns advice of NO_RATING_COLUMN in short labels); see test/support/equivalence.ts. " +
          "Regenerate with EQUIV_UPDATE=1 npx jest test/core/equivalence.test.ts.",
        ruleSet: "kh-2025",
        variants: VARIANTS,
        inputs,
        outputs,
      };
      writeFileSync(BASELINE, formatBaseline(baseline));
      return;
    }
    const baseline = JSON.parse(readFileSync(BASELINE, "utf8")) as Baseline;
    const c = compare(baseline, outputs, inputs);
    if (c.extra.length)
      console.log(
        `${c.extra.length} keys are new (no baseline): ${c.extra.slice(0, 20).join(", ")}`
      );
    const changed = describeInputs(c);
    if (changed) console.log(changed);
    expect(describeComparison(c)).toBe("");
  }, 300_000);
});
