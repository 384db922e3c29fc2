/**
 * Recognising what the add-in wrote, by its stamps (spec/workbook.md "Ownership"), never by a sheet's name: a clerk's
 * sheet called "Đề xuất khen thưởng" without a valid stamp is the clerk's. The stamp format is render's
 * (src/core/render/stamp.ts: `{ app: "thidua", kind, … }`); read only checks the fields it needs, so that it does
 * not depend on the stage after it.
 */
function parseObject(text: string | null | undefined): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** Whether a sheet's `_thidua_owner` stamp marks it as one of the add-in's own sheets. */
export function isAddinStamp(stamp: string | null | undefined): boolean {
  const o = parseObject(stamp);
  return o !== null && o.app === "thidua" && typeof o.kind === "string" && o.kind !== "block";
}

/** The columns of the add-in's result block from a sheet's `_thidua_block` stamp, if it is valid. */
export function blockColumns(
  stamp: string | null | undefined
): { firstCol: number; lastCol: number } | null {
  const o = parseObject(stamp);
  if (!o || o.app !== "thidua" || o.kind !== "block") return null;
  const { firstCol, lastCol } = o;
  if (!Number.isInteger(firstCol) || !Number.isInteger(lastCol)) return null;
  if ((firstCol as number) < 1 || (lastCol as number) < (firstCol as number)) return null;
  return { firstCol: firstCol as number, lastCol: lastCol as number };
}
