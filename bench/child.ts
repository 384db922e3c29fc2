/**
 * One measurement in its own process, so that peak memory (maxRSS) belongs to that measurement alone.
 * Usage: node lib/bench/child.js <make|core|xlsx-check|xlsx-floor> <file> [people]
 * Prints one JSON line.
 */
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { runCheck } from "../src/core/check";
import { readWorkbook } from "../src/core/read";
import { evaluate } from "../src/core/evaluate";
import { defaultSettings } from "../src/core/settings-defaults";
import { nodeDeflate } from "../src/cli/deflate";
import { writeCheckedBytes } from "../src/xlsx/check-file";
import { loadWorkbook } from "../src/xlsx/read";
import { makeSampleWorkbook } from "../src/xlsx/sample";

function peakMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const [task, file, peopleArg] = process.argv.slice(2);
  if (task === "make") {
    const people = Number(peopleArg);
    writeFileSync(
      file,
      await makeSampleWorkbook({ people, units: Math.max(15, Math.round(people / 70)) })
    );
    console.log(JSON.stringify({ made: file, people }));
    return;
  }
  const bytes = new Uint8Array(readFileSync(file));
  if (task === "core") {
    const { grid } = await loadWorkbook(bytes);
    const settings = defaultSettings();
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      const read = readWorkbook(grid, settings);
      evaluate(read, settings);
      times.push(performance.now() - t0);
      rows = read.individuals.length + read.units.length;
    }
    // The first run warms the JIT; the median of the rest is the number.
    console.log(JSON.stringify({ rows, ms: Math.round(median(times.slice(1)) * 10) / 10 }));
    return;
  }
  if (task === "xlsx-check") {
    const t0 = performance.now();
    const loaded = await loadWorkbook(bytes);
    loaded.zip.prefetch();
    // As the command line does: only the plan is kept while the copy is written.
    const { plan, rows } = ((r) => ({ plan: r.plan, rows: r.read.individuals.length }))(
      runCheck({ grid: loaded.grid })
    );
    const out = await writeCheckedBytes(loaded, plan, "vi", { deflate: nodeDeflate });
    const ms = performance.now() - t0;
    console.log(
      JSON.stringify({
        rows,
        ms: Math.round(ms),
        outBytes: out.bytes.length,
        peakMB: peakMB(),
      })
    );
    return;
  }
  if (task === "xlsx-floor") {
    const t0 = performance.now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const out = await wb.xlsx.writeBuffer();
    const ms = performance.now() - t0;
    console.log(JSON.stringify({ ms: Math.round(ms), outBytes: out.byteLength, peakMB: peakMB() }));
    return;
  }
  throw new Error(`unknown task ${task}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
