/**
 * LibreOffice opens the checked and cleared copies of workbooks with charts, pivot tables, slicers, text boxes and
 * VBA projects (issue 15 item 4): each converts to PDF without error, the checked copy prints the result block and
 * the summary, the text box still prints, and the cleared copy prints exactly the text the original printed.
 * Runs with THIDUA_ALL=1 (test/print/util.ts).
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCheck } from "../../src/core/check";
import { clearToBytes, writeCheckedBytes } from "../../src/xlsx/check-file";
import { sheetInfo } from "../../src/xlsx/owned";
import { loadWorkbook } from "../../src/xlsx/read";
import { CARRIED, pivotInBlock } from "../fixtures/carried";
import { describePrint, ensureDir, OUT, pageSizes, pageTexts, squash } from "./util";

const DIR = join(OUT, "carried");

interface Printed {
  pdf: string;
  text: string;
}

/** Converts every file in one LibreOffice run (its own profile); returns what it printed on both streams. */
function convert(files: string[]): string {
  const run = spawnSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${join(DIR, "lo-profile")}`,
      "--convert-to",
      "pdf",
      "--outdir",
      DIR,
      ...files,
    ],
    { encoding: "utf8", timeout: 240_000 }
  );
  if (run.error) throw run.error;
  return `${run.stdout}\n${run.stderr}`;
}

describePrint(
  "LibreOffice opens the copies of workbooks with parts the add-in does not write",
  () => {
    const printed = new Map<string, Printed>();
    let said = "";

    beforeAll(async () => {
      ensureDir(DIR);
      const files: string[] = [];
      const add = (name: string, bytes: Uint8Array) => {
        const file = join(DIR, name);
        rmSync(file.replace(/\.\w+$/, ".pdf"), { force: true });
        writeFileSync(file, bytes);
        files.push(file);
      };
      for (const c of CARRIED) {
        const original = await c.make();
        const loaded = await loadWorkbook(original);
        const plan = runCheck({ grid: loaded.grid, sheetInfo: sheetInfo(loaded) }).plan;
        const checked = await writeCheckedBytes(loaded, plan, "vi");
        expect(checked.resultsOnly).toBeNull();
        add(`${c.id}.${c.ext}`, original);
        add(`${c.id}-checked.${c.ext}`, checked.bytes);
        add(`${c.id}-clean.${c.ext}`, await clearToBytes(await loadWorkbook(checked.bytes)));
      }
      const unsafe = await loadWorkbook(await pivotInBlock());
      const plan = runCheck({ grid: unsafe.grid, sheetInfo: sheetInfo(unsafe) }).plan;
      add("pivot-in-block-results-only.xlsx", (await writeCheckedBytes(unsafe, plan, "vi")).bytes);
      said = convert(files);
      for (const f of files) {
        const pdf = f.replace(/\.\w+$/, ".pdf");
        const name = f.split("/").pop() ?? f;
        printed.set(name, { pdf, text: existsSync(pdf) ? squash(pageTexts(pdf).join(" ")) : "" });
      }
    }, 300_000);

    const names = CARRIED.flatMap((c) =>
      ["", "-checked", "-clean"].map((s) => [`${c.id}${s}.${c.ext}`, c] as const)
    );

    it("converts every file without LibreOffice reporting an error", () => {
      expect(said).toContain("convert ");
      expect(said).not.toMatch(/error/i);
    });

    it.each(names)("converts %s to a PDF with pages", (name) => {
      const p = printed.get(name);
      expect(said).toContain(`${name} -> `);
      expect(p && existsSync(p.pdf)).toBe(true);
      expect(pageSizes(p?.pdf ?? "").length).toBeGreaterThan(0);
    });

    it.each(CARRIED.map((c) => [c.id, c] as const))(
      "prints the result block and the summary from the checked copy of the %s workbook (and the office's text box where it has one)",
      (_id, c) => {
        const text = printed.get(`${c.id}-checked.${c.ext}`)?.text ?? "";
        expect(text).toContain("KẾT QUẢ RÀ SOÁT");
        expect(text).toContain("DANH SÁCH ĐỀ XUẤT KHEN THƯỞNG");
        expect(text).toContain("Nguyễn Văn An");
        if (c.id === "textbox" || c.id === "all")
          expect(text).toContain("Ghi chú của văn phòng: danh sách đã trình Hội đồng");
      }
    );

    it.each(CARRIED.map((c) => [c.id, c] as const))(
      "prints from the cleared copy of the %s workbook exactly the text the original printed",
      (_id, c) => {
        const original = printed.get(`${c.id}.${c.ext}`)?.text ?? "";
        expect(original.length).toBeGreaterThan(100);
        expect(printed.get(`${c.id}-clean.${c.ext}`)?.text).toBe(original);
      }
    );

    it("converts the results-only workbook written for a sheet it cannot edit safely", () => {
      const p = printed.get("pivot-in-block-results-only.xlsx");
      expect(p && existsSync(p.pdf)).toBe(true);
      expect(p?.text).toContain("KẾT QUẢ RÀ SOÁT");
    });
  }
);
