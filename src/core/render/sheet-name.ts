/**
 * Where an owned sheet goes (spec/workbook.md item 6).
 *
 * - A stamped sheet of the same kind whose content still hashes to its stamp is rewritten in place, whatever its
 *   name ("Đề xuất khen thưởng (2)" after an earlier edit).
 * - A stamped sheet whose content changed was edited by hand: kept; the new sheet goes beside it under the first
 *   free name "… (2)", "… (3)".
 * - A sheet without our stamp is never touched, even when it bears our name.
 * - A host that cannot tell the current hash (currentHash absent) gets the safe answer: the sheet counts as edited.
 * - The settings sheet is the exception: it is the one sheet the clerk is meant to edit (its values are read back
 *   into the run's settings before rendering), so a stamped settings sheet is rewritten in place even when edited.
 * Excel compares sheet names case-insensitively, so does this.
 */
import { SHEET_NAMES, type OwnedKind } from "./constants";
import { parseStamp } from "./stamp";

export interface ExistingSheet {
  sheetName: string;
  /** Text of the sheet's `_thidua_owner` name, or null. */
  stamp: string | null;
  /** contentHash/gridHash of the sheet's current values, when the host read them. */
  currentHash?: string | null;
}

export interface SheetChoice {
  name: string;
  /** True: an unedited sheet of ours with this name exists and is to be rewritten; false: a new sheet. */
  inPlace: boolean;
}

/** Excel's limit on sheet-name length. */
const MAX_SHEET_NAME = 31;

function ownedOfKind(kind: OwnedKind, s: ExistingSheet): { unedited: boolean } | null {
  const stamp = parseStamp(s.stamp);
  if (!stamp || stamp.kind !== kind) return null;
  if (kind === "settings") return { unedited: true };
  return { unedited: typeof s.currentHash === "string" && s.currentHash === stamp.hash };
}

function numbered(base: string, n: number): string {
  const suffix = ` (${n})`;
  return base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

export function chooseSheetName(kind: OwnedKind, existing: readonly ExistingSheet[]): SheetChoice {
  const base = SHEET_NAMES[kind];
  const reusable = existing.find((s) => ownedOfKind(kind, s)?.unedited);
  if (reusable) return { name: reusable.sheetName, inPlace: true };
  const taken = new Set(existing.map((s) => s.sheetName.toLocaleLowerCase("vi")));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : numbered(base, n);
    if (!taken.has(name.toLocaleLowerCase("vi"))) return { name, inPlace: false };
  }
}
