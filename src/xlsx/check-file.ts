/**
 * The .xlsx host's two whole operations, shared by the command line and the standalone page: write the checked copy
 * (or, when a sheet the plan writes into cannot be edited safely, a results-only workbook), and clear a checked copy.
 */
import type { Lang } from "../core/i18n/types";
import type { WritePlan } from "../core/render/plan";
import { describeUnsafe } from "./parts";
import type { LoadedWorkbook } from "./read";
import { renderMsg } from "./errors";
import { writeResultsOnly } from "./results-only";
import { clearPackage, writePlanToPackage, type UnsafeSheet, type WriteOptions } from "./package";

export interface CheckedBytes {
  bytes: Uint8Array;
  refused: { sheet: string; message: string }[];
  /** What the clerk should know although the file was written, in the clerk's language. */
  notices: string[];
  /**
   * When set, a sheet could not be edited safely (these words name the sheet, the part and why) and a results-only
   * workbook was written: an ordinary .xlsx, whatever the original was.
   */
  resultsOnly: string | null;
  unsafe: UnsafeSheet[];
}

export async function writeCheckedBytes(
  loaded: LoadedWorkbook,
  plan: WritePlan,
  lang: Lang,
  opts: WriteOptions = {}
): Promise<CheckedBytes> {
  const applied = await writePlanToPackage(loaded, plan, opts);
  if (applied.unsafe.length) {
    const words = describeUnsafe(applied.unsafe, lang);
    const note = renderMsg({ key: "xlsx.resultsOnly.note", params: { parts: words } }, lang);
    return {
      bytes: await writeResultsOnly(loaded.grid, plan, { ...opts, note }),
      refused: [],
      notices: [],
      resultsOnly: words,
      unsafe: applied.unsafe,
    };
  }
  return {
    bytes: applied.bytes,
    refused: applied.refused.map((r) => ({ sheet: r.sheet, message: renderMsg(r.message, lang) })),
    notices: applied.notices.map((r) => renderMsg(r.message, lang)),
    resultsOnly: null,
    unsafe: [],
  };
}

/**
 * Clears a checked copy. A sheet whose block cannot be removed safely stops the clear (XlsxInputError naming the
 * sheet, the part and why) rather than being damaged.
 */
export async function clearToBytes(
  loaded: LoadedWorkbook,
  opts: WriteOptions = {}
): Promise<Uint8Array> {
  return (await clearPackage(loaded, opts)).bytes;
}
