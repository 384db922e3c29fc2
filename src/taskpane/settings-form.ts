/**
 * The settings of spec/criteria.md §6 as the "Tiêu chí" step shows them: each key, how it is edited, and its
 * one-line legal note (texts in i18n.ts). Values travel as the settings sheet's text (settings-io.ts), so the pane
 * validates them with the same parser the core uses.
 */
import { applySetting, settingsToEntries } from "../core/settings-io";
import type { Settings } from "../core/settings";
import type { PaneKey } from "./i18n";
import { PRINT_KEYS } from "../core/settings-io";

export type SettingControl =
  | { kind: "number"; min: number; max: number; step: number }
  | { kind: "share" }
  | { kind: "shareOrOff" }
  | { kind: "boolean" }
  | { kind: "choice"; options: string[] }
  | { kind: "text"; multiline?: boolean };

export interface SettingField {
  key: string;
  control: SettingControl;
  label: PaneKey;
  note: PaneKey;
}

export const SETTING_FIELDS: SettingField[] = [
  {
    key: "year",
    control: { kind: "number", min: 2000, max: 2100, step: 1 },
    label: "setting.year",
    note: "setting.year.note",
  },
  {
    key: "cstdcs.mode",
    control: { kind: "choice", options: ["plan", "law"] },
    label: "setting.cstdcs.mode",
    note: "setting.cstdcs.mode.note",
  },
  {
    key: "ttldtt.minShare",
    control: { kind: "share" },
    label: "setting.ttldtt.minShare",
    note: "setting.ttldtt.minShare.note",
  },
  {
    key: "ttldtt.strict",
    control: { kind: "boolean" },
    label: "setting.ttldtt.strict",
    note: "setting.ttldtt.strict.note",
  },
  {
    key: "quota.htxs",
    control: { kind: "share" },
    label: "setting.quota.htxs",
    note: "setting.quota.htxs.note",
  },
  {
    key: "quota.scope",
    control: { kind: "choice", options: ["workbook", "unit"] },
    label: "setting.quota.scope",
    note: "setting.quota.scope.note",
  },
  {
    key: "quota.cstdcs",
    control: { kind: "shareOrOff" },
    label: "setting.quota.cstdcs",
    note: "setting.quota.cstdcs.note",
  },
  {
    key: "rating.scoreBands",
    control: { kind: "text" },
    label: "setting.rating.scoreBands",
    note: "setting.rating.scoreBands.note",
  },
  {
    key: "review.sheet",
    control: { kind: "boolean" },
    label: "setting.review.sheet",
    note: "setting.review.sheet.note",
  },
  {
    key: "summary.order",
    control: { kind: "choice", options: ["workbook", "alphabetical"] },
    label: "setting.summary.order",
    note: "setting.summary.order.note",
  },
  {
    key: "locality.kind",
    control: { kind: "choice", options: ["thanh_pho", "tinh"] },
    label: "setting.locality.kind",
    note: "setting.locality.kind.note",
  },
  {
    key: "locality.name",
    control: { kind: "text" },
    label: "setting.locality.name",
    note: "setting.locality.kind.note",
  },
  {
    key: "vote.cstdcs",
    control: { kind: "shareOrOff" },
    label: "setting.vote.cstdcs",
    note: "setting.vote.note",
  },
  {
    key: "vote.cstdTinh",
    control: { kind: "shareOrOff" },
    label: "setting.vote.cstdTinh",
    note: "setting.vote.note",
  },
];

export const PRINT_FIELDS: SettingField[] = PRINT_KEYS.map((k) => ({
  key: `print.${k}`,
  control: {
    kind: "text",
    multiline: k === "signerTitle" || k === "recipients" || k === "attachedTo",
  },
  label: `setting.print.${k}` as PaneKey,
  note: "setting.print.note",
}));

/** The settings as text entries: the rule-set defaults under what the workbook stores, under the pane's choices. */
export function effectiveEntries(
  defaults: Settings,
  stored: Record<string, string>,
  overrides: Record<string, string>
): Record<string, string> {
  const out: Record<string, string> = Object.fromEntries(settingsToEntries(defaults));
  return { ...out, ...stored, ...overrides };
}

/** The parser's complaint about a value, or null when the core accepts it. */
export function settingError(defaults: Settings, key: string, value: string): string | null {
  const copy: Settings = structuredCloneSettings(defaults);
  const issue = applySetting(copy, key, value);
  if (!issue) return null;
  const expected = issue.msg.params?.expected;
  return typeof expected === "string" ? expected : issue.msg.key;
}

function structuredCloneSettings(s: Settings): Settings {
  return JSON.parse(JSON.stringify(s)) as Settings;
}
