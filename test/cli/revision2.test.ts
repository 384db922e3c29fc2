import { writeFileSync } from "node:fs";
import { readFileSync } from "node:fs";
import { thidua } from "./run";
import { revision2Workbook } from "./hand-worked-r2";
import { expectValidReport } from "../support/schema";
import { tempDir } from "../support/tmp";
import type { Report, ReportIndividual } from "../../src/core/report/types";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe("thidua check on the review's department (spec revision 2, hand-worked)", () => {
  let report: Report;
  let printed: string;

  beforeAll(async () => {
    const book = tmp.path("r2.xlsx");
    writeFileSync(book, await revision2Workbook());
    const run = await thidua("check", book, "--report", tmp.path("r2.json"));
    expect(run.code).toBe(0);
    printed = run.out;
    const r: unknown = JSON.parse(readFileSync(tmp.path("r2.json"), "utf8"));
    expectValidReport(r);
    report = r;
  });

  const person = (name: string): ReportIndividual => {
    const p = report.individuals.find((i) => i.name === name);
    if (!p) throw new Error(name);
    return p;
  };

  it("writes report schema 2 with a codes catalogue that labels every code it uses", () => {
    expect(report.schema).toBe("thidua.report/2");
    const used = new Set([
      ...report.individuals.flatMap((i) => i.findings.map((f) => f.code)),
      ...report.units.flatMap((u) => u.findings.map((f) => f.code)),
      ...report.problems.map((p) => p.code),
    ]);
    for (const code of used) {
      expect(report.codes[code]?.label).toBeTruthy();
      expect(report.codes[code]?.label).not.toBe(code);
    }
    expect(report.codes.CSTD_TINH.label).toBe("Chiến sĩ thi đua thành phố");
  });

  it("counts each title proposed and carried, with its eligible part, as worked on paper", () => {
    expect(report.totals.proposals).toMatchObject({
      CSTD_TINH: { proposed: 1, carried: 0, eligibleProposed: 1, eligibleCarried: 0 },
      CSTDCS: { proposed: 1, carried: 1, eligibleProposed: 0, eligibleCarried: 1 },
      LDTT: { proposed: 8, carried: 2, eligibleProposed: 6, eligibleCarried: 2 },
      BK_TINH: { proposed: 1, carried: 0, eligibleProposed: 0, eligibleCarried: 0 },
      TTLDXS: { proposed: 2, carried: 0, eligibleProposed: 1, eligibleCarried: 0 },
      TTLDTT: { proposed: 1, carried: 2, eligibleProposed: 0, eligibleCarried: 2 },
    });
  });

  it("a head proposed CSTĐ thành phố whose unit rests on her is eligible, with CSTĐCS and LĐTT carried", () => {
    const an = person("Nguyễn Thị An");
    expect(an.outcome).toBe("eligible");
    expect(an.proposals).toEqual([
      { title: "CSTD_TINH", verdict: "eligible" },
      { title: "CSTDCS", verdict: "eligible", carriedFrom: "CSTD_TINH" },
      { title: "LDTT", verdict: "eligible", carriedFrom: "CSTD_TINH" },
    ]);
  });

  it("a head failing CSTĐCS is listed for LĐTT", () => {
    const dung = person("Trần Văn Dũng");
    expect(dung.outcome).toBe("gaps");
    expect(dung.criteria.I6H).toBe("gap");
    expect(dung.proposals).toContainEqual({
      title: "LDTT",
      verdict: "eligible",
      carriedFrom: "CSTDCS",
    });
  });

  it("a unit failing TTLĐXS is listed for TTLĐTT, and its HAS_CSTDCS names the member nobody proposed", () => {
    const b = report.units.find((u) => u.unit === "Phòng B")!;
    expect(b.titles.TTLDXS).toBe("not_eligible");
    expect(b.proposals).toContainEqual({
      title: "TTLDTT",
      verdict: "eligible",
      carriedFrom: "TTLDXS",
    });
    const has = b.findings.find((f) => f.code === "HAS_CSTDCS");
    // The head is proposed but not eligible (his CSTĐCS rests on the unit's TTLĐXS); Giang is eligible, unproposed.
    expect(has?.message).toContain("Đỗ Văn Giang");
  });

  it("a disciplined person is not eligible for Bằng khen nor LĐTT", () => {
    const hai = person("Vũ Văn Hải");
    expect(hai.titles.BK_TINH).toBe("not_eligible");
    expect(hai.titles.LDTT).toBe("not_eligible");
  });

  it("maternity leave in the note counts as worked, and an HTTNV rating on it is a warning (§5.8, §5.9)", () => {
    const lan = person("Ngô Thị Lan");
    expect(lan.conditions.SERVICE).toBe("met");
    expect(lan.titles.LDTT).toBe("eligible");
    expect(lan.findings.map((f) => f.code)).toContain("R_SERVICE_RATING");
  });

  it("a pending discipline denies LĐTT", () => {
    expect(person("Bùi Văn Minh").titles.LDTT).toBe("not_eligible");
  });

  it("a unit whose share of LĐTT is exactly half fails TTLĐTT and says so as a fact", () => {
    const c = report.units.find((u) => u.unit === "Phòng C")!;
    expect(c.titles.TTLDTT).toBe("not_eligible");
    expect(c.findings.find((f) => f.code === "SHARE_LDTT_50")?.message).toContain(
      "2/4 người (50 %)"
    );
  });

  it("the command line counts titles carried by a higher proposal beside the units' own", () => {
    expect(printed).toMatch(/TTLDTT .* đề nghị: 1 \(\+2 theo đề nghị danh hiệu cao hơn\)/);
    expect(printed).toContain("Chiến sĩ thi đua thành phố");
  });
});
