/**
 * The summary sheet "Đề xuất khen thưởng": the council's printout (spec/workbook.md item 3, Nghị định 30/2020).
 *
 * Layout, six columns (STT, name, position, unit, result, note) from A1:
 * header block (parent body + agency | national motto), number and date line, title, reference line, one repeated
 * column-title row, part A, part B, (part C: proposals outside the rule set), "Chưa kiểm tra: …", counts by title,
 * counts by unit, quota controls, then "Nơi nhận" beside the signature block.
 * Column widths follow the content (within bounds); the page turns landscape when they add up to more than
 * PORTRAIT_MAX_MM, the width portrait A4 can take at a modest fit-to-width shrink.
 * Decision: counts by unit count the rows listed in parts A and B (proposals, or without a proposal column the rows
 * listed by eligibleUpTo); the information lists are not counted.
 */
import type { CellValue } from "../grid";
import type { Msg, ReadResult } from "../records";
import type { Finding, QuotaResult, Review } from "../review";
import type { Settings } from "../settings";
import { fieldLabel, titleFull, verdictLabel, type Say } from "./labels";
import { Orderer } from "./order";
import type { CellStyle, PageSetup } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import { HEADER_FILL, font, widthToMm } from "./style";
import {
  PART_A,
  PART_B,
  buildSection,
  emptyCounts,
  isUnitTitle,
  otherProposals,
  sectionCounts,
  type Counts,
  type Row,
  type TitleSection,
} from "./summary-lists";

export const PORTRAIT_MAX_MM = 180;
const COLS = 6;
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const LETTERS = "abcdefghij";

export interface SummaryContext {
  read: ReadResult;
  review: Review;
  settings: Settings;
  ruleSetTitle: string;
  say: Say;
  text: (msg: Msg) => string;
}

export interface SummaryLayout {
  builder: SheetBuilder;
  widths: number[];
  pageSetup: PageSetup;
}

const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));

function longest(texts: Iterable<string>): number {
  let n = 0;
  for (const t of texts) {
    if (t.length <= n) continue;
    if (t.indexOf("\n") < 0) n = t.length;
    else for (const line of t.split("\n")) n = Math.max(n, line.length);
  }
  return n;
}

function rowName(r: Row): string {
  return "name" in r ? r.name : (r.unit ?? "");
}

function rowPosition(r: Row): string {
  return "position" in r ? r.position : "";
}

function rowUnit(r: Row): string {
  return "position" in r ? (r.unit ?? "") : "";
}

/** "15 tháng 12 năm 2025" from print.date dd/mm/yyyy; dots to fill by hand otherwise. */
function dateParts(date: string): { day: string; month: string; year: string } {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(date);
  if (!m) return { day: "…", month: "…", year: "…" };
  return { day: m[1].padStart(2, "0"), month: m[2].padStart(2, "0"), year: m[3] };
}

class SummaryWriter {
  readonly b = new SheetBuilder(COLS);
  private readonly orderer: Orderer;

  constructor(
    private readonly ctx: SummaryContext,
    readonly widths: number[]
  ) {
    this.orderer = new Orderer(ctx.read, ctx.settings["summary.order"]);
  }

  private get say(): Say {
    return this.ctx.say;
  }

  /** A full-width line of text. */
  line(text: string, style: CellStyle): number {
    const r = this.b.row([text]);
    this.b.merge(r, 1, r, COLS);
    this.b.style(r, 1, r, COLS, style);
    this.b.fitHeight(r, this.widths, [COLS]);
    return r;
  }

  /** Two half-width cells: left over A:C, right over D:F. */
  pair(left: string | null, right: string | null, ls: CellStyle, rs: CellStyle): number {
    const r = this.b.row([left, null, null, right]);
    this.b.merge(r, 1, r, 3);
    this.b.merge(r, 4, r, COLS);
    if (left !== null) this.b.style(r, 1, r, 3, ls);
    if (right !== null) this.b.style(r, 4, r, COLS, rs);
    this.b.fitHeight(r, this.widths, [3, 0, 0, 3]);
    return r;
  }

  tableHeader(cells: string[]): number {
    const r = this.b.row(cells);
    this.b.style(
      r,
      1,
      r,
      COLS,
      font(12, {
        bold: true,
        fill: HEADER_FILL,
        border: true,
        wrap: true,
        hAlign: "center",
        vAlign: "middle",
      })
    );
    this.b.fitHeight(r, this.widths);
    return r;
  }

  /** Body rows of a table, styled as one block: STT and columns centreFrom..centreTo centred, the rest left. */
  tableBody(rows: CellValue[][], centreFrom = 3, centreTo = COLS): void {
    if (!rows.length) return;
    const first = this.b.nextRow;
    for (const cells of rows) this.b.fitHeight(this.b.row(cells), this.widths);
    const last = this.b.lastRow;
    const body = font(12, { border: true, wrap: true, vAlign: "top" });
    this.b.style(first, 1, last, COLS, body);
    this.b.style(first, 1, last, 1, { ...body, hAlign: "center" });
    this.b.style(first, centreFrom, last, centreTo, { ...body, hAlign: "center" });
  }

  private notes(r: Row, title: string): string {
    const relevant = (f: Finding): boolean =>
      (f.verdict === "gap" || f.verdict === "unknown") && (f.titles as string[]).includes(title);
    return r.findings
      .filter(relevant)
      .map((f) => this.ctx.text(f.msg))
      .join("\n");
  }

  private listRows(
    rows: readonly Row[],
    result: (r: Row) => string,
    note: (r: Row) => string
  ): CellValue[][] {
    return rows.map((r, i) => [
      i + 1,
      rowName(r),
      rowPosition(r),
      rowUnit(r),
      result(r),
      note(r) || null,
    ]);
  }

  header(): number {
    const p = this.ctx.settings.print;
    const say = this.say;
    this.pair(
      p.parent,
      say("RENDER_MOTTO_1"),
      font(13, { hAlign: "center", wrap: true }),
      font(12, { bold: true, hAlign: "center", wrap: true })
    );
    this.pair(
      p.agency,
      say("RENDER_MOTTO_2"),
      font(13, { bold: true, underline: true, hAlign: "center", wrap: true }),
      font(13, { bold: true, underline: true, hAlign: "center" })
    );
    this.b.row();
    const d = dateParts(p.date);
    this.pair(
      say("RENDER_NUMBER_LINE", { number: p.number.trim() || "…/…" }),
      say("RENDER_DATE_LINE", { place: p.place, ...d }),
      font(13, { hAlign: "center" }),
      font(13, { italic: true, hAlign: "center" })
    );
    this.b.row();
    this.line(
      say("RENDER_SUMMARY_TITLE", { year: this.ctx.settings.year }),
      font(14, { bold: true, hAlign: "center", wrap: true })
    );
    this.line(
      say("RENDER_SUMMARY_REFERENCE", { ruleSet: this.ctx.ruleSetTitle }),
      font(13, { italic: true, hAlign: "center", wrap: true })
    );
    this.b.row();
    return this.tableHeader([
      say("RENDER_SUM_COL_STT"),
      say("RENDER_SUM_COL_NAME"),
      say("RENDER_SUM_COL_POSITION"),
      say("RENDER_SUM_COL_UNIT"),
      say("RENDER_SUM_COL_RESULT"),
      say("RENDER_SUM_COL_NOTE"),
    ]);
  }

  section(num: number, s: TitleSection, noProposalColumn: boolean): void {
    const say = this.say;
    this.line(
      say("RENDER_TITLE_HEADING", {
        num: ROMAN[num] ?? String(num + 1),
        title: titleFull(say, s.title),
      }),
      font(12, { bold: true })
    );
    const lists: { key: string; rows: Row[]; note: (r: Row) => string }[] = noProposalColumn
      ? [{ key: "RENDER_LIST_BY_RESULT", rows: s.eligible, note: () => "" }]
      : [
          { key: "RENDER_LIST_ELIGIBLE", rows: s.eligible, note: () => "" },
          {
            key: "RENDER_LIST_NOT_ELIGIBLE",
            rows: s.notEligible,
            note: (r) => this.notes(r, s.title),
          },
          { key: "RENDER_LIST_NEEDS_INFO", rows: s.needsInfo, note: (r) => this.notes(r, s.title) },
          {
            key: "RENDER_LIST_NOT_EVALUATED",
            rows: s.notEvaluated,
            note: (r) => this.notes(r, s.title),
          },
          { key: "RENDER_LIST_NOT_PROPOSED", rows: s.notProposed, note: () => "" },
        ];
    const shown = lists.filter((l) => l.rows.length);
    if (!shown.length) {
      this.line(say("RENDER_LIST_NONE"), font(12, { italic: true }));
      return;
    }
    shown.forEach((l, i) => {
      this.line(
        `${LETTERS[i]}) ${say(l.key, { count: l.rows.length })}`,
        font(12, { bold: true, italic: true })
      );
      const proposal = (r: Row): string => {
        const p = r.proposals.find((x) => x.title === s.title);
        return verdictLabel(say, p ? p.verdict : "eligible");
      };
      this.tableBody(this.listRows(l.rows, proposal, l.note), 5, 5);
    });
  }

  other(rowsInOrder: readonly Row[]): void {
    const others = otherProposals(rowsInOrder);
    if (!others.length) return;
    this.line(this.say("RENDER_PART_OTHER"), font(13, { bold: true }));
    this.tableBody(
      others.map((o, i) => [
        i + 1,
        rowName(o.row),
        rowPosition(o.row),
        rowUnit(o.row),
        verdictLabel(this.say, "not_evaluated"),
        o.title,
      ]),
      5,
      5
    );
  }

  notChecked(): void {
    const seen = new Set<string>();
    const items: string[] = [];
    for (const s of this.ctx.review.skipped) {
      if (seen.has(s.code)) continue;
      seen.add(s.code);
      items.push(
        this.say("RENDER_NOT_CHECKED_ITEM", { code: s.code, field: fieldLabel(this.say, s.field) })
      );
    }
    if (items.length)
      this.line(
        this.say("RENDER_NOT_CHECKED", { items: items.join("; ") }),
        font(12, { italic: true, wrap: true })
      );
  }

  counts(sections: readonly TitleSection[], noProposalColumn: boolean): void {
    const say = this.say;
    this.b.row();
    this.line(say("RENDER_COUNTS_BY_TITLE"), font(13, { bold: true }));
    const countHeader = (label: string): number =>
      this.tableHeader([
        say("RENDER_SUM_COL_STT"),
        label,
        say("RENDER_COUNT_COL_PROPOSED"),
        say("RENDER_COUNT_COL_ELIGIBLE"),
        say("RENDER_COUNT_COL_NOT_ELIGIBLE"),
        say("RENDER_COUNT_COL_NEEDS_INFO"),
      ]);
    const countCells = (c: Counts): CellValue[] => [
      c.proposed,
      c.eligible,
      c.notEligible,
      c.needsInfo,
    ];
    countHeader(say("RENDER_COUNT_COL_TITLE"));
    this.tableBody(
      sections.map((s, i) => [
        i + 1,
        titleFull(say, s.title),
        ...countCells(sectionCounts(s, noProposalColumn)),
      ])
    );

    const byUnit = new Map<string, { name: string; rank: number; counts: Counts }>();
    const add = (r: Row, field: keyof Counts): void => {
      const unitKey =
        "position" in r
          ? (this.ctx.read.individuals[r.index]?.unitKey ?? null)
          : (this.ctx.read.units[r.index]?.unitKey ?? null);
      const name = r.unit ?? say("RENDER_NO_UNIT");
      const key = unitKey ?? r.unit ?? "";
      let e = byUnit.get(key);
      if (!e) {
        e = { name, rank: this.orderer.unitRank(unitKey, r.unit), counts: emptyCounts() };
        byUnit.set(key, e);
      }
      e.counts[field]++;
    };
    for (const s of sections) {
      for (const r of s.eligible) add(r, "eligible");
      for (const r of s.notEligible) add(r, "notEligible");
      for (const r of s.needsInfo) add(r, "needsInfo");
      if (!noProposalColumn)
        for (const r of [...s.eligible, ...s.notEligible, ...s.needsInfo, ...s.notEvaluated])
          add(r, "proposed");
    }
    if (!byUnit.size) return;
    this.b.row();
    this.line(say("RENDER_COUNTS_BY_UNIT"), font(13, { bold: true }));
    countHeader(say("RENDER_COUNT_COL_UNIT"));
    const units = [...byUnit.values()].sort((a, b) => a.rank - b.rank);
    this.tableBody(units.map((u, i) => [i + 1, u.name, ...countCells(u.counts)]));
  }

  private quotaLabel(q: QuotaResult): string {
    const say = this.say;
    const scope = q.scope === "workbook" ? say("RENDER_QUOTA_SCOPE_WORKBOOK") : q.scope;
    const pctOf = (v: number | "off"): number =>
      typeof v === "number" ? Math.round(v * 1000) / 10 : 0;
    const label =
      q.id === "Q_HTXS"
        ? say("RENDER_QUOTA_Q_HTXS", { pct: pctOf(this.ctx.settings["quota.htxs"]), scope })
        : q.id === "Q_CSTDCS"
          ? say("RENDER_QUOTA_Q_CSTDCS", { scope })
          : q.id === "Q_PROPOSED"
            ? say("RENDER_QUOTA_Q_PROPOSED", { scope })
            : say("RENDER_QUOTA_OTHER", { id: q.id, scope });
    return q.informational ? label + say("RENDER_QUOTA_INFORMATIONAL") : label;
  }

  quotas(): void {
    const qs = this.ctx.review.quotas;
    if (!qs.length) return;
    const say = this.say;
    this.b.row();
    this.line(say("RENDER_QUOTAS"), font(13, { bold: true }));
    this.tableHeader([
      say("RENDER_SUM_COL_STT"),
      say("RENDER_QUOTA_COL_CONTROL"),
      say("RENDER_QUOTA_COL_LIMIT"),
      say("RENDER_QUOTA_COL_ACTUAL"),
      say("RENDER_QUOTA_COL_EXCESS"),
      say("RENDER_QUOTA_COL_OK"),
    ]);
    this.tableBody(
      qs.map((q, i) => [
        i + 1,
        this.quotaLabel(q),
        q.limit,
        q.actual,
        q.excess,
        say(
          q.ok === true
            ? "RENDER_QUOTA_OK"
            : q.ok === false
              ? "RENDER_QUOTA_EXCEEDED"
              : "RENDER_QUOTA_UNDECIDED"
        ),
      ])
    );
  }

  signature(): void {
    const p = this.ctx.settings.print;
    const recipients = p.recipients.split("\n").filter((l) => l.trim());
    const titleLines = p.signerTitle.split("\n").filter((l) => l.trim());
    const nameRow = titleLines.length + 4;
    const rows = Math.max(1 + recipients.length, nameRow + 1);
    this.b.row();
    for (let k = 0; k < rows; k++) {
      const left = k === 0 ? this.say("RENDER_RECIPIENTS") : (recipients[k - 1] ?? null);
      const right =
        k < titleLines.length ? titleLines[k] : k === nameRow ? p.signerName || null : null;
      this.pair(
        left,
        right,
        k === 0 ? font(12, { bold: true, italic: true }) : font(11, { numFmt: "@" }),
        font(13, { bold: true, hAlign: "center" })
      );
    }
  }
}

/** Widths of the six columns from what they will hold. */
function columnWidths(rows: readonly Row[], notes: readonly string[]): number[] {
  const names = longest(rows.map(rowName));
  const positions = longest(rows.map(rowPosition));
  const units = longest(rows.map(rowUnit));
  const note = longest(notes);
  return [
    5,
    clamp(names + 2, 20, 32),
    clamp(positions + 2, 13, 22),
    clamp(units + 2, 16, 30),
    15,
    clamp(Math.ceil(note / 2), 16, 40),
  ];
}

export function renderSummary(ctx: SummaryContext): SummaryLayout {
  const orderer = new Orderer(ctx.read, ctx.settings["summary.order"]);
  const individuals = orderer.individuals(ctx.review.individuals);
  const units = orderer.units(ctx.review.units);
  const noProp = ctx.review.noProposalColumn;
  const make = (titles: typeof PART_A): TitleSection[] =>
    titles
      .map((t) => buildSection(t, isUnitTitle(t) ? units : individuals, noProp))
      .filter((s): s is TitleSection => s !== null);
  const partA = make(PART_A);
  const partB = make(PART_B);

  const listed: Row[] = [];
  const noteTexts: string[] = [];
  for (const s of [...partA, ...partB]) {
    listed.push(
      ...s.eligible,
      ...s.notEligible,
      ...s.needsInfo,
      ...s.notEvaluated,
      ...s.notProposed
    );
    for (const r of [...s.notEligible, ...s.needsInfo])
      for (const f of r.findings)
        if ((f.titles as string[]).includes(s.title)) noteTexts.push(ctx.text(f.msg));
  }
  const widths = columnWidths(listed, noteTexts);

  const w = new SummaryWriter(ctx, widths);
  const titleRow = w.header();
  for (const [heading, part] of [
    ["RENDER_PART_A", partA],
    ["RENDER_PART_B", partB],
  ] as const) {
    w.line(ctx.say(heading), font(13, { bold: true, wrap: true }));
    part.forEach((s, i) => w.section(i, s, noProp));
  }
  if (!noProp) w.other([...units, ...individuals]);
  w.notChecked();
  w.counts([...partA, ...partB], noProp);
  w.quotas();
  w.signature();

  const b = w.b;
  b.styles.unshift({ range: `A1:F${b.lastRow}`, style: font(12, { vAlign: "top" }) });
  const tableMm = widths.reduce((sum, x) => sum + widthToMm(x), 0);
  return {
    builder: b,
    widths,
    pageSetup: {
      paper: "A4",
      orientation: tableMm > PORTRAIT_MAX_MM ? "landscape" : "portrait",
      printTitleRows: `${titleRow}:${titleRow}`,
      printArea: `A1:F${b.lastRow}`,
      fitToWidth: 1,
      fitToHeight: 0,
      pageNumberTopFromPage2: true,
      gridlines: false,
      // Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm (in inches)
      margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 },
    },
  };
}
