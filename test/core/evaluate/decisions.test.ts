import { evaluate } from "../../../src/core/evaluate";
import { book, GOOD, GOOD_UNIT, many, person, settings, unitRow } from "./builders";

describe("decisions that settle edge cases (criteria.md §5)", () => {
  it("§5.1 R_DISC_RATING: a disciplined row rated above KHTNV keeps its rating for counts, gets a warning, and I5 is a gap (NĐ 48/2023)", () => {
    const review = evaluate(
      book(
        [person({ ...GOOD, rating: "HTXSNV", discipline: "Khiển trách" }, { unit: "P" })],
        [unitRow(GOOD_UNIT, "P")]
      ),
      settings()
    );
    const r = review.individuals[0];
    expect(r.criteria.I1).toBe("met");
    expect(r.criteria.I5).toBe("gap");
    const w = r.findings.find((f) => f.code === "R_DISC_RATING");
    expect(w?.verdict).toBe("warning");
    expect(w?.cell).toBe("E8");
    expect(w?.refs).toEqual(["'Cá nhân'!K8"]);
    expect(review.units[0].counts.HTNVorBetter).toBe(1);
    expect(review.quotas[0].actual).toBe(1);
  });

  it("§5.2 without a decision-date column any discipline written in the row counts", () => {
    const r = evaluate(book([person({ ...GOOD, discipline: "Khiển trách" })]), settings())
      .individuals[0];
    expect(r.criteria.I5).toBe("gap");
  });

  it("§5.2 a discipline decided in the evaluation year counts; one decided in 2023 does not (NĐ 172/2025 Đ2.9)", () => {
    const inYear = person({ ...GOOD, discipline: "Khiển trách", disciplineDate: "12/03/2025" });
    const old = person({ ...GOOD, discipline: "Khiển trách", disciplineDate: "12/03/2023" });
    const [a, b] = evaluate(book([inYear, old]), settings()).individuals;
    expect(a.criteria.I5).toBe("gap");
    expect(b.criteria.I5).toBe("met");
    expect(b.findings.find((f) => f.code === "DISC_NOT_COUNTED")?.verdict).toBe("info");
  });

  it("§5.2 a discipline decided in the previous year whose 12-month term overlaps the year counts (NĐ 172/2025 Đ2.9)", () => {
    const lastYear = person({
      ...GOOD,
      discipline: "Cảnh cáo",
      disciplineDate: "Số 12/QĐ-STNMT ngày 05/3/2024",
    });
    const r = evaluate(
      book([lastYear], [], { variants: { disciplineDate: "numberAndDate" } }),
      settings()
    ).individuals[0];
    expect(r.criteria.I5).toBe("gap");
  });

  it("§5.2 an unreadable decision date is unknown, never silently counted or dropped", () => {
    const r = evaluate(
      book([person({ ...GOOD, discipline: "Khiển trách", disciplineDate: "năm ngoái" })]),
      settings()
    ).individuals[0];
    expect(r.criteria.I5).toBe("unknown");
  });

  it("§5.3 one threshold per rule: khiển trách breaks I5 and TTLĐXS but not C4 or TTLĐTT", () => {
    const members = [
      ...many(3, GOOD, { unit: "P" }),
      person({ ...GOOD, discipline: "Khiển trách" }, { unit: "P" }),
    ];
    const review = evaluate(book(members, [unitRow(GOOD_UNIT, "P")]), settings());
    expect(review.individuals[3].criteria.I5).toBe("gap");
    const u = review.units[0];
    expect(u.criteria.C4).toBe("met");
    expect(u.conditions.NO_CANH_CAO).toBe("met");
    expect(u.conditions.NO_DISCIPLINE).toBe("gap");
    expect(u.titles.TTLDTT).toBe("eligible");
    expect(u.titles.TTLDXS).toBe("not_eligible");
  });

  it("§5.4 unit names in the result are the units-sheet names when matched", () => {
    const p = person(GOOD, { unit: "phòng quản lý đất đai" });
    const review = evaluate(book([p], [unitRow(GOOD_UNIT, "Phòng Quản lý đất đai")]), settings());
    expect(review.individuals[0].unit).toBe("Phòng Quản lý đất đai");
    const alone = evaluate(book([person(GOOD, { unit: "Phòng Kế hoạch" })]), settings());
    expect(alone.individuals[0].unit).toBe("Phòng Kế hoạch");
  });

  it("§5.5 mixed sheets, already split by read, are evaluated like any other (the unit row's rating column is `rating`)", () => {
    const u = unitRow(
      { rating: "Hoàn thành xuất sắc nhiệm vụ", proposed: "Tập thể lao động tiên tiến" },
      "P"
    );
    const members = many(3, GOOD, { unit: "P" });
    const rb = book(members, [], { indRole: "mixed" });
    const mixedUnit = { ...u, sheet: "Cá nhân", row: 20 };
    const review = evaluate({ ...rb, units: [mixedUnit] }, settings());
    expect(review.units[0].criteria.C3).toBe("met");
    expect(review.units[0].memberRows).toBe(3);
    expect(review.units[0].titles.TTLDTT).not.toBe("not_evaluated");
    expect(review.individuals.every((r) => r.titles.LDTT === "eligible")).toBe(true);
  });

  it("§5.6 units-only workbooks are checked: member-based criteria are unknown with the reason", () => {
    const review = evaluate(book([], [unitRow(GOOD_UNIT, "P")]), settings());
    const u = review.units[0];
    expect(u.criteria.C3).toBe("met");
    expect(u.conditions.SHARE_LDTT_50).toBe("unknown");
    expect(u.shares).toBeNull();
    expect(u.findings.find((f) => f.code === "SHARE_LDTT_50")?.msg.key).toBe(
      "members.noIndividuals"
    );
    expect(review.problems.some((p) => p.code === "UNITS_ONLY")).toBe(true);
  });

  it("§5.7 protected sheets do not change verdicts", () => {
    const members = [
      ...many(3, GOOD, { unit: "P" }),
      person({ ...GOOD, rating: "HTNV" }, { unit: "P" }),
    ];
    const open = evaluate(book(members, [unitRow(GOOD_UNIT, "P")]), settings());
    const locked = evaluate(
      book(members, [unitRow(GOOD_UNIT, "P")], { protectedSheets: true }),
      settings()
    );
    expect(locked.individuals).toEqual(open.individuals);
    expect(locked.units).toEqual(open.units);
  });
});
