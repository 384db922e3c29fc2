/**
 * The switch and the tools of the end-to-end tests: they run only with THIDUA_ALL=1 (npm run test:all, CI), in
 * Debian's Chromium driven by playwright-core, on pages served from 127.0.0.1.
 */
import { createReadStream, existsSync, mkdirSync, mkdtempSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { AddressInfo } from "node:net";

export const E2E_ENABLED = process.env.THIDUA_ALL === "1";
export const ROOT = resolve(__dirname, "../..");
export const OUT = join(ROOT, "test-output");
export const SCREENSHOTS = join(OUT, "screenshots");
export const CHROMIUM = "/usr/bin/chromium";
/** toolchain.md: the flags Chromium needs on this kind of machine. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** `describe` for browser tests: skipped unless THIDUA_ALL=1; test/support/skipped-suites-reporter.js then says
 *  so in one line at the end of the run. */
export function describeE2E(name: string, fn: () => void): void {
  if (E2E_ENABLED) {
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
 * Builds the standalone page once into test-output/web-build (production mode, so React runs as clerks get it;
 * without minifying, to keep the build short). Returns the folder holding index.html.
 */
export async function buildWebPage(): Promise<string> {
  const webOut = join(OUT, "web-build");
  const workerOut = join(OUT, "web-worker");
  const makeConfig = require(join(ROOT, "webpack.config.js")) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>
  ) => Promise<Record<string, unknown>[]>;
  const configs = await makeConfig({ web: true, webOut, workerOut }, { mode: "production" });
  for (const c of configs) c.optimization = { minimize: false };
  const webpack = require("webpack") as (c: unknown) => {
    run(
      cb: (
        err: Error | null,
        stats?: { hasErrors(): boolean; toString(o: unknown): string }
      ) => void
    ): void;
    close(cb: () => void): void;
  };
  const started = Date.now();
  await new Promise<void>((ok, fail) => {
    const compiler = webpack(configs);
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return fail(err);
      if (stats?.hasErrors()) return fail(new Error(stats.toString("errors-only")));
      ok();
    });
  });
  console.log(
    `Standalone page built for the e2e tests in ${((Date.now() - started) / 1000).toFixed(1)} s`
  );
  if (!existsSync(join(webOut, "index.html"))) throw new Error("the build made no index.html");
  return webOut;
}

type WebpackRun = (c: unknown) => {
  run(
    cb: (err: Error | null, stats?: { hasErrors(): boolean; toString(o: unknown): string }) => void
  ): void;
  close(cb: () => void): void;
};

/**
 * Builds the Excel add-in's pages as `npm run build` does (office.js from Microsoft's CDN: OFFICE_JS is left unset),
 * without minifying, into test-output/addin-build; and the stand-in for office.js (fake-office.ts) into
 * test-output/fake-office/fake-office.js. Returns both paths.
 */
export async function buildAddin(): Promise<{ dir: string; fakeOffice: string }> {
  const dir = join(OUT, "addin-build");
  const fakeDir = join(OUT, "fake-office");
  const saved = { OFFICE_JS: process.env.OFFICE_JS, STORE: process.env.STORE };
  delete process.env.OFFICE_JS;
  delete process.env.STORE;
  const makeConfig = require(join(ROOT, "webpack.config.js")) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>
  ) => Promise<Record<string, unknown>[]>;
  let configs: Record<string, unknown>[];
  try {
    configs = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  } finally {
    Object.assign(process.env, saved);
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  }
  const worker = configs.find((c) => c.name === "worker");
  const addin = configs.find((c) => c.name === "addin");
  if (!worker || !addin)
    throw new Error("webpack.config.js made no worker or add-in configuration");
  addin.output = { ...(addin.output as object), path: dir };
  for (const c of [worker, addin]) c.optimization = { minimize: false };
  const fake = {
    name: "fake-office",
    mode: "production",
    target: "web",
    devtool: false,
    entry: join(ROOT, "test/e2e/fake-office.ts"),
    output: { path: fakeDir, filename: "fake-office.js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            configFile: join(ROOT, "tsconfig.json"),
            transpileOnly: true,
            compilerOptions: { module: "esnext", moduleResolution: "bundler" },
          },
        },
      ],
    },
    optimization: { minimize: false },
    performance: { hints: false },
    stats: "errors-warnings",
  };
  const webpack = require("webpack") as WebpackRun;
  const started = Date.now();
  await new Promise<void>((ok, fail) => {
    const compiler = webpack([worker, addin, fake]);
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return fail(err);
      if (stats?.hasErrors()) return fail(new Error(stats.toString("errors-only")));
      ok();
    });
  });
  console.log(`Add-in built for the e2e tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { dir, fakeOffice: join(fakeDir, "fake-office.js") };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/** A static file server on 127.0.0.1 (a free port), for one folder. */
export async function serveFolder(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const file = normalize(join(root, path === "/" ? "index.html" : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export function freshProfile(): string {
  return mkdtempSync(join(tmpdir(), "thidua-chromium-"));
}
