/**
 * The summary sheet "Đề xuất khen thưởng": the council's printout (spec/workbook.md item 3, Nghị định 30/2020).
 *
 * Layout, six columns (STT, name, position, unit, result, note; a seventh, "Tỷ lệ phiếu", before the note when a
 * checked sheet has a vote column, criteria.md §5.11) from A1:
 * header block (parent body + issuing body, following the signer: header.ts | national motto), number and date
 * line, title, "(Kèm theo …)", reference line; the overview (counts by title, counts by unit, quota controls,
 * proposals not eligible — summary-overview.ts); a page break; the lists' column-title row, repeated at the top of
 * every later page; part A, part B, (part C: proposals outside the rule set), each title's lists followed by its own
 * "Chưa kiểm tra: …" line; "Chưa kiểm tra: …" for the whole workbook; "Nơi nhận" beside the signature block; then,
 * after a page break, the annex "Đủ điều kiện nhưng chưa được đề nghị", which is not part of what is signed.
 * Column widths and orientation: summary-widths.ts. Row heights: text-fit.ts.
 *
 * The register of a document for signature: results in words, notes in plain sentences that name each criterion by
 * its short label and its source (plain.ts) — no identifiers, no cell addresses, no symbols.
 *
 * Decisions where the spec is silent:
 * - "Chưa kiểm tra: …" follows the lists (criteria.md §0: "under its lists"): under each title whose lists are not
 *   empty, for the skipped criteria among its terms and those of the titles it requires; and once for the workbook
 *   right before the signature.
 * - A carried entry's note (criteria.md §2): "Đơn vị đề nghị <higher>." — or, when the carried title is eligible and
 *   the higher one is not, "Đề nghị <higher> chưa đủ điều kiện." ("… cần bổ sung thông tin." when it needs
 *   information).
 * - A head of unit whose CSTĐCS rests on the unit's TTLĐXS (evaluate's note CSTDCS_IF_TTLDXS, on the titles it
 *   names) gets the note "khi đơn vị được tặng Tập thể lao động xuất sắc" in those titles' lists (criteria.md §5.10).
 * - The vote column prints the vote cell as written; with a separate total-votes column, "votes/total".
 */
import type { CellValue } from "../grid";
import type { RuleFindingCode } from "../i18n/codes";
import { localityParams } from "../locality";
import type { Msg, ReadResult } from "../records";
import type { Finding, Review } from "../review";
import type { Settings } from "../settings";
import { headerLines, numberText } from "./header";
import { fieldLabel, titleFull, verdictLabel, type Say } from "./labels";
import { Orderer } from "./order";
import { plainFor, type Plain } from "./plain";
import type { PageSetup } from "./plan";
import type { SheetBuilder } from "./sheet-builder";
import { font } from "./style";
import {
  PART_A,
  PART_B,
  buildSection,
  entryOf,
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
  /** Plain sentences of the findings; built from `text` and the default rule set when absent. */
  plain?: Plain;
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

/** The head-of-unit note (findings.ts headConditional): the lists print it beside the name. */
const HEAD_CONDITIONAL = "CSTDCS_IF_TTLDXS" satisfies RuleFindingCode;

class SummaryWriter {
  private readonly noteCache = new Map<Row, Map<string, string>>();
  readonly plain: Plain;
  readonly hasVote: boolean;

  constructor(
    private readonly ctx: SummaryContext,
    readonly say: Say
  ) {
    this.plain =
      ctx.plain ??
      plainFor(ctx.settings, say("RENDER_NUMBER_LOCALE") === "en" ? "en" : "vi", ctx.text);
    this.hasVote = ctx.read.sheets.some((sh) => sh.role !== "ignored" && sh.mapping.vote);
  }

  page!: SummaryPage;

  private get b(): SheetBuilder {
    return this.page.b;
  }

  headers(): string[] {
    const say = this.say;
    return [
      say("RENDER_SUM_COL_STT"),
      say("RENDER_SUM_COL_NAME"),
      say("RENDER_SUM_COL_POSITION"),
      say("RENDER_SUM_COL_UNIT"),
      say("RENDER_SUM_COL_RESULT"),
      ...(this.hasVote ? [say("RENDER_SUM_COL_VOTE")] : []),
      say("RENDER_SUM_COL_NOTE"),
    ];
  }

  vote(r: Row): string {
    const rec = "position" in r ? this.ctx.read.individuals[r.index] : this.ctx.read.units[r.index];
    const v = rec?.cells.vote?.text.trim() ?? "";
    const total = rec?.cells.voteTotal?.text.trim() ?? "";
    return v && total ? `${v}/${total}` : v;
  }

  /** The note beside a row in a title's list: the ladder, the head's condition, the reasons (plain sentences). */
  note(r: Row, title: string): string {
    let byTitle = this.noteCache.get(r);
    if (!byTitle) {
      byTitle = new Map();
      this.noteCache.set(r, byTitle);
    }
    const known = byTitle.get(title);
    if (known !== undefined) return known;
    const say = this.say;
    const lines: string[] = [];
    const p = entryOf(r, title);
    const verdict = p ? p.verdict : (r.titles as Partial<Record<string, string>>)[title];
    if (p?.carriedFrom) {
      const higher = titleFull(say, p.carriedFrom);
      const hv = r.proposals.find((x) => x.title === p.carriedFrom && !x.carriedFrom)?.verdict;
      const key =
        p.verdict === "eligible" && hv === "not_eligible"
          ? "RENDER_NOTE_CARRIED_NOT_ELIGIBLE"
          : p.verdict === "eligible" && hv === "needs_info"
            ? "RENDER_NOTE_CARRIED_NEEDS_INFO"
            : "RENDER_NOTE_CARRIED";
      lines.push(say(key, { higher }));
    }
    // criteria.md §5.10: evaluate marks a head's CSTĐCS that rests on the unit's TTLĐXS (CSTDCS_IF_TTLDXS)
    if (
      verdict === "eligible" &&
      r.findings.some(
        (f) => f.code === HEAD_CONDITIONAL && (f.titles as readonly string[]).includes(title)
      )
    )
      lines.push(say("RENDER_NOTE_HEAD_CONDITIONAL"));
    if (verdict !== "eligible") {
      const relevant = (f: Finding): boolean =>
        (f.verdict === "gap" || f.verdict === "unknown") && (f.titles as string[]).includes(title);
      for (const f of r.findings) if (relevant(f)) lines.push(this.plain.finding(f));
    }
    const text = [...new Set(lines)].join("\n");
    byTitle.set(title, text);
    return text;
  }

  private listRows(rows: readonly Row[], title: string, result: (r: Row) => string): CellValue[][] {
    return rows.map((r, i) => [
      i + 1,
      rowName(r),
      rowPosition(r),
      rowUnit(r),
      result(r),
      ...(this.hasVote ? [this.vote(r) || null] : []),
      this.note(r, title) || null,
    ]);
  }

  header(): void {
    const settings = this.ctx.settings;
    const p = settings.print;
    const say = this.say;
    const { parent, agency } = headerLines(settings);
    this.page.pair(
      parent,
      say("RENDER_MOTTO_1"),
      font(13, { hAlign: "center", wrap: true }),
      font(12, { bold: true, hAlign: "center", wrap: true })
    );
    this.page.pair(
      agency,
      say("RENDER_MOTTO_2"),
      font(13, { bold: true, underline: true, hAlign: "center", wrap: true }),
      font(13, { bold: true, underline: true, hAlign: "center" })
    );
    this.b.row();
    const d = dateParts(p.date);
    this.page.pair(
      say("RENDER_NUMBER_LINE", { number: numberText(settings) }),
      say("RENDER_DATE_LINE", { place: p.place, ...d }),
      font(13, { hAlign: "center" }),
      font(13, { italic: true, hAlign: "center" })
    );
    this.b.row();
    this.page.line(
      say("RENDER_SUMMARY_TITLE", { year: settings.year }),
      font(14, { bold: true, hAlign: "center", wrap: true })
    );
    const attached = attachedText(p.attachedTo);
    if (attached)
      this.page.line(
        say("RENDER_ATTACHED_TO", { text: attached }),
        font(13, { italic: true, hAlign: "center", wrap: true })
      );
    this.page.line(
      say("RENDER_SUMMARY_REFERENCE", { ruleSet: this.ctx.ruleSetTitle }),
      font(13, { italic: true, hAlign: "center", wrap: true })
    );
  }

  /** The lists' column-title row: the print title repeated on every page of the lists. */
  columnTitles(): number {
    return this.page.tableHeader(this.headers());
  }

  private table(rows: readonly Row[], title: string): void {
    const say = this.say;
    const result = (r: Row): string => {
      const p = entryOf(r, title);
      return verdictLabel(say, p ? p.verdict : "eligible");
    };
    this.page.tableBody(this.listRows(rows, title, result), 5, this.hasVote ? 6 : 5);
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
    const lists: { key: string; rows: Row[] }[] = noProposalColumn
      ? [{ key: "RENDER_LIST_BY_RESULT", rows: s.eligible }]
      : [
          { key: "RENDER_LIST_ELIGIBLE", rows: s.eligible },
          { key: "RENDER_LIST_NOT_ELIGIBLE", rows: s.notEligible },
          { key: "RENDER_LIST_NEEDS_INFO", rows: s.needsInfo },
          { key: "RENDER_LIST_NOT_EVALUATED", rows: s.notEvaluated },
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
      this.table(l.rows, s.title);
    });
    this.notCheckedFor(s.title);
  }

  /** "Chưa kiểm tra: <label> — bảng không có cột này" once under the lists of a title it affects. */
  private notCheckedFor(title: string): void {
    const terms = new Set(this.plain.termsOf(title));
    const items: string[] = [];
    for (const sk of this.ctx.review.skipped) {
      if (!terms.has(sk.code)) continue;
      const label = this.plain.short(sk.code) ?? fieldLabel(this.say, sk.field);
      const item = this.say(
        sk.reason === "switched_off"
          ? "RENDER_LIST_SWITCHED_OFF_ITEM"
          : "RENDER_LIST_NOT_CHECKED_ITEM",
        { label }
      );
      if (!items.includes(item)) items.push(item);
    }
    if (items.length)
      this.page.line(
        this.say("RENDER_LIST_NOT_CHECKED", { items: items.join("; ") }),
        font(12, { italic: true, wrap: true })
      );
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
        ...(this.hasVote ? [this.vote(o.row) || null] : []),
        o.title,
      ]),
      5,
      this.hasVote ? 6 : 5
    );
  }

  notChecked(): void {
    const items: string[] = [];
    for (const s of this.ctx.review.skipped) {
      const label = this.plain.short(s.code) ?? fieldLabel(this.say, s.field);
      const item =
        s.reason === "switched_off"
          ? this.say("RENDER_NOT_CHECKED_OFF_ITEM", { label })
          : this.say("RENDER_NOT_CHECKED_ITEM", { label, field: fieldLabel(this.say, s.field) });
      if (!items.includes(item)) items.push(item);
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

  /** The annex after the signature: eligible but not proposed, per title, for information. Returns the row before
   * its heading (a page break goes there), or null when there is nothing to list. */
  annex(sections: readonly TitleSection[]): number | null {
    const listed = sections.filter((s) => s.notProposed.length);
    if (!listed.length) return null;
    const say = this.say;
    const before = this.b.lastRow;
    this.page.line(say("RENDER_ANNEX_HEADING"), font(13, { bold: true, hAlign: "center" }));
    this.page.line(say("RENDER_ANNEX_NOTE"), font(12, { italic: true, hAlign: "center" }));
    listed.forEach((s, i) => {
      this.page.line(
        say("RENDER_ANNEX_TITLE", {
          num: i + 1,
          title: titleFull(say, s.title),
          count: s.notProposed.length,
        }),
        font(12, { bold: true })
      );
      this.table(s.notProposed, s.title);
    });
    return before;
  }
}

/** "(Kèm theo …)" from print.attachedTo, whether or not the clerk wrote the words and brackets. */
function attachedText(raw: string): string {
  return raw
    .trim()
    .replace(/^\((.*)\)$/s, "$1")
    .replace(/^kèm theo\s*/iu, "")
    .trim();
}

/** Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm (in inches, OOXML's unit). */
const MARGINS = { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 };

export function renderSummary(ctx: SummaryContext): SummaryLayout {
  const loc = localityParams(ctx.settings);
  const say: Say = (key, params) => ctx.say(key, params ? { ...loc, ...params } : loc);
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
  const sections = [...partA, ...partB];
  const others = noProp ? [] : otherProposals([...units, ...individuals]);
  const w = new SummaryWriter(ctx, say);

  const listed: Row[] = others.map((o) => o.row);
  const results = new Set<string>();
  const noteTexts: string[] = others.map((o) => o.title);
  const votes: string[] = [];
  if (others.length) results.add(verdictLabel(say, "not_evaluated"));
  for (const s of sections) {
    const rows = [
      ...s.eligible,
      ...s.notEligible,
      ...s.needsInfo,
      ...s.notEvaluated,
      ...s.notProposed,
    ];
    listed.push(...rows);
    if (s.eligible.length || s.notProposed.length) results.add(verdictLabel(say, "eligible"));
    if (s.notEligible.length) results.add(verdictLabel(say, "not_eligible"));
    if (s.needsInfo.length) results.add(verdictLabel(say, "needs_info"));
    if (s.notEvaluated.length) results.add(verdictLabel(say, "not_evaluated"));
    for (const r of rows) {
      const n = w.note(r, s.title);
      if (n) noteTexts.push(n);
    }
  }
  if (w.hasVote) for (const r of listed) votes.push(w.vote(r));
  const headers = w.headers();
  const { widths, orientation } = fitColumns(
    {
      headers,
      names: listed.map(rowName),
      positions: listed.map(rowPosition),
      units: listed.map(rowUnit),
      results,
      ...(w.hasVote ? { votes } : {}),
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
  w.page = page;
  w.header();
  const overview = {
    read: ctx.read,
    review: ctx.review,
    settings: ctx.settings,
    say,
    orderer,
    short: w.plain.short,
  };
  writeCounts(page, overview, sections, noProp);
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
  const annexBreak = noProp ? null : w.annex(sections);

  const b = page.b;
  const last = `${String.fromCharCode(64 + page.cols)}${b.lastRow}`;
  b.styles.unshift({ range: `A1:${last}`, style: font(12, { vAlign: "top" }) });
  return {
    builder: b,
    widths,
    pageSetup: {
      paper: "A4",
      orientation,
      printTitleRows: `${titleRow}:${titleRow}`,
      printArea: `A1:${last}`,
      fitToWidth: 1,
      fitToHeight: 0,
      rowBreaks: annexBreak === null ? [overviewEnd] : [overviewEnd, annexBreak],
      pageNumberTopFromPage2: true,
      gridlines: false,
      margins: { ...MARGINS },
    },
  };
}
