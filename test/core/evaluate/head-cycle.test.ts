import { evaluate } from "../../../src/core/evaluate";
import { book, GOOD, GOOD_UNIT, many, person, settings, STAR, unitRow } from "./builders";
import { planKey } from "../../support/plan-keys";

describe("the head-of-unit rule and its cycle (criteria.md §2, Kế hoạch 2025 tiêu chí 1.2)", () => {
  it("a unit whose only CSTĐCS member is its own head, meeting everything else, is TTLĐXS-eligible and the head keeps CSTĐCS", () => {
    const head = person(STAR, { unit: "Phòng Quản lý đất đai", position: "Trưởng phòng" });
    const staff = many(4, GOOD, { unit: "Phòng Quản lý đất đai" });
    const review = evaluate(
      book([head, ...staff], [unitRow({ ...GOOD_UNIT, headcount: 5 }, "Phòng Quản lý đất đai")]),
      settings()
    );
    const u = review.units[0];
    expect(u.titles.TTLDXS).toBe("eligible");
    expect(u.counts.CSTDCS.eligible).toBe(1);
    const h = review.individuals[0];
    expect(h.isHead).toBe(true);
    expect(h.criteria.I6H).toBe("met");
    expect(h.titles.CSTDCS).toBe("eligible");
  });

  it("a head whose unit fails TTLĐXS loses I6H, and the unit then loses HAS_CSTDCS (greatest fixed point)", () => {
    const head = person(STAR, { unit: "Phòng A", position: "Trưởng phòng" });
    const staff = many(4, GOOD, { unit: "Phòng A" });
    const review = evaluate(
      book([head, ...staff], [unitRow({ ...GOOD_UNIT, unitRating: "HTTNV" }, "Phòng A")]),
      settings()
    );
    const h = review.individuals[0];
    expect(h.criteria.I6H).toBe("gap");
    expect(h.titles.CSTDCS).toBe("not_eligible");
    const i6h = h.findings.find((f) => f.code === "I6H");
    expect(i6h?.refs).toEqual(["'Tập thể'!X6"]);
    expect(review.units[0].titles.TTLDXS).toBe("not_eligible");
    expect(review.units[0].conditions.HAS_CSTDCS).toBe("gap");
  });

  it("a loss passes from unit to unit: the Giám đốc loses I6H on the department row, his own unit then loses its only CSTĐCS, and that unit's head loses I6H (greatest fixed point over several rounds)", () => {
    const director = person(STAR, { unit: "Văn phòng Sở", position: "Giám đốc Sở" });
    const chief = person(GOOD, { unit: "Văn phòng Sở", position: "Chánh Văn phòng" });
    const staff = many(3, GOOD, { unit: "Văn phòng Sở" });
    const other = person(STAR, { unit: "Phòng A", position: "Trưởng phòng" });
    const review = evaluate(
      book(
        [director, chief, ...staff, other],
        [
          unitRow({ ...GOOD_UNIT, unitRating: "HTTNV" }, "Sở Nông nghiệp và Môi trường", {
            department: true,
          }),
          unitRow({ ...GOOD_UNIT, headcount: 5 }, "Văn phòng Sở"),
          unitRow({ ...GOOD_UNIT, headcount: 1 }, "Phòng A"),
        ]
      ),
      settings()
    );
    const [dept, office, roomA] = review.units;
    expect(dept.titles.TTLDXS).toBe("not_eligible");
    expect(review.individuals[0].criteria.I6H).toBe("gap");
    expect(review.individuals[0].titles.CSTDCS).toBe("not_eligible");
    expect(office.conditions.HAS_CSTDCS).toBe("gap");
    expect(office.titles.TTLDXS).toBe("not_eligible");
    expect(review.individuals[1].criteria.I6H).toBe("gap");
    // A unit no change reaches keeps its verdicts.
    expect(roomA.titles.TTLDXS).toBe("eligible");
    expect(review.individuals[5].criteria.I6H).toBe("met");
  });

  it("a deputy is not a head: I6H is met whatever the unit", () => {
    const dep = person(STAR, { unit: "Phòng A", position: "Phó Trưởng phòng" });
    const review = evaluate(
      book([dep], [unitRow({ ...GOOD_UNIT, unitRating: "HTNV" }, "Phòng A")]),
      settings()
    );
    expect(review.individuals[0].criteria.I6H).toBe("met");
    expect(review.individuals[0].titles.CSTDCS).toBe("eligible");
  });

  it("a head whose unit has no units-sheet row gets I6H unknown", () => {
    const head = person(STAR, { unit: "Phòng B", position: "Trưởng phòng" });
    const review = evaluate(book([head], [unitRow(GOOD_UNIT, "Phòng A")]), settings());
    const h = review.individuals[0];
    expect(h.criteria.I6H).toBe("unknown");
    expect(h.findings.find((f) => f.code === "I6H")?.msg.key).toBe(planKey("I6H.noUnitRow"));
    expect(h.titles.CSTDCS).toBe("needs_info");
    expect(review.problems.some((p) => p.code === "UNIT_WITHOUT_ROW")).toBe(true);
  });

  it("the Giám đốc Sở needs the department's own units row: without it I6H is unknown", () => {
    const director = person(STAR, { department: true, position: "Giám đốc Sở" });
    const review = evaluate(book([director], [unitRow(GOOD_UNIT, "Phòng A")]), settings());
    expect(review.individuals[0].criteria.I6H).toBe("unknown");
    expect(review.individuals[0].findings.find((f) => f.code === "I6H")?.msg.key).toBe(
      planKey("I6H.noDepartmentRow")
    );
  });

  it("the Giám đốc Sở is judged on the department row when it exists", () => {
    const director = person(STAR, { department: true, position: "Giám đốc Sở" });
    const deputy = person(GOOD, { department: true, position: "Phó Giám đốc" });
    const review = evaluate(
      book(
        [director, deputy],
        [unitRow(GOOD_UNIT, "Sở Nông nghiệp và Môi trường", { department: true })]
      ),
      settings()
    );
    expect(review.units[0].memberRows).toBe(2);
    expect(review.units[0].titles.TTLDXS).toBe("eligible");
    expect(review.individuals[0].criteria.I6H).toBe("met");
  });

  it("a head whose unit needs information gets I6H unknown with the unit's open criteria named", () => {
    const head = person(STAR, { unit: "Phòng A", position: "Trưởng phòng" });
    const review = evaluate(
      book([head], [unitRow({ ...GOOD_UNIT, workPlan: "" }, "Phòng A")]),
      settings()
    );
    const f = review.individuals[0].findings.find((x) => x.code === "I6H");
    expect(review.individuals[0].criteria.I6H).toBe("unknown");
    expect(String(f?.msg.params?.failedVi)).toContain("kế hoạch công tác năm");
  });
});
