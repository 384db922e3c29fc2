/**
 * The Excel add-in's own pane (taskpane.html as `npm run build` makes it) in Chromium. Office.js is requested from
 * Microsoft's CDN, as the page says; the test answers that request with a stand-in (fake-office.ts) over the strict
 * fake Excel, so nothing leaves the machine. Checked: the page asks for nothing but its own files and that one
 * office.js; "Kiểm tra tương thích Excel" asks first, passes every capability, leaves the workbook as it was, copies
 * its text, and fits the task pane at 320 and 420 px in both languages (screenshots in test-output/screenshots).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import {
  buildAddin,
  CHROMIUM,
  CHROMIUM_FLAGS,
  describeE2E,
  ensureDir,
  freshProfile,
  SCREENSHOTS,
  serveFolder,
} from "./util";

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const TEXT = {
  vi: {
    sheets: "Các trang tính tìm thấy",
    open: /^Kiểm tra tương thích Excel/,
    undo: /xóa lịch sử hoàn tác/,
    run: "Chạy kiểm tra",
    table: "Kết quả từng chức năng",
    pass: "✓ Đạt",
    copy: /^Sao chép/,
    copied: /Đã sao chép kết quả/,
    title: "Rà soát thi đua — Kiểm tra tương thích Excel",
  },
  en: {
    sheets: "Sheets found",
    open: /^Excel compatibility check/,
    undo: /clear its undo history/,
    run: "Run the check",
    table: "Result per capability",
    pass: "✓ Passed",
    copy: /^Copy/,
    copied: /Result copied/,
    title: "Emulation review — Excel compatibility check",
  },
} as const;

/** Elements reaching past the pane's right edge (none may: no sideways scrolling). */
function tooWide(page: Page, width: number): Promise<string[]> {
  return page.evaluate(
    (w) =>
      Array.from(document.querySelectorAll("body *"))
        .filter((e) => e.getBoundingClientRect().right > w + 1)
        .slice(0, 5)
        .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
    width
  );
}

describeE2E("the add-in's pane in Chromium, office.js answered by a stand-in", () => {
  jest.setTimeout(600_000);
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let context: BrowserContext;
  let fakeOffice = "";

  beforeAll(async () => {
    ensureDir(SCREENSHOTS);
    const built = await buildAddin();
    fakeOffice = readFileSync(built.fakeOffice, "utf8");
    server = await serveFolder(built.dir);
    context = await chromium.launchPersistentContext(freshProfile(), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 420, height: 900 },
    });
    // Nothing goes to the network: Microsoft's office.js is answered here, anything else outside 127.0.0.1 fails.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === CDN)
        return route.fulfill({ status: 200, contentType: "text/javascript", body: fakeOffice });
      if (url.startsWith(server.url) || url.startsWith("blob:") || url.startsWith("data:"))
        return route.continue();
      return route.abort();
    });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: server.url.replace(/\/$/, ""),
    });
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it("loads office.js from Microsoft's CDN and nothing else from outside its own folder", async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("heading", { name: TEXT.vi.sheets }).waitFor({ timeout: 60_000 });
    const outside = requests.filter(
      (u) => !u.startsWith(server.url) && !u.startsWith("blob:") && !u.startsWith("data:")
    );
    expect(outside).toEqual([CDN]);
    await page.close();
  });

  it("runs “Kiểm tra tương thích Excel” after asking, passes every capability, leaves the workbook as it was and fits 320 and 420 px", async () => {
    for (const width of [420, 320]) {
      for (const lang of ["vi", "en"] as const) {
        const s = TEXT[lang];
        const page = await context.newPage();
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${server.url}taskpane.html`);
        if (lang === "en")
          await page.getByRole("button", { name: "Chuyển giao diện sang tiếng Anh" }).click();
        await page.getByRole("heading", { name: s.sheets }).waitFor({ timeout: 60_000 });
        const before = await page.evaluate(() =>
          (window as unknown as { __thiduaSnapshot(): string }).__thiduaSnapshot()
        );
        const shot = (step: string) =>
          page.screenshot({
            path: join(SCREENSHOTS, `compat-${width}-${lang}-${step}.png`),
            fullPage: true,
          });

        await page.getByRole("button", { name: s.open }).click();
        await page.getByText(s.undo).waitFor();
        expect(await tooWide(page, width)).toEqual([]);
        await shot("1-confirm");

        await page.getByRole("button", { name: s.run, exact: true }).click();
        const table = page.getByRole("table", { name: s.table });
        await table.waitFor({ timeout: 120_000 });
        const results = await table.locator("tbody tr td:nth-child(2)").allInnerTexts();
        expect(results.map((r) => r.replace(/^.*:\s*/, "").trim())).toEqual(Array(12).fill(s.pass));
        expect(await tooWide(page, width)).toEqual([]);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth).toBeLessThanOrEqual(width);
        await shot("2-result");

        const after = await page.evaluate(() =>
          (window as unknown as { __thiduaSnapshot(): string }).__thiduaSnapshot()
        );
        expect(after).toBe(before);

        await page.getByRole("button", { name: s.copy }).click();
        await page.getByText(s.copied).waitFor({ timeout: 10_000 });
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied.split("\n")[0]).toBe(s.title);
        expect(copied).toContain("OfficeOnline");
        await page.close();
      }
    }
  });
});
