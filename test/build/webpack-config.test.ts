// The webpack configuration as data: which pages, which copies, which office.js, which manifest URLs.
// Building for real takes ~15 s and 86 MB, so `npm run build` is measured by hand, not in jest.
import * as path from "path";

/** The part of webpack's Configuration these tests read (webpack's own types cost ts-jest ~30 s). */
interface Configuration {
  mode?: string;
  devtool?: string | false;
  entry?: unknown;
  plugins?: object[];
}

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: { mode?: string }
) => Promise<Configuration | Configuration[]>;

interface CopyPattern {
  from: string;
  to: string;
  info?: { minimized?: boolean };
  transform?: (content: Buffer) => string;
}

const ROOT = path.resolve(__dirname, "..", "..");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const makeConfig = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
});

async function configWith(vars: Record<string, string>, mode?: string): Promise<Configuration> {
  delete process.env.STORE;
  delete process.env.OFFICE_JS;
  delete process.env.ADDIN_BASE_URL;
  Object.assign(process.env, vars);
  const made = await makeConfig({ WEBPACK_BUILD: true }, mode ? { mode } : {});
  // A build may also make other targets (the standalone page); these tests are about the add-in's.
  const addin = (Array.isArray(made) ? made : [made]).find((c) => hasTaskpaneEntry(c.entry));
  if (!addin) throw new Error("no configuration with the taskpane entry");
  return addin;
}

function hasTaskpaneEntry(entry: unknown): boolean {
  return typeof entry === "object" && entry !== null && "taskpane" in entry;
}

function copyPatterns(config: Configuration): CopyPattern[] {
  const plugin = (config.plugins ?? []).find((p) => p.constructor.name === "CopyPlugin") as
    { patterns: CopyPattern[] } | undefined;
  if (!plugin) throw new Error("no CopyWebpackPlugin");
  return plugin.patterns;
}

function pages(config: Configuration): { filename: string; officeJsUrl: unknown }[] {
  return (config.plugins ?? [])
    .filter((p) => p.constructor.name === "HtmlWebpackPlugin")
    .map((p) => {
      const options = (p as unknown as { userOptions: Record<string, unknown> }).userOptions;
      const parameters = options.templateParameters as Record<string, unknown>;
      return { filename: String(options.filename), officeJsUrl: parameters.officeJsUrl };
    });
}

describe("webpack.config.js", () => {
  it("builds in production mode when no mode is given (npm run build)", async () => {
    const config = await configWith({});
    expect(config.mode).toBe("production");
    expect(config.devtool).toBe(false);
    expect(config.entry).toEqual({
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/taskpane/commands.ts",
    });
  });

  it("references office.js on Microsoft's CDN by default and copies none", async () => {
    const config = await configWith({});
    expect(copyPatterns(config).some((p) => p.to === "office-js")).toBe(false);
    expect(pages(config).map((p) => [p.filename, p.officeJsUrl])).toEqual([
      ["taskpane.html", CDN],
      ["commands.html", CDN],
      ["support.html", CDN],
    ]);
  });

  it("self-hosts office.js with OFFICE_JS=self and copies it without re-minifying it", async () => {
    const config = await configWith({ OFFICE_JS: "self" });
    const officeJs = copyPatterns(config).find((p) => p.to === "office-js");
    expect(officeJs?.from).toBe(path.join(ROOT, "node_modules/@microsoft/office-js/dist"));
    expect(officeJs?.info?.minimized).toBe(true);
    expect(pages(config).map((p) => [p.filename, p.officeJsUrl])).toEqual([
      ["taskpane.html", "office-js/office.js"],
      ["commands.html", "office-js/office.js"],
      ["support.html", "office-js/office.js"],
    ]);
  });

  it("keeps the CDN for a store build (STORE=1)", async () => {
    const config = await configWith({ STORE: "1" });
    expect(copyPatterns(config).some((p) => p.to === "office-js")).toBe(false);
    for (const page of pages(config)) expect(page.officeJsUrl).toBe(CDN);
  });

  it("writes the manifest with ADDIN_BASE_URL in place of the dev-server address", async () => {
    const config = await configWith({ ADDIN_BASE_URL: "https://thidua.so-nnmt.gov.vn/addin" });
    const manifest = copyPatterns(config).find((p) => p.to === "manifest.xml");
    const source = Buffer.from(
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>'
    );
    expect(manifest?.transform?.(source)).toBe(
      '<SourceLocation DefaultValue="https://thidua.so-nnmt.gov.vn/addin/taskpane.html"/>'
    );
  });

  it("keeps the dev-server address in a development build without ADDIN_BASE_URL", async () => {
    const config = await configWith({}, "development");
    expect(config.mode).toBe("development");
    const manifest = copyPatterns(config).find((p) => p.to === "manifest.xml");
    const source = Buffer.from(
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>'
    );
    expect(manifest?.transform?.(source)).toBe(source.toString());
  });

  it("stops before building when ADDIN_BASE_URL is not https", async () => {
    await expect(configWith({ ADDIN_BASE_URL: "http://thidua.example/addin/" })).rejects.toThrow(
      /https/
    );
  });
});
