/**
 * Checks of the individuals' criteria and conditions, written once and wired into a year's rule set
 * (rules/kh-2025.ts). Blank cells follow spec/criteria.md §0: evidence columns (discipline, initiative, achievement,
 * pending) blank = none; judgement, rating and service columns blank = unknown.
 *
 * Decisions where the spec is silent:
 * - History cells (titles of earlier years) are records of what was awarded: blank means "none" (a gap), not unknown.
 * - CSTĐ cấp tỉnh in a year's history implies that year's CSTĐCS (it cannot be awarded without it).
 * - Months of service: with a start date, whole months from the start to 31/12 (a month begun on the 1st counts).
 *   With a months column, leave that counts as service (maternity, injury on duty, training — TT 01/2024/TT-BNV) is
 *   added when its length is known: days from a leave column whose header names such leave, or "n tháng"/"n ngày"
 *   inside a reason text; a reason without a length is unknown. A start date already spans any leave.
 * - Initiatives in HISTORY_BK: a number counts as that many; a named text counts one per item separated by ";" or a
 *   line break.
 */
import type { FieldCell, FieldId, SheetRead } from "../records";
import type { TitleVerdict } from "../review";
import type { TitleCode } from "../vocab/codes";
import { localityParams } from "../locality";
import { parseNumber } from "../vocab/dates";
import { gap, indCell, met, shown, unknown, unreadable, weakest } from "./checks";
import { resolveField } from "./fields";
import { mentions } from "./fold";
import { markOf, namedItemOf, ratingOf, titlesOf } from "./parsers";
import { serviceFact } from "./service";
import { LAW_THRESHOLDS } from "./law/thresholds";
import type { CheckResult, IndividualContext, Subject } from "./types";

function isBlank(cell: FieldCell): boolean {
  const v = cell.value;
  return v === null || (typeof v === "string" && v.trim() === "");
}

function ratedHtxs(ctx: IndividualContext): boolean {
  const p = ctx.rating?.parsed;
  return p?.kind === "ok" && p.value === "HTXSNV";
}

export function checkService(ctx: IndividualContext): CheckResult {
  const f = serviceFact(ctx);
  if (f.worked === null) {
    const p = f.problem ?? { key: "SERVICE.blank" as const, cell: f.cell };
    return unknown(p.key, p.cell, "service", p.error ? { error: p.error } : undefined);
  }
  if (f.worked >= LAW_THRESHOLDS.serviceMonths) return met(f.cell, "service");
  if (f.leave) {
    // Leave that counts but has no length: ask for it, never a gap (criteria.md §5.8).
    if (f.leave.months === null) {
      return unknown(
        "SERVICE.leaveUnknown",
        f.leave.cell,
        f.leave.cell === indCell(ctx, "note") ? "note" : "leave"
      );
    }
    if (Math.min(12, f.worked + f.leave.months) >= LAW_THRESHOLDS.serviceMonths)
      return met(f.cell, "service");
  }
  return gap("SERVICE.gap", f.cell, "service", { months: f.worked, year: ctx.settings.year });
}

export function checkPending(ctx: IndividualContext): CheckResult {
  return pendingCheck(indCell(ctx, "pending"));
}

/** NĐ 152/2025 Đ4.4 on a row's pending column, a person's or a unit's (a blank cell: nothing pending). */
export function pendingCheck(cell: FieldCell | null): CheckResult {
  if (!cell || isBlank(cell)) return met(cell, "pending");
  const parsed = namedItemOf(cell.value);
  const bad = unreadable("PENDING", cell, "pending", parsed);
  if (bad) return bad;
  return parsed.kind === "ok" && parsed.value
    ? gap("PENDING.gap", cell, "pending")
    : met(cell, "pending");
}

export type Holds = "yes" | "no" | "blank" | { unknown: string } | { error: string };

/** Whether a history cell records `title` (or a title that implies it). */
/** Whether a history cell records `title` (or a title that implies it), on a person's or a unit's row. */
export function historyHolds(
  sheet: SheetRead | null,
  cell: FieldCell,
  field: FieldId,
  title: TitleCode,
  subject: Subject = "individual"
): Holds {
  const implied = sheet?.mapping[field]?.impliedTitle;
  if (implied) {
    const p = markOf(cell.value);
    if (p.kind === "ok") return p.value && impliesTitle(implied, title) ? "yes" : "no";
    if (p.kind === "blank") return "blank";
    return p.kind === "error" ? { error: p.error } : { unknown: p.text };
  }
  const p = titlesOf(cell.value, subject);
  if (p.kind === "ok") return p.value.codes.some((c) => impliesTitle(c, title)) ? "yes" : "no";
  if (p.kind === "blank") return "blank";
  return p.kind === "error" ? { error: p.error } : { unknown: p.text };
}

function impliesTitle(held: string, wanted: TitleCode): boolean {
  return held === wanted || (wanted === "CSTDCS" && held === "CSTD_TINH");
}

export function checkHistoryCstdcs3(ctx: IndividualContext): CheckResult {
  const year = ctx.settings.year;
  const parts: CheckResult[] = [];
  for (let back = 1; back <= 2; back++) {
    const ref = back === 1 ? "history.prev1" : "history.prev2";
    const cell = indCell(ctx, ref);
    if (!cell) continue;
    const histYear = year - back;
    const field = resolveField(ref, year);
    const h = historyHolds(ctx.sheet, cell, field, "CSTDCS");
    // CSTĐ tỉnh held that year: a cycle already rewarded (criteria.md §2, CSTD_TINH).
    if (h === "yes" && historyHolds(ctx.sheet, cell, field, "CSTD_TINH") === "yes") {
      // Luật 2022 Đ22: CSTĐ tỉnh rewards three consecutive CSTĐCS; a cycle it already rewarded is not counted again.
      parts.push(gap("HISTORY_CSTDCS_3.rewarded", cell, field, { histYear }));
    } else if (h === "yes") parts.push(met(cell, field));
    else if (h === "blank") {
      parts.push(gap("HISTORY_CSTDCS_3.gapBlank", cell, field, { histYear }));
    } else if (h === "no") parts.push(gap("HISTORY_CSTDCS_3.gap", cell, field, { histYear }));
    else if ("error" in h) {
      parts.push(unknown("HISTORY_CSTDCS_3.error", cell, field, { error: h.error }));
    } else parts.push(unknown("HISTORY_CSTDCS_3.unreadable", cell, field, { text: h.unknown }));
  }
  return weakest(parts);
}

/** Levels that satisfy "provincial" (vocabulary.md, revision 2): provincial or city level, or above it. "Cấp ngành"
 * and "cấp Sở" are base level. */
const PROVINCIAL = [
  "tinh",
  "thanh pho",
  "trung uong",
  "toan quoc",
  "quoc gia",
  "cap bo",
  "bo nganh",
];
const BASE_LEVEL = ["co so", "cap so", "cap nganh", "nganh", "don vi"];

export function checkInitiativeProvince(ctx: IndividualContext): CheckResult {
  const cell = indCell(ctx, "initiativeLevel");
  if (!cell) return unknown("INITIATIVE_PROVINCE.blank", null, "initiativeLevel");
  if (isBlank(cell)) {
    const initiative = indCell(ctx, "initiative");
    const has =
      initiative !== null &&
      !isBlank(initiative) &&
      (() => {
        const p = namedItemOf(initiative.value);
        return p.kind === "ok" && p.value;
      })();
    return has
      ? unknown("INITIATIVE_PROVINCE.blank", cell, "initiativeLevel")
      : gap("INITIATIVE_PROVINCE.gapNone", cell, "initiativeLevel");
  }
  const v = cell.value;
  if (typeof v === "object" && v !== null && !(v instanceof Date)) {
    return unknown("INITIATIVE_PROVINCE.error", cell, "initiativeLevel", { error: v.error });
  }
  const text = shown(cell);
  if (mentions(text, PROVINCIAL)) return met(cell, "initiativeLevel");
  if (mentions(text, BASE_LEVEL)) return gap("INITIATIVE_PROVINCE.gap", cell, "initiativeLevel");
  const p = markOf(v);
  if (p.kind === "ok" && !p.value) return gap("INITIATIVE_PROVINCE.gap", cell, "initiativeLevel");
  return unknown("INITIATIVE_PROVINCE.unreadable", cell, "initiativeLevel");
}

export type Tri = "met" | "gap" | "unknown";

function and(...xs: Tri[]): Tri {
  if (xs.includes("gap")) return "gap";
  return xs.includes("unknown") ? "unknown" : "met";
}

function fromTitle(v: TitleVerdict | undefined): Tri {
  if (v === "eligible") return "met";
  return v === "not_eligible" ? "gap" : "unknown";
}

export function fromHolds(h: Holds): Tri {
  if (h === "yes") return "met";
  return h === "no" || h === "blank" ? "gap" : "unknown";
}

/** Number of initiatives a cell records, null when it cannot be read. */
function initiativeCount(cell: FieldCell | null): number | null {
  if (!cell || isBlank(cell)) return 0;
  if (typeof cell.value === "number") return Math.max(0, Math.floor(cell.value));
  const p = namedItemOf(cell.value);
  if (p.kind !== "ok") return null;
  if (!p.value) return 0;
  return Math.max(
    1,
    shown(cell)
      .split(/[;\n]+/)
      .filter((s) => s.trim() !== "").length
  );
}

/** Shared by every row that did not propose Bằng khen on a sheet without history columns (read-only). */
const QUIET_NO_HISTORY: CheckResult = Object.freeze({
  verdict: "unknown",
  col: null,
  field: "history",
  quiet: true,
});

/** "CSTĐCS this year" for Bằng khen: proposed (directly or carried) and eligible (criteria.md §2, BK_TINH). */
function attainsCstdcs(ctx: IndividualContext): Tri {
  const v = ctx.titles.CSTDCS;
  if (!ctx.noProposalColumn && !ctx.proposed.includes("CSTDCS")) return "gap";
  return fromTitle(v);
}

/** Whether the row has an achievement text: the province's other routes to Bằng khen are the council's to judge. */
export function hasAchievement(cell: FieldCell | null): boolean {
  if (!cell || isBlank(cell)) return false;
  const p = namedItemOf(cell.value);
  return p.kind === "ok" && p.value;
}

/**
 * The two-year route to Bằng khen (Luật 2022 Đ74 and the provincial rules). Missing history columns are never a gap:
 * `unknown`. When the data shows the route fails and the row has an achievement text, the province's other routes
 * (influence in the province, a campaign it launched) are for the council: `unknown` again. Otherwise `gap`.
 */
export function checkHistoryBk(ctx: IndividualContext): CheckResult {
  const year = ctx.settings.year;
  const params = { prev: year - 1, year };
  const prevTitles = indCell(ctx, "history.prev1");
  const prevRating = indCell(ctx, "history.prev1.rating");
  if (!prevTitles && !prevRating) {
    // Said on the rows that propose Bằng khen; on the others it is the same fact row after row.
    const proposed = ctx.proposed.includes("BK_TINH");
    return proposed ? unknown("HISTORY_BK.noColumns", null, "history", params) : QUIET_NO_HISTORY;
  }
  const branches: Tri[] = [];
  if (prevTitles) {
    branches.push(
      and(
        attainsCstdcs(ctx),
        fromHolds(
          historyHolds(ctx.sheet, prevTitles, resolveField("history.prev1", year), "CSTDCS")
        )
      )
    );
  }
  if (prevRating) {
    const now: Tri =
      !ctx.rating || ctx.rating.parsed.kind !== "ok" ? "unknown" : ratedHtxs(ctx) ? "met" : "gap";
    const pp = ratingOf(prevRating.value, ctx.settings["rating.scoreBands"]);
    const prev: Tri = pp.kind !== "ok" ? "unknown" : pp.value === "HTXSNV" ? "met" : "gap";
    const a = initiativeCount(indCell(ctx, "initiative"));
    const prevInitCell = indCell(ctx, "history.prev1.initiative");
    const b = prevInitCell ? initiativeCount(prevInitCell) : null;
    let inits: Tri;
    if ((a ?? 0) + (b ?? 0) >= 2) inits = "met";
    else inits = a === null || b === null ? "unknown" : "gap";
    branches.push(and(now, prev, inits));
  }
  const cell = prevTitles ?? prevRating;
  const field = resolveField(prevTitles ? "history.prev1" : "history.prev1.rating", year);
  if (branches.includes("met")) return met(cell, field);
  if (branches.length > 0 && branches.every((b) => b === "gap")) {
    const achievement = indCell(ctx, "achievement");
    if (hasAchievement(achievement)) {
      return unknown("HISTORY_BK.council", achievement, "achievement", {
        ...params,
        ubndVi: localityParams(ctx.settings).ubndVi,
        ubndEn: localityParams(ctx.settings).ubndEn,
      });
    }
    return gap("HISTORY_BK.gap", cell, field, params);
  }
  return unknown("HISTORY_BK.unknown", cell, field, params);
}

export function checkAchievement(cell: FieldCell | null): CheckResult {
  if (!cell || isBlank(cell)) return gap("ACHIEVEMENT.gap", cell, "achievement");
  const parsed = namedItemOf(cell.value);
  const bad = unreadable("ACHIEVEMENT", cell, "achievement", parsed);
  if (bad) return bad;
  return parsed.kind === "ok" && parsed.value
    ? met(cell, "achievement")
    : gap("ACHIEVEMENT.gapNo", cell, "achievement");
}

/** Law mode's alternative to an initiative (Luật 2022 Đ23): rated HTXSNV. A verdict only; I1 reports the cell. */
export function checkHtxsRating(ctx: IndividualContext): CheckResult {
  const fact = ctx.rating;
  if (!fact || fact.parsed.kind !== "ok")
    return { verdict: "unknown", col: fact?.cell.col ?? null, field: "rating" };
  return { verdict: ratedHtxs(ctx) ? "met" : "gap", col: fact.cell.col, field: "rating" };
}

/** A council vote as a fraction num/den: "90%", 0.9, 90, "9/11", or a count with the council's size beside it. */
export function voteShare(
  cell: FieldCell,
  variant: string | undefined,
  total: FieldCell | null
): { num: number; den: number } | null {
  const v = cell.value;
  if (typeof v === "string") {
    const t = v.trim().replace(",", ".");
    const frac = /^(\d+)\s*\/\s*(\d+)$/.exec(t);
    if (frac && Number(frac[2]) > 0) return { num: Number(frac[1]), den: Number(frac[2]) };
    const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
    if (pct) return { num: Math.round(Number(pct[1]) * 100), den: 10000 };
  }
  const n = parseNumber(v);
  if (n === null || n < 0) return null;
  if (variant === "count") {
    const d = total ? parseNumber(total.value) : null;
    return d !== null && d > 0 && n <= d ? { num: n, den: d } : null;
  }
  if (n <= 1) return { num: Math.round(n * 10000), den: 10000 };
  if (n <= 100) return { num: Math.round(n * 100), den: 10000 };
  return null;
}

/** The council vote threshold of a title (criteria.md §5.11), applied only when its setting is on. */
export function checkVote(key: "vote.cstdcs" | "vote.cstdTinh") {
  return (ctx: IndividualContext): CheckResult => {
    const threshold = ctx.settings[key];
    const cell = indCell(ctx, "vote");
    if (threshold === "off" || !cell) return met(cell, "vote");
    const pct = Math.round(threshold * 100);
    if (isBlank(cell)) return unknown("VOTE.blank", cell, "vote", { pct });
    const share = voteShare(cell, ctx.sheet?.mapping.vote?.variant, indCell(ctx, "voteTotal"));
    if (!share) return unknown("VOTE.unreadable", cell, "vote", { text: shown(cell), pct });
    // Integers: num × 10000 ≥ threshold in basis points × den.
    return share.num * 10000 >= Math.round(threshold * 10000) * share.den
      ? met(cell, "vote")
      : gap("VOTE.gap", cell, "vote", { text: shown(cell), pct });
  };
}
