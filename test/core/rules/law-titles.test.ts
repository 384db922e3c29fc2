/**
 * The law layer's titles as the one source of every list of titles (issue 16): the lists derived from them, and the
 * properties a new title must keep for the derivations to stay sound.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LAW } from "../../../src/core/rules";
import {
  CARRIED,
  CARRIERS,
  higherThan,
  LAW_TITLES,
  partTitles,
  READING_ORDER,
  TITLE_CODES,
  titleForms,
  unitReading,
} from "../../../src/core/rules/law/title-lists";
import { renderMessages } from "../../../src/core/render/messages";
import { TITLE_VOCABULARY, parseTitles } from "../../../src/core/vocab/titles";
import { matchKey } from "../../../src/core/vocab/match";
import { fold } from "../../../src/core/text/normalize";
import { matchHeader } from "../../../src/core/vocab/headers";

const ROOT = join(__dirname, "../../..");

describe("the law layer's titles, the one source of the lists of titles", () => {
  it("are the titles of the law layer the rule sets are composed over", () => {
    expect(LAW.titles).toBe(LAW_TITLES);
    expect(new Set(TITLE_CODES).size).toBe(TITLE_CODES.length);
  });

  it("each title's ladder, requirements and words name titles of the law layer, of the right subject", () => {
    const byCode = new Map(LAW_TITLES.map((t) => [t.code, t]));
    for (const t of LAW_TITLES) {
      const lower = t.carries ? byCode.get(t.carries) : undefined;
      if (t.carries) {
        // A proposal carries the next lower danh hiệu of its own ladder.
        expect(`${t.code} carries ${lower?.subject}/${lower?.kind}`).toBe(
          `${t.code} carries ${t.subject}/danh_hieu`
        );
        expect((lower?.rank ?? 0) < (t.rank ?? 0)).toBe(true);
      }
      for (const r of t.requires) expect(byCode.get(r)?.subject).toBe(t.subject);
      if (t.kind === "danh_hieu") expect(t.rank).toBeGreaterThan(0);
      if (t.writtenAs) {
        expect(t.subject).toBe("unit");
        expect(byCode.get(t.writtenAs)?.subject).toBe("individual");
        expect(t.forms ?? t.historyHeaders).toBeUndefined();
      }
    }
    expect(higherThan("LDTT")).toEqual(["CSTDCS", "CSTD_TINH"]);
    expect(higherThan("TTLDTT")).toEqual(["TTLDXS"]);
    expect(CARRIERS).toEqual(["CSTD_TINH", "CSTDCS", "TTLDXS"]);
    expect(CARRIED).toEqual(["CSTDCS", "LDTT", "TTLDTT"]);
  });

  it("give the summary's parts in print order: collectives first, the highest danh hiệu first, then awards", () => {
    expect(partTitles("A")).toEqual(["TTLDTT", "GK_TT", "CSTDCS", "LDTT", "GK"]);
    expect(partTitles("B")).toEqual(["TTLDXS", "BK_TT", "CSTD_TINH", "BK_TINH"]);
    expect([...partTitles("A"), ...partTitles("B")].sort()).toEqual([...TITLE_CODES].sort());
  });

  it("give every title a printed short form and heading", () => {
    for (const code of TITLE_CODES) {
      expect(renderMessages[`RENDER_TITLE_SHORT_${code}`]).toBeDefined();
      expect(renderMessages[`RENDER_TITLE_${code}`]).toBeDefined();
    }
    expect(renderMessages.RENDER_TITLE_SHORT_LDTT).toEqual({ vi: "LĐTT", en: "LDTT" });
    expect(renderMessages.RENDER_TITLE_GK_TT.vi).toBe("Giấy khen của Giám đốc Sở (tập thể)");
  });

  it("give the proposal vocabulary one entry per title with words of its own, whose order does not matter", () => {
    const entries = TITLE_VOCABULARY.entries.filter((e) => e.value !== "NONE");
    expect(entries.map((e) => e.value)).toEqual(
      READING_ORDER.filter((t) => !t.writtenAs).map((t) => t.code)
    );
    // No key of one entry is another entry's key followed by words that add nothing ("năm 2025", "(đề nghị)"): a
    // cell matches at most one title whatever the order of the entries, so a new title can take its place in the law
    // layer's list without changing how others are read.
    const filler = TITLE_VOCABULARY.filler!;
    const keys = TITLE_VOCABULARY.entries.flatMap((e) =>
      e.forms.flatMap((f) => {
        const k = matchKey(f);
        return [k, fold(k)].map((key) => ({ value: e.value, key }));
      })
    );
    const clashes = keys.flatMap((a) =>
      keys
        .filter((b) => {
          if (a.value === b.value || !b.key.startsWith(a.key)) return false;
          const tail = b.key.slice(a.key.length);
          return tail === "" || (/^[\s.,;:!()-]/.test(tail) && filler.test(fold(tail)));
        })
        .map((b) => `${a.value} “${a.key}” begins ${b.value} “${b.key}”`)
    );
    expect(clashes).toEqual([]);
  });

  it("derive the proposal words from the title's names in either kind of locality", () => {
    const cstdTinh = LAW_TITLES.find((t) => t.code === "CSTD_TINH");
    expect(titleForms(cstdTinh!)).toEqual(
      expect.arrayContaining([
        "Chiến sĩ thi đua cấp tỉnh",
        "Chiến sĩ thi đua thành phố",
        "CSTĐ cấp tỉnh",
        "CSTĐ thành phố",
      ])
    );
    expect(titleForms(cstdTinh!)).not.toContain("CSTD_TINH");
    const parsed = (text: string, subject: "individual" | "unit") => {
      const p = parseTitles(text, subject);
      return p.kind === "ok" ? p.value.codes : p.kind;
    };
    expect(parsed("Giấy khen; Bằng khen UBND thành phố", "individual")).toEqual(["GK", "BK_TINH"]);
    expect(parsed("Giấy khen; Bằng khen UBND thành phố", "unit")).toEqual(["GK_TT", "BK_TT"]);
    expect(unitReading("LDTT")).toBe("LDTT");
  });

  it("give history headers for each title with words of its own", () => {
    expect(matchHeader("CSTĐCS 2024")[0]).toMatchObject({
      field: "history.2024",
      impliedTitle: "CSTDCS",
    });
    expect(matchHeader("Bằng khen năm 2023")[0]).toMatchObject({ impliedTitle: "BK_TINH" });
    expect(matchHeader("Chiến sĩ thi đua cấp tỉnh 2022")[0]).toMatchObject({
      impliedTitle: "CSTD_TINH",
    });
  });

  it("are the titles a plan may name in its JSON Schema (schemas/thidua.plan.schema.json)", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "schemas/thidua.plan.schema.json"), "utf8"));
    expect(schema.$defs.title.enum).toEqual(TITLE_CODES);
  });
});
