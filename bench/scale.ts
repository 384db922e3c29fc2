/**
 * Scale (issue 7): `thidua check` on generated 10,000- and 50,000-row workbooks, each in its own child process so
 * that peak memory (maxRSS) belongs to that run alone. Needs the compiled CLI (`tsc -p tsconfig.build.json`).
 * Lines: {"bench":"scale","rows":N,"ms":…,"peakMB":…,"exit":0} per size, then {"bench":"scale-ratio","ratio":…}
 * (t50k / t10k; issue 7 asks ≤ 5.5, and peak < 1.5 GB).
 * Run alone: `node lib/bench/scale.js [rows…]`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeSampleWorkbook } from "../src/xlsx/sample";

/** The child: runs the CLI in-process on argv and prints its exit code, wall time and peak RSS as one JSON line. */
const CHILD = `
const { main } = require(process.argv[1]);
const t0 = performance.now();
main(process.argv.slice(2), { out: () => {}, err: (l) => process.stderr.write(l + "\\n") }).then((code) => {
  const ms = Math.round(performance.now() - t0);
  const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ code, ms, peakMB }) + "\\n");
});
`;

export interface ScaleLine {
  bench: "scale";
  rows: number;
  ms: number;
  peakMB: number;
  exit: number;
}

function checkInChild(file: string, dir: string): { code: number; ms: number; peakMB: number } {
  const cli = join(__dirname, "..", "src", "cli", "main.js");
  const out = execFileSync(
    process.execPath,
    [
      "-e",
      CHILD,
      cli,
      "check",
      file,
      "--out",
      join(dir, "checked.xlsx"),
      "--report",
      join(dir, "report.json"),
    ],
    { encoding: "utf8", maxBuffer: 1 << 24, stdio: ["ignore", "pipe", "inherit"] }
  );
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as {
    code: number;
    ms: number;
    peakMB: number;
  };
}

export async function benchScale(sizes: number[] = [10000, 50000]): Promise<object[]> {
  const dir = mkdtempSync(join(tmpdir(), "thidua-scale-"));
  const lines: object[] = [];
  const byRows = new Map<number, number>();
  try {
    for (const rows of sizes) {
      const file = join(dir, `${rows}.xlsx`);
      // The same department shape at every size: about 70 people per unit, as the existing bench does.
      writeFileSync(
        file,
        await makeSampleWorkbook({ people: rows, units: Math.max(15, Math.round(rows / 70)) })
      );
      const r = checkInChild(file, dir);
      const line: ScaleLine = { bench: "scale", rows, ms: r.ms, peakMB: r.peakMB, exit: r.code };
      lines.push(line);
      byRows.set(rows, r.ms);
      rmSync(file, { force: true });
    }
    const small = byRows.get(10000);
    const large = byRows.get(50000);
    if (small && large)
      lines.push({ bench: "scale-ratio", ratio: Math.round((large / small) * 100) / 100 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  benchScale(sizes.length ? sizes : undefined)
    .then((lines) => lines.forEach((l) => console.log(JSON.stringify(l))))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
