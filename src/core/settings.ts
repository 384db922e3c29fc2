/**
 * Settings of a run (spec/criteria.md §6). One flat object keyed by the spec's own keys, so the settings sheet,
 * `--set key=value` and the pane all speak the same names.
 */
import type { RatingCode } from "./vocab/codes";

export interface ScoreBand {
  min: number;
  code: RatingCode;
}

export interface PrintSettings {
  parent: string;
  agency: string;
  place: string;
  number: string;
  /** dd/mm/yyyy, or empty for a blank date line to be filled by hand */
  date: string;
  signerTitle: string;
  signerName: string;
  recipients: string;
  /** "(Kèm theo …)" line under the title, empty for none (spec/workbook.md §3). */
  attachedTo: string;
}

export interface Settings {
  year: number;
  "cstdcs.mode": "plan" | "law";
  "ttldtt.minShare": number;
  "ttldtt.strict": boolean;
  "quota.htxs": number;
  "quota.scope": "workbook" | "unit";
  "quota.cstdcs": number | "off";
  "rating.scoreBands": ScoreBand[];
  "criteria.off": string[];
  "review.sheet": boolean;
  "summary.order": "workbook" | "alphabetical";
  /** Names of the provincial-level titles and bodies (spec/criteria.md §6): a province or a centrally-run city. */
  "locality.kind": "tinh" | "thanh_pho";
  "locality.name": string;
  /** Council vote thresholds (criteria.md §5.11): a share, or off. */
  "vote.cstdcs": number | "off";
  "vote.cstdTinh": number | "off";
  print: PrintSettings;
  /** The clerk's confirmed mapping: `<sheet name>` → field → column letters. */
  mapping: Record<string, Record<string, string[]>>;
}

export type SettingsOverrides = Record<string, string>;
