/** What renderPlan needs from the run. */
import type { Lang } from "../i18n/types";
import type { Msg, ReadResult } from "../records";
import type { Review } from "../review";
import type { Settings } from "../settings";
import type { ExistingSheet } from "./sheet-name";

export interface RenderInput {
  read: ReadResult;
  review: Review;
  settings: Settings;
  /** What the settings sheet should store when it differs from the run's settings (`--set` without
   * `--save-settings` changes the run only). Defaults to `settings`. */
  persistedSettings?: Settings;
  lang: Lang;
  /** The rule set's id (short labels and sources of its criteria on paper); the default rule set when absent. */
  ruleSetId?: string;
  /** The plan in force, stored in the settings sheet (issue 16). */
  plan?: { id: string; version: string; hash: string };
  /** The rule set's title in the run's language, for the summary's reference line. */
  ruleSetTitle: string;
  /** Sheets of the workbook now, with their stamps (and current content hash where the host read it). */
  existing: ExistingSheet[];
  /** Puts a finding's or problem's Msg into words in the run's language (the integrator's catalogue). */
  text: (msg: Msg) => string;
  /** Per checked sheet: what the host saw that the read result does not carry. */
  sheetInfo?: Record<string, { hasAutoFilter?: boolean }>;
}
