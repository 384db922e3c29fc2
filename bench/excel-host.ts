/**
 * Excel host benchmark: what applyPlan and clearMarks send to Excel, **as the real Office.js serializes it**
 * (bench/office-js.ts: Excel on the web's client library from the npm package, in a vm, answered by the strict fake
 * Excel of test/excel/mock-excel.ts). The workbook: a checked sheet of N rows × 20 columns with a 20-column result
 * block and its marks, the summary sheet, the settings sheet and the review sheet with three findings per row
 * (≈ 30,000 at 10,000 rows; Excel keeps 65,530 hyperlinks per sheet, the rest carry their address as text).
 * Bar (issue 13): every request < 5 MB; syncs ≤ 8 + ⌈totalBytes / 4 MB⌉. Bytes, not timings: a real Excel's time
 * is not measured here.
 */
import { clearMarks } from "../src/excel/clear";
import { applyPlan } from "../src/excel/write";
import { MockExcel } from "../test/excel/mock-excel";
import { fullPlan, officeSheet, reviewPlan } from "../test/excel/plans";
import { OfficeJsHarness } from "./office-js";

export interface ExcelHostBenchLine {
  bench: "excel-host";
  serializer: "office-js";
  rows: number;
  findings: number;
  /** Syncs of the write (requests Excel executed, inspection included). */
  syncs: number;
  maxRequestBytes: number;
  totalBytes: number;
  /** Requests refused as over 5 MB (each executed nothing and was sent again in halves). */
  refusals: number;
  maxResponseBytes: number;
  /** syncs ≤ 8 + ⌈totalBytes / 4 MB⌉ and every request < 5 MB. */
  withinBar: boolean;
  clearSyncs: number;
  clearMaxRequestBytes: number;
  clearMaxResponseBytes: number;
}

const MB4 = 4_000_000;

export async function benchExcelHost(sizes = [100, 10_000, 50_000]): Promise<ExcelHostBenchLine[]> {
  const lines: ExcelHostBenchLine[] = [];
  for (const rows of sizes) {
    const mock = new MockExcel([officeSheet("Cá nhân", rows)]);
    const h = new OfficeJsHarness(mock);
    const plan = fullPlan("Cá nhân", rows);
    const findings = rows * 3;
    plan.sheets.push(reviewPlan(findings, "Thiếu minh chứng sáng kiến"));
    await applyPlan(h.context, plan);
    const executed = h.requests.filter((b) => b < 5_000_000);
    const syncs = executed.length;
    const totalBytes = executed.reduce((a, b) => a + b, 0);
    const maxRequestBytes = h.maxRequestBytes;
    const write = { requests: h.requests.length, responses: h.responses.length };
    await clearMarks(h.context);
    const clearRequests = h.requests.slice(write.requests);
    const clearResponses = h.responses.slice(write.responses);
    lines.push({
      bench: "excel-host",
      serializer: "office-js",
      rows,
      findings,
      syncs,
      maxRequestBytes,
      totalBytes,
      refusals: h.refusals,
      maxResponseBytes: Math.max(0, ...h.responses.slice(0, write.responses)),
      withinBar: maxRequestBytes < 5_000_000 && syncs <= 8 + Math.ceil(totalBytes / MB4),
      clearSyncs: clearRequests.length,
      clearMaxRequestBytes: Math.max(0, ...clearRequests),
      clearMaxResponseBytes: Math.max(0, ...clearResponses),
    });
  }
  return lines;
}
