import { evaluate, evaluateMessages } from "../../../src/core/evaluate";
import { ruleCatalogue } from "../../../src/core/rules";
import { format } from "../../../src/core/i18n/types";
import type { Finding, IndividualResult } from "../../../src/core/review";
import { book, GOOD, GOOD_UNIT, person, settings, STAR, unitRow } from "./builders";

function one(values: Parameters<typeof person>[0], opts: Parameters<typeof book>[2] = {}) {
  return evaluate(book([person(values)], [], opts), settings()).individuals[0];
}

function finding(r: IndividualResult, code: string): Finding {
  const f = r.findings.find((x) => x.code === code);
  if (!f) throw new Error(`no finding ${code} in ${r.findings.map((x) => x.code).join(",")}`);
  return f;
}

function vi(f: Finding): string {
  const t = ruleCatalogue[f.msg.key];
  if (!t) throw new Error(`no template ${f.msg.key}`);
  return format(t.vi, f.msg.params);
}

describe("criterion verdicts and blank cells (criteria.md §0)", () => {
  it("meets every individual criterion for a row whose cells all say yes", () => {
    const r = one(STAR);
    expect(r.criteria).toEqual({
      I1: "met",
      I2: "met",
      I3: "met",
      I4: "met",
      I5: "met",
      I6: "met",
      I6H: "met",
    });
    expect(r.findings.filter((f) => f.verdict === "gap" || f.verdict === "unknown")).toEqual([]);
  });

  it("§0: a blank discipline cell (evidence column) means no discipline, so I5 is met", () => {
    expect(one({ ...GOOD, discipline: "" }).criteria.I5).toBe("met");
  });

  it("§0: a blank initiative cell (evidence column) is a gap with the message of §7", () => {
    const r = one({ ...GOOD, initiative: "" });
    expect(r.criteria.I2).toBe("gap");
    expect(vi(finding(r, "I2"))).toBe(
      "I2 — Chưa có sáng kiến/đề tài (ô F8 trống): CSTĐCS cần sáng kiến được công nhận hoặc đề tài đã nghiệm thu."
    );
  });

  it("§0: blank judgement columns (I3, I4, I6) and a blank rating are unknown, never met or gap", () => {
    const r = one({ ...STAR, responsibility: "", assignment: "", emulation: "", rating: "" });
    expect(r.criteria.I1).toBe("unknown");
    expect(r.criteria.I3).toBe("unknown");
    expect(r.criteria.I4).toBe("unknown");
    expect(r.criteria.I6).toBe("unknown");
    expect(finding(r, "I3").cell).toBe("I8");
  });

  it("§0: a blank service cell is unknown (rating and service cells may not be blank)", () => {
    expect(one({ ...GOOD, service: "" }).conditions.SERVICE).toBe("unknown");
  });

  it("§0: a blank pending cell (evidence column) means nothing pending", () => {
    expect(one({ ...GOOD, pending: "" }).conditions.PENDING).toBe("met");
  });

  it("§0: unreadable text is unknown and the message quotes it", () => {
    const r = one({ ...GOOD, rating: "Tạm được" });
    expect(r.criteria.I1).toBe("unknown");
    const f = finding(r, "I1");
    expect(f.cell).toBe("E8");
    expect(vi(f)).toContain("“Tạm được”");
    expect(vi(f)).toContain("ô E8");
  });

  it("§0: a formula error is unknown and the message names the error", () => {
    const r = one({ ...GOOD, responsibility: { error: "#N/A" } });
    expect(r.criteria.I3).toBe("unknown");
    expect(vi(finding(r, "I3"))).toContain("#N/A");
  });

  it("§7: a rating below HTTNV is a gap worded as the spec's example", () => {
    const r = one({ ...GOOD, rating: "Hoàn thành nhiệm vụ" });
    expect(r.criteria.I1).toBe("gap");
    expect(vi(finding(r, "I1"))).toBe(
      "I1 — Xếp loại “Hoàn thành nhiệm vụ” (ô E8) chưa đạt mức Hoàn thành tốt nhiệm vụ trở lên."
    );
  });

  it("§0: a no mark in a judgement column is a gap naming the cell", () => {
    const r = one({ ...STAR, assignment: "Không" });
    expect(r.criteria.I4).toBe("gap");
    expect(finding(r, "I4").cell).toBe("J8");
  });

  it("§0: a criterion whose column is absent is skipped, with one workbook-level notice", () => {
    const { responsibility: _r, ...noI3 } = STAR;
    void _r;
    const review = evaluate(book([person(noI3), person(noI3)]), settings());
    expect(review.individuals.map((r) => r.criteria.I3)).toEqual(["skipped", "skipped"]);
    expect(review.skipped.filter((x) => x.code === "I3")).toEqual([
      { code: "I3", field: "responsibility", reason: "missing_column" },
    ]);
    const notices = review.problems.filter(
      (p) => p.code === "CRITERION_SKIPPED" && p.msg.params?.code === "I3"
    );
    expect(notices).toHaveLength(1);
    expect(format(ruleCatalogueOrEval(notices[0].msg.key).vi, notices[0].msg.params)).toBe(
      "Không kiểm tra tiêu chí “Tinh thần trách nhiệm”: không tìm thấy cột Tinh thần trách nhiệm."
    );
    // A skipped criterion does not stop a title: CSTĐCS rests on the others.
    expect(review.individuals[0].titles.CSTDCS).toBe("eligible");
  });

  it("§0: an essential criterion skipped makes the title not_evaluated (LĐTT without a rating column)", () => {
    const { rating: _x, ...noRating } = GOOD;
    void _x;
    const r = one(noRating);
    expect(r.criteria.I1).toBe("skipped");
    expect(r.titles.LDTT).toBe("not_evaluated");
    expect(r.outcome).toBe("not_checked");
  });

  it("§6 criteria.off: a switched-off plan criterion is skipped with a notice that the clerk turned it off", () => {
    const review = evaluate(
      book([person({ ...STAR, responsibility: "Không" })]),
      settings({ "criteria.off": ["I3"] })
    );
    const r = review.individuals[0];
    expect(r.criteria.I3).toBe("skipped");
    expect(r.titles.CSTDCS).toBe("eligible");
    expect(review.skipped.filter((x) => x.code === "I3")).toEqual([
      { code: "I3", field: "responsibility", reason: "switched_off" },
    ]);
    const p = review.problems.find((x) => x.code === "CRITERION_OFF");
    expect(p).toBeDefined();
    expect(format(ruleCatalogueOrEval(p!.msg.key).vi, p!.msg.params)).toContain("đã được tắt");
    expect(
      review.problems.some((x) => x.msg.params?.code === "I3" && x.code === "CRITERION_SKIPPED")
    ).toBe(false);
  });

  it("§6 criteria.off: legal conditions cannot be switched off", () => {
    const review = evaluate(
      book([person({ ...GOOD, pending: "Đang thanh tra" })]),
      settings({ "criteria.off": ["PENDING"] })
    );
    expect(review.individuals[0].conditions.PENDING).toBe("gap");
    expect(review.problems.some((p) => p.code === "CRITERION_NOT_SWITCHABLE")).toBe(true);
  });

  it("§6 rating.scoreBands: numeric ratings are mapped with the clerk's bands", () => {
    const bands = settings()["rating.scoreBands"];
    expect(one({ ...GOOD, rating: 75 }).criteria.I1).toBe("met");
    const strict = evaluate(
      book([person({ ...GOOD, rating: 75 })]),
      settings({
        "rating.scoreBands": [
          { min: 95, code: "HTXSNV" },
          { min: 80, code: "HTTNV" },
          { min: 50, code: "HTNV" },
        ],
      })
    ).individuals[0];
    expect(strict.criteria.I1).toBe("gap");
    expect(bands[0].min).toBe(90);
  });

  it("unit criteria C1, C2, C4–C6: blank marks are unknown, C2 accepts a decision number, C6 a positive number", () => {
    const review = evaluate(
      book(
        [],
        [
          unitRow(
            {
              ...GOOD_UNIT,
              unitEmulation: "",
              workPlan: "QĐ số 15/QĐ-STNMT ngày 10/01/2025",
              roleModels: 3,
            },
            "Phòng A"
          ),
          unitRow({ ...GOOD_UNIT, roleModels: 0, solidarity: "" }, "Phòng B"),
        ]
      ),
      settings()
    );
    const [a, b] = review.units;
    expect(a.criteria.C1).toBe("unknown");
    expect(a.criteria.C2).toBe("met");
    expect(a.criteria.C6).toBe("met");
    expect(b.criteria.C5).toBe("unknown");
    expect(b.criteria.C6).toBe("gap");
  });
});

function ruleCatalogueOrEval(key: string) {
  const t = ruleCatalogue[key] ?? evaluateMessages[key];
  if (!t) throw new Error(`no template ${key}`);
  return t;
}
