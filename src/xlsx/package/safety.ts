/**
 * Whether the result block may go where the plan puts it on an office sheet (spec/workbook.md "Parts the add-in does
 * not write are carried"). The block takes whole columns right of the office's cells: it writes cells, column
 * widths and hidden flag columns there, and clears an older block's columns. A pivot table or an Excel table whose
 * range reaches into those columns would be written over (Excel then "repairs" the file by dropping the pivot table
 * or the table), so such a sheet is not edited: the host says which part and why. Decision: columns are compared
 * over the whole sheet, not only the block's rows, because widths and hidden columns apply to every row.
 * Pivot tables and tables normally hold values in their cells, so the block, which starts right of every value, only
 * meets one whose cells are still empty (a pivot table waiting for its first refresh, an empty table column).
 */
import { colLetter, colNumber } from "../../core/address";
import type { Msg } from "../../core/records";
import type { BlockCols } from "../block";
import { parseAttributes, resolvePath } from "../workbook-xml";
import { relsOf, type PackageEdit } from "./package";

/** A sheet the writer cannot edit safely, the part that stops it and why. */
export interface UnsafeSheet {
  sheet: string;
  /** The package part: the sheet's own part, or the pivot table or table part in the way. */
  part: string;
  why: Msg;
}

const PIVOT_REL = /\/pivotTable$/;
const TABLE_REL = /\/table$/;

/** The first pivot table or table on the sheet whose columns meet `cols`, or null. */
export function blockConflict(
  pkg: PackageEdit,
  sheet: string,
  cols: BlockCols[]
): UnsafeSheet | null {
  const target = pkg.sheetPart(sheet);
  const rels = pkg.partText(relsOf(target));
  if (!rels || !cols.length) return null;
  const dir = target.replace(/[^/]+$/, "");
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const a = parseAttributes(m[1]);
    const type = a.Type ?? "";
    const pivot = PIVOT_REL.test(type);
    if ((!pivot && !TABLE_REL.test(type)) || a.TargetMode === "External" || !a.Target) continue;
    const part = resolvePath(dir, a.Target);
    const xml = pkg.partText(part);
    if (!xml) continue;
    const root = pivot
      ? /<(?:\w+:)?pivotTableDefinition\b([^>]*)>/.exec(xml)
      : /<(?:\w+:)?table\b([^>]*)>/.exec(xml);
    const attrs = parseAttributes(root?.[1] ?? "");
    const ref = pivot
      ? parseAttributes(/<(?:\w+:)?location\b([^>]*)>/.exec(xml)?.[1] ?? "").ref
      : attrs.ref;
    const span = ref ? refCols(ref) : null;
    if (!span) continue;
    const hit = cols.find((c) => c.first <= span.last && span.first <= c.last);
    if (!hit) continue;
    return {
      sheet,
      part,
      why: {
        key: pivot ? "xlsx.unsafe.pivot" : "xlsx.unsafe.table",
        params: {
          name: (pivot ? attrs.name : (attrs.displayName ?? attrs.name)) ?? "",
          ref,
          cols: `${colLetter(hit.first)}:${colLetter(hit.last)}`,
        },
      },
    };
  }
  return null;
}

function refCols(ref: string): BlockCols | null {
  const [a, b] = ref.replace(/\$/g, "").split(":");
  const first = /^([A-Za-z]{1,3})\d*$/.exec(a ?? "");
  const last = /^([A-Za-z]{1,3})\d*$/.exec(b ?? a ?? "");
  if (!first || !last) return null;
  return { first: colNumber(first[1]), last: colNumber(last[1]) };
}
