import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/xlsx/read";
import { loadPlanSheet } from "../../src/core/plans";
import { kh2025 } from "../../src/core/rules";
import { canonicalJson } from "../../src/core/rules/plan/compose";
import type { Report } from "../../src/core/report/types";
import { makeSampleWorkbook } from "../../src/xlsx/sample";
import { tempDir } from "../support/tmp";
import { thidua } from "./run";

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const KH2026 = join(__dirname, "../../plans/kh-2026.json");

describe("thidua plan and --plan (issue 16)", () => {
  it("exports the shipped plan as JSON that `plan check` accepts, with the same fingerprint", async () => {
    const out = tmp.path("kh-2025.json");
    const r = await thidua("plan", "export", "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Đã ghi kế hoạch kh-2025: ${out}`);
    const json = JSON.parse(readFileSync(out, "utf8"));
    expect(canonicalJson(json)).toBe(canonicalJson(kh2025.planDef));
    const c = await thidua("plan", "check", out);
    expect(c.code).toBe(0);
    expect(c.out).toContain(kh2025.plan.hash);
  });

  it("exports the plan as a sheet an office copies into its book, which reads back as the same plan", async () => {
    const out = tmp.path("kh-2025.xlsx");
    expect((await thidua("plan", "export", "--out", out)).code).toBe(0);
    const loaded = await loadWorkbook(new Uint8Array(readFileSync(out)), { file: "kh-2025.xlsx" });
    const found = loadPlanSheet(loaded.grid);
    expect(found?.sheet).toBe("Kế hoạch thi đua");
    expect(found?.load.ruleSet?.plan.hash).toBe(kh2025.plan.hash);
  });

  it("checks a workbook with the 2026 sample given as --plan, and writes the plan into the report", async () => {
    const book = tmp.path("mau.xlsx");
    writeFileSync(book, await makeSampleWorkbook({ people: 40, units: 4 }));
    const report = tmp.path("bao-cao.json");
    const r = await thidua("check", book, "--plan", KH2026, "--report", report);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const rep = JSON.parse(readFileSync(report, "utf8")) as Report;
    expect(rep.plan?.id).toBe("kh-2026");
    expect(rep.ruleSet.id).toBe("kh-2026");
    expect(rep.ruleSet.year).toBe(2026);
    // I4 is dropped in 2026: no row is judged on it.
    expect(rep.individuals.every((p) => !("I4" in p.criteria))).toBe(true);
  });

  it("refuses a plan for 2026 on a check for 2025 unless --year says 2026", async () => {
    const book = tmp.path("mau-2025.xlsx");
    writeFileSync(book, await makeSampleWorkbook({ people: 20, units: 2 }));
    const r = await thidua("check", book, "--plan", KH2026, "--year", "2025");
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "Kế hoạch kh-2026 là kế hoạch năm 2026 nhưng năm rà soát là 2025: cần chọn kế hoạch của năm 2025, hoặc đặt năm rà soát là 2026 (--year 2026)."
    );
    expect((await thidua("check", book, "--plan", KH2026, "--year", "2026")).code).toBe(0);
  });

  it("says each mistake of a broken plan file and checks nothing", async () => {
    const plan = JSON.parse(readFileSync(KH2026, "utf8"));
    plan.criteria[0].titles = ["HUAN_CHUONG"];
    plan.criteria[1].column.kind = "trac_nghiem";
    const bad = tmp.path("sai.json");
    writeFileSync(bad, JSON.stringify(plan));
    const book = tmp.path("mau-sai.xlsx");
    writeFileSync(book, await makeSampleWorkbook({ people: 10, units: 2 }));
    const r = await thidua("check", book, "--plan", bad, "--out", tmp.path("khong-ghi.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toEqual([
      "Kế hoạch có 2 lỗi, chưa rà soát với kế hoạch này:",
      "Tiêu chí thứ 1 của kế hoạch: tiêu chí I1 ghi danh hiệu “HUAN_CHUONG” không có trong Luật; cần tên danh hiệu, hình thức khen thưởng (ví dụ “Lao động tiên tiến”, “Giấy khen”).",
      "Tiêu chí thứ 2 của kế hoạch: tiêu chí I2 có cách đọc “trac_nghiem” không có; cần một trong: Đánh dấu x, Xếp loại từ, Có nội dung, Số, Sáng kiến, Kỷ luật, Người đứng đầu, Kỷ luật tập thể.",
    ]);
    // Nothing was written.
    await expect(
      new ExcelJS.Workbook().xlsx.readFile(tmp.path("khong-ghi.xlsx"))
    ).rejects.toThrow();
  });
});
