import { evaluate } from "../../../src/core/evaluate";
import { book, GOOD, person, settings, STAR } from "./builders";
import { planKey } from "../../support/plan-keys";

function one(
  values: Parameters<typeof person>[0],
  opts: Parameters<typeof book>[2] = {},
  over = {}
) {
  return evaluate(book([person(values)], [], opts), settings(over)).individuals[0];
}

describe("individual titles (criteria.md §2)", () => {
  it("LĐTT is eligible with I1, I5, I6, SERVICE and PENDING met, without an initiative (Luật 2022 Đ24)", () => {
    const r = one(GOOD);
    expect(r.titles.LDTT).toBe("eligible");
    expect(r.titles.CSTDCS).toBe("not_eligible");
    expect(r.eligibleUpTo).toBe("LDTT");
  });

  it("CSTĐCS in plan mode needs I2 even with an HTXSNV rating (Kế hoạch 2025, tiêu chí 1.2)", () => {
    const r = one({ ...STAR, initiative: "" });
    expect(r.titles.CSTDCS).toBe("not_eligible");
    const i2 = r.findings.find((f) => f.code === "I2");
    expect(i2?.titles).toContain("CSTDCS");
  });

  it("CSTĐCS in law mode accepts an HTXSNV rating instead of an initiative (Luật 2022 Đ23)", () => {
    const r = one({ ...STAR, initiative: "" }, {}, { "cstdcs.mode": "law" });
    expect(r.titles.CSTDCS).toBe("eligible");
    expect(r.criteria.I2).toBe("gap");
    // The plan criterion still shows as a gap, but it no longer bears on CSTĐCS.
    expect(r.findings.find((f) => f.code === "I2")?.titles).toEqual([]);
  });

  it("CSTĐCS in law mode without initiative and with HTTNV is not eligible, and the message names both ways", () => {
    const r = one({ ...STAR, rating: "HTTNV", initiative: "" }, {}, { "cstdcs.mode": "law" });
    expect(r.titles.CSTDCS).toBe("not_eligible");
    expect(r.findings.find((f) => f.code === "I2")?.msg.key).toBe(planKey("I2.gapBlankLaw"));
  });

  it("CSTĐCS needs LĐTT first: a gap of LĐTT (SERVICE) bears on CSTĐCS too (Luật 2022 Đ23)", () => {
    const r = one({ ...STAR, service: 4 });
    expect(r.titles.LDTT).toBe("not_eligible");
    expect(r.titles.CSTDCS).toBe("not_eligible");
    expect(r.findings.find((f) => f.code === "SERVICE")?.titles).toEqual(
      expect.arrayContaining(["LDTT", "CSTDCS"])
    );
  });

  it("I2 with an initiativeDecision column needs the recognising decision", () => {
    expect(one({ ...STAR, initiativeDecision: "" }).criteria.I2).toBe("gap");
    expect(one({ ...STAR, initiativeDecision: "QĐ 45/QĐ-STNMT ngày 02/10/2025" }).criteria.I2).toBe(
      "met"
    );
  });

  it("I2 treats text beginning with a negation as no initiative", () => {
    expect(one({ ...STAR, initiative: "Chưa có" }).criteria.I2).toBe("gap");
  });

  it("SERVICE: fewer than 6 months worked in the year is a gap (TT 01/2024/TT-BNV)", () => {
    expect(one({ ...GOOD, service: 5 }).conditions.SERVICE).toBe("gap");
    expect(one({ ...GOOD, service: 6 }).conditions.SERVICE).toBe("met");
  });

  it("SERVICE: maternity leave counts as worked when its length is given (TT 01/2024/TT-BNV)", () => {
    const opts = { variants: { leave: "reason" } };
    expect(
      one({ ...GOOD, service: 3, leave: "Nghỉ thai sản 6 tháng" }, opts).conditions.SERVICE
    ).toBe("met");
    expect(one({ ...GOOD, service: 3, leave: "Nghỉ ốm 3 tháng" }, opts).conditions.SERVICE).toBe(
      "gap"
    );
    expect(one({ ...GOOD, service: 3, leave: "Nghỉ thai sản" }, opts).conditions.SERVICE).toBe(
      "unknown"
    );
  });

  it("SERVICE: days in a leave column headed as maternity leave count as worked (TT 01/2024/TT-BNV)", () => {
    const opts = { variants: { leave: "days" }, headers: { leave: "Số ngày nghỉ thai sản" } };
    expect(one({ ...GOOD, service: 2, leave: 120 }, opts).conditions.SERVICE).toBe("met");
    const generic = { variants: { leave: "days" }, headers: { leave: "Số ngày nghỉ" } };
    expect(one({ ...GOOD, service: 2, leave: 120 }, generic).conditions.SERVICE).toBe("gap");
  });

  it("SERVICE: with a start date, months in the evaluation year are computed (TT 01/2024/TT-BNV)", () => {
    const opts = { variants: { service: "startDate" } };
    expect(one({ ...GOOD, service: "01/07/2025" }, opts).conditions.SERVICE).toBe("met");
    expect(one({ ...GOOD, service: "02/07/2025" }, opts).conditions.SERVICE).toBe("gap");
    expect(one({ ...GOOD, service: "15/03/2019" }, opts).conditions.SERVICE).toBe("met");
  });

  it("PENDING: a pending discipline or inspection blocks LĐTT (NĐ 152/2025 Đ4.4)", () => {
    const r = one({ ...GOOD, pending: "Đang xem xét kỷ luật" });
    expect(r.conditions.PENDING).toBe("gap");
    expect(r.titles.LDTT).toBe("not_eligible");
  });

  it("CSTĐ cấp tỉnh needs CSTĐCS in the two previous years and a provincial initiative (Luật 2022 Đ22)", () => {
    const hist = {
      "history.2024": "CSTĐCS",
      "history.2023": "LĐTT, CSTĐCS",
      initiativeLevel: "Cấp tỉnh",
    };
    expect(one({ ...STAR, ...hist }).titles.CSTD_TINH).toBe("eligible");
    const r = one({ ...STAR, ...hist, "history.2023": "LĐTT" });
    expect(r.titles.CSTD_TINH).toBe("not_eligible");
    expect(r.findings.find((f) => f.code === "HISTORY_CSTDCS_3")?.cell).toBe("U8");
    expect(one({ ...STAR, ...hist, initiativeLevel: "Cơ sở" }).titles.CSTD_TINH).toBe(
      "not_eligible"
    );
  });

  it("CSTĐ cấp tỉnh without history columns is not_evaluated, not eligible (Luật 2022 Đ22, essential history)", () => {
    const r = one({ ...STAR, initiativeLevel: "Cấp tỉnh" });
    expect(r.titles.CSTD_TINH).toBe("not_evaluated");
    expect(r.eligibleUpTo).toBe("CSTDCS");
  });

  it("history columns with an implied title read a yes mark as that title (header “CSTĐCS 2024”)", () => {
    const opts = { implied: { "history.2024": "CSTDCS", "history.2023": "CSTDCS" } };
    const r = one(
      { ...STAR, "history.2024": "x", "history.2023": "x", initiativeLevel: "tỉnh" },
      opts
    );
    expect(r.titles.CSTD_TINH).toBe("eligible");
  });

  it("Bằng khen tỉnh: CSTĐCS this year and last year (Luật 2022 Đ74)", () => {
    expect(one({ ...STAR, "history.2024": "CSTĐCS" }).titles.BK_TINH).toBe("eligible");
    expect(one({ ...STAR, "history.2024": "LĐTT" }).titles.BK_TINH).toBe("not_eligible");
  });

  it("Bằng khen tỉnh: or HTXSNV in both years with at least 2 initiatives in the two years (Luật 2022 Đ74)", () => {
    const base = { ...GOOD, rating: "HTXSNV", initiative: "SK 1", "history.2024.rating": "HTXSNV" };
    expect(one({ ...base, "history.2024.initiative": "SK 2" }).titles.BK_TINH).toBe("eligible");
    expect(one({ ...base, "history.2024.initiative": "" }).titles.BK_TINH).toBe("not_eligible");
    expect(one({ ...base, "history.2024.rating": "" }).titles.BK_TINH).toBe("needs_info");
  });

  it("Giấy khen is only checked when proposed, then on I1, I5 and an achievement text (Luật 2022 Đ75)", () => {
    expect(one(GOOD).titles.GK).toBe("not_proposed");
    expect(
      one({ ...GOOD, proposed: "Giấy khen", achievement: "Hoàn thành xuất sắc đề án số hóa" })
        .titles.GK
    ).toBe("eligible");
    const r = one({ ...GOOD, proposed: "Giấy khen", achievement: "" });
    expect(r.titles.GK).toBe("not_eligible");
    expect(r.findings.find((f) => f.code === "ACHIEVEMENT")?.decides).toBe(true);
  });

  it("a title's verdict is needs_info when nothing is a gap and something is unknown (§0)", () => {
    const r = one({ ...GOOD, emulation: "" });
    expect(r.titles.LDTT).toBe("needs_info");
    expect(r.outcome).toBe("needs_info");
  });
});
