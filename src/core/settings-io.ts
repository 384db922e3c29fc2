/**
 * Settings as key/value text, the one form the settings sheet, `--set key=value` and the pane share
 * (spec/criteria.md §6). Precedence: overrides (--set) > the settings sheet > rule-set defaults.
 * Mapping keys are `mapping[<sheet name>].<field>` = column letters joined by "+", e.g. `mapping[Cá nhân].name = C+D`:
 * the brackets keep sheet names with dots and field ids with dots apart.
 */
import type { Msg } from "./records";
import type { SettingIssueCode } from "./settings-messages";
import type { ScoreBand, Settings } from "./settings";
import { defaultSettings } from "./settings-defaults";
import type { RatingCode } from "./vocab/codes";

export interface SettingIssue {
  key: string;
  value: string;
  /** Its key is also the code of the problem the check reports it as (i18n/codes.ts). */
  msg: Msg & { key: SettingIssueCode };
}

const RATING_CODES: readonly RatingCode[] = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];
export const PRINT_KEYS = [
  "parent",
  "agency",
  "place",
  "number",
  "date",
  "signerTitle",
  "signerName",
  "recipients",
  "attachedTo",
] as const;
const MAPPING_KEY = /^mapping\[(.+)\]\.([A-Za-z][\w.]*)$/;

/** Every key the settings sheet knows, in the order it is written. */
export const SETTING_KEYS = [
  "year",
  "cstdcs.mode",
  "ttldtt.minShare",
  "ttldtt.strict",
  "quota.htxs",
  "quota.scope",
  "quota.cstdcs",
  "rating.scoreBands",
  "criteria.off",
  "review.sheet",
  "summary.order",
  "locality.kind",
  "locality.name",
  "vote.cstdcs",
  "vote.cstdTinh",
  ...PRINT_KEYS.map((k) => `print.${k}`),
] as const;

function parseShare(text: string): number | null {
  const t = text.trim().replace(",", ".");
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  const n = pct ? Number(pct[1]) / 100 : Number(t);
  return t !== "" && Number.isFinite(n) && n >= 0 && n <= 1 ? n : null;
}

function parseBool(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (["true", "1", "yes", "có", "co", "bật", "bat", "on"].includes(t)) return true;
  if (["false", "0", "no", "không", "khong", "tắt", "tat", "off"].includes(t)) return false;
  return null;
}

function parseBands(text: string): ScoreBand[] | null {
  const bands: ScoreBand[] = [];
  for (const part of text.split(/[,;]/)) {
    const m = /^\s*(\d+(?:[.,]\d+)?)\s*:\s*([A-Za-z]+)\s*$/.exec(part);
    if (!m) return null;
    const code = m[2].toUpperCase() as RatingCode;
    if (!RATING_CODES.includes(code)) return null;
    bands.push({ min: Number(m[1].replace(",", ".")), code });
  }
  return bands.length ? bands.sort((a, b) => b.min - a.min) : null;
}

function invalid(key: string, value: string, expected: string): SettingIssue {
  return { key, value, msg: { key: "SETTING_INVALID", params: { key, value, expected } } };
}

/** Applies one key/value to settings in place; returns an issue when the value cannot be used. */
export function applySetting(settings: Settings, key: string, raw: string): SettingIssue | null {
  const value = raw.trim();
  const mapping = MAPPING_KEY.exec(key);
  if (mapping) {
    const cols = value
      .split(/[+,\s]+/)
      .map((c) => c.toUpperCase())
      .filter(Boolean);
    if (!cols.length || cols.some((c) => !/^[A-Z]{1,3}$/.test(c)))
      return invalid(key, value, "A, B+C");
    (settings.mapping[mapping[1]] ??= {})[mapping[2]] = cols;
    return null;
  }
  if (key.startsWith("print.")) {
    const k = key.slice(6) as (typeof PRINT_KEYS)[number];
    if (!PRINT_KEYS.includes(k))
      return { key, value, msg: { key: "SETTING_UNKNOWN", params: { key } } };
    settings.print[k] = raw.replace(/\\n/g, "\n");
    return null;
  }
  switch (key) {
    case "year": {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 2000 || n > 2100) return invalid(key, value, "2025");
      settings.year = n;
      return null;
    }
    case "cstdcs.mode":
      if (value !== "plan" && value !== "law") return invalid(key, value, "plan | law");
      settings[key] = value;
      return null;
    case "ttldtt.minShare":
    case "quota.htxs": {
      const n = parseShare(value);
      if (n === null) return invalid(key, value, "0.5, 50%");
      settings[key] = n;
      return null;
    }
    case "locality.kind":
      if (value !== "tinh" && value !== "thanh_pho") return invalid(key, value, "tinh | thanh_pho");
      settings[key] = value;
      return null;
    case "locality.name":
      if (value === "") return invalid(key, value, "Cần Thơ");
      settings[key] = value;
      return null;
    case "vote.cstdcs":
    case "vote.cstdTinh":
    case "quota.cstdcs": {
      if (value.toLowerCase() === "off") {
        settings[key] = "off";
        return null;
      }
      const n = parseShare(value);
      if (n === null) return invalid(key, value, "off, 0.15");
      settings[key] = n;
      return null;
    }
    case "ttldtt.strict":
    case "review.sheet": {
      const b = parseBool(value);
      if (b === null) return invalid(key, value, "true | false");
      settings[key] = b;
      return null;
    }
    case "quota.scope":
      if (value !== "workbook" && value !== "unit") return invalid(key, value, "workbook | unit");
      settings[key] = value;
      return null;
    case "summary.order":
      if (value !== "workbook" && value !== "alphabetical")
        return invalid(key, value, "workbook | alphabetical");
      settings[key] = value;
      return null;
    case "rating.scoreBands": {
      const bands = parseBands(value);
      if (!bands) return invalid(key, value, "90:HTXSNV,70:HTTNV,50:HTNV");
      settings[key] = bands;
      return null;
    }
    case "criteria.off":
      settings[key] = value
        .split(/[,;\s]+/)
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean);
      return null;
    default:
      return { key, value, msg: { key: "SETTING_UNKNOWN", params: { key } } };
  }
}

/** Builds the run's settings: defaults, then the settings sheet's entries, then the overrides. */
export function resolveSettings(
  sheetEntries: Record<string, string>,
  overrides: Record<string, string> = {},
  base: Settings = defaultSettings()
): { settings: Settings; issues: SettingIssue[] } {
  const settings: Settings = structuredCloneSettings(base);
  const issues: SettingIssue[] = [];
  for (const source of [sheetEntries, overrides]) {
    for (const [key, value] of Object.entries(source)) {
      const issue = applySetting(settings, key, value);
      if (issue) issues.push(issue);
    }
  }
  return { settings, issues };
}

function structuredCloneSettings(s: Settings): Settings {
  return {
    ...s,
    "rating.scoreBands": s["rating.scoreBands"].map((b) => ({ ...b })),
    "criteria.off": [...s["criteria.off"]],
    print: { ...s.print },
    mapping: Object.fromEntries(
      Object.entries(s.mapping).map(([sheet, m]) => [
        sheet,
        Object.fromEntries(Object.entries(m).map(([f, cols]) => [f, [...cols]])),
      ])
    ),
  };
}

/** The settings as ordered key/value rows (the settings sheet's content and the report's `settings`). */
export function settingsToEntries(s: Settings): [string, string][] {
  const rows: [string, string][] = [
    ["year", String(s.year)],
    ["cstdcs.mode", s["cstdcs.mode"]],
    ["ttldtt.minShare", String(s["ttldtt.minShare"])],
    ["ttldtt.strict", String(s["ttldtt.strict"])],
    ["quota.htxs", String(s["quota.htxs"])],
    ["quota.scope", s["quota.scope"]],
    ["quota.cstdcs", String(s["quota.cstdcs"])],
    ["rating.scoreBands", s["rating.scoreBands"].map((b) => `${b.min}:${b.code}`).join(",")],
    ["criteria.off", s["criteria.off"].join(",")],
    ["review.sheet", String(s["review.sheet"])],
    ["summary.order", s["summary.order"]],
    ["locality.kind", s["locality.kind"]],
    ["locality.name", s["locality.name"]],
    ["vote.cstdcs", String(s["vote.cstdcs"])],
    ["vote.cstdTinh", String(s["vote.cstdTinh"])],
  ];
  for (const k of PRINT_KEYS) rows.push([`print.${k}`, s.print[k].replace(/\n/g, "\\n")]);
  for (const [sheet, fields] of Object.entries(s.mapping)) {
    for (const [field, cols] of Object.entries(fields)) {
      rows.push([`mapping[${sheet}].${field}`, cols.join("+")]);
    }
  }
  return rows;
}

/** Parses `key=value` arguments of `--set`. */
export function parseAssignments(args: string[]): {
  entries: Record<string, string>;
  bad: string[];
} {
  const entries: Record<string, string> = {};
  const bad: string[] = [];
  for (const a of args) {
    const i = a.indexOf("=");
    if (i <= 0) bad.push(a);
    else entries[a.slice(0, i).trim()] = a.slice(i + 1);
  }
  return { entries, bad };
}
