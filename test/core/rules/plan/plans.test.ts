import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { PlanMistakes, PlanYearMismatch, runCheck } from "../../../../src/core/check";
import { messageText } from "../../../../src/core/i18n/catalogue";
import { loadPlan, loadPlanJson, loadPlanSheet } from "../../../../src/core/plans";
import { kh2025, LAW } from "../../../../src/core/rules";
import { canonicalJson } from "../../../../src/core/rules/plan/compose";
import { PLAN_SHEET_NAME, planFromSheet } from "../../../../src/core/rules/plan/sheet";
import { expectValidReport } from "../../../support/schema";
import {
  criterionRow,
  department,
  KH2026,
  planRow,
  planSheet,
  storeSettings,
} from "../../../support/plan-workbook";

const ROOT = join(__dirname, "../../../..");
const schema = JSON.parse(readFileSync(join(ROOT, "schemas/thidua.plan.schema.json"), "utf8"));

describe("a year's plan as data (issue 16)", () => {
  it("the shipped 2025 plan and the 2026 sample follow the plan's JSON Schema", () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    for (const p of [kh2025.planDef, KH2026]) {
      expect(validate(p) ? [] : validate.errors).toEqual([]);
    }
  });

  it("a plan written on a sheet reads back as the same plan, to the last character of its canonical JSON", () => {
    for (const p of [kh2025.planDef, KH2026]) {
      const back = planFromSheet(planSheet(p), LAW).plan;
      expect(canonicalJson(back)).toBe(canonicalJson(p));
    }
  });

  it("checks the 2026 sample from its JSON with no code change: the added criterion, the dropped one and the changed threshold", () => {
    const load = loadPlanJson(JSON.stringify(KH2026));
    expect(load.mistakes).toEqual([]);
    const rs = load.ruleSet!;
    const out = runCheck({ grid: department(), ruleSet: rs, overrides: { year: "2026" } });
    expectValidReport(out.report);
    expect(out.report.plan).toEqual({ ...rs.plan, law: "luat-2022" });
    expect(out.report.plan?.id).toBe("kh-2026");
    const [an, binh] = out.review.individuals;
    // I7 (digital transformation) is read from the office's own "Chuyển đổi số" column.
    expect(an.criteria.I7).toBe("met");
    expect(binh.criteria.I7).toBe("gap");
    expect(binh.titles.CSTDCS).toBe("not_eligible");
    const i7 = binh.findings.find((f) => f.code === "I7");
    expect(out.text(i7!.msg)).toBe(
      "I7 — Ô H3 ghi “Không”: chưa đạt tiêu chí ứng dụng công nghệ thông tin, chuyển đổi số."
    );
    // I4 is not in the 2026 plan: no row is judged on it, and no column is asked for.
    expect(an.criteria.I4).toBeUndefined();
    expect(rs.titles.find((t) => t.code === "CSTDCS")?.terms).not.toContain("I4");
    expect(JSON.stringify(out.report.problems)).not.toContain("I4");
    // C6 needs 2 role models in 2026: 1 is a gap.
    const unit = out.review.units[0];
    expect(unit.criteria.C6).toBe("gap");
    // The same workbook under the 2025 plan: one role model is enough.
    const before = runCheck({ grid: department() });
    expect(before.review.units[0].criteria.C6).toBe("met");
    expect(before.report.plan?.id).toBe("kh-2025");
  });

  it("checks the 2026 sample from a plan sheet in the workbook the same way as from its JSON", () => {
    const grid = department();
    grid.sheets.push(planSheet(KH2026));
    const fromSheet = runCheck({ grid, usePlanSheet: true, overrides: { year: "2026" } });
    const fromJson = runCheck({
      grid: department(),
      ruleSet: loadPlan(KH2026).ruleSet!,
      overrides: { year: "2026" },
    });
    expect(fromSheet.report.plan).toEqual(fromJson.report.plan);
    expect(fromSheet.report.individuals).toEqual(fromJson.report.individuals);
    expect(fromSheet.report.units).toEqual(fromJson.report.units);
    // The plan sheet is the office's own sheet: never read as people.
    expect(fromSheet.read.sheets.find((s) => s.name === PLAN_SHEET_NAME)?.role).toBe("ignored");
  });

  it("stores the plan in force in the settings sheet, and the next check takes the confirmed plan sheet from it", () => {
    const grid = department();
    grid.sheets.push(planSheet(KH2026));
    const first = runCheck({
      grid,
      usePlanSheet: true,
      overrides: { year: "2026" },
      saveOverrides: true,
    });
    const written = first.plan.sheets.find((s) => s.kind === "settings")!;
    const rows = new Map(written.values.map((r) => [r[0], r[1]]));
    expect(rows.get("plan.id")).toBe("kh-2026");
    expect(rows.get("plan.version")).toBe("2026.1");
    expect(rows.get("plan.hash")).toBe(first.ruleSet.plan.hash);
    // The next check: the same book with the settings sheet as written, and no flag.
    const next = department();
    next.sheets.push(planSheet(KH2026));
    storeSettings(next, first);
    const second = runCheck({ grid: next });
    expect(second.report.plan?.id).toBe("kh-2026");
    expect(second.review.problems.filter((p) => p.code === "PLAN_NOT_USED")).toEqual([]);
    // `--plan` still wins over the confirmed sheet.
    const third = runCheck({ grid: next, ruleSet: kh2025, overrides: { year: "2025" } });
    expect(third.report.plan?.id).toBe("kh-2025");
  });

  it("a plan sheet nobody confirmed is not used, and the clerk is told which plan was", () => {
    const grid = department();
    grid.sheets.push(planSheet(KH2026));
    const out = runCheck({ grid });
    expect(out.report.plan?.id).toBe("kh-2025");
    const note = out.review.problems.find((p) => p.msg.key === "plan.sheetUnconfirmed");
    expect(note && out.text(note.msg)).toBe(
      "Sổ có trang kế hoạch “Kế hoạch thi đua” (kh-2026, năm 2026) chưa được xác nhận: lần rà soát này dùng kế hoạch kh-2025. Để dùng trang kế hoạch, xác nhận trong khung rà soát hoặc chạy với “--plan sheet”."
    );
  });

  it("refuses a plan of another year (a plan sheet copied from last year's book) instead of using it silently", () => {
    const grid = department();
    grid.sheets.push(planSheet(KH2026));
    expect(() => runCheck({ grid, usePlanSheet: true, overrides: { year: "2025" } })).toThrow(
      PlanYearMismatch
    );
    try {
      runCheck({ grid, usePlanSheet: true, overrides: { year: "2025" } });
    } catch (e) {
      expect(messageText((e as PlanYearMismatch).msg, "vi")).toBe(
        "Kế hoạch kh-2026 là kế hoạch năm 2026 nhưng năm rà soát là 2025: cần chọn kế hoạch của năm 2025, hoặc đặt năm rà soát là 2026 (--year 2026)."
      );
    }
  });

  it("a plan with mistakes gets one message per mistake naming the plan sheet's row, and nothing is checked with it", () => {
    const grid = department();
    grid.sheets.push(
      planSheet(KH2026, (rows) => {
        const crit = (code: string) => criterionRow(rows, code);
        crit("I3")[4] = "Huân chương Lao động"; // a title the law layer does not have
        crit("I5")[6] = "Trắc nghiệm"; // a column kind that does not exist
        crit("I6")[0] = "I3"; // a duplicate code
        crit("C5")[4] = ""; // a criterion no title uses
      })
    );
    let caught: PlanMistakes | null = null;
    try {
      runCheck({ grid, usePlanSheet: true, overrides: { year: "2026" } });
    } catch (e) {
      caught = e as PlanMistakes;
    }
    expect(caught).toBeInstanceOf(PlanMistakes);
    const texts = caught!.mistakes.map((m) => messageText(m.msg, "vi"));
    const rowOf = (code: string) => planRow(KH2026, code);
    expect(texts).toEqual([
      `Trang “Kế hoạch thi đua”, dòng ${rowOf("I3")}: tiêu chí I3 ghi danh hiệu “Huân chương Lao động” không có trong Luật; cần tên danh hiệu, hình thức khen thưởng (ví dụ “Lao động tiên tiến”, “Giấy khen”).`,
      `Trang “Kế hoạch thi đua”, dòng ${rowOf("I5")}: tiêu chí I5 có cách đọc “Trắc nghiệm” không có; cần một trong: Đánh dấu x, Xếp loại từ, Có nội dung, Số, Sáng kiến, Kỷ luật, Người đứng đầu, Kỷ luật tập thể.`,
      `Trang “Kế hoạch thi đua”, dòng ${rowOf("I6")}: mã tiêu chí “I3” trùng với Trang “Kế hoạch thi đua”, dòng ${rowOf("I3")}; mỗi tiêu chí cần một mã riêng.`,
      `Trang “Kế hoạch thi đua”, dòng ${rowOf("C5")}: tiêu chí C5 không thuộc danh hiệu nào; cần ghi danh hiệu, hình thức khen thưởng cần tiêu chí này.`,
    ]);
    // The sheet with mistakes, found but not confirmed, leaves the check on the year's plan.
    expect(loadPlanSheet(grid)?.load.ruleSet).toBeNull();
  });

  it("a plan file that is not JSON, or not a plan, says so in one sentence", () => {
    expect(loadPlanJson("{ not json").mistakes.map((m) => m.msg.key)).toEqual([
      "plan.mistake.json",
    ]);
    const mistakes = loadPlanJson(
      JSON.stringify({ ...KH2026, format: "v0", criteria: [] })
    ).mistakes;
    expect(mistakes.map((m) => m.msg.key)).toEqual([
      "plan.mistake.format",
      "plan.mistake.noCriteria",
    ]);
  });
});
