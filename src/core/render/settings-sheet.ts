/**
 * The hidden settings sheet "Cấu hình rà soát" (criteria.md §6): key / value / meaning rows under one header row.
 * Keys and values are those of settings-io (settingsToEntries / applySetting), so what a host reads back with
 * parseSettingsSheet feeds resolveSettings unchanged. Values are written as text (number format "@") so Excel does
 * not turn "0.5" or "true" into other types.
 */
import type { CellValue } from "../grid";
import type { Settings } from "../settings";
import { settingsToEntries } from "../settings-io";
import type { Say } from "./labels";
import { renderMessages } from "./messages";
import { SheetBuilder } from "./sheet-builder";
import { HEADER_FILL, font } from "./style";

export const SETTINGS_WIDTHS = [28, 40, 60];
const MAPPING_KEY = /^mapping\[(.+)\]\.(.+)$/;

function meaning(say: Say, key: string): string | null {
  const m = MAPPING_KEY.exec(key);
  if (m) return say("RENDER_SET_mapping", { sheet: m[1], field: m[2] });
  return `RENDER_SET_${key}` in renderMessages ? say(`RENDER_SET_${key}`) : null;
}

/** Keys of the plan in force, written after the settings (issue 16) and read back by check.ts. */
export const PLAN_KEYS = ["plan.id", "plan.version", "plan.hash"] as const;

export function renderSettingsSheet(
  settings: Settings,
  say: Say,
  plan?: { id: string; version: string; hash: string }
): SheetBuilder {
  const b = new SheetBuilder(SETTINGS_WIDTHS.length);
  const head = b.row([
    say("RENDER_SET_COL_KEY"),
    say("RENDER_SET_COL_VALUE"),
    say("RENDER_SET_COL_NOTE"),
  ]);
  b.style(head, 1, head, 3, font(11, { bold: true, fill: HEADER_FILL, border: true }));
  for (const [key, value] of settingsToEntries(settings)) b.row([key, value, meaning(say, key)]);
  if (plan) {
    b.row(["plan.id", plan.id, say("RENDER_SET_plan.id")]);
    b.row(["plan.version", plan.version, say("RENDER_SET_plan.version")]);
    b.row(["plan.hash", plan.hash, say("RENDER_SET_plan.hash")]);
  }
  if (b.lastRow > head) {
    b.style(head + 1, 1, b.lastRow, 3, font(11, { border: true, wrap: true, vAlign: "top" }));
    b.style(head + 1, 1, b.lastRow, 2, font(11, { border: true, numFmt: "@" }));
  }
  return b;
}

function asText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString();
  if (typeof v === "object") return v.error;
  return String(v);
}

/**
 * Key/value pairs of a settings sheet as a host reads it (values from A1). The header row and rows without a key
 * are skipped; a later row with the same key wins, as it would when typed in the pane.
 */
export function parseSettingsSheet(
  values: readonly (readonly CellValue[])[]
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of values) {
    const key = asText(row[0]).trim();
    // keys are ASCII and start lower-case: the header ("Khóa", "Key") and stray notes are not keys
    if (!/^(mapping\[.+\]\..+|[a-z]\w*(\.\w+)*)$/.test(key)) continue;
    out[key] = asText(row[1]);
  }
  return out;
}
