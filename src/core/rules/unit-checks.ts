/**
 * Checks of the collectives' criteria and conditions (spec/criteria.md §1 "Collectives", §2 "Collectives").
 * Member-based checks are three-valued over max(headcount, member rows): members missing from the list count as
 * needing information. Shares compare integers (count × 10000 against threshold-in-basis-points × n), never floating
 * products, so 0.7 × 10 is exactly 7.
 */
import type { FieldCell } from "../records";
import type { RatingCode } from "../vocab/codes";
import { gap, met, unitCell, unknown, unreadable } from "./checks";
import type { CheckResult, MemberAggregate, UnitContext } from "./types";
import { localityParams } from "../locality";
import { resolveField } from "./fields";
import {
  fromHolds,
  hasAchievement,
  historyHolds,
  pendingCheck,
  type Tri,
} from "./individual-checks";
import { ratingOf } from "./parsers";
import { LAW_THRESHOLDS } from "./law/thresholds";

/** At most this many member references are attached to one finding. */
export const MAX_REFS = 20;

/** The members a finding is about, by name (criteria.md §7), at most MAX_REFS of them. */
export function nameList(names: readonly string[]): string {
  const shown = names.slice(0, MAX_REFS).join(", ");
  return names.length > MAX_REFS ? `${shown} …` : shown;
}

/** A share as people read it: "66,7" in Vietnamese, one decimal at most. */
function shareText(count: number, n: number): string {
  const tenths = n === 0 ? 0 : Math.round((count * 1000) / n);
  return tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)},${tenths % 10}`;
}

export function nameCell(ctx: UnitContext): FieldCell | null {
  return unitCell(ctx, "unit");
}

function unitName(ctx: UnitContext): string {
  return ctx.rec.unit ?? nameCell(ctx)?.text ?? "";
}

/** The unknown verdict of a member-based check when the unit has no member rows (spec/criteria.md §5.6). */
export function noMembers(ctx: UnitContext, code: string): CheckResult {
  return unknown(
    ctx.noIndividuals ? "members.noIndividuals" : "members.none",
    nameCell(ctx),
    "unit",
    { code, unit: unitName(ctx) }
  );
}

function ratingCheck(
  ctx: UnitContext,
  prefix: string,
  ok: (code: RatingCode) => boolean
): CheckResult {
  const fact = ctx.rating;
  if (!fact) return unknown(`${prefix}.blank`, null, "unitRating");
  const bad = unreadable(prefix, fact.cell, "unitRating", fact.parsed);
  if (bad || fact.parsed.kind !== "ok")
    return bad ?? unknown(`${prefix}.blank`, fact.cell, "unitRating");
  return ok(fact.parsed.value)
    ? met(fact.cell, "unitRating")
    : gap(`${prefix}.gap`, fact.cell, "unitRating");
}

export function checkUnitHtxs(ctx: UnitContext): CheckResult {
  return ratingCheck(ctx, "UNIT_HTXS", (c) => c === "HTXSNV");
}

function memberDiscipline(
  ctx: UnitContext,
  code: "NO_CANH_CAO" | "NO_DISCIPLINE",
  pick: (m: MemberAggregate) => readonly string[]
): CheckResult {
  const m = ctx.members;
  if (!m) return noMembers(ctx, code);
  const hits = pick(m);
  if (hits.length > 0) {
    const names = code === "NO_CANH_CAO" ? m.names.disciplinedCanhCao : m.names.disciplinedAny;
    return gap(
      `${code}.gap`,
      nameCell(ctx),
      "discipline",
      { count: hits.length, year: ctx.settings.year, names: nameList(names) },
      hits.slice(0, MAX_REFS)
    );
  }
  const open = m.disciplineUnknown + m.missing;
  if (open > 0) return unknown(`${code}.unknown`, nameCell(ctx), "discipline", { count: open });
  return met(nameCell(ctx), "discipline");
}

export function checkNoCanhCao(ctx: UnitContext): CheckResult {
  return memberDiscipline(ctx, "NO_CANH_CAO", (m) => m.disciplinedCanhCao);
}

export function checkNoDiscipline(ctx: UnitContext): CheckResult {
  return memberDiscipline(ctx, "NO_DISCIPLINE", (m) => m.disciplinedAny);
}

export function checkAllHtnv(ctx: UnitContext): CheckResult {
  const m = ctx.members;
  if (!m) return noMembers(ctx, "ALL_HTNV");
  if (m.ratingBelowHtnv.length > 0) {
    return gap(
      "ALL_HTNV.gap",
      nameCell(ctx),
      "rating",
      { count: m.ratingBelowHtnv.length, names: nameList(m.names.ratingBelowHtnv) },
      m.ratingBelowHtnv.slice(0, MAX_REFS)
    );
  }
  const open = m.ratingUnknown + m.missing;
  if (open > 0) {
    return unknown("ALL_HTNV.unknown", nameCell(ctx), "rating", { count: open, n: m.denominator });
  }
  return met(nameCell(ctx), "rating");
}

/** Threshold in basis points; strict: more than, else at least. */
function passes(count: number, n: number, bp: number, strict: boolean): boolean {
  return strict ? count * 10000 > bp * n : count * 10000 >= bp * n;
}

function percent(bp: number): string {
  return String(bp / 100);
}

function shareCheck(
  ctx: UnitContext,
  code: string,
  bp: number,
  strict: boolean,
  suffix: string
): CheckResult {
  const m = ctx.members;
  if (!m) return noMembers(ctx, code);
  const n = m.denominator;
  const lo = m.ldtt.eligible;
  const needsInfo = m.ldtt.needsInfo + m.missing;
  const hi = lo + needsInfo;
  const params = { lo, hi, n, needsInfo, pct: percent(bp), share: shareText(hi, n) };
  if (passes(lo, n, bp, strict)) return met(nameCell(ctx), "rating");
  if (!passes(hi, n, bp, strict))
    return gap(`${code}.gap${suffix}`, nameCell(ctx), "rating", params);
  return unknown(`${code}.unknown${suffix}`, nameCell(ctx), "rating", params);
}

export function checkShareLdtt50(ctx: UnitContext): CheckResult {
  const bp = Math.round(ctx.settings["ttldtt.minShare"] * 10000);
  const strict = ctx.settings["ttldtt.strict"];
  return shareCheck(ctx, "SHARE_LDTT_50", bp, strict, strict ? ".more" : ".atLeast");
}

export function checkShareLdtt70(ctx: UnitContext): CheckResult {
  return shareCheck(ctx, "SHARE_LDTT_70", LAW_THRESHOLDS.ttldxsLdttShareBp, false, "");
}

export function checkHasCstdcs(ctx: UnitContext): CheckResult {
  const m = ctx.members;
  if (!m) return noMembers(ctx, "HAS_CSTDCS");
  const a = m.cstdcsAttain;
  if (a.eligible > 0) return met(nameCell(ctx), "rating");
  const needsInfo = a.needsInfo + m.missing;
  // Members eligible whom nobody proposed do not count, but the council can still act on them: they are named.
  const names = a.unproposed.slice(0, MAX_REFS).join(", ");
  if (needsInfo > 0) {
    return a.unproposed.length
      ? unknown("HAS_CSTDCS.unknownUnproposed", nameCell(ctx), "rating", { needsInfo, names })
      : unknown("HAS_CSTDCS.unknown", nameCell(ctx), "rating", { needsInfo });
  }
  return a.unproposed.length
    ? gap("HAS_CSTDCS.gapUnproposed", nameCell(ctx), "rating", { names })
    : gap("HAS_CSTDCS.gap", nameCell(ctx), "rating");
}

/** PENDING on a unit (NĐ 152/2025 Đ4.4), read from the units sheet's pending column. */
export function checkUnitPending(ctx: UnitContext): CheckResult {
  return pendingCheck(unitCell(ctx, "pending"));
}

/** The unit's record the year before: TTLĐXS held, or rated HTXSNV. */
function prevUnitRecord(ctx: UnitContext): { tri: Tri; cell: FieldCell | null; field: string } {
  const year = ctx.settings.year;
  const titles = unitCell(ctx, "history.prev1");
  const rating = unitCell(ctx, "history.prev1.rating");
  const tris: Tri[] = [];
  if (titles) {
    const field = resolveField("history.prev1", year);
    tris.push(fromHolds(historyHolds(ctx.sheet, titles, field, "TTLDXS", "unit")));
  }
  if (rating) {
    const p = ratingOf(rating.value, ctx.settings["rating.scoreBands"]);
    tris.push(p.kind === "ok" ? (p.value === "HTXSNV" ? "met" : "gap") : "unknown");
  }
  const tri: Tri = tris.includes("met") ? "met" : tris.includes("unknown") ? "unknown" : "gap";
  const cell = titles ?? rating;
  return {
    tri,
    cell,
    field: resolveField(titles ? "history.prev1" : "history.prev1.rating", year),
  };
}

/**
 * The collective's two-year route to Bằng khen (criteria.md §2 BK_TT): TTLĐXS or rated HTXSNV this year and the year
 * before. This year's TTLĐXS counts when proposed (directly) and eligible, as for a person's CSTĐCS. Missing history
 * columns are `unknown`; a failed route with an achievement text is the council's to judge (`unknown`).
 */
export function checkHistoryBkTt(ctx: UnitContext): CheckResult {
  const year = ctx.settings.year;
  const params = { prev: year - 1, year };
  const prev = prevUnitRecord(ctx);
  if (!prev.cell) return unknown("HISTORY_BK_TT.noColumns", null, "history", params);
  const xs = ctx.titles.TTLDXS;
  const xsNow: Tri =
    !ctx.noProposalColumn && !ctx.proposed.includes("TTLDXS")
      ? "gap"
      : xs === "eligible"
        ? "met"
        : xs === "not_eligible"
          ? "gap"
          : "unknown";
  const r = ctx.rating;
  const htxsNow: Tri =
    !r || r.parsed.kind !== "ok" ? "unknown" : r.parsed.value === "HTXSNV" ? "met" : "gap";
  const now: Tri =
    xsNow === "met" || htxsNow === "met"
      ? "met"
      : xsNow === "unknown" || htxsNow === "unknown"
        ? "unknown"
        : "gap";
  const both: Tri =
    now === "gap" || prev.tri === "gap"
      ? "gap"
      : now === "met" && prev.tri === "met"
        ? "met"
        : "unknown";
  if (both === "met") return met(prev.cell, prev.field);
  if (both === "unknown") return unknown("HISTORY_BK_TT.unknown", prev.cell, prev.field, params);
  if (hasAchievement(unitCell(ctx, "achievement"))) {
    const l = localityParams(ctx.settings);
    return unknown("HISTORY_BK_TT.council", unitCell(ctx, "achievement"), "achievement", {
      ...params,
      ubndVi: l.ubndVi,
      ubndEn: l.ubndEn,
    });
  }
  return gap("HISTORY_BK_TT.gap", prev.cell, prev.field, params);
}
