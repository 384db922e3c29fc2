import { evaluate } from "../../../src/core/evaluate";
import { book, GOOD, person, settings, STAR } from "./builders";

describe("outcome, proposals and highlights (criteria.md §4)", () => {
  it("a row without a proposal is judged on LĐTT: lacking an initiative is information, not highlighted", () => {
    const r = evaluate(book([person({ ...GOOD, proposed: "" })]), settings()).individuals[0];
    expect(r.outcome).toBe("eligible");
    const i2 = r.findings.find((f) => f.code === "I2");
    expect(i2?.verdict).toBe("gap");
    expect(i2?.decides).toBe(false);
  });

  it("a row proposed for LĐTT only is not flagged for lacking an initiative", () => {
    const r = evaluate(book([person({ ...GOOD, proposed: "LĐTT" })]), settings()).individuals[0];
    expect(r.proposedByUnit).toEqual(["LDTT"]);
    expect(r.proposals).toEqual([{ title: "LDTT", verdict: "eligible" }]);
    expect(r.findings.filter((f) => f.decides)).toEqual([]);
  });

  it("a row proposed for CSTĐCS without an initiative has outcome gaps and I2 decides it", () => {
    const r = evaluate(book([person({ ...GOOD, proposed: "CSTĐCS" })]), settings()).individuals[0];
    expect(r.outcome).toBe("gaps");
    expect(r.findings.find((f) => f.code === "I2")?.decides).toBe(true);
  });

  it("several proposals are each checked: LĐTT and Giấy khen are different kinds", () => {
    const r = evaluate(
      book([person({ ...GOOD, proposed: "LĐTT, Giấy khen", achievement: "Hoàn thành tốt đề án" })]),
      settings()
    ).individuals[0];
    expect(r.proposals).toEqual([
      { title: "LDTT", verdict: "eligible" },
      { title: "GK", verdict: "eligible" },
    ]);
    expect(r.outcome).toBe("eligible");
  });

  it("titles outside the rule set are kept as not_evaluated (ngoài phạm vi rà soát); a row with only those is not_checked", () => {
    const r = evaluate(
      book([person({ ...STAR, proposed: "Huân chương Lao động hạng Ba" })]),
      settings()
    ).individuals[0];
    expect(r.proposals).toEqual([
      { title: "Huân chương Lao động hạng Ba", verdict: "not_evaluated" },
    ]);
    expect(r.outcome).toBe("not_checked");
    expect(r.findings.find((f) => f.code === "OUTSIDE_SCOPE")?.verdict).toBe("info");
  });

  it("eligibleUpTo is the highest eligible danh hiệu, for information only", () => {
    const r = evaluate(book([person({ ...STAR, proposed: "LĐTT" })]), settings()).individuals[0];
    expect(r.eligibleUpTo).toBe("CSTDCS");
    expect(r.proposedByUnit).toEqual(["LDTT"]);
  });

  it("noProposalColumn is true only when no sheet has a proposal column", () => {
    expect(evaluate(book([person(GOOD)]), settings()).noProposalColumn).toBe(true);
    expect(evaluate(book([person({ ...GOOD, proposed: "" })]), settings()).noProposalColumn).toBe(
      false
    );
  });
});
