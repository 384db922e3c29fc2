/**
 * Sheets the add-in owns (summary, review, settings): recognised by their `_thidua_owner` stamp, never by name.
 * An owned sheet is unedited when the hash of what it holds now equals the hash in its stamp.
 */
import type { SheetGrid } from "../core/grid";
import type { ExistingSheet, Stamp } from "../core/render";
import type { LoadedWorkbook } from "./read";
import { FILTER_NAME, gridHash, OWNER_NAME, parseStamp } from "./stamps";

export interface OwnedSheet {
  sheet: SheetGrid;
  stamp: Stamp;
  edited: boolean;
}

function worksheets(loaded: LoadedWorkbook): SheetGrid[] {
  return loaded.grid.sheets.filter((s) => s.kind !== "chartsheet");
}

function stampOf(loaded: LoadedWorkbook, sheet: string, name: string): string | null {
  return loaded.stamps.get(sheet)?.get(name) ?? null;
}

export function ownedSheets(loaded: LoadedWorkbook): OwnedSheet[] {
  const out: OwnedSheet[] = [];
  for (const sheet of worksheets(loaded)) {
    const stamp = parseStamp(stampOf(loaded, sheet.name, OWNER_NAME));
    if (!stamp) continue;
    out.push({ sheet, stamp, edited: gridHash(sheet, stamp.version) !== stamp.hash });
  }
  return out;
}

/** The sheets as render's chooseSheetName needs them: stamp text and the hash of what each holds now (chart
 * sheets too, so their names count as taken). */
export function existingSheets(loaded: LoadedWorkbook): ExistingSheet[] {
  const out: ExistingSheet[] = worksheets(loaded).map((sheet) => {
    const stamp = stampOf(loaded, sheet.name, OWNER_NAME);
    // In the hash form of the stamp's own version: a sheet stamped by an earlier version is compared as it was.
    const version = parseStamp(stamp)?.version;
    return { sheetName: sheet.name, stamp, currentHash: stamp ? gridHash(sheet, version) : null };
  });
  for (const s of loaded.info.sheets) {
    if (s.kind === "chartsheet") out.push({ sheetName: s.name, stamp: null, currentHash: null });
  }
  return out;
}

/** What render needs to know of each sheet beyond the grid: whether the office already set an AutoFilter. */
export function sheetInfo(loaded: LoadedWorkbook): Record<string, { hasAutoFilter: boolean }> {
  const out: Record<string, { hasAutoFilter: boolean }> = {};
  for (const [name, f] of loaded.facts) {
    // The add-in's own filter from an earlier run does not count: it is replaced with the new block.
    // An Excel table has its own filter buttons and Excel allows no sheet filter over it: it counts as a filter.
    const ours = stampOf(loaded, name, FILTER_NAME);
    out[name] = { hasAutoFilter: (f.autoFilter !== null && f.autoFilter !== ours) || f.hasTable };
  }
  return out;
}
