import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin", "thidua.js");
const VERSION = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }
).version;

describe("thidua --version", () => {
  it("prints the package version and exits 0", () => {
    expect(execFileSync(process.execPath, [BIN, "--version"], { encoding: "utf8" })).toBe(
      `${VERSION}\n`
    );
    expect(execFileSync(process.execPath, [BIN, "-v"], { encoding: "utf8" })).toBe(`${VERSION}\n`);
  });

  it("loads only the bin and package.json, not the checker, so it answers at once", () => {
    // The bin runs as `node bin/thidua.js --version` would run it; the modules it loaded go to stderr.
    const script = [
      `process.argv = [process.execPath, ${JSON.stringify(BIN)}, "--version"];`,
      `require(${JSON.stringify(BIN)});`,
      "process.stderr.write(JSON.stringify(Object.keys(require.cache)));",
    ].join("\n");
    const result = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${VERSION}\n`);
    const loaded = (JSON.parse(result.stderr) as string[]).map((f) =>
      relative(ROOT, f).split("\\").join("/")
    );
    expect(loaded.sort()).toEqual(["bin/thidua.js", "package.json"]);
  });
});
