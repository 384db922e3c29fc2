/// <reference types="office-js" />
/**
 * Every Excel.run of the add-in goes through runExcel: Office.js errors are told apart by their `code` (the English
 * `message` varies by Excel version and language and is never shown) and turned into a catalogue Msg.
 * A run interrupted by cell-edit mode is retried once with `delayForCellEdit`, which makes Excel wait for the clerk to
 * leave the cell instead of failing.
 * Undo grouping (`mergeUndoGroup`, ExcelApi 1.20) is never asked for: a write deletes and hides sheets, which Excel
 * lists as undo-unsupported (it fails the run with UndoNotSupported), and the self-hosted office.js ignores the option.
 * Codes are those Office.js documents (OfficeExtension.ErrorCodes, Excel.ErrorCodes); each has its own message.
 */
import type { Msg } from "../core/records";

export const PAYLOAD_CODES: readonly string[] = [
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
];

/** Documented codes with a message of their own (code → catalogue key). */
const CODE_MESSAGES: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: "EXCEL_CELL_EDIT",
  GeneralException: "EXCEL_GENERAL",
  ItemNotFound: "EXCEL_ITEM_NOT_FOUND",
  UndoNotSupported: "EXCEL_UNDO",
  InvalidOperation: "EXCEL_INVALID_OPERATION",
  InvalidArgument: "EXCEL_INVALID_ARGUMENT",
  ItemAlreadyExists: "EXCEL_ITEM_EXISTS",
  Conflict: "EXCEL_CONFLICT",
  InsertDeleteConflict: "EXCEL_CONFLICT",
  FilteredRangeConflict: "EXCEL_FILTERED",
  MergedRangeConflict: "EXCEL_MERGED",
  RequestAborted: "EXCEL_ABORTED",
};

const API_MISSING_CODES: readonly string[] = [
  "ApiNotFound",
  "ApiNotAvailable",
  "NotImplemented",
  "UnsupportedOperation",
  "UnsupportedFeature",
];

export class ExcelHostError extends Error {
  constructor(
    readonly code: string,
    readonly msg: Msg,
    readonly inner?: unknown
  ) {
    super(`${code}: ${msg.key}`);
    this.name = "ExcelHostError";
  }
}

/** The `code` of an OfficeExtension.Error (duck-typed: the class is a runtime global the tests do not have). */
export function errorCode(e: unknown): string | null {
  if (e instanceof ExcelHostError) return e.code;
  if (typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string") {
    return (e as { code: string }).code;
  }
  return null;
}

export function isPayloadError(e: unknown): boolean {
  const code = errorCode(e);
  return code !== null && PAYLOAD_CODES.includes(code);
}

/** The message for an error; `sheet` names the sheet being written when the caller knows it. */
export function errorMessage(e: unknown, sheet?: string): Msg {
  if (e instanceof ExcelHostError) return e.msg;
  const code = errorCode(e) ?? "Unknown";
  if (PAYLOAD_CODES.includes(code)) return { key: "EXCEL_PAYLOAD" };
  // Excel reports a protected sheet or workbook as AccessDenied (there is no SheetProtected code).
  if (code === "AccessDenied") {
    return sheet
      ? { key: "EXCEL_PROTECTED", params: { sheet } }
      : { key: "EXCEL_PROTECTED_WORKBOOK" };
  }
  if (API_MISSING_CODES.includes(code)) return { key: "EXCEL_API_MISSING" };
  const key = Object.prototype.hasOwnProperty.call(CODE_MESSAGES, code)
    ? CODE_MESSAGES[code]
    : null;
  if (key) return { key };
  return { key: "EXCEL_UNKNOWN", params: { code } };
}

export function toHostError(e: unknown, sheet?: string): ExcelHostError {
  if (e instanceof ExcelHostError) return e;
  return new ExcelHostError(errorCode(e) ?? "Unknown", errorMessage(e, sheet), e);
}

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;
export type ExcelRunner = <T>(options: Excel.RunOptions, batch: ExcelBatch<T>) => Promise<T>;

export interface RunDeps {
  /** Excel.run, or a fake in tests. */
  run?: ExcelRunner;
}

function defaultRunner(): ExcelRunner {
  return (options, batch) => Excel.run(options, batch);
}

/** Office's requirement-set check; false outside Office (tests, the standalone page). */
export function defaultIsSetSupported(name: string, version: string): boolean {
  try {
    return (
      typeof Office !== "undefined" && Office.context.requirements.isSetSupported(name, version)
    );
  } catch {
    return false;
  }
}

/** Runs a batch in Excel; throws ExcelHostError whose `msg` is ready for the pane. */
export async function runExcel<T>(batch: ExcelBatch<T>, deps: RunDeps = {}): Promise<T> {
  const run = deps.run ?? defaultRunner();
  const options: Excel.RunOptions = {};
  try {
    return await run(options, batch);
  } catch (first) {
    if (errorCode(first) !== "InvalidOperationInCellEditMode") throw toHostError(first);
    try {
      return await run({ ...options, delayForCellEdit: true }, batch);
    } catch (second) {
      throw toHostError(second);
    }
  }
}
