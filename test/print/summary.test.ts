/**
 * The summary sheet on paper (spec/workbook.md item 3, Nghị định 30/2020): the sample workbook and a 2,000-person one
 * are checked, only "Đề xuất khen thưởng" is printed to PDF with LibreOffice, and the PDF is read back with poppler.
 */
import { join } from "node:path";
import type { CheckOutput } from "../../src/core/check";
import { validCheck } from "../support/schema";
import { SHEET_NAMES } from "../../src/core/render/constants";
import { writeCheckedBytes } from "../../src/xlsx/check-file";
import { sheetInfo } from "../../src/xlsx/owned";
import { loadWorkbook } from "../../src/xlsx/read";
import { makeSampleWorkbook } from "../../src/xlsx/sample";
import {
  describePrint,
  onlySheet,
  OUT,
  pageOnePng,
  pageSizes,
  pageTexts,
  printToPdf,
  squash,
  words,
  type Word,
} from "./util";

const A4 = { short: 595, long: 842 };
/** Nghị định 30/2020 side margins the summary sets: left 30 mm, right 15 mm, in points. */
const LEFT_MM_PT = (30 * 72) / 25.4;
const RIGHT_MM_PT = (15 * 72) / 25.4;
const COLUMN_TITLES = [
  "STT",
  "Họ và tên / Tên tập thể",
  "Chức vụ",
  "Đơn vị",
  "Kết quả rà soát",
  "Ghi chú",
];
/** Parts A then B, in the order the count table lists them (spec/workbook.md item 3). */
const TITLES = [
  "TTLDTT",
  "GK_TT",
  "CSTDCS",
  "LDTT",
  "GK",
  "TTLDXS",
  "BK_TT",
  "CSTD_TINH",
  "BK_TINH",
];
const UNIT_TITLES = ["TTLDTT", "GK_TT", "TTLDXS", "BK_TT"];
/** What a reader of the paper must never see (criteria.md §7): identifiers and plan codes standing as codes. */
const IDENTIFIER = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/;
const PLAN_CODE = /\b(I[1-6]H?|C[1-6])\b/;

interface Printed {
  check: CheckOutput;
  /** The checked workbook as written (its result blocks). */
  written: Uint8Array;
  pdf: string;
  pages: string[];
  words: Word[];
  seconds: number;
}

async function printSummary(name: string, people?: number): Promise<Printed> {
  const started = Date.now();
  const bytes = await makeSampleWorkbook(people ? { people } : {});
  const loaded = await loadWorkbook(bytes, { file: `${name}.xlsx` });
  const check = validCheck({
    grid: loaded.grid,
    file: `${name}.xlsx`,
    sheetInfo: sheetInfo(loaded),
  });
  const written = await writeCheckedBytes(loaded, check.plan, "vi");
  const summary = await onlySheet(written.bytes, SHEET_NAMES.summary);
  const pdf = printToPdf(summary, join(OUT, name), name);
  return {
    check,
    written: written.bytes,
    pdf,
    pages: pageTexts(pdf),
    words: words(pdf),
    seconds: (Date.now() - started) / 1000,
  };
}

/** The column-title row as one printed line: all six titles, left to right. */
const TITLE_LINE = new RegExp(
  COLUMN_TITLES.map((t) => t.replace(/[/]/g, "\\/").replace(/ /g, "\\s+")).join("\\s+")
);

interface CountTable {
  /** "STT label n n n n" rows. */
  numbered: number[][];
  /** "- đơn vị đề nghị" / "- theo đề nghị cao hơn" rows under a title: [kind, n n n n]. */
  sub: [string, ...number[]][];
  /** "Tổng cộng …" rows by their label. */
  totals: Record<string, number[]>;
}

/** The table under `heading`, read from the printed lines, up to the next heading in capitals. */
function countTable(pages: string[], heading: string): CountTable {
  const lines = pages.join("\n").split("\n");
  const start = lines.findIndex((l) => l.includes(heading));
  if (start < 0) throw new Error(`no "${heading}" in the PDF`);
  const t: CountTable = { numbered: [], sub: [], totals: {} };
  const nums = String.raw`\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$`;
  for (const line of lines.slice(start + 1)) {
    if (/^\s*(TỔNG HỢP|KIỂM SOÁT|Đề nghị chưa đủ|A\. DANH)/.test(line)) break;
    const total = new RegExp(String.raw`^\s*(Tổng cộng(?: cá nhân| tập thể)?)` + nums).exec(line);
    if (total) {
      t.totals[total[1]] = total.slice(2).map(Number);
      continue;
    }
    const sub = new RegExp(String.raw`^\s*- (đơn vị đề nghị|theo đề nghị cao hơn)` + nums).exec(
      line
    );
    if (sub) {
      t.sub.push([sub[1] === "đơn vị đề nghị" ? "direct" : "carried", ...sub.slice(2).map(Number)]);
      continue;
    }
    const m = new RegExp(String.raw`^\s*(\d+)\s+\S.*?` + nums).exec(line);
    if (m) t.numbered.push(m.slice(1).map(Number));
  }
  return t;
}

type Verdicts = { verdict: string; carriedFrom?: string }[];
const tally = (v: Verdicts): number[] => [
  v.length,
  v.filter((p) => p.verdict === "eligible").length,
  v.filter((p) => p.verdict === "not_eligible").length,
  v.filter((p) => p.verdict === "needs_info").length,
];

/** The report's entries of each title's lists — proposed and carried — as the count table must print them. */
function expectedTitleCounts(check: CheckOutput) {
  const rows = [...check.report.units, ...check.report.individuals];
  const people = [0, 0, 0, 0];
  const units = [0, 0, 0, 0];
  const sub: [string, ...number[]][] = [];
  const numbered = TITLES.map((title, i) => {
    const entries = rows.flatMap((r) => r.proposals.filter((p) => p.title === title));
    const c = tally(entries);
    const sum = UNIT_TITLES.includes(title) ? units : people;
    c.forEach((n, k) => (sum[k] += n));
    const carried = entries.filter((p) => p.carriedFrom);
    if (carried.length) {
      sub.push(["direct", ...tally(entries.filter((p) => !p.carriedFrom))]);
      sub.push(["carried", ...tally(carried)]);
    }
    return [i + 1, ...c];
  });
  return { numbered, sub, people, units };
}

for (const [name, people] of [
  ["mau-thi-dua-2025", undefined],
  ["mau-2000-nguoi", 2000],
] as const) {
  describePrint(`printed summary of ${name} (spec/workbook.md item 3)`, () => {
    let printed: Printed;
    beforeAll(async () => {
      printed = await printSummary(name, people);
      console.log(
        `${name}: ${printed.pages.length} pages of the summary, checked and printed in ${printed.seconds.toFixed(1)} s`
      );
      if (!people) pageOnePng(printed.pdf, join(OUT, "summary-page1.png"));
    }, 120_000);

    it("prints every page on A4, either way round", () => {
      const sizes = pageSizes(printed.pdf);
      expect(sizes.length).toBe(printed.pages.length);
      for (const s of sizes) {
        const [short, long] = [Math.min(s.width, s.height), Math.max(s.width, s.height)];
        expect([Math.round(short), Math.round(long)]).toEqual([A4.short, A4.long]);
      }
    });

    it("repeats the lists' column-title row, with all six titles, at the top of every page of the lists", () => {
      const first = printed.pages.findIndex((p) => TITLE_LINE.test(p));
      expect(first).toBeGreaterThan(0); // the overview comes first, without the lists' titles above it
      for (const page of printed.pages.slice(first)) {
        const top = page
          .split("\n")
          .filter((l) => l.trim())
          .slice(0, 3)
          .join("\n");
        expect(top).toMatch(TITLE_LINE);
      }
      for (const page of printed.pages.slice(0, first)) expect(page).not.toMatch(TITLE_LINE);
    });

    it("keeps every word inside the side margins (nothing cut at the right edge, one page wide)", () => {
      expect(printed.words.length).toBeGreaterThan(100);
      const outside = printed.words.filter(
        (w) => w.xMax > w.pageWidth - RIGHT_MM_PT + 2 || w.xMin < LEFT_MM_PT - 2
      );
      expect(outside.map((w) => `${w.page}: ${w.text}`)).toEqual([]);
    });

    it("prints the right-most column: the reasons of the proposals that are not eligible, each named by its short label", () => {
      const text = squash(printed.pages.join(" "));
      const codes = printed.check.report.codes;
      const reasons = printed.check.report.individuals
        .filter((r) => r.proposals.some((p) => p.verdict === "not_eligible"))
        .flatMap((r) => r.findings.filter((f) => f.decides && f.verdict === "gap"))
        // the review sheet's "I1 — Xếp loại “…” (ô F12) …" is "Xếp loại — Xếp loại “…” …" on paper
        .map((f) => `${codes[f.code].label} — `);
      expect(reasons.length).toBeGreaterThan(0);
      for (const r of reasons) expect(text).toContain(r);
    });

    it("prints no identifier, plan code, cell address, symbol or mention of software (criteria.md §7)", () => {
      const text = printed.pages.join("\n");
      expect(text).not.toMatch(IDENTIFIER);
      expect(text).not.toMatch(PLAN_CODE);
      expect(text).not.toMatch(/\bô [A-Z]{1,3}\d+/);
      expect(text).not.toMatch(/[✓✗]/u);
      expect(text).not.toContain("phần mềm");
    });

    it("writes the result blocks' 'Tiêu chí chưa đạt' and 'Ghi chú rà soát' without identifiers, cells or software", async () => {
      const { grid } = await loadWorkbook(printed.written);
      let cells = 0;
      for (const sheet of grid.sheets) {
        const header = sheet.values.findIndex((r) => r.includes("Tiêu chí chưa đạt"));
        if (header < 0) continue;
        const codesCol = sheet.values[header].indexOf("Tiêu chí chưa đạt");
        const notesCol = sheet.values[header].indexOf("Ghi chú rà soát");
        expect(notesCol).toBe(codesCol + 1);
        for (const row of sheet.values.slice(header + 1))
          for (const v of [row[codesCol], row[notesCol]]) {
            if (typeof v !== "string" || !v) continue;
            cells++;
            expect(v).not.toMatch(IDENTIFIER);
            expect(v).not.toMatch(PLAN_CODE);
            expect(v).not.toMatch(/\bô [A-Z]{1,3}\d+/);
            expect(v).not.toContain("phần mềm");
          }
      }
      expect(cells).toBeGreaterThan(20);
    });

    it("heads the page for the council that signs it, with the council's number symbol", () => {
      const text = squash(printed.pages[0]);
      expect(text).toContain("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
      expect(text).toContain("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG");
      expect(text).toContain("Số: …/DS-HĐTĐKT");
      expect(text).not.toContain("UBND THÀNH PHỐ CẦN THƠ");
    });

    it("puts the eligible-but-not-proposed annex after the signature, under its own heading", () => {
      const text = squash(printed.pages.join(" "));
      const annex = text.indexOf("PHỤ LỤC: ĐỦ ĐIỀU KIỆN NHƯNG CHƯA ĐƯỢC ĐỀ NGHỊ");
      expect(annex).toBeGreaterThan(text.lastIndexOf("Nơi nhận:"));
      expect(text.slice(0, annex)).not.toContain("chưa được đề nghị (");
    });

    it("prints the Vietnamese headings and every proposed person's name with its diacritics", () => {
      const text = squash(printed.pages.join(" "));
      for (const heading of [
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "DANH SÁCH ĐỀ XUẤT KHEN THƯỞNG NĂM 2025",
        "TỔNG HỢP THEO DANH HIỆU, HÌNH THỨC",
        "TỔNG HỢP THEO ĐƠN VỊ",
        "KIỂM SOÁT TỶ LỆ",
        "A. DANH HIỆU, HÌNH THỨC KHEN THƯỞNG THUỘC THẨM QUYỀN GIÁM ĐỐC SỞ",
        "Chiến sĩ thi đua cơ sở",
        "Nơi nhận:",
        "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
      ])
        expect(text).toContain(heading);
      const names = printed.check.report.individuals
        .filter((r) => r.proposals.length > 0)
        .map((r) => r.name);
      expect(names.length).toBeGreaterThan(50);
      const missing = names.filter((n) => !text.includes(n));
      expect(missing).toEqual([]);
    });

    it("prints the report's counts by title including carried titles, both numbers, and totals for people and collectives apart", () => {
      const expected = expectedTitleCounts(printed.check);
      const table = countTable(printed.pages, "TỔNG HỢP THEO DANH HIỆU, HÌNH THỨC");
      expect(table.numbered).toEqual(expected.numbered);
      expect(table.sub).toEqual(expected.sub);
      expect(expected.sub.some(([kind, n]) => kind === "carried" && n > 0)).toBe(true);
      expect(table.totals).toEqual({
        "Tổng cộng cá nhân": expected.people,
        "Tổng cộng tập thể": expected.units,
      });
    });

    it("counts by unit with people and collectives in separate columns, totalled apart", () => {
      const expected = expectedTitleCounts(printed.check);
      const byUnit = countTable(printed.pages, "TỔNG HỢP THEO ĐƠN VỊ");
      expect(byUnit.totals["Tổng cộng"]).toEqual([
        expected.people[0],
        expected.people[1],
        expected.units[0],
        expected.units[1],
      ]);
    });

    it("prints the proposals not eligible as the report counts them (proposed titles only)", () => {
      const q = printed.check.report.quotas.find((x) => x.id === "Q_PROPOSED");
      const rows = [...printed.check.report.units, ...printed.check.report.individuals];
      const notEligible = rows.flatMap((r) =>
        r.proposals.filter((p) => !p.carriedFrom && p.verdict === "not_eligible")
      ).length;
      expect(q?.actual).toBe(notEligible);
      expect(squash(printed.pages.join(" "))).toContain(`Đề nghị chưa đủ điều kiện: ${q?.actual}`);
    });

    it("prints the agency's HTXSNV quota in the scope in force with the report's limit and count, and no unit breakdown", () => {
      const q = printed.check.report.quotas.find(
        (x) => x.id === "Q_HTXS" && x.scope === "workbook"
      );
      const line = printed.pages
        .join("\n")
        .split("\n")
        .find((l) => l.includes("Số xếp loại HTXSNV"));
      const m = /(\d+)\s+(\d+)\s+(\d+)\s+(Đạt|Vượt tỷ lệ|Chưa xác định)\s*$/.exec(line ?? "");
      expect(m?.slice(1, 4).map(Number)).toEqual([q?.limit, q?.actual, q?.excess]);
      const text = squash(printed.pages.join(" "));
      expect(text).not.toContain("(tham khảo)");
      expect(text).not.toContain("Để tham khảo, theo từng đơn vị");
    });
  });
}
