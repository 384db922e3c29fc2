/** The .xlsx host (exceljs ⇄ core), for the CLI, the standalone page and the tests. Bytes in, bytes out: no fs. */
export { loadWorkbook, type LoadedWorkbook } from "./read";
export { applyPlan, type ApplyResult, type Refusal } from "./write";
export { saveWorkbook } from "./save";
export { clearWorkbook, type ClearResult } from "./clear";
export { writeResultsOnly } from "./results-only";
export { existingSheets, sheetInfo } from "./owned";
export {
  describeUncarried,
  mustWriteResultsOnly,
  type PackageInfo,
  type UncarriedKind,
  type UncarriedPart,
} from "./parts";
export { XlsxInputError, renderMsg, type XlsxInputCode } from "./errors";
export { XLSX_MESSAGES } from "./messages";
export { makeSampleWorkbook, type SampleOptions } from "./sample";
