// The two add-in builds for real (webpack, the project's own configuration and HTML templates), their pages read
// back: office.js comes from Microsoft's CDN by default and from the copy beside the pages with OFFICE_JS=self, and
// no page loads anything else from another origin ("no network request besides loading Office.js", README Privacy).
// The pane's own bundles are replaced by empty entries (the pages, the copies and the manifest are what is checked):
// a build of the real bundles takes ~20 s and is measured by hand.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: { mode?: string }
) => Promise<Record<string, unknown>[]>;
interface Stats {
  hasErrors(): boolean;
  toString(o: unknown): string;
}
type Webpack = (c: unknown) => {
  run(cb: (err: Error | null, stats?: Stats) => void): void;
  close(cb: () => void): void;
};

const savedEnv = { ...process.env };
const dirs: string[] = [];
afterAll(() => {
  process.env = { ...savedEnv };
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Builds the add-in's pages with `vars` set, into a fresh folder; returns it. */
async function build(vars: Record<string, string>): Promise<string> {
  process.env = { ...savedEnv };
  delete process.env.STORE;
  delete process.env.OFFICE_JS;
  delete process.env.ADDIN_BASE_URL;
  Object.assign(process.env, vars);
  const out = mkdtempSync(path.join(tmpdir(), "thidua-build-"));
  dirs.push(out);
  const stub = path.join(out, "..", `${path.basename(out)}-entry.js`);
  writeFileSync(stub, "window.__thidua = 1;\n");
  dirs.push(stub);
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
  const configs = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  const addin = configs.find((c) => c.name === "addin");
  if (!addin) throw new Error("no add-in configuration");
  Object.assign(addin, {
    entry: { taskpane: stub, commands: stub },
    output: { ...(addin.output as object), path: out },
    dependencies: undefined,
    optimization: { minimize: false },
  });
  const webpack = require("webpack") as Webpack;
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    await new Promise<void>((ok, fail) => {
      const compiler = webpack(addin);
      compiler.run((err, stats) => {
        compiler.close(() => undefined);
        if (err) return fail(err);
        if (stats?.hasErrors()) return fail(new Error(stats.toString("errors-only")));
        ok();
      });
    });
  } finally {
    log.mockRestore();
  }
  return out;
}

/** Every `src` and `href` of a page, in order. */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)\s*=\s*"([^"]*)"/g)].map((m) => m[1]);
}

function scripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*"([^"]*)"/g)].map((m) => m[1]);
}

/** A reference that leaves the add-in's own folder: absolute, protocol-relative or with a scheme. */
const external = (ref: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref);

describe("the add-in's pages as built", () => {
  jest.setTimeout(180_000);

  it("load office.js from Microsoft's CDN by default, copy no office.js and reference nothing else outside", async () => {
    const out = await build({});
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = readFileSync(path.join(out, page), "utf8");
      expect({ page, first: scripts(html)[0] }).toEqual({ page, first: CDN });
      expect({ page, external: references(html).filter(external) }).toEqual({
        page,
        external: [CDN],
      });
    }
    const support = readFileSync(path.join(out, "support.html"), "utf8");
    expect(references(support).filter(external)).toEqual([]);
    expect(existsSync(path.join(out, "office-js"))).toBe(false);
  });

  it("load the copy beside the pages with OFFICE_JS=self, which the build puts there, and nothing from outside", async () => {
    const out = await build({ OFFICE_JS: "self" });
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = readFileSync(path.join(out, page), "utf8");
      const src = scripts(html)[0];
      expect({ page, first: src }).toEqual({ page, first: "office-js/office.js" });
      expect(existsSync(path.join(out, src))).toBe(true);
      expect({ page, external: references(html).filter(external) }).toEqual({ page, external: [] });
    }
    // office.js loads its host scripts relative to itself: Excel on the web's and the desktop's must be there.
    expect(existsSync(path.join(out, "office-js", "excel-web-16.00.js"))).toBe(true);
    expect(existsSync(path.join(out, "office-js", "excel-win32-16.01.js"))).toBe(true);
  });

  it("refuses an OFFICE_JS it does not know, and a store build that self-hosts", async () => {
    await expect(build({ OFFICE_JS: "selfhosted" })).rejects.toThrow(/OFFICE_JS/);
    await expect(build({ OFFICE_JS: "self", STORE: "1" })).rejects.toThrow(/CDN/);
  });
});
