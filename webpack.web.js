// The standalone page (dist/web/index.html): open an .xlsx in the browser, check it in a Web Worker.
// Two compilations:
//   worker  src/taskpane/hosts/worker.ts for a Web Worker, with exceljs left out as the global `ExcelJS`; after
//           emit, exceljs's own browser build (already minified, so Terser does not redo 0.9 MB) is put in front
//           of it in one file, worker-inline.js. The Excel add-in (webpack.config.js) inlines worker.js alone:
//           it sends only grids, whose ops never touch exceljs, and `ExcelJS` is read as a global property so a
//           worker without it still starts;
//   web     the page, which imports worker-inline.js as text (asset/source) and starts it from a Blob URL, so
//           the page is one HTML file and one script with relative URLs and works opened from disk (file://).
// Used by webpack.config.js (npm run build) and alone by `npm run build:web` / the e2e tests (webOnly).
"use strict";

const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const AssetSizePlugin = require("./scripts/asset-size-plugin");

const EXCELJS_BROWSER = require.resolve("exceljs/dist/exceljs.min.js");
const WORKER_SOURCE = "thidua-worker-source";
const ADDIN_WORKER_SOURCE = "thidua-addin-worker-source";
const DEFAULT_WORKER_DIR = path.resolve(__dirname, "node_modules/.cache/thidua-worker");

function tsRule(production) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    loader: "ts-loader",
    options: {
      configFile: path.resolve(__dirname, "tsconfig.json"),
      // Types are checked by `npm run typecheck`; transpiling alone keeps this build (and the e2e tests) fast.
      transpileOnly: true,
      compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: !production },
    },
  };
}

/** Prints the size of the inlined worker (exceljs included), which the page's size line also contains. */
function inlineWorker(workerDir) {
  return {
    apply(compiler) {
      compiler.hooks.afterEmit.tap("InlineWorker", () => {
        const own = fs.readFileSync(path.join(workerDir, "worker.js"), "utf8");
        const exceljs = fs.readFileSync(EXCELJS_BROWSER, "utf8");
        const out = path.join(workerDir, "worker-inline.js");
        fs.writeFileSync(out, `${exceljs}\n;\n${own}`);
        const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
        console.log(
          `Standalone page worker: ${kib(Buffer.byteLength(own))} own code + ${kib(exceljs.length)} exceljs ` +
            `(browser build) = ${kib(fs.statSync(out).size)}, inlined into the page`
        );
      });
    },
  };
}

/**
 * @param {{ mode: string, webOut?: string, workerOut?: string, after?: string[] }} options
 * `after`: names of configurations the page must wait for (the add-in build cleans dist/ first).
 */
function webConfigs({ mode, webOut, workerOut, after = [] }) {
  const production = mode === "production";
  const workerDir = workerOut || DEFAULT_WORKER_DIR;
  const outDir = webOut || path.resolve(__dirname, "dist/web");
  const worker = workerConfig({ mode, workerDir });
  const web = {
    name: "web",
    dependencies: ["worker", ...after],
    mode,
    target: "web",
    devtool: false,
    entry: { web: "./src/taskpane/web/index.tsx" },
    output: {
      path: outDir,
      filename: production ? "app.[contenthash:8].js" : "app.js",
      // Relative URLs only: the page must work from file://.
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: { [WORKER_SOURCE]: path.join(workerDir, "worker-inline.js") },
    },
    module: {
      rules: [tsRule(production), { test: /worker-inline\.js$/, type: "asset/source" }],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/taskpane/web/index.html",
        scriptLoading: "defer",
      }),
      new AssetSizePlugin(),
    ],
    stats: "errors-warnings",
    // The page carries exceljs inside its worker (≈ 1 MB); AssetSizePlugin prints the size instead.
    performance: { hints: false },
  };
  return [worker, web];
}

/** The worker compilation alone (the add-in's build and dev server need it too). */
function workerConfig({ mode, workerDir = DEFAULT_WORKER_DIR }) {
  const production = mode === "production";
  return {
    name: "worker",
    mode,
    target: "webworker",
    devtool: false,
    entry: { worker: "./src/taskpane/hosts/worker.ts" },
    output: { path: workerDir, filename: "worker.js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    externals: { exceljs: "ExcelJS" },
    // `self["ExcelJS"]`, not a bare `ExcelJS`: the add-in's copy has no exceljs and must not throw on start.
    externalsType: "global",
    module: { rules: [tsRule(production)] },
    plugins: [inlineWorker(workerDir)],
    stats: "errors-warnings",
    performance: { hints: false },
  };
}

module.exports = {
  webConfigs,
  workerConfig,
  WORKER_SOURCE,
  ADDIN_WORKER_SOURCE,
  DEFAULT_WORKER_DIR,
};
