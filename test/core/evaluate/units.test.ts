import { evaluate } from "../../../src/core/evaluate";
import { book, GOOD, GOOD_UNIT, many, person, settings, STAR, unitRow } from "./builders";

const U = "Phòng Quản lý đất đai";
const BAD = { ...GOOD, rating: "Hoàn thành nhiệm vụ" };
const OPEN = { ...GOOD, emulation: "" };

function unitOf(members: ReturnType<typeof person>[], unitValues = GOOD_UNIT, over = {}) {
  return evaluate(book(members, [unitRow(unitValues, U)]), settings(over)).units[0];
}

describe("collective titles and shares (criteria.md §2, Luật 2022 Đ27–28)", () => {
  it("SHARE_LDTT_50: more than 50 % eligible for LĐTT is met; exactly 50 % is a gap with the strict default (Luật 2022 Đ28)", () => {
    const more = unitOf([...many(3, GOOD, { unit: U }), ...many(2, BAD, { unit: U })]);
    expect(more.conditions.SHARE_LDTT_50).toBe("met");
    const half = unitOf([...many(2, GOOD, { unit: U }), ...many(2, BAD, { unit: U })]);
    expect(half.conditions.SHARE_LDTT_50).toBe("gap");
    expect(half.titles.TTLDTT).toBe("not_eligible");
  });

  it("SHARE_LDTT_50 with ttldtt.strict=false accepts exactly the threshold (“at least”)", () => {
    const half = unitOf([...many(2, GOOD, { unit: U }), ...many(2, BAD, { unit: U })], GOOD_UNIT, {
      "ttldtt.strict": false,
    });
    expect(half.conditions.SHARE_LDTT_50).toBe("met");
  });

  it("SHARE_LDTT_50 uses ttldtt.minShare (0.7, as some provinces do)", () => {
    const members = [...many(6, GOOD, { unit: U }), ...many(4, BAD, { unit: U })];
    expect(unitOf(members).conditions.SHARE_LDTT_50).toBe("met");
    expect(unitOf(members, GOOD_UNIT, { "ttldtt.minShare": 0.7 }).conditions.SHARE_LDTT_50).toBe(
      "gap"
    );
  });

  it("shares are three-valued: unknown when needs_info members could tip the share either way", () => {
    const u = unitOf([
      ...many(2, GOOD, { unit: U }),
      ...many(2, BAD, { unit: U }),
      person(OPEN, { unit: U }),
    ]);
    expect(u.conditions.SHARE_LDTT_50).toBe("unknown");
    expect(u.shares).toEqual({ LDTT: { lo: 0.4, hi: 0.6 } });
    expect(u.counts.LDTT).toEqual({ eligible: 2, needs_info: 1 });
  });

  it("the denominator is max(headcount, member rows): members missing from the list count as needs_info", () => {
    const u = unitOf(many(6, GOOD, { unit: U }), { ...GOOD_UNIT, headcount: 10 });
    expect(u.headcount).toBe(10);
    expect(u.memberRows).toBe(6);
    expect(u.conditions.SHARE_LDTT_50).toBe("met");
    expect(u.conditions.SHARE_LDTT_70).toBe("unknown");
    expect(u.shares?.LDTT).toEqual({ lo: 0.6, hi: 1 });
  });

  it("SHARE_LDTT_70 compares integers: 7 of 10 is exactly 70 % and met (Luật 2022 Đ27)", () => {
    const u = unitOf([...many(7, GOOD, { unit: U }), ...many(3, BAD, { unit: U })]);
    expect(u.conditions.SHARE_LDTT_70).toBe("met");
    const v = unitOf([...many(6, GOOD, { unit: U }), ...many(3, BAD, { unit: U })]);
    expect(v.conditions.SHARE_LDTT_70).toBe("gap");
  });

  it("HEADCOUNT_MISMATCH warns when there are more member rows than the headcount", () => {
    const u = unitOf(many(5, GOOD, { unit: U }), { ...GOOD_UNIT, headcount: 3 });
    const w = u.findings.find((f) => f.code === "HEADCOUNT_MISMATCH");
    expect(w?.verdict).toBe("warning");
    expect(w?.decides).toBe(false);
    expect(u.shares?.LDTT).toEqual({ lo: 1, hi: 1 });
  });

  it("NO_CANH_CAO (TTLĐTT) counts cảnh cáo and above only; NO_DISCIPLINE (TTLĐXS) counts any form (§5.3)", () => {
    const kt = unitOf([
      person(STAR, { unit: U }),
      ...many(3, GOOD, { unit: U }),
      person({ ...GOOD, discipline: "Khiển trách" }, { unit: U }),
    ]);
    expect(kt.conditions.NO_CANH_CAO).toBe("met");
    expect(kt.conditions.NO_DISCIPLINE).toBe("gap");
    expect(kt.criteria.C4).toBe("met");
    const cc = unitOf([
      ...many(4, GOOD, { unit: U }),
      person({ ...GOOD, discipline: "Cảnh cáo" }, { unit: U }),
    ]);
    expect(cc.conditions.NO_CANH_CAO).toBe("gap");
    expect(cc.criteria.C4).toBe("gap");
    expect(cc.titles.TTLDTT).toBe("not_eligible");
    expect(cc.findings.find((f) => f.code === "NO_CANH_CAO")?.refs).toEqual(["'Cá nhân'!K12"]);
    expect(cc.counts.disciplined).toBe(1);
  });

  it("ALL_HTNV needs every member rated HTNV or better, counting written ratings (Luật 2022 Đ27)", () => {
    const u = unitOf([
      ...many(3, STAR, { unit: U }),
      person({ ...GOOD, rating: "KHTNV" }, { unit: U }),
    ]);
    expect(u.conditions.ALL_HTNV).toBe("gap");
    expect(u.counts.HTNVorBetter).toBe(3);
  });

  it("UNIT_HTXS and HAS_CSTDCS decide TTLĐXS; a unit meeting everything is eligible up to TTLĐXS", () => {
    const members = [person(STAR, { unit: U }), ...many(3, GOOD, { unit: U })];
    const u = unitOf(members);
    expect(u.titles).toEqual({
      TTLDTT: "eligible",
      TTLDXS: "eligible",
      GK_TT: "not_proposed",
      BK_TT: "not_proposed",
    });
    expect(u.eligibleUpTo).toBe("TTLDXS");
    const noStar = unitOf(many(4, GOOD, { unit: U }));
    expect(noStar.conditions.HAS_CSTDCS).toBe("gap");
    expect(noStar.eligibleUpTo).toBe("TTLDTT");
  });

  it("a unit with no member rows has member-based criteria unknown and shares null", () => {
    const review = evaluate(
      book([person(GOOD, { unit: "Phòng khác" })], [unitRow(GOOD_UNIT, U)]),
      settings()
    );
    const u = review.units[0];
    expect(u.shares).toBeNull();
    expect(u.conditions.SHARE_LDTT_50).toBe("unknown");
    expect(u.conditions.NO_CANH_CAO).toBe("unknown");
    expect(u.titles.TTLDTT).toBe("needs_info");
    expect(review.problems.some((p) => p.code === "UNIT_WITHOUT_MEMBERS")).toBe(true);
  });

  it("GK_TT is checked only when proposed, on C3, C5 and an achievement text (Luật 2022 Đ75)", () => {
    const review = evaluate(
      book(many(2, GOOD, { unit: U }), [
        unitRow({ ...GOOD_UNIT, proposed: "Giấy khen", achievement: "" }, U),
      ]),
      settings()
    );
    expect(review.units[0].titles.GK_TT).toBe("not_eligible");
  });
});
