/// <reference types="office-js" />
/**
 * The settings store (spec/criteria.md §6): the hidden, add-in-owned sheet "Cấu hình rà soát", one `key | value` row
 * per setting under a header row. The sheet is the truth — it travels with the file, and the command line reads it;
 * `Office.context.document.settings` only caches it, for a pane that opens before anything is read. Turning keys into
 * typed Settings is core's business; the store moves text.
 * Decision: the sheet is found by its stamp (kind "settings"), never by its name alone; a clerk's sheet that bears the
 * name is left alone and the store goes beside it, as for every add-in sheet.
 */
import { CACHE_KEY_SETTINGS, settingsRows, settingsFromRows } from "./settings-rows";
import {
  contentHash,
  decodeNameText,
  encodeNameText,
  makeStamp,
  OWNER_NAME,
  parseStamp,
  SHEET_NAMES,
} from "./ownership";
import { fromExcel, toExcelRows } from "./values";

export type SettingsCache = Pick<Office.Settings, "get" | "set" | "saveAsync">;

function officeCache(): SettingsCache | null {
  try {
    return typeof Office !== "undefined" ? Office.context.document.settings : null;
  } catch {
    return null;
  }
}

interface Found {
  /** The stamped settings sheet, or null. */
  name: string | null;
  pairs: Record<string, string> | null;
  taken: string[];
}

async function findStore(context: Excel.RequestContext): Promise<Found> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const probes = worksheets.items.map((ws) => {
    const owner = ws.names.getItemOrNullObject(OWNER_NAME);
    owner.load("formula");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("values,valueTypes,rowIndex,columnIndex");
    return { name: ws.name, owner, used };
  });
  await context.sync();
  const taken = probes.map((p) => p.name);
  for (const p of probes) {
    if (p.owner.isNullObject) continue;
    if (parseStamp(decodeNameText(p.owner.formula))?.kind !== "settings") continue;
    if (p.used.isNullObject) return { name: p.name, pairs: {}, taken };
    const types = p.used.valueTypes;
    const rows = p.used.values.map((row, r) => row.map((v, c) => fromExcel(v, types[r][c])));
    return {
      name: p.name,
      pairs: settingsFromRows(rows, p.used.rowIndex + 1, p.used.columnIndex + 1),
      taken,
    };
  }
  return { name: null, pairs: null, taken };
}

/** The stored settings: the sheet's when there is one (refreshing the cache), else the cache's, else {}. */
export async function readSettingsStore(
  context: Excel.RequestContext,
  cache: SettingsCache | null = officeCache()
): Promise<Record<string, string>> {
  const found = await findStore(context);
  if (found.pairs) {
    cache?.set(CACHE_KEY_SETTINGS, found.pairs);
    cache?.saveAsync();
    return found.pairs;
  }
  const cached: unknown = cache?.get(CACHE_KEY_SETTINGS);
  if (cached && typeof cached === "object") {
    return Object.fromEntries(
      Object.entries(cached as Record<string, unknown>).map(([k, v]) => [k, String(v)])
    );
  }
  return {};
}

/** Writes the settings to the sheet (created hidden if absent) and to the cache. */
export async function writeSettingsStore(
  context: Excel.RequestContext,
  pairs: Record<string, string>,
  cache: SettingsCache | null = officeCache()
): Promise<string> {
  const found = await findStore(context);
  const values = settingsRows(pairs);
  const stamp = encodeNameText(makeStamp("settings", contentHash(values)));
  let name = found.name;
  if (name) {
    const ws = context.workbook.worksheets.getItem(name);
    ws.getRange().clear("Contents");
    ws.names.getItem(OWNER_NAME).formula = stamp;
  } else {
    name = freeName(SHEET_NAMES.settings, found.taken);
    const ws = context.workbook.worksheets.add(name);
    const item = ws.names.add(OWNER_NAME, stamp);
    item.visible = false;
  }
  const ws = context.workbook.worksheets.getItem(name);
  ws.getRangeByIndexes(0, 0, values.length, 2).values = toExcelRows(values);
  ws.visibility = "Hidden";
  await context.sync();
  cache?.set(CACHE_KEY_SETTINGS, pairs);
  cache?.saveAsync();
  return name;
}

function freeName(base: string, taken: string[]): string {
  const lower = new Set(taken.map((t) => t.toLocaleLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLocaleLowerCase())) return name;
  }
}
