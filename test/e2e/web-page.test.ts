/**
 * The standalone page in real Chromium: load a generated workbook, see the report's counts, change a mapping and a
 * setting, download and re-read the checked workbook, clear it, open the page from file://, screenshots of each step
 * in both languages, and the long tasks of a 10,000-row check.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { validCheck } from "../support/schema";
import type { Outcome } from "../../src/core/review";
import { loadWorkbook } from "../../src/xlsx/read";
import { sheetInfo } from "../../src/xlsx/owned";
import { makeSampleWorkbook } from "../../src/xlsx/sample";
import {
  buildWebPage,
  CHROMIUM,
  CHROMIUM_FLAGS,
  describeE2E,
  ensureDir,
  freshProfile,
  OUT,
  ROOT,
  SCREENSHOTS,
  serveFolder,
} from "./util";

const OUTCOMES: Outcome[] = ["eligible", "gaps", "needs_info", "not_checked"];
const E2E_DIR = join(OUT, "e2e");

async function reference(bytes: Uint8Array, overrides: Record<string, string> = {}) {
  const lw = await loadWorkbook(bytes, { file: "mau.xlsx" });
  return validCheck({ grid: lw.grid, overrides, file: "mau.xlsx", sheetInfo: sheetInfo(lw) });
}

/** The counts table "Cá nhân theo kết quả" / "Individuals by outcome", as numbers. */
async function shownOutcomes(page: Page, caption: string): Promise<Record<Outcome, number>> {
  const out = {} as Record<Outcome, number>;
  for (const o of OUTCOMES) {
    out[o] = Number(await page.getByTestId(`${caption}-${o}`).innerText());
  }
  return out;
}

async function openFile(page: Page, path: string) {
  await page.getByTestId("file-input").setInputFiles(path);
  await page
    .getByRole("heading", { name: "Các trang tính tìm thấy" })
    .waitFor({ timeout: 120_000 });
}

async function runAndWait(page: Page) {
  await page.getByRole("tab", { name: /Rà soát/ }).click();
  await page.getByRole("button", { name: "Rà soát", exact: true }).click();
  await page.getByRole("heading", { name: "Kết quả rà soát" }).waitFor({ timeout: 300_000 });
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

async function download(page: Page, name: string): Promise<Uint8Array> {
  const [dl] = await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    page.getByRole("button", { name: "Tải bảng tính đã rà soát" }).click(),
  ]);
  const path = join(E2E_DIR, name);
  await dl.saveAs(path);
  return new Uint8Array(readFileSync(path));
}

function blocks(names: { name: string; sheet: string | null }[]): (string | null)[] {
  return names.filter((n) => n.name === "_thidua_block").map((n) => n.sheet);
}

describeE2E("the standalone page in Chromium", () => {
  jest.setTimeout(900_000);
  let webDir = "";
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let context: BrowserContext;
  let samplePath = "";
  let sample: Uint8Array;

  beforeAll(async () => {
    ensureDir(SCREENSHOTS);
    ensureDir(E2E_DIR);
    webDir = await buildWebPage();
    server = await serveFolder(webDir);
    sample = await makeSampleWorkbook({ people: 150, units: 8 });
    samplePath = join(E2E_DIR, "mau-thi-dua.xlsx");
    writeFileSync(samplePath, sample);
    context = await chromium.launchPersistentContext(freshProfile(), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      acceptDownloads: true,
      viewport: { width: 1100, height: 900 },
    });
  }, 900_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it("shows the same counts as runCheck, follows a changed mapping and setting, downloads and clears", async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${server.url}index.html`);
    await shot(page, "1-mo-tep-vi");
    await openFile(page, samplePath);
    await shot(page, "2-bang-du-lieu-vi");

    const base = await reference(sample);
    await page.getByRole("tab", { name: /Tiêu chí/ }).click();
    await shot(page, "3-tieu-chi-vi");
    await runAndWait(page);
    await shot(page, "4-ket-qua-vi");
    expect(await shownOutcomes(page, "Cá nhân theo kết quả")).toEqual(base.report.totals.outcomes);
    expect(await shownOutcomes(page, "Tập thể theo kết quả")).toEqual(
      base.report.totals.unitOutcomes
    );

    // A setting: switch off plan criterion I6 (criteria.md §6 criteria.off), which LĐTT needs.
    const withSetting = await reference(sample, { "criteria.off": "I6" });
    expect(withSetting.report.totals.outcomes).not.toEqual(base.report.totals.outcomes);
    await page.getByRole("tab", { name: /Tiêu chí/ }).click();
    await page.getByRole("checkbox", { name: /^I6 — / }).click();
    await runAndWait(page);
    expect(await shownOutcomes(page, "Cá nhân theo kết quả")).toEqual(
      withSetting.report.totals.outcomes
    );

    // A mapping: the rating read from another column (here the position column, which holds no rating).
    const people = base.read.sheets.find((s) => s.role === "individuals");
    const positionCol = people?.mapping.position?.columns[0] as string;
    expect(positionCol).toBeDefined();
    const withMapping = await reference(sample, {
      "criteria.off": "I6",
      [`mapping[${people?.name}].rating`]: positionCol,
    });
    // The new column must make a difference, or this part would prove nothing.
    expect(withMapping.report.totals.outcomes).not.toEqual(withSetting.report.totals.outcomes);
    await page.getByRole("tab", { name: /Bảng dữ liệu/ }).click();
    await page.getByRole("combobox", { name: "Xếp loại — Cột" }).first().selectOption(positionCol);
    await runAndWait(page);
    expect(await shownOutcomes(page, "Cá nhân theo kết quả")).toEqual(
      withMapping.report.totals.outcomes
    );

    // Download: the checked copy carries the result blocks; then the summary; then clear.
    const checked = await loadWorkbook(await download(page, "da-ra-soat.xlsx"));
    const checkedSheets = base.plan.checked.map((c) => c.sheet);
    expect(blocks(checked.info.names).sort()).toEqual([...checkedSheets].sort());
    expect(checked.grid.sheets.map((s) => s.name)).not.toContain("Đề xuất khen thưởng");

    await page.getByRole("button", { name: "Ghi bảng đề xuất" }).click();
    await page.getByText("Đã ghi: ").waitFor({ timeout: 120_000 });
    const withSummary = await loadWorkbook(await download(page, "da-ra-soat-de-xuat.xlsx"));
    expect(withSummary.grid.sheets.map((s) => s.name)).toContain("Đề xuất khen thưởng");
    const again = validCheck({ grid: withSummary.grid });
    // The pane's unsaved choices changed the run only: nothing was saved into the settings sheet.
    expect(again.settings["criteria.off"]).toEqual([]);

    await page.getByRole("button", { name: "Xóa đánh dấu" }).click();
    await page.getByText(/Đã xóa cột kết quả/).waitFor({ timeout: 120_000 });
    await page.getByRole("tab", { name: /Rà soát/ }).click();
    await shot(page, "5-ra-soat-vi");
    // Cleared: the same sheets as the office's file, no result block left (workbook.md item 7).
    const cleared = await loadWorkbook(await download(page, "da-xoa-danh-dau.xlsx"));
    const original = await loadWorkbook(sample);
    expect(cleared.grid.sheets.map((s) => s.name)).toEqual(original.grid.sheets.map((s) => s.name));
    expect(blocks(cleared.info.names)).toEqual([]);
    // No request left the page's own origin (no CDN, no fonts, nothing sent away).
    expect(
      requests.filter(
        (u) => !u.startsWith(server.url) && !u.startsWith("blob:") && !u.startsWith("data:")
      )
    ).toEqual([]);
    await page.close();
  });

  it("shows every step in English too", async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}index.html`);
    await page.getByRole("button", { name: "Chuyển giao diện sang tiếng Anh" }).click();
    await shot(page, "1-open-en");
    await page.getByTestId("file-input").setInputFiles(samplePath);
    await page.getByRole("heading", { name: "Sheets found" }).waitFor({ timeout: 120_000 });
    await shot(page, "2-data-sheets-en");
    await page.getByRole("tab", { name: /Criteria/ }).click();
    await shot(page, "3-criteria-en");
    await page.getByRole("tab", { name: /Check/ }).click();
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByRole("heading", { name: "Review results" }).waitFor({ timeout: 300_000 });
    await shot(page, "4-results-en");
    const base = await reference(sample);
    expect(await shownOutcomes(page, "Individuals by outcome")).toEqual(
      base.report.totals.outcomes
    );
    await page.close();
  });

  it("works opened straight from disk (file://), the worker inlined", async () => {
    const page = await context.newPage();
    await page.goto(`file://${join(webDir, "index.html")}`);
    await openFile(page, samplePath);
    await runAndWait(page);
    const base = await reference(sample);
    expect(await shownOutcomes(page, "Cá nhân theo kết quả")).toEqual(base.report.totals.outcomes);
    const checked = await loadWorkbook(await download(page, "file-url-da-ra-soat.xlsx"));
    expect(blocks(checked.info.names).length).toBe(base.plan.checked.length);
    copyFileSync(
      join(SCREENSHOTS, "4-ket-qua-vi.png"),
      join(ROOT, "assets", "screenshot-pane.png")
    );
    await page.close();
  });

  it("checks 10,000 rows without a long task over 250 ms on the page", async () => {
    const big = await makeSampleWorkbook({ people: 10_000, units: 40 });
    const bigPath = join(E2E_DIR, "mau-10000.xlsx");
    writeFileSync(bigPath, big);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longtasks: number[] };
      w.__longtasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longtasks.push(e.duration);
      }).observe({ type: "longtask", buffered: true });
    });
    await page.goto(`${server.url}index.html`);
    // Page start-up (parsing a multi-megabyte script) is not part of the check: only what follows is measured.
    await page.waitForLoadState("load");
    await page.evaluate(() => ((window as unknown as { __longtasks: number[] }).__longtasks = []));
    await openFile(page, bigPath);
    await runAndWait(page);
    await page
      .getByRole("button", { name: /^I1 — / })
      .first()
      .click()
      .catch(() => undefined);
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(
      () => (window as unknown as { __longtasks: number[] }).__longtasks
    );
    const longest = tasks.length ? Math.max(...tasks) : 0;
    console.log(
      `10,000 rows: ${tasks.length} long tasks on the page, the longest ${longest.toFixed(0)} ms`
    );
    expect(longest).toBeLessThan(250);
    await page.close();
  });
});
