import { evaluate } from "../../../src/core/evaluate";
import { book, GOOD, many, person, settings } from "./builders";

const XS = { ...GOOD, rating: "Hoàn thành xuất sắc nhiệm vụ" };
const TT = GOOD;

describe("quota controls (criteria.md §3)", () => {
  it("Q_HTXS: limit is ⌊0.20 × HTTNV⌋ and every HTXSNV row is listed (NĐ 48/2023, QĐ 366-QĐ/TW)", () => {
    const review = evaluate(
      book([...many(3, XS, { unit: "P" }), ...many(10, TT, { unit: "P" })]),
      settings()
    );
    const q = review.quotas.find((x) => x.id === "Q_HTXS" && x.scope === "workbook");
    expect(q).toMatchObject({ limit: 2, actual: 3, excess: 1, ok: false });
    expect(q?.rows).toEqual(["'Cá nhân'!E8", "'Cá nhân'!E9", "'Cá nhân'!E10"]);
  });

  it("Q_HTXS counts HTTNV exclusive of HTXSNV and uses integer arithmetic (0.29 × 100 is 29, not 28.999…)", () => {
    const review = evaluate(
      book([...many(29, XS), ...many(100, TT)]),
      settings({ "quota.htxs": 0.29 })
    );
    const q = review.quotas.find((x) => x.id === "Q_HTXS" && x.scope === "workbook");
    expect(q).toMatchObject({ limit: 29, actual: 29, excess: 0, ok: true });
  });

  it("Q_HTXS ok is null while unknown ratings could change the answer", () => {
    const review = evaluate(
      book([...many(2, XS), ...many(10, TT), person({ ...GOOD, rating: "" })]),
      settings()
    );
    const q = review.quotas.find((x) => x.id === "Q_HTXS" && x.scope === "workbook");
    expect(q?.ok).toBeNull();
    const settled = evaluate(
      book([...many(4, XS), ...many(10, TT), person({ ...GOOD, rating: "" })]),
      settings()
    );
    expect(settled.quotas.find((x) => x.id === "Q_HTXS" && x.scope === "workbook")?.ok).toBe(false);
  });

  it("Q_HTXS scope: workbook by default with each unit as information; quota.scope=unit swaps them", () => {
    const members = [
      ...many(10, TT, { unit: "A" }),
      ...many(2, XS, { unit: "B" }),
      ...many(5, TT, { unit: "B" }),
    ];
    const wb = evaluate(book(members), settings()).quotas.filter((q) => q.id === "Q_HTXS");
    expect(wb.map((q) => [q.scope, q.informational, q.ok])).toEqual([
      ["workbook", false, true],
      ["A", true, true],
      ["B", true, false],
    ]);
    const byUnit = evaluate(book(members), settings({ "quota.scope": "unit" })).quotas.filter(
      (q) => q.id === "Q_HTXS"
    );
    expect(byUnit.map((q) => [q.scope, q.informational])).toEqual([
      ["A", false],
      ["B", false],
      ["workbook", true],
    ]);
  });

  it("Q_CSTDCS is off by default (informational, no limit) and applies quota.cstdcs when set (old NĐ 91/2017 rule)", () => {
    const star = { ...XS, initiative: "Sáng kiến A", proposed: "CSTĐCS" };
    const members = [...many(2, star), ...many(8, { ...TT, proposed: "LĐTT" })];
    const off = evaluate(book(members), settings()).quotas.find((q) => q.id === "Q_CSTDCS");
    expect(off).toMatchObject({ limit: null, actual: 2, ok: null, informational: true });
    const on = evaluate(book(members), settings({ "quota.cstdcs": 0.15 })).quotas.find(
      (q) => q.id === "Q_CSTDCS"
    );
    expect(on).toMatchObject({ limit: 1, actual: 2, excess: 1, ok: false });
  });

  it("Q_PROPOSED lists proposals that are not eligible, as a control and as a warning on the row", () => {
    const review = evaluate(
      book([person({ ...TT, proposed: "CSTĐCS" }), person({ ...TT, proposed: "LĐTT" })]),
      settings()
    );
    const q = review.quotas.find((x) => x.id === "Q_PROPOSED");
    expect(q).toMatchObject({ actual: 1, ok: false, rows: ["'Cá nhân'!R8"] });
    const w = review.individuals[0].findings.find((f) => f.code === "Q_PROPOSED");
    expect(w).toMatchObject({ verdict: "warning", decides: false, titles: ["CSTDCS"] });
  });
});
