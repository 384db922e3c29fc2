// Builds the Excel add-in into dist/: taskpane.html + commands.html (+ support.html), their bundles,
// the icons, manifest.xml and (with OFFICE_JS=self) a self-hosted copy of office.js.
//   npm run build        production; ADDIN_BASE_URL=https://host/path/ rewrites the manifest's URLs
//   npm run build:dev    development, readable bundles with source maps
//   npm run dev-server   https://localhost:3000, with the certificate office-addin-dev-certs installed, if any
//   npm run build:web    only the standalone page, dist/web/index.html (webpack.web.js); npm run web serves it
// Office.js comes from Microsoft's CDN by default (Microsoft's supported way: always current, with every member the
// typings offer). OFFICE_JS=self copies the npm package's office.js into dist/office-js and references it instead,
// for closed networks that cannot reach appsforoffice.microsoft.com; that copy is frozen at its npm version (1.1.110),
// so members newer than it are missing. STORE=1 (AppSource) insists on the CDN.
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const AssetSizePlugin = require("./scripts/asset-size-plugin");
const { DEV_BASE_URL, normaliseBaseUrl, rewriteManifest } = require("./scripts/manifest-url");
const {
  webConfigs,
  workerConfig,
  ADDIN_WORKER_SOURCE,
  DEFAULT_WORKER_DIR,
} = require("./webpack.web");

const DEV_PORT = 3000;
/** The office-addin-dev-certs that the README and the message below name (office-addin-debugging 7, which `npm start`
 *  fetches, uses 3.x too). */
const DEV_CERTS_VERSION = "3.0.0";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_SELF = "office-js/office.js";
const OFFICE_JS_DIST = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");

/** Whether office.js is self-hosted: OFFICE_JS=self; unset or "cdn" is Microsoft's CDN. Checked before anything is
 *  built, like ADDIN_BASE_URL: a typo must not silently give the other build. */
function officeJsSource(env) {
  const choice = (env.OFFICE_JS || "cdn").trim().toLowerCase();
  if (choice !== "cdn" && choice !== "self") {
    throw new Error(`OFFICE_JS must be "cdn" (the default) or "self", not "${env.OFFICE_JS}"`);
  }
  if (choice === "self" && env.STORE === "1") {
    throw new Error(
      "STORE=1 (AppSource) needs office.js from Microsoft's CDN: leave out OFFICE_JS=self"
    );
  }
  return choice === "self";
}

/** Where `office-addin-dev-certs install` keeps its trusted localhost certificate (its defaults.js). */
const DEV_CERTS_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const DEV_CERTS_INSTALL = `npx --yes office-addin-dev-certs@${DEV_CERTS_VERSION} install`;

/** HTTPS for the dev server: the trusted localhost certificate that office-addin-dev-certs installed (Excel refuses
 *  untrusted ones), otherwise webpack-dev-server's own self-signed certificate. The files are read here rather than
 *  through the package, so that office-addin-dev-certs is fetched only by the developers who install certificates. */
function devServerHttps() {
  try {
    const read = (name) => fs.readFileSync(path.join(DEV_CERTS_DIR, name));
    const [ca, cert, key] = [read("ca.crt"), read("localhost.crt"), read("localhost.key")];
    const validTo = new crypto.X509Certificate(cert).validTo;
    if (Date.parse(validTo) <= Date.now())
      throw new Error(`the localhost certificate expired on ${validTo}`);
    return { type: "https", options: { ca, cert, key } };
  } catch (error) {
    const reason =
      error && error.code === "ENOENT" ? `no certificate in ${DEV_CERTS_DIR}` : error.message;
    console.warn(
      `Dev certificates: ${reason}.\n` +
        "Serving with a self-signed certificate: a browser will warn, and Excel will not load the pane " +
        `until a trusted one is installed (${DEV_CERTS_INSTALL}; npm start does it too).`
    );
    return { type: "https" };
  }
}

module.exports = async (env, argv) => {
  const mode = argv.mode || "production";
  const production = mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const selfHosted = officeJsSource(process.env);
  // Checked before anything is built: a bad URL must not produce a manifest Office would reject.
  const baseUrl =
    serving || !process.env.ADDIN_BASE_URL
      ? undefined
      : normaliseBaseUrl(process.env.ADDIN_BASE_URL);
  const officeJsUrl = selfHosted ? OFFICE_JS_SELF : OFFICE_JS_CDN;
  // `--env web`: only the standalone page (dist/web), as `npm run build:web` and the e2e tests build it.
  if (env.web) return webConfigs({ mode, webOut: env.webOut, workerOut: env.workerOut });

  const page = (name, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/taskpane/${name}.html`,
      chunks,
      inject: chunks.length > 0,
      templateParameters: { officeJsUrl },
    });

  const copies = [
    { from: "assets", to: "assets" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => rewriteManifest(content.toString("utf8"), baseUrl),
    },
  ];
  if (selfHosted) {
    // Already minified by Microsoft: without `minimized` Terser re-minifies 17 MB (about 2 min).
    copies.push({ from: OFFICE_JS_DIST, to: "office-js", info: { minimized: true } });
  }

  const addin = {
    name: "addin",
    // The check's Web Worker (webpack.web.js) is built first and inlined into the pane as text.
    dependencies: ["worker"],
    mode,
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/taskpane/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Office caches add-in files hard: hashed names make a new deployment take effect at once.
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: { [ADDIN_WORKER_SOURCE]: path.join(DEFAULT_WORKER_DIR, "worker.js") },
    },
    module: {
      rules: [
        { test: /thidua-worker[\\/]worker\.js$/, type: "asset/source" },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            configFile: path.resolve(__dirname, "tsconfig.json"),
            // Type errors are `npm run typecheck`'s job (CI runs it): transpiling file by file keeps the
            // build near 20 s on 2 cores, where a full type check of core from ts-loader took minutes.
            transpileOnly: true,
            onlyCompileBundledFiles: true,
            // ES modules let webpack drop the unused parts of Fluent UI.
            compilerOptions: {
              module: "esnext",
              moduleResolution: "bundler",
              sourceMap: !production,
            },
          },
        },
      ],
    },
    plugins: [
      page("taskpane", ["taskpane"]),
      page("commands", ["commands"]),
      page("support", []),
      new CopyWebpackPlugin({ patterns: copies }),
      new AssetSizePlugin(),
      {
        apply: (compiler) =>
          compiler.hooks.done.tap("ManifestBase", () =>
            console.log(`manifest.xml URLs: ${baseUrl || DEV_BASE_URL}; office.js: ${officeJsUrl}`)
          ),
      },
    ],
    // AssetSizePlugin prints the sizes and time; webpack's own asset list would repeat office.js's 729 files.
    stats: "errors-warnings",
    performance: {
      // The pane's own bundle is what Excel waits for; office.js is loaded by its own script tag.
      assetFilter: (name) => name.endsWith(".js") && !name.startsWith("office-js/"),
      // 1.25 MiB: React + Fluent UI (~800 KiB) plus the inlined check worker (~300 KiB, the whole core).
      maxAssetSize: 1.25 * 1024 * 1024,
      maxEntrypointSize: 1.25 * 1024 * 1024,
    },
    devServer: {
      port: DEV_PORT,
      server: serving ? devServerHttps() : "https",
      static: false, // everything comes out of this build (office.js too, with OFFICE_JS=self)
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
      // The worker bundle is read from disk by the add-in's compilation, so it must not stay in memory.
      devMiddleware: { writeToDisk: (file) => file.startsWith(DEFAULT_WORKER_DIR) },
    },
  };
  // The dev server serves the add-in (and builds its worker); a build also makes the standalone page, after the
  // add-in build has cleaned dist/.
  if (serving) return [workerConfig({ mode }), addin];
  const [worker, web] = webConfigs({ mode, after: ["addin"] });
  return [worker, addin, web];
};
