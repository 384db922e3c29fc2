/**
 * One hostile case through the command line, as the clerk would run it: check with --report and --out, then (for a
 * checked copy) clear it and check the copy again. Everything the tests assert on is gathered here, so the test
 * files stay a list of sentences.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Report } from "../../src/core/report/types";
import { thidua } from "../cli/run";
import type { HostileCase } from "../fixtures/hostile";
import { tempDir } from "../support/tmp";
import { excel, partsOf, sheetsOf, type SheetView } from "./preserve";

export interface Run {
  code: number;
  out: string;
  err: string;
}

export interface CaseResult {
  file: string;
  inputUnchanged: boolean;
  check: Run;
  report: unknown;
  /** Present when a checked copy was written. */
  checked?: {
    bytes: Uint8Array;
    resultsOnly: boolean;
    before: SheetView[];
    after: SheetView[];
    partsBefore: string[];
    partsAfter: string[];
    /** `thidua clear` of the checked copy (null for results-only copies, which have nothing of the office's). */
    clear: { run: Run; sheets: SheetView[]; parts: string[] } | null;
    /** `thidua check` of the checked copy. */
    again: { run: Run; report: unknown; sheets: SheetView[]; parts: string[] };
  };
}

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

export const stripFile = (r: unknown): unknown =>
  r && typeof r === "object"
    ? { ...(r as Report), workbook: { ...(r as Report).workbook, file: null, sha256: null } }
    : r;

export async function runCase(
  c: HostileCase,
  tmp: ReturnType<typeof tempDir>
): Promise<CaseResult> {
  const data = await c.make();
  const file = tmp.path(`${c.id}.${c.ext}`);
  writeFileSync(file, data);
  const reportPath = tmp.path(`${c.id}.json`);
  // A macro-enabled workbook's copy keeps its macros and must be named .xlsm (the command line refuses .xlsx).
  const outExt = c.ext === "xlsm" ? "xlsm" : "xlsx";
  const outPath = tmp.path(`${c.id}-checked.${outExt}`);
  const check = await thidua("check", file, "--report", reportPath, "--out", outPath);
  const report: unknown = existsSync(reportPath)
    ? JSON.parse(readFileSync(reportPath, "utf8"))
    : null;
  const result: CaseResult = {
    file,
    inputUnchanged: sha(new Uint8Array(readFileSync(file))) === sha(data),
    check,
    report,
  };
  if (check.code !== 0 || !existsSync(outPath)) return result;
  const bytes = new Uint8Array(readFileSync(outPath));
  const resultsOnly = /bảng kết quả riêng/.test(check.out);
  const before = resultsOnly ? [] : sheetsOf(await excel(data));
  const after = sheetsOf(await excel(bytes));
  let clear: NonNullable<CaseResult["checked"]>["clear"] = null;
  if (!resultsOnly) {
    const cleanPath = tmp.path(`${c.id}-clean.${outExt}`);
    const run = await thidua("clear", outPath, "--out", cleanPath);
    const clean = existsSync(cleanPath) ? new Uint8Array(readFileSync(cleanPath)) : null;
    clear = {
      run,
      sheets: clean ? sheetsOf(await excel(clean)) : [],
      parts: clean ? await partsOf(clean) : [],
    };
  }
  const againReport = tmp.path(`${c.id}-again.json`);
  const againOut = tmp.path(`${c.id}-again.${outExt}`);
  const againRun = await thidua("check", outPath, "--report", againReport, "--out", againOut);
  const againBytes = existsSync(againOut) ? new Uint8Array(readFileSync(againOut)) : null;
  result.checked = {
    bytes,
    resultsOnly,
    before,
    after,
    partsBefore: resultsOnly ? [] : await partsOf(data),
    partsAfter: await partsOf(bytes),
    clear,
    again: {
      run: againRun,
      report: existsSync(againReport) ? JSON.parse(readFileSync(againReport, "utf8")) : null,
      sheets: againBytes ? sheetsOf(await excel(againBytes)) : [],
      parts: againBytes ? await partsOf(againBytes) : [],
    },
  };
  return result;
}
