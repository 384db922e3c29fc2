/**
 * The Review is complete when evaluate returns (issue 16, item 4): everything that reads it afterwards — the report,
 * the summary the command line prints, the write plan — leaves it as it is. The review is frozen all the way down
 * before they run, so any write to it throws (modules are strict).
 */
import { evaluate } from "../../../src/core/evaluate";
import { messageText } from "../../../src/core/i18n/catalogue";
import { readWorkbook } from "../../../src/core/read";
import type { Msg } from "../../../src/core/records";
import { renderPlan } from "../../../src/core/render";
import { buildReport, summarizeReview } from "../../../src/core/report/build";
import type { Review } from "../../../src/core/review";
import { kh2025 } from "../../../src/core/rules";
import { defaultSettings } from "../../../src/core/settings-defaults";
import { loadWorkbook } from "../../../src/xlsx";
import { revision2Workbook } from "../../cli/hand-worked-r2";

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== "object" || seen.has(value)) return value;
  seen.add(value);
  for (const v of Object.values(value)) deepFreeze(v, seen);
  return Object.freeze(value);
}

function fingerprint(review: Review): string {
  return JSON.stringify(review);
}

describe("the review after evaluation", () => {
  it("is read, not changed, by the report, the printed summary and the write plan in both languages", async () => {
    const { grid } = await loadWorkbook(await revision2Workbook());
    const settings = { ...defaultSettings(), year: kh2025.year };
    const read = readWorkbook(grid, settings);
    const review = evaluate(read, settings, kh2025);
    expect(review.individuals.length).toBeGreaterThan(0);
    expect(review.individuals.some((r) => r.findings.length > 0)).toBe(true);
    const before = fingerprint(review);
    deepFreeze(review);
    for (const lang of ["vi", "en"] as const) {
      const text = (msg: Msg) => messageText(msg, lang);
      summarizeReview(review, text);
      buildReport({ read, review, settings, ruleSetId: kh2025.id, text });
      renderPlan({
        read,
        review,
        settings,
        lang,
        ruleSetId: kh2025.id,
        ruleSetTitle: kh2025.title[lang],
        existing: [],
        text,
      });
    }
    expect(fingerprint(review)).toBe(before);
  });
});
