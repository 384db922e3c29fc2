/**
 * Addresses as Office.js reports them: "'Cá nhân'!B2:E2,'Cá nhân'!G7" (a RangeAreas), "Sheet1!A1" (a Range).
 * Commas inside a quoted sheet name are part of the name.
 */
import { colNumber } from "../core/address";

export interface AreaA1 {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Splits at commas outside quotes. */
function parts(address: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/** The 1-based areas of an address; whole columns or rows are not expected here and are skipped. */
export function addressAreas(address: string | null | undefined): AreaA1[] {
  if (!address) return [];
  const out: AreaA1[] = [];
  for (const part of parts(address)) {
    const local = part.slice(part.lastIndexOf("!") + 1).replace(/\$/g, "");
    const [from, to = from] = local.split(":");
    const a = /^([A-Za-z]+)(\d+)$/.exec(from);
    const b = /^([A-Za-z]+)(\d+)$/.exec(to);
    if (!a || !b) continue;
    out.push({
      top: Number(a[2]),
      left: colNumber(a[1]),
      bottom: Number(b[2]),
      right: colNumber(b[1]),
    });
  }
  return out;
}
