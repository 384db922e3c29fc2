/** A1 addresses and sheet-qualified references, as Excel writes them. */

export function colLetter(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) return NaN;
    n = n * 26 + (c - 64);
  }
  return n;
}

/** Letters of the columns asked for so far: a check names cells of the same few columns on every row. */
const letters: string[] = [];

export function a1(row: number, col: number): string {
  let l = letters[col];
  if (l === undefined) {
    l = colLetter(col);
    // Excel has 16,384 columns; anything beyond is not cached.
    if (col > 0 && col <= 16_384) letters[col] = l;
  }
  return l + row;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}

export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

/** Rows "7:8" as an absolute reference "$7:$8" (print title rows). */
export function absoluteRows(rows: string): string {
  return rows
    .split(":")
    .map((r) => (r.startsWith("$") ? r : `$${r}`))
    .join(":");
}

/** "'Cá nhân'!" by sheet name: a workbook has few sheets, and references to them are made for thousands of rows. */
const prefixes = new Map<string, string>();

/** 'Cá nhân'!F9 — always quoted, quotes inside the name doubled. */
export function sheetRef(sheet: string, cell: string): string {
  let prefix = prefixes.get(sheet);
  if (prefix === undefined) {
    prefix = `'${sheet.replace(/'/g, "''")}'!`;
    if (prefixes.size >= 256) prefixes.clear();
    prefixes.set(sheet, prefix);
  }
  return prefix + cell;
}
