/**
 * The whole check as one pure function, called the same way by every host (design.md: the file path is a faithful
 * stand-in for the Excel path): settings → read → evaluate → report → write plan.
 */
import { a1 } from "./address";
import type { CellValue, WorkbookGrid } from "./grid";
import { messageText } from "./i18n/catalogue";
import { localityParams } from "./locality";
import type { Lang } from "./i18n/types";
import { readWorkbook } from "./read";
import { withPlanHeaders } from "./vocab/headers";
import type { Msg, ReadResult } from "./records";
import { buildReport, summarizeReview, type ReviewSummary } from "./report/build";
import type { Report } from "./report/types";
import {
  gridHash,
  parseSettingsSheet,
  parseStamp,
  renderPlan,
  SHEET_NAMES,
  type ExistingSheet,
} from "./render";
import type { WritePlan } from "./render/plan";
import type { Review } from "./review";
import { evaluate } from "./evaluate";
import { DEFAULT_RULE_SET_ID, getRuleSet, ruleSetKey, ruleSets } from "./rules";
import type { RuleSet } from "./rules/types";
import { loadPlanSheet } from "./plans";
import type { PlanMistake } from "./rules/plan/validate";
import { defaultSettings } from "./settings-defaults";
import type { Settings } from "./settings";
import { resolveSettings, type SettingIssue } from "./settings-io";
import { ratingOf } from "./rules/parsers";
import type { Problem } from "./records";

export interface CheckInput {
  grid: WorkbookGrid;
  /** `--set key=value` or the pane's unsaved choices: they change this run only… */
  overrides?: Record<string, string>;
  /** …unless this is true (`--save-settings`, the pane's "Lưu"): then the settings sheet stores them. */
  saveOverrides?: boolean;
  ruleSetId?: string;
  /** The plan given with `--plan <file>`: it wins over any plan the workbook names (issue 16). */
  ruleSet?: RuleSet;
  /** Use the workbook's plan sheet (`--plan sheet`, or the clerk's confirmation in the pane); false: the clerk
   * declined it, so not even a plan sheet the settings sheet confirmed is used. */
  usePlanSheet?: boolean;
  lang?: Lang;
  file?: string | null;
  sha256?: string | null;
  /** What the host saw that the grid does not carry (an existing AutoFilter per sheet). */
  sheetInfo?: Record<string, { hasAutoFilter?: boolean }>;
  /** The workbook's sheets with their stamps and content hashes, when the host computed them itself. */
  existing?: ExistingSheet[];
}

/** `--plan` (file), a confirmed plan sheet, the plan the settings sheet names, a rule set asked for by id, or the
 * default for the year. */
export type PlanFrom = "file" | "sheet" | "stored" | "chosen" | "default";

export interface CheckOutput {
  /** The rule set of the plan in force. */
  ruleSet: RuleSet;
  /** Where the plan in force came from (the pane says it). */
  planFrom: PlanFrom;
  settings: Settings;
  settingIssues: SettingIssue[];
  read: ReadResult;
  review: Review;
  /** Built when first read: the command line without `--report` prints the summary only. */
  readonly report: Report;
  /** Counts, quotas and problems (what `thidua check` prints). */
  summary: ReviewSummary;
  plan: WritePlan;
  /** False when no sheet could be checked (the CLI exits 3; the pane says why). */
  checkable: boolean;
  text: (msg: Msg) => string;
}

/** The settings sheet's key/value entries, found by its stamp (never by name alone). */
export function settingsEntries(grid: WorkbookGrid): Record<string, string> {
  for (const sheet of grid.sheets) {
    const stamp = parseStamp(sheet.stamp ?? null);
    if (stamp?.kind !== "settings") continue;
    const values: CellValue[][] = sheet.values;
    // The parser reads rows from A1; pad the grid back to A1 when the used range starts lower.
    const padded: CellValue[][] = [
      ...Array.from({ length: sheet.top - 1 }, () => [] as CellValue[]),
      ...values.map((r) => [...Array.from({ length: sheet.left - 1 }, () => null), ...r]),
    ];
    return parseSettingsSheet(padded);
  }
  return {};
}

export function runCheck(input: CheckInput): CheckOutput {
  const lang = input.lang ?? "vi";
  // The report and the write plan put the same findings into words (the review sheet, the block's notes): once each.
  // A message without parameters (a finding's legal source, made afresh for each finding) is kept by its key.
  const said = new WeakMap<Msg, string>();
  const fixed = new Map<string, string>();
  // Set once the settings are known (below), before any message is put into words.
  let locality: Record<string, string> = {};
  const text = (msg: Msg) => {
    const cache = msg.params ? null : fixed;
    let t = cache ? cache.get(msg.key) : said.get(msg);
    if (t === undefined) {
      t = messageText(msg, lang, locality);
      if (cache) cache.set(msg.key, t);
      else said.set(msg, t);
    }
    return t;
  };
  const { stored, plan: storedPlan } = splitPlanEntries(settingsEntries(input.grid));
  const overrides = input.overrides ?? {};
  const inForce = planInForce(input, storedPlan, stored, overrides);
  const ruleSet = inForce.ruleSet;
  const base = { ...defaultSettings(), year: ruleSet.year, ...ruleSet.settings };
  const { settings, issues } = resolveSettings(stored, overrides, base);
  if (inForce.chosen && settings.year !== ruleSet.year) {
    throw new PlanYearMismatch(ruleSet.plan.id, ruleSet.year, settings.year);
  }
  locality = localityParams(settings);
  const persisted = input.saveOverrides ? settings : resolveSettings(stored, {}, base).settings;

  const read = withPlanHeaders(ruleSet.headers, () => readWorkbook(input.grid, settings));
  const evaluated = evaluate(read, settings, ruleSet);
  // The Review is read-only once evaluated: the pipeline's own problems make a new one.
  const review: Review = {
    ...evaluated,
    problems: [
      ...evaluated.problems,
      ...issues.map((issue): Problem => ({
        level: "warning",
        sheet: SHEET_NAMES.settings,
        cell: null,
        code: issue.msg.key,
        msg: issue.msg,
      })),
      ...unknownRatings(read, settings),
      ...inForce.notes,
    ],
  };
  const reportInput = {
    read,
    review,
    settings,
    ruleSetId: ruleSetKey(ruleSet),
    plan: { ...ruleSet.plan, law: ruleSet.law.id },
    text,
    file: input.file ?? null,
    sha256: input.sha256 ?? null,
  };
  let report: Report | null = null;
  const summary = summarizeReview(review, text);
  const plan = renderPlan({
    read,
    review,
    settings,
    persistedSettings: persisted,
    lang,
    ruleSetId: ruleSetKey(ruleSet),
    plan: ruleSet.plan,
    ruleSetTitle: ruleSet.title[lang],
    existing:
      input.existing ??
      input.grid.sheets.map((s) => ({
        sheetName: s.name,
        stamp: s.stamp ?? null,
        currentHash: s.stamp ? gridHash(s, parseStamp(s.stamp)?.version) : null,
      })),
    text,
    sheetInfo: input.sheetInfo,
  });
  const checkable = read.sheets.some((s) => s.role !== "ignored");
  return {
    ruleSet,
    planFrom: inForce.from,
    settings,
    settingIssues: issues,
    read,
    review,
    get report() {
      return (report ??= buildReport(reportInput));
    },
    summary,
    plan,
    checkable,
    text,
  };
}

export function ruleSetIds(): string[] {
  return ruleSets.map((r) => r.id);
}

/** Ratings the vocabulary cannot read, listed as input problems so the clerk can fix them in one pass. */
function unknownRatings(read: ReadResult, settings: Settings): Problem[] {
  const out: Problem[] = [];
  for (const r of [...read.individuals, ...read.units]) {
    const cell = r.cells.rating ?? r.cells.unitRating;
    if (!cell) continue;
    const parsed = ratingOf(cell.value, settings["rating.scoreBands"]);
    if (parsed.kind !== "unknown") continue;
    const at = a1(r.row, cell.col);
    out.push({
      level: "warning",
      sheet: r.sheet,
      cell: at,
      code: "UNKNOWN_RATING",
      msg: {
        key: "problem.unknownRating",
        params: { sheet: r.sheet, cell: at, text: parsed.text },
      },
    });
  }
  return out;
}

/** The plan sheet cannot be used: its mistakes, one message each (nothing is checked with a broken plan). */
export class PlanMistakes extends Error {
  constructor(
    readonly sheet: string | null,
    readonly mistakes: PlanMistake[]
  ) {
    super(`plan has ${mistakes.length} mistake(s)`);
  }
}

/** A plan chosen for a year other than the check's (a plan sheet copied from last year's workbook). */
export class PlanYearMismatch extends Error {
  readonly msg: Msg;
  constructor(
    readonly planId: string,
    readonly planYear: number,
    readonly year: number
  ) {
    super(`plan ${planId} is for ${planYear}, the check for ${year}`);
    this.msg = { key: "plan.yearMismatch", params: { id: planId, planYear, year } };
  }
}

type StoredPlan = { id: string; version: string; hash: string } | null;

/** The settings sheet's plan rows apart from the settings proper. */
function splitPlanEntries(entries: Record<string, string>): {
  stored: Record<string, string>;
  plan: StoredPlan;
} {
  const stored: Record<string, string> = {};
  for (const [k, v] of Object.entries(entries)) if (!k.startsWith("plan.")) stored[k] = v;
  const id = entries["plan.id"];
  return {
    stored,
    plan: id
      ? { id, version: entries["plan.version"] ?? "", hash: entries["plan.hash"] ?? "" }
      : null,
  };
}

/**
 * The plan in force (issue 16): `--plan` > a plan sheet the clerk confirmed (asked for, or whose hash the settings
 * sheet stores) > the plan the settings sheet names > the shipped plan for the year. `chosen` is true when the plan
 * came from a plan sheet or the command line: then its year must be the check's.
 */
function planInForce(
  input: CheckInput,
  storedPlan: StoredPlan,
  stored: Record<string, string>,
  overrides: Record<string, string>
): { ruleSet: RuleSet; chosen: boolean; from: PlanFrom; notes: Problem[] } {
  const notes: Problem[] = [];
  const note = (key: string, params: Record<string, string | number>) =>
    notes.push({
      level: "warning",
      sheet: SHEET_NAMES.settings,
      cell: null,
      code: "PLAN_NOT_USED",
      msg: { key, params },
    });
  const sheet = loadPlanSheet(input.grid);
  const sheetRs = sheet?.load.ruleSet ?? null;
  const confirmed =
    sheet !== null &&
    input.usePlanSheet !== false &&
    (input.usePlanSheet === true || (sheetRs !== null && storedPlan?.hash === sheetRs.plan.hash));
  let pick: { ruleSet: RuleSet; chosen: boolean; from: PlanFrom } | null = null;
  if (input.ruleSet) pick = { ruleSet: input.ruleSet, chosen: true, from: "file" };
  else if (confirmed) {
    if (!sheetRs) throw new PlanMistakes(sheet.sheet, sheet.load.mistakes);
    pick = { ruleSet: sheetRs, chosen: true, from: "sheet" };
  } else if (storedPlan && !input.ruleSetId) {
    const rs = ruleSets.find((r) => r.plan.hash === storedPlan.hash) ?? getRuleSet(storedPlan.id);
    // The settings sheet only records what the last check used: it names the plan, it does not choose its year.
    if (rs) pick = { ruleSet: rs, chosen: false, from: "stored" };
  }
  if (!pick) {
    const year = Number(overrides.year ?? stored.year);
    const rs =
      getRuleSet(input.ruleSetId ?? DEFAULT_RULE_SET_ID) ??
      (input.ruleSetId ? undefined : ruleSets.find((r) => r.year === year));
    if (!rs) throw new Error(`unknown rule set ${input.ruleSetId}`);
    pick = { ruleSet: rs, chosen: false, from: input.ruleSetId ? "chosen" : "default" };
    if (storedPlan && !input.ruleSetId && !ruleSets.some((r) => r.plan.hash === storedPlan.hash)) {
      note("plan.storedMissing", {
        id: storedPlan.id,
        version: storedPlan.version,
        inForce: rs.plan.id,
      });
    }
  }
  if (sheet && !confirmed && sheetRs?.plan.hash !== pick.ruleSet.plan.hash) {
    note("plan.sheetUnconfirmed", {
      sheet: sheet.sheet,
      id: sheetRs?.plan.id ?? "?",
      year: sheetRs?.plan.year ?? "?",
      inForce: pick.ruleSet.plan.id,
    });
  }
  return { ...pick, notes };
}
