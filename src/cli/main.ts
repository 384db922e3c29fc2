/**
 * `thidua` — the check on .xlsx files (spec/report.md "Command line"). All file I/O of the product lives here.
 * Exit status: 0 checked, 1 internal error, 2 bad invocation, 3 the workbook cannot be checked.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, realpathSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join, resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { PlanMistakes, PlanYearMismatch, runCheck, type CheckOutput } from "../core/check";
import { messageText } from "../core/i18n/catalogue";
import { loadPlanJson } from "../core/plans";
import { getRuleSet, LAW } from "../core/rules";
import type { RuleSet } from "../core/rules/types";
import type { Msg } from "../core/records";
import { planWorkbookBytes } from "../xlsx/plan-sheet";
import type { WritePlan } from "../core/render/plan";
import { format, type Lang } from "../core/i18n/types";
import { parseAssignments } from "../core/settings-io";
import { ruleSetIds } from "../core/check";
import { loadWorkbook } from "../xlsx/read";
import { WORKBOOK_TYPES, type PackageInfo } from "../xlsx/parts";
import { XlsxInputError } from "../xlsx/errors";
import { makeSampleWorkbook } from "../xlsx/sample";
import { clearToBytes, writeCheckedBytes } from "../xlsx/check-file";
import { nodeDeflate } from "./deflate";
import { sheetInfo } from "../xlsx/owned";
import { cliMessages } from "./messages";
import { printSummary } from "./summary";

export class UsageError extends Error {}
class CannotCheck extends Error {}

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo: Io = {
  out: (l) => process.stdout.write(l + "\n"),
  err: (l) => process.stderr.write(l + "\n"),
};

function say(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const t = cliMessages[key];
  return t ? format(t[lang], params) : key;
}

function langOf(argv: string[]): Lang {
  const i = argv.indexOf("--lang");
  return i >= 0 && argv[i + 1] === "en" ? "en" : "vi";
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const lang = langOf(argv);
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return await check(rest, lang, io);
      case "clear":
        return await clear(rest, lang, io);
      case "demo":
        return await demo(rest, lang, io);
      case "plan":
        return await planCommand(rest, lang, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(say(lang, "cli.usage"));
        return command === undefined ? 2 : 0;
      default:
        io.err(say(lang, "cli.unknownCommand", { command }));
        io.err(say(lang, "cli.usage"));
        return 2;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    if (e instanceof CannotCheck) {
      io.err(e.message);
      return 3;
    }
    const path = join(tmpdir(), `thidua-error-${Date.now()}.log`);
    try {
      writeFileSync(path, e instanceof Error ? `${e.stack ?? e.message}\n` : String(e));
    } catch {
      // The one-line message below still tells the clerk it was a bug.
    }
    io.err(say(lang, "cli.internal", { path }));
    return 1;
  }
}

function parse(args: string[], lang: Lang, options: NonNullable<ParseArgsConfig["options"]>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(
      `${say(lang, "cli.badArgs", { detail: e instanceof Error ? e.message : String(e) })}\n${say(lang, "cli.usage")}`
    );
  }
}

function samePath(a: string, b: string): boolean {
  const ra = resolve(a);
  const rb = resolve(b);
  if (ra === rb) return true;
  try {
    return existsSync(rb) && realpathSync(ra) === realpathSync(rb);
  } catch {
    return false;
  }
}

function readInput(file: string, lang: Lang): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    const detail =
      (e as NodeJS.ErrnoException).code === "ENOENT"
        ? lang === "vi"
          ? "không tìm thấy tệp"
          : "file not found"
        : String((e as Error).message);
    throw new CannotCheck(say(lang, "cli.cannotRead", { file, detail }));
  }
}

function writeOutput(file: string, data: Uint8Array | string, lang: Lang): void {
  try {
    writeFileSync(file, data);
  } catch (e) {
    throw new UsageError(say(lang, "cli.cannotWrite", { file, detail: (e as Error).message }));
  }
}

const EXCEL_EXTENSIONS = new Set(Object.values(WORKBOOK_TYPES).map((t) => t.ext));

/**
 * The copy keeps the original's kind of workbook (the content type of its main part, sniffed from the file, not
 * from its name), and Excel opens a file only under its kind's extension: a macro-enabled workbook is written as
 * .xlsm, never under an .xlsx name, and a workbook without macros is not written as .xlsm. A name without one of
 * Excel's extensions stays free for a workbook without macros, as before.
 */
function checkOutExtension(input: string, out: string, info: PackageInfo, lang: Lang): void {
  const ext = extname(out).toLowerCase();
  if (ext === info.extension) return;
  if (!info.macroEnabled && !EXCEL_EXTENSIONS.has(ext)) return;
  const suggest = (EXCEL_EXTENSIONS.has(ext) ? out.slice(0, -ext.length) : out) + info.extension;
  throw new UsageError(
    say(lang, info.macroEnabled ? "cli.outNeedsMacroExt" : "cli.outNeedsExt", {
      file: basename(input),
      ext: info.extension,
      suggest,
    })
  );
}

/** Where a results-only workbook goes: it is an ordinary .xlsx, so an .xlsm name given for the copy becomes .xlsx. */
function resultsOnlyTarget(input: string, out: string): string {
  const ext = extname(out).toLowerCase();
  if (ext === ".xlsx" || !EXCEL_EXTENSIONS.has(ext)) return out;
  const target = out.slice(0, -ext.length) + ".xlsx";
  return samePath(target, input) ? out.slice(0, -ext.length) + "-ket-qua-ra-soat.xlsx" : target;
}

async function load(file: string, data: Uint8Array, lang: Lang) {
  try {
    return await loadWorkbook(data, { file: basename(file) });
  } catch (e) {
    if (e instanceof XlsxInputError) throw new CannotCheck(e.describe(basename(file), lang));
    throw e;
  }
}

async function check(args: string[], lang: Lang, io: Io): Promise<number> {
  const { values, positionals } = parse(args, lang, {
    out: { type: "string" },
    report: { type: "string" },
    rules: { type: "string" },
    plan: { type: "string" },
    year: { type: "string" },
    set: { type: "string", multiple: true },
    "save-settings": { type: "boolean" },
    lang: { type: "string" },
  });
  if (positionals.length !== 1)
    throw new UsageError(`${say(lang, "cli.missingInput")}\n${say(lang, "cli.usage")}`);
  const input = positionals[0];
  const out = values.out as string | undefined;
  if (out && samePath(out, input))
    throw new UsageError(say(lang, "cli.outIsInput", { file: input }));
  const ruleSetId = (values.rules as string | undefined) ?? "kh-2025";
  if (!ruleSetIds().includes(ruleSetId))
    throw new UsageError(
      say(lang, "cli.unknownRules", { id: ruleSetId, ids: ruleSetIds().join(", ") })
    );
  const { entries, bad } = parseAssignments((values.set as string[] | undefined) ?? []);
  if (bad.length) throw new UsageError(say(lang, "cli.badSetting", { detail: bad.join(", ") }));
  if (values.year !== undefined) entries.year = values.year as string;
  const planArg = values.plan as string | undefined;
  const planFile =
    planArg !== undefined && planArg !== "sheet" ? planFromFile(planArg, lang) : undefined;

  const data = readInput(input, lang);
  const loaded = await load(input, data, lang);
  if (out) checkOutExtension(input, out, loaded.info, lang);
  // The parts the checked copy is made from are decompressed on other threads while the check runs.
  if (out) loaded.zip.prefetch();
  let result: CheckOutput | null = checkWithPlan(
    {
      grid: loaded.grid,
      overrides: entries,
      saveOverrides: Boolean(values["save-settings"]),
      ruleSetId: values.rules === undefined ? undefined : ruleSetId,
      ruleSet: planFile,
      usePlanSheet: planArg === "sheet",
      lang,
      file: basename(input),
      sha256: createHash("sha256").update(data).digest("hex"),
      sheetInfo: sheetInfo(loaded),
    },
    lang
  );
  const text = result.text;
  const badSettings = result.settingIssues.filter((i) =>
    Object.prototype.hasOwnProperty.call(entries, i.key)
  );
  if (badSettings.length)
    throw new UsageError(
      say(lang, "cli.badSetting", { detail: badSettings.map((i) => text(i.msg)).join(" ") })
    );
  printSummary(result, basename(input), lang, io.out);
  if (!result.checkable) {
    for (const p of result.report.problems.filter((p) => p.level === "error")) io.err(p.message);
    if (values.report)
      writeOutput(values.report as string, JSON.stringify(result.report, null, 2) + "\n", lang);
    throw new CannotCheck(say(lang, "cli.notCheckable", { file: basename(input) }));
  }
  if (values.report) {
    writeOutput(values.report as string, JSON.stringify(result.report, null, 2) + "\n", lang);
    io.out(
      say(lang, "cli.wrote", { what: say(lang, "cli.what.report"), file: values.report as string })
    );
  }
  if (out) {
    const plan = result.plan;
    // The report, review and records are not needed to write the copy: let them go before exceljs builds it
    // (they are a third of the peak memory of a 50,000-row check).
    result = null;
    await writeChecked(loaded, plan, input, out, lang, io);
  }
  return 0;
}

async function writeChecked(
  loaded: Awaited<ReturnType<typeof loadWorkbook>>,
  plan: WritePlan,
  input: string,
  out: string,
  lang: Lang,
  io: Io
): Promise<void> {
  const written = await writeCheckedBytes(loaded, plan, lang, { deflate: nodeDeflate });
  const target = written.resultsOnly ? resultsOnlyTarget(input, out) : out;
  writeOutput(target, written.bytes, lang);
  for (const r of written.refused)
    io.err(say(lang, "cli.refused", { sheet: r.sheet, detail: r.message }));
  for (const n of written.notices) io.err(n);
  if (target !== out) io.err(say(lang, "cli.resultsOnlyXlsx", { out, file: target }));
  const what = written.resultsOnly
    ? say(lang, "cli.what.resultsOnly", { parts: written.resultsOnly })
    : say(lang, "cli.what.checked");
  io.out(say(lang, "cli.wrote", { what, file: target }));
}

async function clear(args: string[], lang: Lang, io: Io): Promise<number> {
  const { values, positionals } = parse(args, lang, {
    out: { type: "string" },
    lang: { type: "string" },
  });
  if (positionals.length !== 1)
    throw new UsageError(`${say(lang, "cli.missingInput")}\n${say(lang, "cli.usage")}`);
  const input = positionals[0];
  const out = values.out as string | undefined;
  if (!out) throw new UsageError(say(lang, "cli.clearNeedsOut"));
  if (samePath(out, input)) throw new UsageError(say(lang, "cli.outIsInput", { file: input }));
  const loaded = await load(input, readInput(input, lang), lang);
  checkOutExtension(input, out, loaded.info, lang);
  let bytes: Uint8Array;
  try {
    bytes = await clearToBytes(loaded, { deflate: nodeDeflate });
  } catch (e) {
    if (e instanceof XlsxInputError) throw new CannotCheck(e.describe(basename(input), lang));
    throw e;
  }
  writeOutput(out, bytes, lang);
  io.out(say(lang, "cli.wrote", { what: say(lang, "cli.what.clean"), file: out }));
  return 0;
}

async function demo(args: string[], lang: Lang, io: Io): Promise<number> {
  const { values } = parse(args, lang, { "out-dir": { type: "string" }, lang: { type: "string" } });
  const dir = (values["out-dir"] as string | undefined) ?? "out";
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UsageError(say(lang, "cli.cannotWrite", { file: dir, detail: (e as Error).message }));
  }
  const sample = join(dir, "mau-thi-dua-2025.xlsx");
  writeOutput(sample, await makeSampleWorkbook({}), lang);
  io.out(say(lang, "cli.wrote", { what: say(lang, "cli.what.sample"), file: sample }));
  return check(
    [
      sample,
      "--out",
      join(dir, "mau-thi-dua-2025-da-ra-soat.xlsx"),
      "--report",
      join(dir, "bao-cao.json"),
      "--lang",
      lang,
    ],
    lang,
    io
  );
}

/** A broken plan's mistakes, one sentence a line under a line that counts them. */
function planBroken(mistakes: readonly { msg: Msg }[], lang: Lang): string {
  const lines = mistakes.map((m) => messageText(m.msg, lang));
  return [say(lang, "cli.planBroken", { count: lines.length }), ...lines].join("\n");
}

/** runCheck, with a broken plan or a plan of another year said in the clerk's words. */
function checkWithPlan(input: Parameters<typeof runCheck>[0], lang: Lang): CheckOutput {
  try {
    return runCheck(input);
  } catch (e) {
    if (e instanceof PlanMistakes) throw new CannotCheck(planBroken(e.mistakes, lang));
    if (e instanceof PlanYearMismatch) throw new UsageError(messageText(e.msg, lang));
    throw e;
  }
}

function planFromFile(file: string, lang: Lang): RuleSet {
  const text = Buffer.from(readInput(file, lang)).toString("utf8");
  const load = loadPlanJson(text);
  if (!load.ruleSet) throw new UsageError(planBroken(load.mistakes, lang));
  return load.ruleSet;
}

/** `thidua plan export [--rules kh-2025] --out plan.json|plan.xlsx`, `thidua plan check plan.json`. */
async function planCommand(args: string[], lang: Lang, io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parse(rest, lang, {
    out: { type: "string" },
    rules: { type: "string" },
    lang: { type: "string" },
  });
  if (sub === "check") {
    if (positionals.length !== 1) throw new UsageError(say(lang, "cli.usage"));
    const rs = planFromFile(positionals[0], lang);
    io.out(
      say(lang, "cli.planOk", {
        id: rs.plan.id,
        version: rs.plan.version,
        year: rs.plan.year,
        hash: rs.plan.hash,
      })
    );
    return 0;
  }
  if (sub !== "export") throw new UsageError(say(lang, "cli.usage"));
  const out = values.out as string | undefined;
  if (!out) throw new UsageError(say(lang, "cli.planNeedsOut"));
  const id = (values.rules as string | undefined) ?? "kh-2025";
  const rs = getRuleSet(id);
  if (!rs)
    throw new UsageError(say(lang, "cli.unknownRules", { id, ids: ruleSetIds().join(", ") }));
  const plan = { $schema: "https://thidua.local/schema/thidua.plan.schema.json", ...rs.planDef };
  if (/\.xlsx$/i.test(out)) writeOutput(out, await planWorkbookBytes(rs.planDef, LAW), lang);
  else writeOutput(out, JSON.stringify(plan, null, 2) + "\n", lang);
  io.out(
    say(lang, "cli.wrote", { what: say(lang, "cli.what.plan", { id: rs.plan.id }), file: out })
  );
  return 0;
}
