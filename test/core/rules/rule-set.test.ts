import { getRuleSet, ruleCatalogue, ruleSets, sourceKey } from "../../../src/core/rules";
import { evaluate, evaluateMessages } from "../../../src/core/evaluate";
import { VOCAB_MESSAGES } from "../../../src/core/vocab/messages";
import type { Template } from "../../../src/core/i18n/types";
import type { Finding } from "../../../src/core/review";
import { localityParams } from "../../../src/core/locality";
import { defaultSettings } from "../../../src/core/settings-defaults";
import { book, GOOD, GOOD_UNIT, many, person, settings, STAR, unitRow } from "../evaluate/builders";

// A parameter given in both languages ({failedVi} / {failedEn}) counts as one placeholder.
const placeholders = (t: string) =>
  [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1].replace(/(Vi|En)$/, "")).sort();
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

const LOCALITY = localityParams(defaultSettings());

describe("the kh-2025 rule set as data", () => {
  const rs = getRuleSet("kh-2025");

  it("is the default rule set and the only one registered", () => {
    expect(getRuleSet()?.id).toBe("kh-2025");
    expect(ruleSets.map((r) => r.id)).toEqual(["kh-2025"]);
    expect(getRuleSet("kh-1999")).toBeUndefined();
  });

  it("every title term names a criterion or condition of the same subject, and essentials are among the terms", () => {
    if (!rs) throw new Error("missing rule set");
    const known = (subject: string, id: string) =>
      [...rs.criteria, ...rs.conditions].some((c) => c.id === id && c.subject === subject);
    for (const t of rs.titles) {
      for (const terms of [t.terms, t.termsFor?.(settings({ "cstdcs.mode": "law" })) ?? t.terms]) {
        const ids = terms.flatMap((x) => (typeof x === "string" ? [x] : x.anyOf));
        for (const id of ids)
          expect(`${t.code}:${id}:${known(t.subject, id)}`).toBe(`${t.code}:${id}:true`);
        for (const e of t.essential) expect(ids).toContain(e);
      }
    }
  });

  it("plan criteria can be switched off; legal conditions cannot (criteria.md §6)", () => {
    if (!rs) throw new Error("missing rule set");
    expect(rs.criteria.every((c) => c.layer === "plan" && c.switchable)).toBe(true);
    expect(rs.conditions.every((c) => c.layer === "law" && !c.switchable)).toBe(true);
  });

  it("every label and source exists in Vietnamese with diacritics and in English", () => {
    if (!rs) throw new Error("missing rule set");
    const all: Template[] = [
      ...[...rs.criteria, ...rs.conditions, ...rs.titles].flatMap((x) => [x.label, x.source]),
      ...rs.quotas.flatMap((q) => [q.label, q.source]),
    ];
    for (const t of all) {
      expect(t.vi.length).toBeGreaterThan(0);
      expect(t.en.length).toBeGreaterThan(0);
    }
    expect(rs.criteria.every((c) => VIETNAMESE.test(c.label.vi))).toBe(true);
    expect(ruleCatalogue[sourceKey(rs, "I1")]?.vi).toBe("Kế hoạch thi đua năm 2025, tiêu chí 1.2");
  });

  it("every message template has the same placeholders in Vietnamese and English, and the Vietnamese has diacritics", () => {
    for (const [key, t] of Object.entries({ ...ruleCatalogue, ...evaluateMessages })) {
      expect(`${key}: ${placeholders(t.en).join(",")}`).toBe(
        `${key}: ${placeholders(t.vi).join(",")}`
      );
      expect(`${key}: ${VIETNAMESE.test(t.vi)}`).toBe(`${key}: true`);
    }
  });

  it("every finding and notice a varied workbook produces has a template with all its placeholders filled", () => {
    const people = [
      person(
        { ...STAR, proposed: "CSTĐCS, Giấy khen", achievement: "" },
        { unit: "A", position: "Trưởng phòng" }
      ),
      person(
        { ...GOOD, rating: "Kém", responsibility: { error: "#REF!" }, pending: "Đang thanh tra" },
        { unit: "A" }
      ),
      person(
        {
          ...GOOD,
          rating: 95,
          discipline: "Cảnh cáo",
          disciplineDate: "??",
          proposed: "Huân chương",
        },
        { unit: "A" }
      ),
      person(
        {
          ...GOOD,
          discipline: "Khiển trách",
          service: 3,
          "history.2024": "LĐTT",
          "history.2023": "",
        },
        { unit: "B" }
      ),
      person(
        {
          ...GOOD,
          discipline: "nhắc nhở",
          initiative: "Không",
          proposed: "LĐTT, CSTĐ cấp tỉnh, Bằng khen",
        },
        { unit: "C", position: "Trưởng phòng" }
      ),
      ...many(3, { ...GOOD, emulation: "" }, { unit: "A" }),
    ];
    const review = evaluate(
      book(people, [
        unitRow(
          {
            ...GOOD_UNIT,
            unitRating: "HTTNV",
            headcount: 3,
            proposed: "Tập thể lao động xuất sắc",
          },
          "A"
        ),
        unitRow({ ...GOOD_UNIT, workPlan: "" }, "D"),
      ]),
      settings()
    );
    const all = { ...ruleCatalogue, ...evaluateMessages, ...VOCAB_MESSAGES };
    const findings: Finding[] = [...review.individuals, ...review.units].flatMap((r) => r.findings);
    const msgs = [...findings.map((f) => f.msg), ...review.problems.map((p) => p.msg)];
    expect(msgs.length).toBeGreaterThan(20);
    for (const m of msgs) {
      const t = all[m.key];
      expect(`${m.key}: ${t ? "ok" : "missing"}`).toBe(`${m.key}: ok`);
      const names = [...t.vi.matchAll(/\{(\w+)\}/g)].map((x) => x[1]);
      // The locality's names ({levelVi}, {ubndVi} …) are filled for every message of a run (runCheck).
      const missing = names.filter((p) => !(m.params && p in m.params) && !(p in LOCALITY));
      expect(`${m.key}: ${missing.join(",")}`).toBe(`${m.key}: `);
    }
    for (const f of findings.filter((x) => x.verdict === "gap" || x.verdict === "unknown")) {
      expect(f.cell).not.toBeNull();
    }
  });
});
