/**
 * The equivalence harness of issue 16 ("kh-2025 expressed as data reproduces today's results exactly"): every
 * workbook of a corpus is checked under a list of settings variants and languages by the pure pipeline `runCheck`, and
 * each run's outputs are put into a canonical text and hashed:
 * - `report`: the JSON report (`out.report`) as `JSON.stringify` writes it, key order included;
 * - `plan`: the write plan (`out.plan`), the same way;
 * - `problems`: every problem of the review (read problems, evaluation notices, settings issues) put into words with
 *   `out.text`, the settings issues, and the summary `thidua check` prints from (`out.summary`);
 * - `printed`: the lines `thidua check` prints (src/cli/summary.ts), as one text.
 * A workbook the .xlsx host cannot open gives one output instead, `error`: its message in the run's language.
 *
 * Nothing in these outputs varies from run to run once the two host-given fields are fixed: `workbook.file` is the
 * corpus name, and `workbook.sha256` is null (exceljs stamps the creation time into most generated files, so the
 * bytes' hash would change on every run). The core reads no clock: the report has no timestamp, duration or tool
 * version, and the plan's stamps hold only the stamp version and content hashes.
 *
 * Keys are `<workbook>|<variant>|<lang>`; workbooks are named `fixture/…` (test/fixtures/make.ts), `hostile/…`
 * (test/fixtures/hostile.ts, the light cases), `hand-worked/…` (test/cli), `sample/…` (makeSampleWorkbook),
 * `recheck/…` (a checked copy written by the .xlsx host and checked again) and `property/…` (the property tests'
 * generator; its grids are frozen in a committed file, because the generator draws headers from the vocabulary the
 * refactor of issue 16 rewrites, and the same workbooks must be checked before and after).
 */
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { rangeA1, parseA1 } from "../../src/core/address";
import { runCheck, type CheckOutput } from "../../src/core/check";
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import type { Lang } from "../../src/core/i18n/types";
import { contentHash } from "../../src/core/render/stamp";
import type { OwnedSheetPlan, WritePlan } from "../../src/core/render/plan";
import type { Report } from "../../src/core/report/types";
import { printSummary } from "../../src/cli/summary";
import { loadWorkbook, sheetInfo, XlsxInputError, makeSampleWorkbook } from "../../src/xlsx";
import { writeCheckedBytes } from "../../src/xlsx/check-file";
import { FIXTURES } from "../fixtures/make";
import { HOSTILE } from "../fixtures/hostile";
import { handWorkedWorkbook, proposalListOnly } from "../cli/hand-worked";
import {
  R2_PEOPLE,
  R2_PEOPLE_HEADER,
  R2_UNITS,
  R2_UNITS_HEADER,
  revision2Workbook,
} from "../cli/hand-worked-r2";
import { sheetSpec, uniqueSheets } from "../property/arbitraries";
import { toWorkbookGrid } from "../property/build";

export type SheetInfo = Record<string, { hasAutoFilter?: boolean }>;

export interface CorpusEntry {
  name: string;
  grid?: WorkbookGrid;
  sheetInfo?: SheetInfo;
  /** Why the .xlsx host could not open the bytes, in each language (then there is no grid). */
  error?: Record<Lang, string>;
}

export interface Variant {
  id: string;
  /** As `--set key=value` gives them. */
  overrides: Record<string, string>;
}

/** The outputs of one run, as the canonical texts that are hashed. */
export type Outputs = Record<string, string>;

/** Hashes of one run's outputs: output name → sha256 (hex). */
export type Hashes = Record<string, string>;

/**
 * The settings that change what the rule set decides or says (settings.ts, settings-io.ts), each moved off its
 * default at least once. `criteria.off` is a list of criterion ids, comma-separated.
 */
export const VARIANTS: Variant[] = [
  { id: "defaults", overrides: {} },
  { id: "law", overrides: { "cstdcs.mode": "law" } },
  { id: "vote", overrides: { "vote.cstdcs": "70%", "vote.cstdTinh": "0.8" } },
  { id: "criteria-off", overrides: { "criteria.off": "I3,C3,SERVICE" } },
  {
    id: "province",
    overrides: {
      "locality.kind": "tinh",
      "locality.name": "Đồng Tháp",
      "print.place": "Cao Lãnh",
      "print.number": "12/QĐ-HĐTĐKT",
      "print.date": "15/01/2026",
      "print.signerName": "Nguyễn Văn Tâm",
    },
  },
  {
    id: "quotas",
    overrides: { "quota.htxs": "15%", "quota.scope": "unit", "quota.cstdcs": "0.15" },
  },
  { id: "year-2026", overrides: { year: "2026" } },
  {
    id: "shares-bands-order",
    overrides: {
      "ttldtt.minShare": "0.6",
      "ttldtt.strict": "false",
      "rating.scoreBands": "85:HTXSNV,65:HTTNV,45:HTNV",
      "summary.order": "alphabetical",
      "review.sheet": "false",
      // Two settings the run cannot use: their issues are problems put into words too.
      "quota.htxs": "nhiều",
      "khong.co": "1",
    },
  },
];

/** Which languages a workbook is checked in under a variant: both for the named workbooks, Vietnamese only for
 * the property workbooks except with the defaults. */
export function langsFor(entry: CorpusEntry, variant: Variant): Lang[] {
  return entry.name.startsWith("property/") && variant.id !== "defaults" ? ["vi"] : ["vi", "en"];
}

// ---------------------------------------------------------------------------------------------------------------
// The corpus

/** A workbook as the .xlsx host opens it (`thidua check`), or the error it gives. */
export async function load(name: string, bytes: Uint8Array): Promise<CorpusEntry> {
  try {
    const loaded = await loadWorkbook(bytes, { file: name });
    return { name, grid: loaded.grid, sheetInfo: sheetInfo(loaded) };
  } catch (e) {
    if (!(e instanceof XlsxInputError)) throw e;
    return { name, error: { vi: e.describe(name, "vi"), en: e.describe(name, "en") } };
  }
}

/** A checked copy as the .xlsx host writes it (`thidua check --out`), opened again: the re-check of a clerk. */
async function checkedCopy(
  name: string,
  bytes: Uint8Array,
  overrides: Record<string, string>
): Promise<CorpusEntry> {
  const loaded = await loadWorkbook(bytes, { file: name });
  const out = runCheck({
    grid: loaded.grid,
    overrides,
    saveOverrides: true,
    lang: "vi",
    file: name,
    sheetInfo: sheetInfo(loaded),
  });
  const written = await writeCheckedBytes(loaded, out.plan, "vi");
  return load(name, written.bytes);
}

/** The council vote (revision 2) on the revision-2 department: no other named workbook has a vote column. Given as
 * a share, or as a count of votes beside the council's size; blank and unreadable cells included. */
async function revision2Votes(kind: "share" | "count"): Promise<Uint8Array> {
  const votes: (string | number | null)[] =
    kind === "share"
      ? [0.9, "75%", 0.7, 0.69, "80 %", null, "không rõ", 1, 0.5, "85%"]
      : [9, 7, 6, 5, null, 10, "x", 8, 7, 3];
  const header =
    kind === "share" ? ["Tỷ lệ phiếu bầu"] : ["Số phiếu đồng ý", "Tổng số thành viên Hội đồng"];
  const wb = new ExcelJS.Workbook();
  const people = wb.addWorksheet("Cá nhân");
  people.addRow([...R2_PEOPLE_HEADER, ...header]);
  R2_PEOPLE.forEach((r, i) => people.addRow([...r, votes[i], ...(kind === "count" ? [10] : [])]));
  const units = wb.addWorksheet("Tập thể");
  units.addRow([...R2_UNITS_HEADER]);
  for (const r of R2_UNITS) units.addRow([...r]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The named workbooks: fixtures, light hostile cases, hand-worked departments, samples and re-checks. */
export async function namedCorpus(): Promise<CorpusEntry[]> {
  const out: CorpusEntry[] = [];
  for (const [name, make] of Object.entries(FIXTURES))
    out.push(await load(`fixture/${name}`, await make()));
  for (const c of HOSTILE) {
    // Heavy cases (50,000 rows) belong to the scale benchmark; refused ones give only load errors, kept too.
    if (c.heavy) continue;
    out.push(await load(`hostile/${c.id}.${c.ext}`, await c.make()));
  }
  out.push(await load("hand-worked/revision-1.xlsx", await handWorkedWorkbook()));
  out.push(await load("hand-worked/proposal-list.xlsx", await proposalListOnly()));
  out.push(await load("hand-worked/revision-2.xlsx", await revision2Workbook()));
  out.push(await load("hand-worked/revision-2-vote-share.xlsx", await revision2Votes("share")));
  out.push(await load("hand-worked/revision-2-vote-count.xlsx", await revision2Votes("count")));
  out.push(
    await load(
      "sample/p400-u20-s3.xlsx",
      await makeSampleWorkbook({ people: 400, units: 20, seed: 3 })
    )
  );
  out.push(
    await load(
      "sample/mixed-p90-u4-s11.xlsx",
      await makeSampleWorkbook({ variant: "mixed", people: 90, units: 4, seed: 11 })
    )
  );
  out.push(
    await checkedCopy(
      "recheck/sample-small.xlsx",
      await makeSampleWorkbook({ people: 40, units: 5, seed: 7 }),
      {}
    )
  );
  out.push(
    await checkedCopy("recheck/revision-2-province.xlsx", await revision2Workbook(), {
      "locality.kind": "tinh",
      "locality.name": "An Giang",
      "vote.cstdcs": "0.7",
    })
  );
  return out;
}

export const PROPERTY_SEED = 20251231;

/** Draws the property workbooks as core-pipeline.test.ts does (1–3 sheets of up to 14 rows × 10 columns). */
export function drawPropertyGrids(count: number, seed = PROPERTY_SEED): WorkbookGrid[] {
  const arb = fc.array(sheetSpec(14, 10), { minLength: 1, maxLength: 3 });
  return fc
    .sample(arb, { seed, numRuns: count })
    .map((specs) => toWorkbookGrid(uniqueSheets(specs)));
}

export function propertyCorpus(grids: WorkbookGrid[]): CorpusEntry[] {
  return grids.map((grid, i) => ({ name: `property/${String(i).padStart(3, "0")}`, grid }));
}

// ---------------------------------------------------------------------------------------------------------------
// Grids as JSON (dates and negative zero survive; everything else is JSON already)

export function encodeGrids(grids: WorkbookGrid[]): string {
  return JSON.stringify(grids, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    if (raw instanceof Date) return { $date: raw.toISOString() };
    if (typeof raw === "number" && Object.is(raw, -0)) return { $num: "-0" };
    return value;
  });
}

export function decodeGrids(text: string): WorkbookGrid[] {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const o = value as Record<string, unknown>;
      const keys = Object.keys(o);
      if (keys.length === 1 && typeof o.$date === "string") return new Date(o.$date);
      if (keys.length === 1 && o.$num === "-0") return -0;
    }
    return value;
  }) as WorkbookGrid[];
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The hash of what a run is given, to tell a changed input from a changed output when a key differs. */
export function inputHash(entry: CorpusEntry): string {
  return sha256(
    entry.grid
      ? encodeGrids([entry.grid]) + JSON.stringify(entry.sheetInfo ?? null)
      : JSON.stringify(entry.error ?? null)
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Tolerated changes

/** A change of the outputs that keeps equivalence, applied to the outputs as produced (before and after alike). */
export interface Normaliser {
  report?: (report: Report) => Report;
  plan?: (plan: WritePlan) => WritePlan;
}

/**
 * The one planned change of issue 16 the comparison tolerates (opt-in: pass it to `runCorpus`): the plan in force is
 * stored in every report, as a top-level field `plan`, and in the settings sheet, as rows whose key starts with
 * `plan.`. This normaliser deletes the report's `plan` and those rows (renumbering the settings sheet's styled ranges,
 * row heights and merges, and restamping its content hash as the renderer would for the rows that are left), so a
 * run that adds them hashes as today's. On today's outputs it changes nothing (there is no `plan` field and no such
 * row), so the baseline is the outputs as produced.
 */
export const PLAN_IN_FORCE: Normaliser = {
  report(report) {
    if (!Object.prototype.hasOwnProperty.call(report, "plan")) return report;
    const copy: Record<string, unknown> = { ...report };
    delete copy.plan;
    return copy as unknown as Report;
  },
  plan(plan) {
    if (!plan.sheets.some((s) => s.kind === "settings" && planRows(s).length)) return plan;
    return {
      ...plan,
      sheets: plan.sheets.map((s) => (s.kind === "settings" ? withoutPlanRows(s) : s)),
    };
  },
};

/** 1-based rows of a settings sheet whose key (column A) starts with "plan.". */
function planRows(sheet: OwnedSheetPlan): number[] {
  const rows: number[] = [];
  sheet.values.forEach((r, i) => {
    if (typeof r[0] === "string" && r[0].startsWith("plan.")) rows.push(i + 1);
  });
  return rows;
}

function withoutPlanRows(sheet: OwnedSheetPlan): OwnedSheetPlan {
  const gone = planRows(sheet);
  if (!gone.length) return sheet;
  const dropped = new Set(gone);
  // Rows top…bottom as they are numbered without the removed rows; null when all of them were removed.
  const span = (top: number, bottom: number): [number, number] | null => {
    const kept: number[] = [];
    for (let r = top; r <= bottom; r++) if (!dropped.has(r)) kept.push(r);
    const moved = (row: number) => row - gone.filter((g) => g < row).length;
    return kept.length ? [moved(kept[0]), moved(kept[kept.length - 1])] : null;
  };
  const range = (ref: string): string | null => {
    const [a, b = a] = ref.split(":");
    const p = parseA1(a);
    const q = parseA1(b);
    if (!p || !q) return ref;
    const rows = span(p.row, q.row);
    if (!rows) return null;
    const whole = rangeA1(rows[0], p.col, rows[1], q.col);
    return ref.includes(":") ? whole : whole.split(":")[0];
  };
  const values: CellValue[][] = sheet.values.filter((_, i) => !dropped.has(i + 1));
  const stamp = JSON.parse(sheet.stamp) as { version: number; hash: string };
  return {
    ...sheet,
    values,
    styles: sheet.styles.flatMap((s) => {
      const r = range(s.range);
      return r ? [{ ...s, range: r }] : [];
    }),
    rowHeights: sheet.rowHeights.flatMap((h) => {
      const rows = span(h.row, h.row);
      return rows ? [{ ...h, row: rows[0] }] : [];
    }),
    merges: sheet.merges.flatMap((m) => {
      const rows = span(m.top, m.bottom);
      return rows ? [{ ...m, top: rows[0], bottom: rows[1] }] : [];
    }),
    links: sheet.links.flatMap((l) => {
      const cell = range(l.cell);
      return cell ? [{ ...l, cell }] : [];
    }),
    stamp: JSON.stringify({ ...stamp, hash: contentHash(values, stamp.version) }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Running

/** The canonical outputs of one (workbook, variant, language). */
export function outputsOf(
  entry: CorpusEntry,
  variant: Variant,
  lang: Lang,
  normalise: Normaliser = {}
): Outputs {
  if (!entry.grid) return { error: entry.error?.[lang] ?? "" };
  const out: CheckOutput = runCheck({
    grid: entry.grid,
    overrides: variant.overrides,
    lang,
    file: entry.name,
    sha256: null,
    sheetInfo: entry.sheetInfo,
  });
  const report = normalise.report ? normalise.report(out.report) : out.report;
  const plan = normalise.plan ? normalise.plan(out.plan) : out.plan;
  const problems = {
    checkable: out.checkable,
    problems: out.review.problems.map((p) => ({
      level: p.level,
      sheet: p.sheet,
      cell: p.cell,
      code: p.code,
      text: out.text(p.msg),
    })),
    settingIssues: out.settingIssues.map((i) => ({
      key: i.key,
      value: i.value,
      text: out.text(i.msg),
    })),
    summary: out.summary,
  };
  const printed: string[] = [];
  printSummary(out, entry.name, lang, (line) => printed.push(line));
  return {
    report: JSON.stringify(report),
    plan: JSON.stringify(plan),
    problems: JSON.stringify(problems),
    printed: printed.join("\n"),
  };
}

export function keyOf(entry: CorpusEntry, variant: Variant | null, lang: Lang): string {
  return `${entry.name}|${variant ? variant.id : "load"}|${lang}`;
}

export interface RunOptions {
  normalise?: Normaliser;
  /** Called with every run's full outputs (EQUIV_DUMP). */
  each?: (key: string, outputs: Outputs) => void;
}

/** Every (workbook, variant, language) of the corpus → hashes of its outputs. A workbook that gives a load error
 * has one key per language, with variant "load". */
export function runCorpus(
  corpus: CorpusEntry[],
  variants: Variant[] = VARIANTS,
  opts: RunOptions = {}
): Record<string, Hashes> {
  const result: Record<string, Hashes> = {};
  const record = (key: string, outputs: Outputs) => {
    opts.each?.(key, outputs);
    const hashes: Hashes = {};
    for (const [name, text] of Object.entries(outputs)) hashes[name] = sha256(text);
    result[key] = hashes;
  };
  for (const entry of corpus) {
    if (!entry.grid) {
      for (const lang of ["vi", "en"] as const)
        record(keyOf(entry, null, lang), outputsOf(entry, VARIANTS[0], lang));
      continue;
    }
    for (const variant of variants)
      for (const lang of langsFor(entry, variant))
        record(keyOf(entry, variant, lang), outputsOf(entry, variant, lang, opts.normalise));
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Comparing

export interface Baseline {
  about: string;
  ruleSet: string;
  variants: Variant[];
  /** Workbook name → hash of its grid (diagnostic: a differing key whose input also changed is no fair comparison). */
  inputs: Record<string, string>;
  outputs: Record<string, Hashes>;
}

export interface Comparison {
  /** Keys of the baseline the run did not produce. */
  missing: string[];
  /** Keys the run produced that the baseline does not have (new workbooks): reported, not a failure. */
  extra: string[];
  /** Key → the outputs whose hashes differ. */
  differing: Record<string, string[]>;
  /** Workbooks whose input hash differs from the baseline's. */
  inputsChanged: string[];
}

export function compare(
  baseline: Baseline,
  outputs: Record<string, Hashes>,
  inputs: Record<string, string>
): Comparison {
  const missing = Object.keys(baseline.outputs).filter((k) => !(k in outputs));
  const extra = Object.keys(outputs).filter((k) => !(k in baseline.outputs));
  const differing: Record<string, string[]> = {};
  for (const [key, before] of Object.entries(baseline.outputs)) {
    const now = outputs[key];
    if (!now) continue;
    const names = [...new Set([...Object.keys(before), ...Object.keys(now)])];
    const diff = names.filter((n) => before[n] !== now[n]);
    if (diff.length) differing[key] = diff;
  }
  const inputsChanged = Object.keys(baseline.inputs).filter(
    (n) => n in inputs && inputs[n] !== baseline.inputs[n]
  );
  return { missing, extra, differing, inputsChanged };
}

/** A failure message: which keys differ and in which outputs, counted by output and by variant. */
export function describe(c: Comparison, limit = 40): string {
  const lines: string[] = [];
  const keys = Object.keys(c.differing);
  if (keys.length) {
    const byOutput: Record<string, number> = {};
    const byVariant: Record<string, number> = {};
    for (const k of keys) {
      for (const o of c.differing[k]) byOutput[o] = (byOutput[o] ?? 0) + 1;
      const v = k.split("|")[1];
      byVariant[v] = (byVariant[v] ?? 0) + 1;
    }
    lines.push(`${keys.length} runs differ from the baseline`);
    lines.push(`  by output: ${JSON.stringify(byOutput)}`);
    lines.push(`  by variant: ${JSON.stringify(byVariant)}`);
    for (const k of keys.slice(0, limit)) lines.push(`  ${k}: ${c.differing[k].join(", ")}`);
    if (keys.length > limit) lines.push(`  … and ${keys.length - limit} more`);
  }
  if (c.missing.length)
    lines.push(
      `${c.missing.length} keys of the baseline were not produced: ${c.missing.slice(0, limit).join(", ")}`
    );
  if (lines.length)
    lines.push(
      "EQUIV_DUMP=<folder> writes every output, before and after, for `diff -r` (test/core/equivalence.test.ts)"
    );
  return lines.join("\n");
}

/** The workbooks written by the code under test (re-checked copies) whose bytes changed: information, since their
 * outputs are still compared (a copy now carries the plan rows of its settings sheet). */
export function describeInputs(c: Comparison, limit = 40): string {
  return c.inputsChanged.length
    ? `the input of ${c.inputsChanged.length} re-checked workbooks changed: ${c.inputsChanged.slice(0, limit).join(", ")}`
    : "";
}

/** A file-system-safe folder name for a key. */
export function dumpName(key: string): string {
  return key.replace(/[|/\\:*?"<>]/g, "_");
}
