/**
 * The summary sheet "Đề xuất khen thưởng": the council's printout (spec/workbook.md item 3, Nghị định 30/2020).
 *
 * Layout, six columns (STT, name, position, unit, result, note) from A1:
 * header block (parent body + agency | national motto), number and date line, title, reference line; the overview
 * (counts by title, counts by unit, quota controls, proposals not eligible — summary-overview.ts); a page break; the
 * lists' column-title row, repeated at the top of every later page; part A, part B, (part C: proposals outside the
 * rule set); "Chưa kiểm tra: …"; then "Nơi nhận" beside the signature block.
 * Column widths and orientation: summary-widths.ts. Row heights: text-fit.ts.
 * Decision: "Chưa kiểm tra: …" follows the lists (criteria.md §0: "under its lists"), right before the signature.
 */
import type { CellValue } from "../grid";
import type { Msg, ReadResult } from "../records";
import type { Finding, Review } from "../review";
import type { Settings } from "../settings";
import { fieldLabel, titleFull, verdictLabel, type Say } from "./labels";
import { Orderer } from "./order";
import type { PageSetup } from "./plan";
import type { SheetBuilder } from "./sheet-builder";
import { font } from "./style";
import {
  PART_A,
  PART_B,
  buildSection,
  isUnitTitle,
  otherProposals,
  type OtherProposal,
  type Row,
  type TitleSection,
} from "./summary-lists";
import { writeCounts, writeQuotas } from "./summary-overview";
import { SummaryPage } from "./summary-page";
import { fitColumns, pairSplit } from "./summary-widths";
import { widthFor } from "./text-fit";

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
  constructor(
    private readonly ctx: SummaryContext,
    readonly page: SummaryPage
  ) {}

  private get say(): Say {
    return this.ctx.say;
  }

  private get b(): SheetBuilder {
    return this.page.b;
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

  header(): void {
    const p = this.ctx.settings.print;
    const say = this.say;
    this.page.pair(
      p.parent,
      say("RENDER_MOTTO_1"),
      font(13, { hAlign: "center", wrap: true }),
      font(12, { bold: true, hAlign: "center", wrap: true })
    );
    this.page.pair(
      p.agency,
      say("RENDER_MOTTO_2"),
      font(13, { bold: true, underline: true, hAlign: "center", wrap: true }),
      font(13, { bold: true, underline: true, hAlign: "center" })
    );
    this.b.row();
    const d = dateParts(p.date);
    this.page.pair(
      say("RENDER_NUMBER_LINE", { number: p.number.trim() || "…/…" }),
      say("RENDER_DATE_LINE", { place: p.place, ...d }),
      font(13, { hAlign: "center" }),
      font(13, { italic: true, hAlign: "center" })
    );
    this.b.row();
    this.page.line(
      say("RENDER_SUMMARY_TITLE", { year: this.ctx.settings.year }),
      font(14, { bold: true, hAlign: "center", wrap: true })
    );
    this.page.line(
      say("RENDER_SUMMARY_REFERENCE", { ruleSet: this.ctx.ruleSetTitle }),
      font(13, { italic: true, hAlign: "center", wrap: true })
    );
  }

  /** The lists' column-title row: the print title repeated on every page of the lists. */
  columnTitles(): number {
    const say = this.say;
    return this.page.tableHeader([
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
    this.page.line(
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
      this.page.line(say("RENDER_LIST_NONE"), font(12, { italic: true }));
      return;
    }
    shown.forEach((l, i) => {
      this.page.line(
        `${LETTERS[i]}) ${say(l.key, { count: l.rows.length })}`,
        font(12, { bold: true, italic: true })
      );
      const proposal = (r: Row): string => {
        const p = r.proposals.find((x) => x.title === s.title);
        return verdictLabel(say, p ? p.verdict : "eligible");
      };
      this.page.tableBody(this.listRows(l.rows, proposal, l.note), 5, 5);
    });
  }

  other(others: readonly OtherProposal[]): void {
    if (!others.length) return;
    this.page.line(this.say("RENDER_PART_OTHER"), font(13, { bold: true }));
    this.page.tableBody(
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
      this.page.line(
        this.say("RENDER_NOT_CHECKED", { items: items.join("; ") }),
        font(12, { italic: true, wrap: true })
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
      this.page.pair(
        left,
        right,
        k === 0 ? font(12, { bold: true, italic: true }) : font(11, { numFmt: "@" }),
        font(13, { bold: true, hAlign: "center" })
      );
    }
  }
}

/** Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm (in inches, OOXML's unit). */
const MARGINS = { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 };

export function renderSummary(ctx: SummaryContext): SummaryLayout {
  const say = ctx.say;
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
  const others = noProp ? [] : otherProposals([...units, ...individuals]);

  const listed: Row[] = others.map((o) => o.row);
  const results = new Set<string>();
  const noteTexts: string[] = others.map((o) => o.title);
  if (others.length) results.add(verdictLabel(say, "not_evaluated"));
  for (const s of [...partA, ...partB]) {
    listed.push(
      ...s.eligible,
      ...s.notEligible,
      ...s.needsInfo,
      ...s.notEvaluated,
      ...s.notProposed
    );
    if (s.eligible.length || s.notProposed.length) results.add(verdictLabel(say, "eligible"));
    if (s.notEligible.length) results.add(verdictLabel(say, "not_eligible"));
    if (s.needsInfo.length) results.add(verdictLabel(say, "needs_info"));
    if (s.notEvaluated.length) results.add(verdictLabel(say, "not_evaluated"));
    for (const r of [...s.notEligible, ...s.needsInfo, ...s.notEvaluated])
      for (const f of r.findings)
        if ((f.titles as string[]).includes(s.title)) noteTexts.push(ctx.text(f.msg));
  }
  const headers = [
    say("RENDER_SUM_COL_STT"),
    say("RENDER_SUM_COL_NAME"),
    say("RENDER_SUM_COL_POSITION"),
    say("RENDER_SUM_COL_UNIT"),
    say("RENDER_SUM_COL_RESULT"),
    say("RENDER_SUM_COL_NOTE"),
  ];
  const { widths, orientation } = fitColumns(
    {
      headers,
      names: listed.map(rowName),
      positions: listed.map(rowPosition),
      units: listed.map(rowUnit),
      results,
      notes: noteTexts,
    },
    MARGINS.left,
    MARGINS.right
  );
  const p = ctx.settings.print;
  const rightNeed = Math.max(
    widthFor(say("RENDER_MOTTO_1"), 12, true),
    widthFor(say("RENDER_MOTTO_2"), 13, true),
    widthFor(say("RENDER_DATE_LINE", { place: p.place, ...dateParts(p.date) }), 13),
    widthFor(p.signerTitle, 13, true),
    widthFor(p.signerName, 13, true)
  );

  const page = new SummaryPage(widths, pairSplit(widths, rightNeed));
  const w = new SummaryWriter(ctx, page);
  w.header();
  const overview = { read: ctx.read, review: ctx.review, settings: ctx.settings, say, orderer };
  writeCounts(page, overview, [...partA, ...partB], noProp);
  writeQuotas(page, overview);
  const overviewEnd = page.b.lastRow;
  const titleRow = w.columnTitles();
  for (const [heading, part] of [
    ["RENDER_PART_A", partA],
    ["RENDER_PART_B", partB],
  ] as const) {
    page.line(say(heading), font(13, { bold: true }));
    part.forEach((s, i) => w.section(i, s, noProp));
  }
  w.other(others);
  w.notChecked();
  w.signature();

  const b = page.b;
  b.styles.unshift({ range: `A1:F${b.lastRow}`, style: font(12, { vAlign: "top" }) });
  return {
    builder: b,
    widths,
    pageSetup: {
      paper: "A4",
      orientation,
      printTitleRows: `${titleRow}:${titleRow}`,
      printArea: `A1:F${b.lastRow}`,
      fitToWidth: 1,
      fitToHeight: 0,
      rowBreaks: [overviewEnd],
      pageNumberTopFromPage2: true,
      gridlines: false,
      margins: { ...MARGINS },
    },
  };
}
