/**
 * What the pane asks of a workbook, whatever holds it (Excel through Office.js, or an .xlsx file in the browser).
 * Components receive a PaneHost and never import Excel or exceljs.
 *
 * Decisions (the spec was silent):
 * - A run is check → write marks. `check` reads and computes only; the pane then calls `write(["marks"])` (result
 *   block + conditional formats) unless the clerk cancelled. Cancel is offered until the write starts, so a
 *   cancelled run writes nothing. The summary sheet is written only on "Ghi bảng đề xuất" (`write(["summary"])`),
 *   which also writes the review and settings sheets and removes the ones the plan drops: they are all add-in
 *   sheets of the same plan.
 * - `write` applies the plan of the last `check`; a host refuses to write when no check has run.
 * - Saving settings ("Lưu") goes through the core like everything else: a check with `saveOverrides`, then only
 *   the settings sheet of its plan is written. No separate settings store, so both hosts save the same way.
 * - `check` returns a ResultView (counts, quotas, findings flattened) rather than the whole report: in the
 *   standalone page the report of a 10,000-row workbook would take a long task to cross from the worker. The full
 *   report stays available through `report()`, fetched from the worker only when asked for.
 * - Progress is a phase with an optional fraction; no fraction means "a host call is in flight" (indeterminate).
 * - Mapping choices are settings keys `mapping[<sheet>].<field>` = column letters joined by "+" (settings-io.ts).
 * - Mapping fields are chosen with Fluent's `Select` (a native drop-down list): it is keyboard-usable and
 *   screen-reader friendly in every Office webview, including on Mac.
 * - "Lọc dòng cần xem" is offered only where the host can filter the office's sheet (Excel); the standalone page
 *   filters its own findings list instead (exceljs cannot write filter criteria).
 */
import type { PlanFrom } from "../core/check";
import type { Lang } from "../core/i18n/types";
import type { PlanDef } from "../core/rules/plan/types";
import type { SheetRole } from "../core/records";
import type { Report } from "../core/report/types";
import type { SelfTestReport } from "../excel/self-test";
import type { FindingSource, ResultView } from "./view";

export interface SheetMappingEntry {
  columns: string[];
  header: string;
  confidence: number;
  confirmed?: boolean;
}

export interface SheetInfo {
  name: string;
  role: SheetRole;
  ignoredBecause?: string;
  headerRows: number[];
  dataRows: number;
  protected: boolean;
  /** Every column of the office's table, for the mapping lists. */
  headers: { col: string; header: string }[];
  mapping: Record<string, SheetMappingEntry>;
}

/** The plan in force for the workbook (issue 16): what the "Tiêu chí" step names and lists. */
export interface PlanInForce {
  id: string;
  version: string;
  year: number;
  hash: string;
  /** The plan's title in the run's language. */
  title: string;
  /** "mặc định của năm", "trang kế hoạch trong sổ", "đã lưu trong trang cấu hình" … */
  from: PlanFrom;
  /** The plan itself: a plan sheet's plan exists only in the workbook, and the pane lists its criteria. */
  def: PlanDef;
}

/** The workbook's plan sheet ("Kế hoạch thi đua"), as found. */
export interface PlanSheetState {
  sheet: string;
  /** The plan's id and year as the sheet writes them ("" and null when it does not). */
  id: string;
  year: number | null;
  /** Whether it is the plan in force (the clerk confirmed it, or the settings sheet stores its hash). */
  inForce: boolean;
  /** One sentence per mistake, naming the sheet's row, in the run's language; empty when it can be used. */
  mistakes: string[];
}

/** Why the plan asked for cannot be used as it is: the clerk answers in the pane (issue 16). */
export type PlanRefusal =
  | { kind: "year"; id: string; planYear: number; year: number }
  | { kind: "mistakes"; sheet: string | null; mistakes: string[] };

export interface Inspection {
  /** File name in the standalone page; null in Excel. */
  file: string | null;
  sheets: SheetInfo[];
  /** Settings as the workbook stores them (settings sheet), key → text; defaults are not included. */
  stored: Record<string, string>;
  /** Whether anything could be checked (a sheet with names and ratings). */
  checkable: boolean;
  plan: PlanInForce;
  planSheet: PlanSheetState | null;
  /** Set when the plan asked for (the plan sheet) was refused: the rest describes the workbook without it. */
  refusal?: PlanRefusal;
}

export type Phase = "read" | "check" | "write";

export interface Progress {
  phase: Phase;
  /** 0–1 when the host can tell; absent while a host call is in flight. */
  fraction?: number;
}

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  lang?: Lang;
  /** A shipped rule set asked for by id; absent: the plan the workbook says (runCheck's precedence). */
  ruleSetId?: string;
  /** The clerk's answer about the workbook's plan sheet: true "Dùng kế hoạch này", false "Không dùng kế hoạch
   * này", absent: not asked (a plan sheet the settings sheet confirmed is used). */
  usePlanSheet?: boolean;
}

export interface InspectOptions extends RunOptions {
  /** Unsaved choices that decide which plan fits (the year). */
  overrides?: Record<string, string>;
}

/** What a write would put into the workbook. */
export interface WriteSummary {
  checked: { sheet: string; rows: number; protected: boolean }[];
  sheets: { kind: "summary" | "review" | "settings"; name: string }[];
  remove: string[];
}

export interface CheckResult {
  checkable: boolean;
  view: ResultView;
  findings: FindingSource;
  writes: WriteSummary;
  /** The full report (spec/report.md), fetched only when asked for. */
  report(): Promise<Report>;
}

export type WritePart = "marks" | "summary";

export interface WriteOutcome {
  written: string[];
  refused: { sheet: string; message: string }[];
  removed: string[];
  /** Set in the standalone page when the checked copy had to be a results-only workbook, naming what exceljs
   * cannot carry. */
  resultsOnly?: string;
  /** What the clerk should know although nothing failed (no filter over an Excel table, sheets a protected workbook
   * structure kept out …), in the clerk's language. */
  notices?: string[];
}

export interface ClearOutcome {
  cleared: string[];
  removedSheets: string[];
  keptSheets: string[];
  /** As WriteOutcome.notices. */
  notices?: string[];
}

export interface PaneHost {
  readonly kind: "excel" | "file";
  inspect(options?: InspectOptions): Promise<Inspection>;
  check(overrides: Record<string, string>, options?: RunOptions): Promise<CheckResult>;
  write(parts: WritePart[], options?: RunOptions): Promise<WriteOutcome>;
  clear(options?: RunOptions): Promise<ClearOutcome>;
  saveSettings(entries: Record<string, string>, options?: RunOptions): Promise<void>;
  /** Filters the checked sheets to rows that need attention (Excel only). */
  applyFilter?(): Promise<void>;
  /** Selects a cell of the workbook (Excel only). */
  select?(sheet: string, cell: string): Promise<void>;
  /** Downloads the checked workbook (standalone page only). */
  download?(): Promise<void>;
  /** "Kiểm tra tương thích Excel": exercises what the add-in needs on a temporary sheet (Excel only; it clears
   * Excel's undo history, so the pane asks first). */
  selfTest?(options?: RunOptions): Promise<SelfTestReport>;
}

/** Thrown by hosts when a run was cancelled; the pane shows it as "cancelled", not as an error. */
export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

/** A host error whose text is already in the clerk's language. */
export class HostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HostError";
  }
}

/** The check refused the plan asked for (PlanYearMismatch, PlanMistakes): nothing was checked. */
export class PlanRefusedError extends HostError {
  constructor(
    readonly refusal: PlanRefusal,
    message: string
  ) {
    super(message);
    this.name = "PlanRefusedError";
  }
}

export function mappingKey(sheet: string, field: string): string {
  return `mapping[${sheet}].${field}`;
}
