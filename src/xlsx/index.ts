/** The .xlsx host (exceljs ⇄ core), for the CLI, the standalone page and the tests. Bytes in, bytes out: no fs. */
export { loadWorkbook, type LoadedWorkbook } from "./read";
export {
  clearPackage,
  writePlanToPackage,
  type ApplyResult,
  type ClearResult,
  type Refusal,
  type UnsafeSheet,
} from "./package";
export { writeResultsOnly } from "./results-only";
export { existingSheets, sheetInfo } from "./owned";
export {
  describeUncarried,
  describeUnsafe,
  mustWriteResultsOnly,
  WORKBOOK_TYPES,
  type PackageInfo,
} from "./parts";
export { XlsxInputError, renderMsg, type XlsxInputCode } from "./errors";
export { XLSX_MESSAGES } from "./messages";
export { makeSampleWorkbook, type SampleOptions } from "./sample";
