/** The short table `thidua check` prints: outcomes, eligible per title, quota controls, input problems. */
import type { CheckOutput } from "../core/check";
import { format, type Lang } from "../core/i18n/types";
import type { Outcome } from "../core/review";
import { getRuleSet, titleName } from "../core/rules";
import { cliMessages } from "./messages";

const OUTCOMES: Outcome[] = ["eligible", "gaps", "needs_info", "not_checked"];
const MAX_PROBLEMS = 8;

function say(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const t = cliMessages[key];
  return t ? format(t[lang], params) : key;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

export function printSummary(
  result: CheckOutput,
  file: string,
  lang: Lang,
  out: (l: string) => void
): void {
  const r = result.summary;
  out(
    say(lang, "cli.summary.title", {
      file,
      individuals: r.totals.individuals,
      units: r.totals.units,
    })
  );
  out("");
  out(
    `${pad(say(lang, "cli.summary.outcomes"), 28)}${pad(say(lang, "cli.col.individuals"), 12)}${say(lang, "cli.col.units")}`
  );
  for (const o of OUTCOMES) {
    out(
      `  ${pad(say(lang, `cli.outcome.${o}`), 26)}${pad(String(r.totals.outcomes[o]), 12)}${r.totals.unitOutcomes[o]}`
    );
  }
  out("");
  out(say(lang, "cli.summary.titles"));
  const rules = getRuleSet();
  for (const [code, n] of Object.entries(r.totals.eligible)) {
    const proposed = r.proposed[code] ?? 0;
    const label = rules ? titleName(rules, code, result.settings, lang) : code;
    // Titles carried through the ladder (criteria.md §2) are counted beside the units' own proposals.
    const carried = r.totals.proposals[code]?.carried ?? 0;
    const more = carried ? ` ${say(lang, "cli.summary.carried", { n: carried })}` : "";
    out(
      `  ${pad(`${code}`, 10)} ${pad(label, 42)} ${pad(String(n), 6)}${lang === "vi" ? "đề nghị" : "proposed"}: ${proposed}${more}`
    );
  }
  if (r.quotas.length) {
    out("");
    out(say(lang, "cli.summary.quotas"));
    for (const q of r.quotas.filter((x) => x.id !== "Q_PROPOSED" && !x.informational)) {
      out(`  ${quotaLine(q, lang)}`);
    }
    const over = r.quotas.filter((x) => x.informational && x.ok === false);
    if (over.length) {
      const list = over.map((q) => `${q.scope} (+${q.excess})`).join(", ");
      out(`  ${say(lang, "cli.quota.otherScope", { id: over[0].id, n: over.length, list })}`);
    }
    const off = r.quotas.find(
      (x) => x.id === "Q_CSTDCS" && x.informational && x.scope === "workbook"
    );
    if (off) out(`  ${say(lang, "cli.quota.cstdcsOff", { actual: off.actual })}`);
    const proposed = r.quotas.find((x) => x.id === "Q_PROPOSED");
    if (proposed) out(`  ${say(lang, "cli.quota.proposed", { n: proposed.actual })}`);
  }
  const errors = r.problems.filter((p) => p.level === "error").length;
  const warnings = r.problems.filter((p) => p.level === "warning").length;
  const infos = r.problems.length - errors - warnings;
  out("");
  out(
    `${say(lang, "cli.summary.problems")}: ${say(lang, "cli.problems.count", { errors, warnings, infos })}`
  );
  const shown = [...r.problems]
    .sort((a, b) => rank(a.level) - rank(b.level))
    .slice(0, MAX_PROBLEMS);
  for (const p of shown) {
    const where = [p.sheet, p.cell].filter(Boolean).join("!");
    out(`  [${p.level}] ${where ? where + " — " : ""}${p.message}`);
  }
  if (r.problems.length > shown.length)
    out(`  ${say(lang, "cli.more", { n: r.problems.length - shown.length })}`);
}

function rank(level: string): number {
  return level === "error" ? 0 : level === "warning" ? 1 : 2;
}

function quotaLine(q: CheckOutput["report"]["quotas"][number], lang: Lang): string {
  const status =
    q.ok === null
      ? say(lang, "cli.quota.unknown")
      : q.ok
        ? say(lang, "cli.quota.ok")
        : say(lang, "cli.quota.over");
  return say(lang, "cli.quota.line", {
    id: q.id,
    scope: q.scope === "workbook" ? say(lang, "cli.quota.workbook") : q.scope,
    actual: q.actual,
    limit: q.limit ?? "–",
    excess: q.excess,
    status,
  });
}
