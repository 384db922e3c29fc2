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
const TITLES = ["TTLDTT", "GK_TT", "CSTDCS", "LDTT", "GK", "TTLDXS", "CSTD_TINH", "BK_TINH"];

interface Printed {
  check: CheckOutput;
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

/** Rows "STT  label  n n n n" of the table under `heading`, up to its "Tổng cộng" row (included, STT 0). */
function countRows(pages: string[], heading: string): number[][] {
  const lines = pages.join("\n").split("\n");
  const start = lines.findIndex((l) => l.includes(heading));
  if (start < 0) throw new Error(`no "${heading}" in the PDF`);
  const rows: number[][] = [];
  for (const line of lines.slice(start + 1)) {
    const total = /^\s*Tổng cộng\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$/.exec(line);
    if (total) {
      rows.push([0, ...total.slice(1).map(Number)]);
      break;
    }
    const m = /^\s*(\d+)\s+\S.*?\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$/.exec(line);
    if (m) rows.push(m.slice(1).map(Number));
  }
  return rows;
}

function expectedTitleCounts(check: CheckOutput): number[][] {
  const rows = [...check.report.units, ...check.report.individuals];
  const total = [0, 0, 0, 0, 0];
  const out = TITLES.map((title, i) => {
    const verdicts = rows.flatMap((r) => r.proposals.filter((p) => p.title === title));
    const c = [
      i + 1,
      verdicts.length,
      verdicts.filter((p) => p.verdict === "eligible").length,
      verdicts.filter((p) => p.verdict === "not_eligible").length,
      verdicts.filter((p) => p.verdict === "needs_info").length,
    ];
    for (let k = 1; k < 5; k++) total[k] += c[k];
    return c;
  });
  return [...out, total];
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

    it("prints the right-most column: the reasons of the proposals that are not eligible", () => {
      const text = squash(printed.pages.join(" "));
      const reasons = printed.check.report.individuals
        .filter((r) => r.proposals.some((p) => p.verdict === "not_eligible"))
        .flatMap((r) => r.findings.filter((f) => f.decides && f.verdict === "gap"))
        .map((f) => f.message.split(" ").slice(0, 4).join(" "));
      expect(reasons.length).toBeGreaterThan(0);
      // the first words of each reason start its line in the note column
      for (const r of reasons) expect(text).toContain(r);
    });

    it("prints the Vietnamese headings and every proposed person's name with its diacritics", () => {
      const text = squash(printed.pages.join(" "));
      for (const heading of [
        "UBND THÀNH PHỐ CẦN THƠ",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
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

    it("prints the report's counts by title, their total and the proposals not eligible", () => {
      const expected = expectedTitleCounts(printed.check);
      expect(countRows(printed.pages, "TỔNG HỢP THEO DANH HIỆU, HÌNH THỨC")).toEqual(expected);
      const byUnit = countRows(printed.pages, "TỔNG HỢP THEO ĐƠN VỊ");
      expect(byUnit[byUnit.length - 1]).toEqual(expected[expected.length - 1]);
      const q = printed.check.report.quotas.find((x) => x.id === "Q_PROPOSED");
      expect(q?.actual).toBe(expected[expected.length - 1][3]);
      expect(squash(printed.pages.join(" "))).toContain(`Đề nghị chưa đủ điều kiện: ${q?.actual}`);
    });

    it("prints the agency's HTXSNV quota with the report's limit and count", () => {
      const q = printed.check.report.quotas.find(
        (x) => x.id === "Q_HTXS" && x.scope === "workbook"
      );
      const line = printed.pages
        .join("\n")
        .split("\n")
        .find((l) => /^\s*- Toàn cơ quan\s/.test(l));
      expect(
        line
          ?.trim()
          .split(/\s{2,}/)
          .slice(1, 4)
          .map(Number)
      ).toEqual([q?.limit, q?.actual, q?.excess]);
    });
  });
}
