/**
 * The summary's overview, printed before the lists: counts by title and by unit, the quota controls, the count of
 * proposals not eligible and the CSTĐCS share (spec/workbook.md item 3, criteria.md §3).
 *
 * Decisions where the spec is silent:
 * - The overview comes before the lists, not after them: the lists' column-title row repeats at the top of every
 *   page from its own page on (print titles), and tables with other columns must not sit under it.
 * - Counts by title count every entry of a title's lists: the units' proposals and the titles their proposals carry
 *   (criteria.md §2, the ladder); a title with carried entries gets two lines under it, "- đơn vị đề nghị" and
 *   "- theo đề nghị cao hơn", so both numbers are given. Totals are given for individuals and for collectives
 *   separately, never added into one number (workbook.md item 3).
 * - Counts by unit count the same entries (without a proposal column the rows listed by eligibleUpTo) in four
 *   columns: individuals proposed and eligible, collectives proposed and eligible; its "Tổng cộng" row sums each
 *   column on its own. The information list (the annex) is not counted.
 * - Q_PROPOSED is not a ratio: it is printed as its own line "Đề nghị chưa đủ điều kiện: N", not in the quota table.
 *   Q_CSTDCS is in the table only when `quota.cstdcs` is on; when off, its share is printed as a line for information.
 * - The quota table shows the scope in force only (criteria.md §3): the other scope (QuotaResult.informational) is
 *   left to the pane and the report. A control with several scopes in force (Q_HTXS by unit) is a heading row
 *   followed by one row per scope.
 */
import type { CellValue } from "../grid";
import type { ReadResult } from "../records";
import type { QuotaResult, Review } from "../review";
import type { Settings } from "../settings";
import { titleFull, type Say } from "./labels";
import type { Orderer } from "./order";
import { font } from "./style";
import type { SummaryPage } from "./summary-page";
import {
  emptyCounts,
  isUnitTitle,
  sectionCounts,
  type Counts,
  type Row,
  type TitleSection,
} from "./summary-lists";

export interface OverviewContext {
  read: ReadResult;
  review: Review;
  settings: Settings;
  say: Say;
  orderer: Orderer;
  /** Short labels of the rule set (plain.ts), for controls without a wording of their own. */
  short?: (code: string) => string | null;
}

const countCells = (c: Counts): CellValue[] => [c.proposed, c.eligible, c.notEligible, c.needsInfo];

function addCounts(a: Counts, b: Counts): void {
  a.proposed += b.proposed;
  a.eligible += b.eligible;
  a.notEligible += b.notEligible;
  a.needsInfo += b.needsInfo;
}

function totalRow(page: SummaryPage, label: string, cells: CellValue[]): void {
  const { first: r } = page.tableBody([[null, label, ...cells]]);
  const label2 = 2 + Math.max(0, page.cols - 6);
  page.b.style(
    r,
    1,
    r,
    page.cols,
    font(12, { bold: true, border: true, wrap: true, vAlign: "top", hAlign: "center" })
  );
  page.b.style(r, 2, r, label2, font(12, { bold: true, border: true, wrap: true, vAlign: "top" }));
}

function countHeader(page: SummaryPage, say: Say, label: string): void {
  page.tableHeader([
    say("RENDER_SUM_COL_STT"),
    label,
    say("RENDER_COUNT_COL_PROPOSED"),
    say("RENDER_COUNT_COL_ELIGIBLE"),
    say("RENDER_COUNT_COL_NOT_ELIGIBLE"),
    say("RENDER_COUNT_COL_NEEDS_INFO"),
  ]);
}

/** Per unit: people's and collectives' entries, never added into one number (workbook.md item 3). */
interface UnitCounts {
  name: string;
  rank: number;
  people: { proposed: number; eligible: number };
  units: { proposed: number; eligible: number };
}

export function writeCounts(
  page: SummaryPage,
  ctx: OverviewContext,
  sections: readonly TitleSection[],
  noProposalColumn: boolean
): void {
  const say = ctx.say;
  page.line(say("RENDER_COUNTS_BY_TITLE"), font(13, { bold: true }));
  countHeader(page, say, say("RENDER_COUNT_COL_TITLE"));
  const totals = { people: emptyCounts(), units: emptyCounts() };
  const rows: CellValue[][] = [];
  const subRows: number[] = [];
  sections.forEach((s, i) => {
    const c = sectionCounts(s, noProposalColumn);
    addCounts(isUnitTitle(s.title) ? totals.units : totals.people, c.all);
    rows.push([i + 1, titleFull(say, s.title), ...countCells(c.all)]);
    if (c.carried.proposed + c.carried.eligible > 0) {
      subRows.push(rows.length, rows.length + 1);
      rows.push([null, say("RENDER_COUNT_DIRECT"), ...countCells(c.direct)]);
      rows.push([null, say("RENDER_COUNT_CARRIED"), ...countCells(c.carried)]);
    }
  });
  const { first } = page.tableBody(rows);
  const label2 = 2 + Math.max(0, page.cols - 6);
  for (const k of subRows)
    page.b.style(
      first + k,
      2,
      first + k,
      label2,
      font(12, { italic: true, border: true, wrap: true, vAlign: "top" })
    );
  if (sections.some((s) => !isUnitTitle(s.title)))
    totalRow(page, say("RENDER_TOTAL_PEOPLE"), countCells(totals.people));
  if (sections.some((s) => isUnitTitle(s.title)))
    totalRow(page, say("RENDER_TOTAL_UNITS"), countCells(totals.units));

  const byUnit = new Map<string, UnitCounts>();
  const add = (r: Row, eligible: boolean, proposed: boolean): void => {
    const person = "position" in r;
    const unitKey = person
      ? (ctx.read.individuals[r.index]?.unitKey ?? null)
      : (ctx.read.units[r.index]?.unitKey ?? null);
    const key = unitKey ?? r.unit ?? "";
    let e = byUnit.get(key);
    if (!e) {
      e = {
        name: r.unit ?? say("RENDER_NO_UNIT"),
        rank: ctx.orderer.unitRank(unitKey, r.unit),
        people: { proposed: 0, eligible: 0 },
        units: { proposed: 0, eligible: 0 },
      };
      byUnit.set(key, e);
    }
    const c = person ? e.people : e.units;
    if (proposed) c.proposed++;
    if (eligible) c.eligible++;
  };
  for (const s of sections) {
    const proposed = !noProposalColumn;
    for (const r of s.eligible) add(r, true, proposed);
    for (const r of [...s.notEligible, ...s.needsInfo, ...s.notEvaluated]) add(r, false, proposed);
  }
  if (!byUnit.size) return;
  page.blank();
  page.line(say("RENDER_COUNTS_BY_UNIT"), font(13, { bold: true }));
  page.tableHeader([
    say("RENDER_SUM_COL_STT"),
    say("RENDER_COUNT_COL_UNIT"),
    say("RENDER_COUNT_COL_PEOPLE_PROPOSED"),
    say("RENDER_COUNT_COL_PEOPLE_ELIGIBLE"),
    say("RENDER_COUNT_COL_UNITS_PROPOSED"),
    say("RENDER_COUNT_COL_UNITS_ELIGIBLE"),
  ]);
  const units = [...byUnit.values()].sort((a, b) => a.rank - b.rank);
  const cells = (u: Pick<UnitCounts, "people" | "units">): CellValue[] => [
    u.people.proposed,
    u.people.eligible,
    u.units.proposed,
    u.units.eligible,
  ];
  page.tableBody(units.map((u, i) => [i + 1, u.name, ...cells(u)]));
  const total = { people: { proposed: 0, eligible: 0 }, units: { proposed: 0, eligible: 0 } };
  for (const u of units)
    for (const k of ["people", "units"] as const) {
      total[k].proposed += u[k].proposed;
      total[k].eligible += u[k].eligible;
    }
  totalRow(page, say("RENDER_TOTAL"), cells(total));
}

const pctOf = (v: number | "off"): number =>
  typeof v === "number" ? Math.round(v * 1000) / 10 : 0;

function controlLabel(ctx: OverviewContext, id: string): string {
  const say = ctx.say;
  if (id === "Q_HTXS")
    return say("RENDER_QUOTA_Q_HTXS", { pct: pctOf(ctx.settings["quota.htxs"]) });
  if (id === "Q_CSTDCS")
    return say("RENDER_QUOTA_Q_CSTDCS", { pct: pctOf(ctx.settings["quota.cstdcs"]) });
  if (id === "Q_HTXS_UNITS")
    return say("RENDER_QUOTA_Q_HTXS_UNITS", { pct: pctOf(ctx.settings["quota.htxs"]) });
  // never the identifier on paper (criteria.md §7): the control's short label from the rule set
  return ctx.short?.(id) ?? say("RENDER_QUOTA_OTHER");
}

function scopeLabel(say: Say, q: QuotaResult): string {
  const scope = q.scope === "workbook" ? say("RENDER_QUOTA_SCOPE_WORKBOOK") : q.scope;
  return q.informational ? say("RENDER_QUOTA_INFORMATIONAL", { scope }) : scope;
}

function verdictOf(say: Say, q: QuotaResult): string {
  return say(
    q.ok === true
      ? "RENDER_QUOTA_OK"
      : q.ok === false
        ? "RENDER_QUOTA_EXCEEDED"
        : "RENDER_QUOTA_UNDECIDED"
  );
}

/** Controls that are ratios with a limit, in the scope in force: Q_PROPOSED and a switched-off Q_CSTDCS are printed
 * as lines instead, and the other scope of Q_HTXS (informational) stays off paper (criteria.md §3). */
export function tableQuotas(quotas: readonly QuotaResult[]): QuotaResult[] {
  return quotas.filter(
    (q) => q.id !== "Q_PROPOSED" && !(q.id === "Q_CSTDCS" && q.limit === null) && !q.informational
  );
}

export function writeQuotas(page: SummaryPage, ctx: OverviewContext): void {
  const say = ctx.say;
  const qs = tableQuotas(ctx.review.quotas);
  if (qs.length) {
    page.blank();
    page.line(say("RENDER_QUOTAS"), font(13, { bold: true }));
    page.tableHeader([
      say("RENDER_SUM_COL_STT"),
      say("RENDER_QUOTA_COL_CONTROL"),
      say("RENDER_QUOTA_COL_LIMIT"),
      say("RENDER_QUOTA_COL_ACTUAL"),
      say("RENDER_QUOTA_COL_EXCESS"),
      say("RENDER_QUOTA_COL_OK"),
    ]);
    const ids = [...new Set(qs.map((q) => q.id))];
    const rows: CellValue[][] = [];
    const headings: number[] = [];
    ids.forEach((id, i) => {
      // binding scopes first, then those shown for information
      const scopes = qs
        .filter((q) => q.id === id)
        .sort((a, b) => Number(Boolean(a.informational)) - Number(Boolean(b.informational)));
      const numbers = (q: QuotaResult): CellValue[] => [
        q.limit,
        q.actual,
        q.excess,
        verdictOf(say, q),
      ];
      if (scopes.length === 1) {
        const q = scopes[0];
        const label = say("RENDER_QUOTA_WITH_SCOPE", {
          control: controlLabel(ctx, id),
          scope: scopeLabel(say, q),
        });
        rows.push([i + 1, label, ...numbers(q)]);
        return;
      }
      headings.push(rows.length);
      rows.push([i + 1, controlLabel(ctx, id), null, null, null, null]);
      const item = (q: QuotaResult, label: string): CellValue[] => [
        null,
        say("RENDER_QUOTA_SCOPE_ITEM", { scope: label }),
        ...numbers(q),
      ];
      for (const q of scopes.filter((x) => !x.informational))
        rows.push(item(q, scopeLabel(say, q)));
      const info = scopes.filter((q) => q.informational);
      if (info.length === 1) rows.push(item(info[0], scopeLabel(say, info[0])));
      else if (info.length > 1) {
        // the unit breakdown shown for information: one "(tham khảo)" heading, not one per row
        headings.push(rows.length);
        rows.push([null, say("RENDER_QUOTA_INFORMATIONAL_HEADING"), null, null, null, null]);
        for (const q of info)
          rows.push(item(q, q.scope === "workbook" ? say("RENDER_QUOTA_SCOPE_WORKBOOK") : q.scope));
      }
    });
    const { first } = page.tableBody(rows);
    const cols = page.cols;
    for (const h of headings) {
      const r = first + h;
      const control = rows[h][0] !== null;
      // the label's own widening (seven columns) gives way to the heading's merge over the whole row
      const own = page.b.merges.findIndex((m) => m.top === r && m.left === 2);
      if (own >= 0) page.b.merges.splice(own, 1);
      page.b.merge(r, 2, r, cols);
      page.b.refit(r, page.widths, [1, cols - 1], { size: 12, bold: control });
      page.b.style(
        r,
        2,
        r,
        cols,
        font(12, { bold: control, italic: !control, border: true, wrap: true, vAlign: "top" })
      );
    }
  }
  const proposed = ctx.review.quotas.find((q) => q.id === "Q_PROPOSED");
  const cstdcs = ctx.review.quotas.find((q) => q.id === "Q_CSTDCS" && q.limit === null);
  if (proposed || cstdcs) page.blank();
  if (proposed)
    page.line(
      say("RENDER_PROPOSED_NOT_ELIGIBLE", { count: proposed.actual }),
      font(12, { bold: true })
    );
  if (cstdcs) {
    const ldtt = ctx.review.individuals.filter((r) => r.titles.LDTT === "eligible").length;
    const share = ldtt > 0 ? Math.round((cstdcs.actual * 1000) / ldtt) / 10 : 0;
    page.line(
      say("RENDER_CSTDCS_SHARE", {
        cstdcs: cstdcs.actual,
        ldtt,
        pct: new Intl.NumberFormat(ctx.say("RENDER_NUMBER_LOCALE")).format(share),
      }),
      font(12, { italic: true })
    );
  }
}
