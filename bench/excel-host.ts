/**
 * Excel host benchmark: syncs and request bytes of applyPlan on the strict fake Excel (test/excel/mock-excel.ts),
 * for a checked sheet of N rows × 20 columns with a 20-column result block, its marks and the summary sheet.
 * Numbers are the fake's estimates (JSON of what is sent, plus an envelope per action), not a real Excel's timings.
 */
import { applyPlan } from "../src/excel/write";
import { MockExcel } from "../test/excel/mock-excel";
import { fullPlan, officeSheet } from "../test/excel/plans";

export interface ExcelHostBenchLine {
  bench: "excel-host";
  rows: number;
  syncs: number;
  maxRequestBytes: number;
  totalBytes: number;
}

export async function benchExcelHost(sizes = [100, 10_000, 50_000]): Promise<ExcelHostBenchLine[]> {
  const lines: ExcelHostBenchLine[] = [];
  for (const rows of sizes) {
    const mock = new MockExcel([officeSheet("Cá nhân", rows)]);
    await applyPlan(mock.context, fullPlan("Cá nhân", rows));
    const requests = mock.syncs.map((s) => s.request + s.response);
    lines.push({
      bench: "excel-host",
      rows,
      syncs: mock.syncs.length,
      maxRequestBytes: Math.max(...mock.syncs.map((s) => s.request)),
      totalBytes: requests.reduce((a, b) => a + b, 0),
    });
  }
  return lines;
}
