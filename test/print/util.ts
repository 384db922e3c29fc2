/**
 * The switch and the tools of the print tests: they run only with THIDUA_ALL=1 (npm run test:all, CI), with
 * LibreOffice printing to PDF and poppler-utils reading the PDF back (toolchain.md).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import JSZip from "jszip";

export const PRINT_ENABLED = process.env.THIDUA_ALL === "1";
export const ROOT = resolve(__dirname, "../..");
export const OUT = join(ROOT, "test-output", "print");

/** `describe` for print tests: skipped unless THIDUA_ALL=1; test/support/skipped-suites-reporter.js then says
 *  so in one line at the end of the run. */
export function describePrint(name: string, fn: () => void): void {
  if (PRINT_ENABLED) {
    describe(name, fn);
    return;
  }
  describe.skip(name, fn);
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * A copy of the workbook holding only `sheet` (LibreOffice prints every sheet, hidden ones too). The package is
 * edited, not rebuilt, so the sheet prints exactly as written (exceljs would drop its page breaks on reading).
 */
export async function onlySheet(bytes: Uint8Array, sheet: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file("xl/workbook.xml");
  if (!file) throw new Error("no xl/workbook.xml in the workbook");
  let xml = await file.async("string");
  let kept = -1;
  let index = 0;
  xml = xml.replace(/<sheet\b[^>]*\/>/g, (tag) => {
    const i = index++;
    if (/\bname="([^"]*)"/.exec(tag)?.[1] !== sheet) return "";
    kept = i;
    return tag.replace(/\s+state="[^"]*"/, "");
  });
  if (kept < 0) throw new Error(`no sheet named ${sheet}`);
  // names of the other sheets would point nowhere; the kept sheet's own become sheet 0's
  xml = xml.replace(/<definedName\b[^>]*>[^<]*<\/definedName>/g, (tag) => {
    const local = /localSheetId="(\d+)"/.exec(tag);
    return local && Number(local[1]) === kept
      ? tag.replace(/localSheetId="\d+"/, 'localSheetId="0"')
      : "";
  });
  xml = xml
    .replace(/activeTab="\d+"/, 'activeTab="0"')
    .replace(/firstSheet="\d+"/, 'firstSheet="0"');
  zip.file("xl/workbook.xml", xml);
  return zip.generateAsync({ type: "uint8array" });
}

/** Prints an .xlsx to PDF with LibreOffice (its own profile, so runs never share state); returns the PDF's path. */
export function printToPdf(bytes: Uint8Array, dir: string, name: string): string {
  ensureDir(dir);
  const xlsx = join(dir, `${name}.xlsx`);
  writeFileSync(xlsx, bytes);
  execFileSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${join(dir, "lo-profile")}`,
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      xlsx,
    ],
    { stdio: "pipe", timeout: 50_000 }
  );
  return join(dir, `${name}.pdf`);
}

export interface PageSize {
  page: number;
  width: number;
  height: number;
}

export function pageSizes(pdf: string): PageSize[] {
  const out = execFileSync("pdfinfo", ["-f", "1", "-l", "100000", pdf], { encoding: "utf8" });
  const sizes: PageSize[] = [];
  for (const m of out.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm))
    sizes.push({ page: Number(m[1]), width: Number(m[2]), height: Number(m[3]) });
  return sizes;
}

/** Text of each page as laid out on paper (pdftotext -layout), pages in order. */
export function pageTexts(pdf: string): string[] {
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages = text.split("\f");
  if (pages[pages.length - 1].trim() === "") pages.pop();
  return pages;
}

export interface Word {
  page: number;
  pageWidth: number;
  xMin: number;
  xMax: number;
  text: string;
}

/** Every word with its box (pdftotext -bbox), in points from the page's top-left corner. */
export function words(pdf: string): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const out: Word[] = [];
  let page = 0;
  let pageWidth = 0;
  for (const line of html.split("\n")) {
    const p = /<page width="([\d.]+)"/.exec(line);
    if (p) {
      page++;
      pageWidth = Number(p[1]);
      continue;
    }
    const w = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*)<\/word>/.exec(
      line
    );
    if (w) out.push({ page, pageWidth, xMin: Number(w[1]), xMax: Number(w[2]), text: w[3] });
  }
  return out;
}

/** Page 1 as a PNG at `dpi` (pdftoppm), for people to look at. */
export function pageOnePng(pdf: string, target: string, dpi = 80): void {
  const prefix = target.replace(/\.png$/, "");
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    String(dpi),
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    pdf,
    prefix,
  ]);
  readFileSync(target); // fails loudly when pdftoppm wrote nothing
}

/** Collapses runs of white space, so text wrapped inside a cell compares with its one-line original. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
