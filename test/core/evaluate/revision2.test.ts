/**
 * Spec revision 2 (a legal review of the first release): the title ladder, the law's conditions on every title, leave
 * in words, ratings under 6 months, the council vote and the locality's names (criteria.md §2–§7).
 */
import { evaluate } from "../../../src/core/evaluate";
import { kh2025, titleName } from "../../../src/core/rules";
import { ruleCatalogue, sourceKey } from "../../../src/core/rules";
import { book, GOOD, GOOD_UNIT, many, person, settings, STAR, unitRow } from "./builders";

const U = "Phòng Quản lý đất đai";

function one(
  values: Parameters<typeof person>[0],
  opts: Parameters<typeof book>[2] = {},
  over = {}
) {
  return evaluate(book([person(values)], [], opts), settings(over)).individuals[0];
}

const HIST = { "history.2024": "CSTĐCS", "history.2023": "CSTĐCS" };

describe("the title ladder (criteria.md §2)", () => {
  it("a CSTĐCS proposal carries LĐTT, listed with its own verdict and carriedFrom", () => {
    const r = one({ ...GOOD, proposed: "CSTĐCS" });
    expect(r.proposedByUnit).toEqual(["CSTDCS"]);
    expect(r.carried).toEqual(["LDTT"]);
    expect(r.proposals).toEqual([
      { title: "CSTDCS", verdict: "not_eligible" },
      { title: "LDTT", verdict: "eligible", carriedFrom: "CSTDCS" },
    ]);
  });

  it("the outcome is decided by the proposed titles only: a failed CSTĐCS proposal is a gap although LĐTT is eligible", () => {
    const r = one({ ...GOOD, proposed: "CSTĐCS" });
    expect(r.outcome).toBe("gaps");
    // The I2 gap decides (CSTĐCS was proposed); nothing of the carried LĐTT is highlighted.
    expect(r.findings.find((f) => f.code === "I2")?.decides).toBe(true);
  });

  it("a CSTĐ tỉnh proposal carries CSTĐCS and LĐTT, each from the nearest proposed title above it", () => {
    const a = one({ ...STAR, ...HIST, initiativeLevel: "cấp tỉnh", proposed: "CSTĐ cấp tỉnh" });
    expect(a.carried).toEqual(["CSTDCS", "LDTT"]);
    expect(a.proposals.map((p) => [p.title, p.carriedFrom])).toEqual([
      ["CSTD_TINH", undefined],
      ["CSTDCS", "CSTD_TINH"],
      ["LDTT", "CSTD_TINH"],
    ]);
    const b = one({ ...STAR, ...HIST, initiativeLevel: "cấp tỉnh", proposed: "CSTĐCS, CSTĐ tỉnh" });
    expect(b.proposals.find((p) => p.title === "LDTT")?.carriedFrom).toBe("CSTDCS");
  });

  it("a head failing CSTĐCS is listed for LĐTT", () => {
    const head = person({ ...STAR, proposed: "CSTĐCS" }, { unit: U, position: "Trưởng phòng" });
    const review = evaluate(
      book(
        [head, ...many(3, GOOD, { unit: U })],
        [unitRow({ ...GOOD_UNIT, unitRating: "HTTNV" }, U)]
      ),
      settings()
    );
    const h = review.individuals[0];
    expect(h.titles.CSTDCS).toBe("not_eligible");
    expect(h.proposals).toContainEqual({
      title: "LDTT",
      verdict: "eligible",
      carriedFrom: "CSTDCS",
    });
  });

  it("units failing TTLĐXS are eligible for TTLĐTT through the ladder", () => {
    const units = ["Phòng A", "Phòng B"].map((u) =>
      unitRow({ ...GOOD_UNIT, unitRating: "HTTNV", proposed: "TTLĐXS" }, u)
    );
    const people = ["Phòng A", "Phòng B"].flatMap((u) => many(3, GOOD, { unit: u }));
    const review = evaluate(book(people, units), settings());
    for (const u of review.units) {
      expect(u.titles.TTLDXS).toBe("not_eligible");
      expect(u.proposals).toContainEqual({
        title: "TTLDTT",
        verdict: "eligible",
        carriedFrom: "TTLDXS",
      });
      expect(u.outcome).toBe("gaps");
    }
  });

  it("a row whose only proposal is not evaluated is not checked, even when a carried title is eligible", () => {
    // No provincial-initiative column: CSTĐ tỉnh is not evaluated; CSTĐCS and LĐTT, carried, are eligible.
    const r = one({ ...STAR, ...HIST, proposed: "CSTĐ cấp tỉnh" });
    expect(r.titles.CSTD_TINH).toBe("not_evaluated");
    expect(r.proposals.find((p) => p.title === "CSTDCS")?.verdict).toBe("eligible");
    expect(r.outcome).toBe("not_checked");
  });

  it("a proposal that is not eligible is counted in Q_PROPOSED once, never for the titles it carries", () => {
    const review = evaluate(book([person({ ...GOOD, proposed: "CSTĐCS" })]), settings());
    const q = review.quotas.find((x) => x.id === "Q_PROPOSED");
    expect(q?.actual).toBe(1);
  });
});

describe("the law's conditions on every title (criteria.md §2)", () => {
  it("a disciplined person is not eligible for Bằng khen", () => {
    const r = one({
      ...STAR,
      discipline: "Khiển trách",
      "history.2024": "CSTĐCS",
      proposed: "CSTĐCS, Bằng khen",
    });
    expect(r.titles.BK_TINH).toBe("not_eligible");
    expect(r.findings.find((f) => f.code === "I5")?.titles).toContain("BK_TINH");
  });

  it("Bằng khen without history columns needs the council, never eligible nor a gap", () => {
    const r = one({ ...STAR, proposed: "Bằng khen" });
    expect(r.conditions.HISTORY_BK).toBe("unknown");
    expect(r.titles.BK_TINH).toBe("needs_info");
    expect(r.findings.find((f) => f.code === "HISTORY_BK")?.msg.key).toBe("HISTORY_BK.noColumns");
  });

  it("Bằng khen without history columns says nothing on rows that did not propose it", () => {
    const r = one({ ...STAR, proposed: "LĐTT" });
    expect(r.titles.BK_TINH).toBe("needs_info");
    expect(r.findings.some((f) => f.code === "HISTORY_BK")).toBe(false);
  });

  it("Bằng khen: a failed two-year route with an achievement text is left to the council", () => {
    const base = {
      ...GOOD,
      "history.2024": "LĐTT",
      "history.2024.rating": "HTTNV",
      proposed: "Bằng khen",
    };
    const withText = one({
      ...base,
      achievement: "Dẫn đầu chiến dịch làm sạch môi trường của thành phố",
    });
    expect(withText.conditions.HISTORY_BK).toBe("unknown");
    expect(withText.findings.find((f) => f.code === "HISTORY_BK")?.msg.key).toBe(
      "HISTORY_BK.council"
    );
    expect(one({ ...base, achievement: "" }).conditions.HISTORY_BK).toBe("gap");
  });

  it("Bằng khen counts this year's CSTĐCS only when it is proposed (directly or carried) and eligible", () => {
    const values = { ...STAR, "history.2024": "CSTĐCS", "history.2024.rating": "HTTNV" };
    expect(one({ ...values, proposed: "Bằng khen" }).conditions.HISTORY_BK).toBe("gap");
    expect(one({ ...values, proposed: "CSTĐCS; Bằng khen" }).conditions.HISTORY_BK).toBe("met");
    expect(one({ ...values, proposed: "CSTĐCS; Bằng khen" }).titles.BK_TINH).toBe("eligible");
  });

  it("a pending discipline mark denies CSTĐCS, CSTĐ tỉnh, Bằng khen and Giấy khen as well as LĐTT", () => {
    const r = one({
      ...STAR,
      ...HIST,
      initiativeLevel: "cấp tỉnh",
      "history.2024.rating": "HTXSNV",
      achievement: "Hoàn thành xuất sắc",
      pending: "Đang xem xét kỷ luật",
      proposed: "CSTĐ tỉnh, Bằng khen, Giấy khen",
    });
    for (const t of ["LDTT", "CSTDCS", "CSTD_TINH", "BK_TINH", "GK"] as const) {
      expect([t, r.titles[t]]).toEqual([t, "not_eligible"]);
    }
  });

  it("a CSTĐ cấp tỉnh proposal is not evaluated without a provincial-initiative column, never eligible", () => {
    const r = one({ ...STAR, ...HIST, proposed: "CSTĐ cấp tỉnh" });
    expect(r.titles.CSTD_TINH).toBe("not_evaluated");
  });

  it("CSTĐ cấp tỉnh does not count again a cycle it already rewarded", () => {
    const r = one({
      ...STAR,
      "history.2024": "CSTĐCS",
      "history.2023": "CSTĐ cấp tỉnh",
      initiativeLevel: "cấp tỉnh",
      proposed: "CSTĐ tỉnh",
    });
    expect(r.conditions.HISTORY_CSTDCS_3).toBe("gap");
    expect(r.findings.find((f) => f.code === "HISTORY_CSTDCS_3")?.msg.key).toBe(
      "HISTORY_CSTDCS_3.rewarded"
    );
  });

  it("an initiative recognised at ngành or Sở level is base level; cấp Bộ and cấp thành phố satisfy provincial", () => {
    const at = (level: string) =>
      one({ ...STAR, ...HIST, initiativeLevel: level, proposed: "CSTĐ tỉnh" }).conditions
        .INITIATIVE_PROVINCE;
    expect(at("cấp ngành")).toBe("gap");
    expect(at("cấp Sở")).toBe("gap");
    expect(at("cấp cơ sở")).toBe("gap");
    expect(at("cấp Bộ")).toBe("met");
    expect(at("cấp thành phố")).toBe("met");
    expect(at("cấp tỉnh")).toBe("met");
  });

  it("a unit is not eligible for TTLĐXS on a member eligible for CSTĐCS whom nobody proposed, and the message names that member", () => {
    const star = person({ ...STAR, proposed: "LĐTT" }, { unit: U, name: "Trần Văn Sao" });
    const others = many(3, { ...GOOD, proposed: "LĐTT" }, { unit: U });
    const review = evaluate(
      book([star, ...others], [unitRow({ ...GOOD_UNIT, proposed: "TTLĐXS" }, U)]),
      settings()
    );
    const u = review.units[0];
    expect(review.individuals[0].titles.CSTDCS).toBe("eligible");
    expect(u.conditions.HAS_CSTDCS).toBe("gap");
    const f = u.findings.find((x) => x.code === "HAS_CSTDCS");
    expect(f?.msg.key).toBe("HAS_CSTDCS.gapUnproposed");
    expect(f?.msg.params?.names).toBe("Trần Văn Sao");
  });

  it("a member proposed for CSTĐCS and eligible gives the unit HAS_CSTDCS", () => {
    const star = person({ ...STAR, proposed: "CSTĐCS" }, { unit: U });
    const review = evaluate(
      book([star, ...many(3, GOOD, { unit: U })], [unitRow(GOOD_UNIT, U)]),
      settings()
    );
    expect(review.units[0].conditions.HAS_CSTDCS).toBe("met");
  });

  it("without any proposal column, eligibility for CSTĐCS stands for HAS_CSTDCS", () => {
    const review = evaluate(
      book([person(STAR, { unit: U }), ...many(3, GOOD, { unit: U })], [unitRow(GOOD_UNIT, U)]),
      settings()
    );
    expect(review.units[0].conditions.HAS_CSTDCS).toBe("met");
  });

  it("a unit with a pending inspection mark on the units sheet is not eligible for TTLĐTT", () => {
    const review = evaluate(
      book(many(4, GOOD, { unit: U }), [unitRow({ ...GOOD_UNIT, pending: "Đang thanh tra" }, U)]),
      settings()
    );
    expect(review.units[0].conditions.PENDING).toBe("gap");
    expect(review.units[0].titles.TTLDTT).toBe("not_eligible");
  });

  it("Bằng khen on a units-sheet row is the collective's Bằng khen, checked on C3, C5, PENDING and two years", () => {
    const ok = evaluate(
      book(many(4, GOOD, { unit: U }), [
        unitRow({ ...GOOD_UNIT, "history.2024": "TTLĐXS", proposed: "Bằng khen" }, U),
      ]),
      settings()
    ).units[0];
    expect(ok.proposedByUnit).toEqual(["BK_TT"]);
    expect(ok.conditions.HISTORY_BK_TT).toBe("met");
    expect(ok.titles.BK_TT).toBe("eligible");
    const noHistory = evaluate(
      book(many(4, GOOD, { unit: U }), [unitRow({ ...GOOD_UNIT, proposed: "Bằng khen" }, U)]),
      settings()
    ).units[0];
    expect(noHistory.conditions.HISTORY_BK_TT).toBe("unknown");
    expect(noHistory.titles.BK_TT).toBe("needs_info");
    const failed = evaluate(
      book(many(4, GOOD, { unit: U }), [
        unitRow(
          { ...GOOD_UNIT, unitRating: "HTTNV", "history.2024": "TTLĐTT", proposed: "Bằng khen" },
          U
        ),
      ]),
      settings()
    ).units[0];
    expect(failed.titles.BK_TT).toBe("not_eligible");
  });

  it("Q_HTXS_UNITS caps the collectives rated HTXSNV at the quota of those rated HTTNV", () => {
    const units = ["A", "B", "C", "D", "E", "F"].map((u, i) =>
      unitRow({ ...GOOD_UNIT, unitRating: i < 2 ? "HTXSNV" : "HTTNV" }, `Phòng ${u}`)
    );
    const review = evaluate(book([], units), settings());
    const q = review.quotas.find((x) => x.id === "Q_HTXS_UNITS");
    // 4 rated HTTNV: at most ⌊0.2 × 4⌋ = 0; 2 rated HTXSNV.
    expect(q).toMatchObject({ limit: 0, actual: 2, excess: 2, ok: false });
  });
});

describe("leave, short service and the council vote (criteria.md §5.8–§5.11)", () => {
  const service = (values: Parameters<typeof person>[0], opts: Parameters<typeof book>[2] = {}) =>
    one({ ...GOOD, ...values }, { variants: { service: "months", leave: "reason" }, ...opts });

  it("maternity leave written in the note column counts as worked when its length is given (§5.8)", () => {
    expect(service({ service: 4, note: "Nghỉ thai sản 6 tháng" }).conditions.SERVICE).toBe("met");
    expect(
      service({ service: 4, note: "Nghỉ thai sản từ 03/2025 đến 08/2025" }).conditions.SERVICE
    ).toBe("met");
  });

  it("leave that counts but has no length asks for it, never a gap (§5.8)", () => {
    const r = service({ service: 4, note: "Nghỉ thai sản" });
    expect(r.conditions.SERVICE).toBe("unknown");
    expect(r.findings.find((f) => f.code === "SERVICE")?.msg.key).toBe("SERVICE.leaveUnknown");
  });

  it("sick leave, work accidents and study without a sending decision neither add nor subtract (§5.8)", () => {
    expect(service({ service: 4, note: "Nghỉ ốm 3 tháng" }).conditions.SERVICE).toBe("gap");
    expect(service({ service: 4, leave: "Tai nạn lao động 3 tháng" }).conditions.SERVICE).toBe(
      "gap"
    );
    expect(service({ service: 4, leave: "Đi học 3 tháng" }).conditions.SERVICE).toBe("gap");
    expect(service({ service: 4, leave: "Cử đi học 3 tháng" }).conditions.SERVICE).toBe("met");
  });

  it("the leave column is read first; the note only when it is blank (§5.8)", () => {
    expect(
      service({ service: 4, leave: "Nghỉ phép", note: "thai sản 3 tháng" }).conditions.SERVICE
    ).toBe("gap");
    expect(service({ service: 4, leave: "", note: "thai sản 3 tháng" }).conditions.SERVICE).toBe(
      "met"
    );
  });

  it("a rating given under 6 months worked is a warning and left out of the HTXSNV quota (§5.9)", () => {
    const r = service({ service: 4, rating: "HTXSNV" });
    const w = r.findings.find((f) => f.code === "R_SERVICE_RATING");
    expect(w?.msg.key).toBe("R_SERVICE_RATING.warning");
    const review = evaluate(
      book([person({ ...GOOD, service: 4, rating: "HTXSNV" }), ...many(5, GOOD)], [], {
        variants: { service: "months" },
      }),
      settings()
    );
    expect(review.quotas.find((q) => q.id === "Q_HTXS" && q.scope === "workbook")?.actual).toBe(0);
  });

  it("maternity leave with 3 to 6 months worked may be rated, but not at HTTNV or above (§5.9)", () => {
    const low = service({ service: 4, rating: "HTNV", note: "Nghỉ thai sản 6 tháng" });
    expect(low.findings.some((f) => f.code === "R_SERVICE_RATING")).toBe(false);
    const high = service({ service: 4, rating: "HTTNV", note: "Nghỉ thai sản 6 tháng" });
    expect(high.findings.find((f) => f.code === "R_SERVICE_RATING")?.msg.key).toBe(
      "R_SERVICE_RATING.maternity"
    );
  });

  it("the council vote applies only when its threshold is set (§5.11)", () => {
    const v = (vote: string, over = {}) =>
      one({ ...STAR, vote, proposed: "CSTĐCS" }, {}, over).titles.CSTDCS;
    expect(v("70%")).toBe("eligible");
    expect(v("70%", { "vote.cstdcs": 0.8 })).toBe("not_eligible");
    expect(v("9/11", { "vote.cstdcs": 0.8 })).toBe("eligible");
    expect(v("0,85", { "vote.cstdcs": 0.8 })).toBe("eligible");
  });

  it("a vote given as a count is read with the council's size beside it (§5.11)", () => {
    const r = one(
      { ...STAR, vote: 7, voteTotal: 11, proposed: "CSTĐCS" },
      { variants: { vote: "count" } },
      {
        "vote.cstdcs": 0.8,
      }
    );
    expect(r.conditions.VOTE_CSTDCS).toBe("gap");
  });
});

describe("names and sources after the review (criteria.md §6, §7)", () => {
  it("title names follow the locality: a centrally-run city by default, a province when set", () => {
    const city = settings();
    expect(titleName(kh2025, "CSTD_TINH", city, "vi")).toBe("Chiến sĩ thi đua thành phố");
    expect(titleName(kh2025, "BK_TINH", city, "vi")).toBe(
      "Bằng khen của Chủ tịch UBND thành phố Cần Thơ"
    );
    const province = settings({ "locality.kind": "tinh", "locality.name": "Bắc Ninh" });
    expect(titleName(kh2025, "CSTD_TINH", province, "vi")).toBe("Chiến sĩ thi đua cấp tỉnh");
    expect(titleName(kh2025, "BK_TT", province, "vi")).toBe(
      "Bằng khen của Chủ tịch UBND tỉnh Bắc Ninh (tập thể)"
    );
  });

  it("R_DISC_RATING cites NĐ 90/2020 Đ2.5 as added by NĐ 48/2023; Q_PROPOSED does not cite Điều 80", () => {
    expect(ruleCatalogue[sourceKey(kh2025, "R_DISC_RATING")].vi).toContain(
      "Nghị định 90/2020/NĐ-CP, Điều 2 khoản 5"
    );
    expect(ruleCatalogue[sourceKey(kh2025, "Q_PROPOSED")].vi).not.toMatch(/Điều 80/);
    expect(ruleCatalogue[sourceKey(kh2025, "SERVICE")].vi).toMatch(/thai sản/);
  });

  it("a unit-level finding names the member it is about, and a share is stated as a fact", () => {
    const bad = person(
      { ...GOOD, rating: "Không hoàn thành nhiệm vụ" },
      { unit: U, name: "Trần Văn A" }
    );
    const review = evaluate(
      book([bad, ...many(3, GOOD, { unit: U })], [unitRow(GOOD_UNIT, U)]),
      settings()
    );
    const f = review.units[0].findings.find((x) => x.code === "ALL_HTNV");
    expect(f?.msg.params?.names).toBe("Trần Văn A");
    const few = evaluate(
      book(
        [...many(2, GOOD, { unit: U }), ...many(2, { ...GOOD, rating: "HTNV" }, { unit: U })],
        [unitRow(GOOD_UNIT, U)]
      ),
      settings()
    ).units[0].findings.find((x) => x.code === "SHARE_LDTT_50");
    expect(few?.msg.params).toMatchObject({ hi: 2, n: 4, share: "50", pct: "50" });
  });

  it("every criterion, condition, title, control and warning has a short label in both languages", () => {
    for (const item of [
      ...kh2025.criteria,
      ...kh2025.conditions,
      ...kh2025.quotas,
      ...kh2025.warnings,
      ...kh2025.titles,
    ]) {
      expect(item.short.vi.length).toBeGreaterThan(0);
      expect(item.short.en.length).toBeGreaterThan(0);
      expect(item.short.vi).not.toMatch(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/);
    }
  });
});

describe("one message per problem (criteria.md §7)", () => {
  it("a unit missing from the units sheet is reported once, not twice in two wordings", async () => {
    const { readWorkbook } = await import("../../../src/core/read");
    const g = await import("../read/grid-builder");
    const wb = g.book(
      g.sheet("Cá nhân", [
        ["STT", "Họ và tên", "Đơn vị", "Xếp loại"],
        [1, "Nguyễn Văn An", "Phòng A", "HTTNV"],
        [2, "Trần Văn Bình", "Phòng Lạ", "HTTNV"],
      ]),
      g.sheet("Tập thể", [
        ["STT", "Tên đơn vị", "Xếp loại"],
        [1, "Phòng A", "HTTNV"],
        [2, "Phòng Trống", "HTTNV"],
      ])
    );
    const s = g.settings();
    const review = evaluate(readWorkbook(wb, s), s);
    const codes = review.problems.map((p) => p.code);
    expect(codes.filter((c) => c === "UNIT_NOT_FOUND" || c === "UNIT_WITHOUT_ROW")).toHaveLength(1);
    expect(
      codes.filter((c) => c === "UNIT_NO_MEMBERS" || c === "UNIT_WITHOUT_MEMBERS")
    ).toHaveLength(1);
  });
});

describe("a head's conditional CSTĐCS (criteria.md §5.10)", () => {
  it("a head eligible for CSTĐCS through the unit's TTLĐXS carries the note 'khi đơn vị được tặng Tập thể lao động xuất sắc'", () => {
    const head = person({ ...STAR, proposed: "CSTĐCS" }, { unit: U, position: "Trưởng phòng" });
    const review = evaluate(
      book([head, ...many(3, GOOD, { unit: U })], [unitRow(GOOD_UNIT, U)]),
      settings()
    );
    const h = review.individuals[0];
    expect(h.titles.CSTDCS).toBe("eligible");
    const note = h.findings.find((f) => f.code === "CSTDCS_IF_TTLDXS");
    expect(note).toMatchObject({ verdict: "info", decides: false, titles: ["CSTDCS"] });
    expect(note?.msg.params?.unit).toBe(U);
    // A member who heads nothing has no such note.
    expect(review.individuals[1].findings.some((f) => f.code === "CSTDCS_IF_TTLDXS")).toBe(false);
  });
});

describe("initiative notes (criteria.md §1, I2)", () => {
  it("without a decision column, a CSTĐCS proposal is reminded that its dossier needs the recognising decision", () => {
    const r = one({ ...STAR, proposed: "CSTĐCS" });
    expect(r.criteria.I2).toBe("met");
    expect(r.findings.find((f) => f.code === "I2_DECISION")).toMatchObject({
      verdict: "info",
      decides: false,
    });
    // An LĐTT proposal needs no initiative, so it gets no reminder.
    expect(one({ ...STAR, proposed: "LĐTT" }).findings.some((f) => f.code === "I2_DECISION")).toBe(
      false
    );
    // With a decision column the reminder is not needed.
    const withColumn = one({ ...STAR, initiativeDecision: "QĐ 12/QĐ-SNNMT", proposed: "CSTĐCS" });
    expect(withColumn.findings.some((f) => f.code === "I2_DECISION")).toBe(false);
  });

  it("the same initiative on several rows is named on each of them (co-authors are allowed)", () => {
    const review = evaluate(
      book([
        person({ ...STAR, initiative: "Sáng kiến số hóa hồ sơ" }),
        person({ ...STAR, initiative: "sáng kiến  số hoá hồ sơ" }),
        person({ ...STAR, initiative: "Phần mềm quản lý kho" }),
      ]),
      settings()
    );
    const [a, b, c] = review.individuals;
    expect(a.findings.find((f) => f.code === "I2_REPEATED")?.msg.params?.rows).toBe(String(b.row));
    expect(b.findings.find((f) => f.code === "I2_REPEATED")?.msg.params?.rows).toBe(String(a.row));
    expect(c.findings.some((f) => f.code === "I2_REPEATED")).toBe(false);
  });
});

describe("initiative marks", () => {
  it("a yes mark in the initiative column names no initiative, so it is never reported as repeated", () => {
    const review = evaluate(book(many(3, { ...STAR, initiative: "x" })), settings());
    expect(
      review.individuals.flatMap((r) => r.findings).some((f) => f.code === "I2_REPEATED")
    ).toBe(false);
  });
});
