/**
 * Parity of the catalogues over every language (issue 16, item 4; in the manner of zod's locales): every message
 * and every code description exists in each language with the same placeholders, every code is declared under its
 * own name, and every message a code is emitted with — declared, or seen on a corpus of workbooks — is in the
 * catalogue.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runCheck } from "../../../src/core/check";
import { checkMessages } from "../../../src/core/check-messages";
import { evaluateMessages } from "../../../src/core/evaluate/messages";
import { catalogue, hasMessage, messageText } from "../../../src/core/i18n/catalogue";
import {
  FINDINGS,
  PROBLEMS,
  RULE_FINDINGS,
  type CodeDef,
  type RuleFindingDef,
} from "../../../src/core/i18n/codes";
import type { Catalogue, Lang, Template } from "../../../src/core/i18n/types";
import { READ_MESSAGES } from "../../../src/core/read/messages";
import { renderMessages } from "../../../src/core/render/messages";
import { LAW, ruleSetCatalogue, ruleSets } from "../../../src/core/rules";
import { ruleMessages } from "../../../src/core/rules/messages";
import { compose } from "../../../src/core/rules/plan/compose";
import { planMessages } from "../../../src/core/rules/plan/messages";
import type { PlanDef } from "../../../src/core/rules/plan/types";
import type { RuleSet } from "../../../src/core/rules/types";
import { settingsMessages } from "../../../src/core/settings-messages";
import { VOCAB_MESSAGES } from "../../../src/core/vocab/messages";
import { namedCorpus, VARIANTS, type Variant } from "../../support/equivalence";

/** Every language of the catalogue; the type check below fails when Lang gains one that is not listed. */
const LANGS = ["vi", "en"] as const satisfies readonly Lang[];
type Unlisted = Exclude<Lang, (typeof LANGS)[number]>;
const everyLanguageListed: Unlisted extends never ? true : false = true;

/** A parameter given once per language ({labelVi} / {labelEn}, and the Vietnamese upper case {ubndUpper}) counts
 * as one placeholder. */
function placeholders(text: string): string[] {
  const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1].replace(/(Vi|En|Upper)$/, ""));
  return [...new Set(names)].sort();
}

/**
 * Entries whose languages differ in placeholders on purpose, each with the reason. Nothing else may.
 * - plan.mistake.kind: the Vietnamese names the column kinds in words, the English gives their codes ({kinds}).
 */
const ASYMMETRIC = new Set(["plan.mistake.kind"]);

/** The parameters a text uses that belong to another language ({labelEn} in Vietnamese). */
function otherLanguageParams(text: string, lang: Lang): string[] {
  const other = lang === "vi" ? "En" : "Vi";
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((n) => n.endsWith(other));
}

/** The words of a template that break parity, one line each ("" when none). */
function gaps(key: string, t: Template): string[] {
  const out: string[] = [];
  const languages = Object.keys(t).sort();
  if (languages.join() !== [...LANGS].sort().join())
    out.push(`${key}: languages ${languages.join(",")}`);
  for (const lang of LANGS) {
    if (typeof t[lang] !== "string" || t[lang].trim() === "") out.push(`${key}: no ${lang} text`);
    const foreign = otherLanguageParams(t[lang] ?? "", lang);
    if (foreign.length) out.push(`${key}: ${lang} uses ${foreign.join(",")}`);
  }
  if (ASYMMETRIC.has(key)) return out;
  const first = placeholders(t[LANGS[0]] ?? "").join(",");
  for (const lang of LANGS.slice(1)) {
    const these = placeholders(t[lang] ?? "").join(",");
    if (these !== first) out.push(`${key}: {${first}} in ${LANGS[0]}, {${these}} in ${lang}`);
  }
  return out;
}

function catalogueGaps(cat: Catalogue): string[] {
  return Object.entries(cat).flatMap(([key, t]) => gaps(key, t));
}

/** The sample plan for next year, composed over the law as a plan file given with --plan would be. */
function kh2026(): RuleSet {
  const plan = JSON.parse(
    readFileSync(join(__dirname, "../../../plans/kh-2026.json"), "utf8")
  ) as PlanDef;
  return compose(LAW, plan);
}

const MODULES: Record<string, Catalogue> = {
  vocab: VOCAB_MESSAGES,
  read: READ_MESSAGES,
  rules: ruleMessages,
  plan: planMessages,
  evaluate: evaluateMessages,
  render: renderMessages,
  settings: settingsMessages,
  check: checkMessages,
};

describe("the message catalogue in every language", () => {
  it("lists every language there is", () => {
    expect(everyLanguageListed).toBe(true);
  });

  it("has a non-empty text in every language, with the same placeholders, for every entry", () => {
    expect(catalogueGaps(catalogue)).toEqual([]);
  });

  it("has parity for every registered rule set's entries, its plan's generated sentences included", () => {
    for (const rs of ruleSets) {
      const entries = ruleSetCatalogue(rs);
      expect(Object.keys(entries).some((k) => k.startsWith(`${rs.ns}.`))).toBe(true);
      expect(catalogueGaps(entries)).toEqual([]);
    }
  });

  it("has parity for the sample kh-2026 plan's entries, a plan composed at run time", () => {
    const rs = kh2026();
    expect(rs.id).toBe("kh-2026");
    expect(catalogueGaps(ruleSetCatalogue(rs))).toEqual([]);
  });

  it("never has two modules give the same key different words", () => {
    const seen = new Map<string, { module: string; t: Template }>();
    const clashes: string[] = [];
    for (const [module, cat] of Object.entries(MODULES)) {
      for (const [key, t] of Object.entries(cat)) {
        const before = seen.get(key);
        if (before && LANGS.some((l) => before.t[l] !== t[l]))
          clashes.push(`${key}: ${before.module} and ${module}`);
        seen.set(key, { module, t });
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe("the code catalogue", () => {
  const sections: Record<string, Readonly<Record<string, CodeDef | RuleFindingDef>>> = {
    PROBLEMS,
    FINDINGS,
    RULE_FINDINGS,
  };

  it("declares every code under its own name", () => {
    for (const section of Object.values(sections))
      for (const [key, def] of Object.entries(section)) expect(def.code).toBe(key);
  });

  it("declares each code once, apart from the codes of every registered rule set", () => {
    const problems = Object.keys(PROBLEMS);
    const findings = Object.keys(FINDINGS);
    expect(problems.filter((c) => findings.includes(c))).toEqual([]);
    for (const rs of [...ruleSets, kh2026()]) {
      const ruleCodes = new Set<string>([
        ...rs.criteria.map((c) => c.id),
        ...rs.conditions.map((c) => c.id),
        ...rs.titles.map((t) => t.code),
        ...rs.quotas.map((q) => q.id),
        ...rs.warnings.map((w) => w.id),
      ]);
      expect([...problems, ...findings].filter((c) => ruleCodes.has(c))).toEqual([]);
      // The law's codes the engine emits by name are the rule set's to label and source.
      expect(Object.keys(RULE_FINDINGS).filter((c) => !ruleCodes.has(c))).toEqual([]);
    }
  });

  it("describes every code that is not a rule in every language, with no placeholders", () => {
    for (const def of [...Object.values(PROBLEMS), ...Object.values(FINDINGS)]) {
      expect(gaps(def.code, def.description)).toEqual([]);
      for (const lang of LANGS) expect(placeholders(def.description[lang])).toEqual([]);
    }
  });

  it("has every message a code is declared with in the catalogue", () => {
    const missing: string[] = [];
    for (const section of Object.values(sections))
      for (const def of Object.values(section))
        for (const key of def.messages) if (!hasMessage(key)) missing.push(`${def.code}: ${key}`);
    expect(missing).toEqual([]);
  });

  it("covers every reading problem and every settings issue, whose message key is their code", () => {
    for (const code of [...Object.keys(READ_MESSAGES), ...Object.keys(settingsMessages)]) {
      expect(Object.keys(PROBLEMS)).toContain(code);
      expect(PROBLEMS[code as keyof typeof PROBLEMS].messages).toEqual([code]);
    }
  });
});

describe("what checks of real workbooks emit", () => {
  /** Switched-off codes the rule set does not have, or cannot switch off. */
  const WRONG_OFF: Variant = { id: "wrong-off", overrides: { "criteria.off": "I3,ZZ9,PENDING" } };

  it("is, for every problem and finding, a declared code at its level with one of its messages, in words in every language", async () => {
    const corpus = await namedCorpus();
    const seen = new Set<string>();
    const wrong = new Set<string>();
    const say = (key: string) => {
      for (const lang of LANGS) {
        const text = messageText({ key }, lang);
        if (text === key) wrong.add(`${key}: not in the catalogue (${lang})`);
      }
    };
    for (const entry of corpus) {
      if (!entry.grid) continue;
      for (const variant of [...VARIANTS, WRONG_OFF]) {
        const out = runCheck({ grid: entry.grid, overrides: variant.overrides, lang: "vi" });
        const rs = out.ruleSet;
        const ruleCodes = new Set<string>([
          ...rs.criteria.map((c) => c.id),
          ...rs.conditions.map((c) => c.id),
        ]);
        for (const p of out.review.problems) {
          seen.add(p.code);
          const def = PROBLEMS[p.code];
          if (!def) wrong.add(`${p.code}: not a problem code`);
          else if (def.level !== p.level) wrong.add(`${p.code}: emitted as ${p.level}`);
          else if (!(def.messages as readonly string[]).includes(p.msg.key))
            wrong.add(`${p.code}: said as ${p.msg.key}`);
          say(p.msg.key);
        }
        for (const r of [...out.review.individuals, ...out.review.units]) {
          for (const f of r.findings) {
            seen.add(f.code);
            say(f.msg.key);
            const def =
              FINDINGS[f.code as keyof typeof FINDINGS] ??
              RULE_FINDINGS[f.code as keyof typeof RULE_FINDINGS];
            if (def) {
              if (def.level !== f.verdict) wrong.add(`${f.code}: emitted as ${f.verdict}`);
              if (!(def.messages as readonly string[]).includes(f.msg.key))
                wrong.add(`${f.code}: said as ${f.msg.key}`);
            } else if (!ruleCodes.has(f.code)) wrong.add(`${f.code}: no catalogue has it`);
          }
        }
      }
    }
    expect([...wrong]).toEqual([]);
    // The corpus reaches most codes: a test that saw none would prove nothing.
    expect([...seen].filter((c) => c in PROBLEMS).length).toBeGreaterThan(20);
    expect([...seen].filter((c) => c in FINDINGS).length).toBeGreaterThan(3);
    expect([...seen].filter((c) => c in RULE_FINDINGS).length).toBeGreaterThan(3);
  }, 120_000);
});
