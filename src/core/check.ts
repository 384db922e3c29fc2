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
import { DEFAULT_RULE_SET_ID, getRuleSet, ruleSets } from "./rules";
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
  lang?: Lang;
  file?: string | null;
  sha256?: string | null;
  /** What the host saw that the grid does not carry (an existing AutoFilter per sheet). */
  sheetInfo?: Record<string, { hasAutoFilter?: boolean }>;
  /** The workbook's sheets with their stamps and content hashes, when the host computed them itself. */
  existing?: ExistingSheet[];
}

export interface CheckOutput {
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
  const ruleSet = getRuleSet(input.ruleSetId ?? DEFAULT_RULE_SET_ID);
  if (!ruleSet) throw new Error(`unknown rule set ${input.ruleSetId}`);
  const base = { ...defaultSettings(), year: ruleSet.year, ...ruleSet.settings };
  const stored = settingsEntries(input.grid);
  const overrides = input.overrides ?? {};
  const { settings, issues } = resolveSettings(stored, overrides, base);
  locality = localityParams(settings);
  const persisted = input.saveOverrides ? settings : resolveSettings(stored, {}, base).settings;

  const read = readWorkbook(input.grid, settings);
  const review = evaluate(read, settings, ruleSet);
  for (const issue of issues) {
    review.problems.push({
      level: "warning",
      sheet: SHEET_NAMES.settings,
      cell: null,
      code: issue.msg.key,
      msg: issue.msg,
    });
  }
  review.problems.push(...unknownRatings(read, settings));
  const reportInput = {
    read,
    review,
    settings,
    ruleSetId: ruleSet.id,
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
    ruleSetId: ruleSet.id,
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
