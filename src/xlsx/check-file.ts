/**
 * The .xlsx host's two whole operations, shared by the command line and the standalone page: write the checked copy
 * (or, when exceljs would drop parts of the file, a results-only workbook), and clear a checked copy.
 */
import type { Lang } from "../core/i18n/types";
import type { WritePlan } from "../core/render/plan";
import { describeUncarried, mustWriteResultsOnly } from "./parts";
import type { LoadedWorkbook } from "./read";
import { renderMsg } from "./errors";
import { writeResultsOnly } from "./results-only";
import { clearPackage, writePlanToPackage, type WriteOptions } from "./package";
import { XlsxInputError } from "./errors";

export interface CheckedBytes {
  bytes: Uint8Array;
  refused: { sheet: string; message: string }[];
  /** What the clerk should know although the file was written, in the clerk's language. */
  notices: string[];
  /** When set, the file had parts exceljs cannot carry (these words) and a results-only workbook was written. */
  resultsOnly: string | null;
}

export async function writeCheckedBytes(
  loaded: LoadedWorkbook,
  plan: WritePlan,
  lang: Lang,
  opts: WriteOptions = {}
): Promise<CheckedBytes> {
  const uncarried = loaded.info.uncarried;
  if (mustWriteResultsOnly(uncarried)) {
    const words = describeUncarried(uncarried, lang);
    return {
      bytes: await writeResultsOnly(loaded.grid, plan, { ...opts, note: words }),
      refused: [],
      notices: [],
      resultsOnly: words,
    };
  }
  const applied = await writePlanToPackage(loaded, plan, opts);
  return {
    bytes: applied.bytes,
    refused: applied.refused.map((r) => ({ sheet: r.sheet, message: renderMsg(r.message, lang) })),
    notices: applied.notices.map((r) => renderMsg(r.message, lang)),
    resultsOnly: null,
  };
}

/** Clears a checked copy; a file with parts exceljs would drop is refused rather than damaged. */
export async function clearToBytes(
  loaded: LoadedWorkbook,
  file = "",
  opts: WriteOptions = {}
): Promise<Uint8Array> {
  const uncarried = loaded.info.uncarried;
  if (mustWriteResultsOnly(uncarried)) {
    throw new XlsxInputError("UNCARRIED_PARTS", {
      key: "xlsx.clearUncarried",
      params: { file, parts: describeUncarried(uncarried, "vi") },
    });
  }
  return (await clearPackage(loaded, opts)).bytes;
}
