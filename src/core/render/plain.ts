/**
 * What a person reads on paper and in the result block (spec/criteria.md §7, workbook.md items 1 and 3): each
 * criterion named by its short Vietnamese label (rule-set data) and its source, never by an identifier; no cell
 * addresses. The review sheet keeps the rule messages as they are ("I1 — Xếp loại … (ô F12) …"); this module turns
 * such a message into the plain sentence "Xếp loại — Xếp loại … chưa đạt … (Kế hoạch thi đua năm 2025, tiêu chí 1.2)."
 * without editing the catalogue: the leading "CODE — " becomes the code's short label, cell mentions are dropped, the
 * legal or plan source is appended when the sentence does not already cite it, and any code left inside the sentence
 * (a parameter naming a criterion) is replaced by its label.
 *
 * Decisions where the spec is silent:
 * - Warnings that are not criteria (R_DISC_RATING, CSTDCS_IF_TTLDXS …) take their labels from the rule set's
 *   `warnings`; an unknown code at the head of a message is dropped, never printed.
 * - "(ô F12 trống)" reads "(để trống)"; "Ô F12 ghi “x”" reads "Ghi “x”"; "(ô F12)" and "('Tập thể'!C5)" vanish.
 */
import { format, type Lang } from "../i18n/types";
import { localityParams } from "../locality";
import type { Msg } from "../records";
import type { Finding } from "../review";
import { DEFAULT_RULE_SET_ID, getRuleSet } from "../rules";
import type { TitleTerm } from "../rules/types";
import type { Settings } from "../settings";

/** Identifiers as the spec's tests see them (criteria.md §7). */
export const IDENTIFIER = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/;
export const PLAN_CODE = /\b(I[1-6]H?|C[1-6])\b/;

/** A cell address, optionally sheet-qualified ('Tập thể'!C5, Sheet1!$C$5) or a range. */
const ADDR = String.raw`(?:'[^']*'!|[^\s'!(),:;]+!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?`;
const CELL_WORD = String.raw`(?:ô|Ô|cell|Cell|ô số)`;
const BLANK_IN_PARENS = new RegExp(String.raw`\(${CELL_WORD}\s+${ADDR}\s+(trống|is blank)\)`, "g");
const CELL_IN_PARENS = new RegExp(String.raw`\s*\(${CELL_WORD}\s+${ADDR}\)`, "g");
const BARE_IN_PARENS = new RegExp(String.raw`\s*\(${ADDR}\)`, "g");
/** "Ô F12 ghi", "ô đề nghị F12 báo lỗi": the word "ô" (and any word between) goes with its address. */
const CELL_BEFORE = new RegExp(
  String.raw`(^|[\s(“"])${CELL_WORD}((?:\s+\p{Ll}+){0,3}?)\s+${ADDR}\s*`,
  "gu"
);
const HEAD = /^([A-Z][A-Z0-9_]*) — /;
/** A sentence that already ends by citing its law or plan keeps its own citation. */
const CITES =
  /\([^()]*\b(Luật|Nghị định|Thông tư|Quyết định|Kế hoạch|Law|Decree|Circular)\b[^()]*\)\.?$/u;

export interface Plain {
  /** The short label of a criterion, condition, title, quota or warning code; null when it has none. */
  short(code: string): string | null;
  /** A rule message as a plain sentence, with the source (a catalogue key) appended when it names one. */
  sentence(text: string, code: string | null, source: string | null): string;
  finding(f: Finding): string;
  /** The criterion and condition ids of a title under the run's settings, with those of the titles it requires
   * (CSTĐCS needs LĐTT's), groups flattened. */
  termsOf(title: string): string[];
}

function capitalise(s: string): string {
  return s ? s[0].toLocaleUpperCase("vi") + s.slice(1) : s;
}

/** Drops the cell mentions of a message in either language. */
export function dropCells(text: string): string {
  return text
    .replace(BLANK_IN_PARENS, (_m, blank: string) => (blank === "trống" ? "(để trống)" : "(blank)"))
    .replace(CELL_IN_PARENS, "")
    .replace(BARE_IN_PARENS, "")
    .replace(CELL_BEFORE, (_m, before: string, word: string | undefined) =>
      word ? `${before}Ô${word} ` : before
    )
    .replace(/ {2,}/g, " ")
    .replace(/ ([.,;:])/g, "$1");
}

export function plainFor(
  settings: Pick<Settings, "locality.kind" | "locality.name" | "criteria.off" | "cstdcs.mode">,
  lang: Lang,
  text: (msg: Msg) => string,
  ruleSetId: string = DEFAULT_RULE_SET_ID
): Plain {
  const rs = getRuleSet(ruleSetId) ?? getRuleSet(DEFAULT_RULE_SET_ID);
  const loc = localityParams(settings);
  const shorts = new Map<string, string>();
  const terms = new Map<string, TitleTerm[]>();
  const requires = new Map<string, readonly string[]>();
  if (rs) {
    for (const item of [
      ...rs.criteria,
      ...rs.conditions,
      ...rs.titles,
      ...rs.quotas,
      ...rs.warnings,
    ]) {
      const code = "code" in item ? item.code : item.id;
      if (!shorts.has(code)) shorts.set(code, format(item.short[lang], loc));
    }
    for (const t of rs.titles) {
      terms.set(t.code, t.termsFor ? t.termsFor(settings as Settings) : t.terms);
      requires.set(t.code, t.requires);
    }
  }
  const short = (code: string): string | null => shorts.get(code) ?? null;
  const codesInside = new RegExp(`${IDENTIFIER.source}|${PLAN_CODE.source}`, "g");
  const sourceText = (key: string | null): string | null => {
    if (!key) return null;
    // a key the catalogue does not know comes back as itself
    const bare = text({ key });
    if (!bare || bare === key) return null;
    return text({ key, params: loc });
  };
  const sentence = (raw: string, code: string | null, sourceKey: string | null): string => {
    let body = raw.trim();
    let label: string | null = null;
    const head = HEAD.exec(body);
    if (head) {
      label = short(head[1]) ?? (code ? short(code) : null);
      body = body.slice(head[0].length);
    }
    body = capitalise(dropCells(body).trim());
    body = body.replace(codesInside, (c) => short(c) ?? c);
    const source = sourceText(sourceKey);
    if (source && !body.includes(source) && !CITES.test(body)) {
      const stop = /[.。]$/.test(body) ? "." : "";
      body = `${stop ? body.slice(0, -1) : body} (${source})${stop}`;
    }
    return label ? `${label} — ${body}` : body;
  };
  return {
    short,
    sentence,
    finding: (f) => sentence(text(f.msg), f.code, f.source || null),
    termsOf: (title) => {
      const out = new Set<string>();
      const visit = (code: string): void => {
        for (const t of terms.get(code) ?? [])
          for (const c of typeof t === "string" ? [t] : t.anyOf) out.add(c);
        for (const r of requires.get(code) ?? []) visit(r);
      };
      visit(title);
      return [...out];
    },
  };
}
