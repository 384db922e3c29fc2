/**
 * The sentences every hostile case must satisfy (issue 7, spec/report.md "Exit status", spec/workbook.md "Nothing
 * else in the workbook changes"). Two test files share them, each with half of the corpus, so that jest's two
 * workers run them side by side.
 */
import { expectValidReport } from "../support/schema";
import { tempDir } from "../support/tmp";
import { HOSTILE, type HostileCase } from "../fixtures/hostile";
import { runCase, stripFile, type CaseResult } from "./corpus";
import { exactChanges, officeChanges } from "./preserve";

const STACK = /\n\s+at |Error: |TypeError|ReferenceError/;

export function casesForShard(shard: number, of: number): HostileCase[] {
  // The 50,000-row case needs ~4 GB in one jest worker (exceljs holds the workbook three times over in-process):
  // CI runs it as `npm run bench -- scale`, in child processes; HOSTILE_HEAVY=1 runs it here too.
  const all = (process.env.HOSTILE_HEAVY ? HOSTILE : HOSTILE.filter((c) => !c.heavy)).filter(
    (c) => !process.env.HOSTILE_ONLY || c.id === process.env.HOSTILE_ONLY
  );
  return all.filter((_, i) => i % of === shard);
}

export function describeCases(cases: HostileCase[]): void {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  describe.each(cases.map((c) => [c.id, c] as const))("hostile workbook “%s”", (_id, c) => {
    let r: CaseResult;
    beforeAll(async () => {
      r = await runCase(c, tmp);
    }, 600_000);

    it(`${c.what}: exits ${c.expect === "checked" ? "0" : c.expect === "refused" ? "3" : "0 or 3"}, never 1, with no stack trace (spec/report.md exit status)`, () => {
      expect(r.check.code).not.toBe(1);
      const allowed = c.expect === "checked" ? [0] : c.expect === "refused" ? [3] : [0, 3];
      if (!allowed.includes(r.check.code))
        throw new Error(`exit ${r.check.code}, expected ${allowed.join(" or ")}:\n${r.check.err}`);
      expect(r.check.err).not.toMatch(STACK);
      expect(r.check.out).not.toMatch(STACK);
    });

    it("never writes the input file", () => {
      expect(r.inputUnchanged).toBe(true);
    });

    it("either writes a report that validates against the schema, or names the file and the problem", () => {
      if (r.check.code === 0) {
        expectValidReport(r.report);
        return;
      }
      const name = r.file.split("/").pop() ?? "";
      expect(r.check.err).toContain(name);
      expect(r.check.err.length).toBeGreaterThan(name.length + 20);
      if (r.report !== null) {
        expectValidReport(r.report);
        expect(r.report.problems.some((p) => p.level === "error")).toBe(true);
      }
    });

    if (c.expect === "refused") return;

    it(
      c.resultsOnly
        ? "writes a results-only workbook and says which sheet and part could not be edited, and why"
        : "writes the office's own workbook as the checked copy, not a results-only workbook",
      () => {
        if (r.check.code !== 0) return expect(c.expect).toBe("either");
        expect(r.checked).toBeDefined();
        const ch = r.checked!;
        expect(ch.resultsOnly).toBe(Boolean(c.resultsOnly));
        if (c.resultsOnly) expect(r.check.out).toMatch(/trang tính “[^”]+”, phần xl\/\S+: /);
      }
    );

    if (c.resultsOnly) {
      it("checking the original twice gives the same report", async () => {
        const again = await runCase(c, tmp);
        expect(stripFile(again.report)).toEqual(stripFile(r.report));
      }, 600_000);
      return;
    }

    it("keeps every office cell (value, formula, font, fill, border, numFmt), merge, width, row and own conditional format", () => {
      if (r.check.code !== 0) return expect(c.expect).toBe("either");
      const ch = r.checked!;
      const changes = ch.before.flatMap((s) =>
        officeChanges(
          s,
          ch.after.find((x) => x.name === s.name)
        ).map((d) => `${s.name}: ${d}`)
      );
      expect(changes).toEqual([]);
      expect(ch.after.slice(0, ch.before.length).map((s) => s.name)).toEqual(
        ch.before.map((s) => s.name)
      );
    });

    it("keeps every package part of the original", () => {
      if (r.check.code !== 0) return expect(c.expect).toBe("either");
      const ch = r.checked!;
      expect(ch.partsBefore.filter((p) => !ch.partsAfter.includes(p))).toEqual([]);
    });

    it("check → clear gives the office's sheets and the package parts back exactly (spec/workbook.md item 7)", () => {
      if (r.check.code !== 0) return expect(c.expect).toBe("either");
      const clear = r.checked!.clear!;
      expect(clear.run.code).toBe(0);
      expect(exactChanges(r.checked!.before, clear.sheets)).toEqual([]);
      expect(clear.parts).toEqual(r.checked!.partsBefore);
    });

    it("check twice = check once: the same report and the same workbook", () => {
      if (r.check.code !== 0) return expect(c.expect).toBe("either");
      const again = r.checked!.again;
      expect(again.run.code).toBe(0);
      expect(stripFile(again.report)).toEqual(stripFile(r.report));
      expect(exactChanges(r.checked!.after, again.sheets)).toEqual([]);
      expect(again.parts).toEqual(r.checked!.partsAfter);
    });
  });
}
