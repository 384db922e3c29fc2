/**
 * Merged areas of a sheet as a lookup: the value of a merge's first cell applies to every cell of the merge
 * (spec/workbook.md). Only cells inside merges are stored, so a sheet without merges costs nothing.
 */
import type { MergeArea, SheetGrid } from "../grid";

/** A merge larger than this (a whole column merged by mistake) is not expanded cell by cell. */
const MAX_CELLS = 200_000;

export interface MergeIndex {
  /** The merge containing the cell, or undefined. */
  at(row: number, col: number): MergeArea | undefined;
}

export function indexMerges(grid: SheetGrid): MergeIndex {
  const cells = new Map<number, MergeArea>();
  const big: MergeArea[] = [];
  let budget = MAX_CELLS;
  let first = Infinity;
  let last = -1;
  for (const m of grid.merges) {
    const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (area <= 1) continue;
    if (area > budget) {
      big.push(m);
      continue;
    }
    budget -= area;
    first = Math.min(first, m.top);
    last = Math.max(last, m.bottom);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) cells.set(r * 20_000 + c, m);
    }
  }
  // Rows that meet a merge: most rows of a sheet meet none, and are answered without a lookup per cell.
  const merged = new Uint8Array(last >= first ? last - first + 1 : 0);
  for (const m of grid.merges) {
    if (m.top >= first && m.bottom <= last) merged.fill(1, m.top - first, m.bottom - first + 1);
  }
  const base = last >= first ? first : 0;
  return {
    at(row: number, col: number): MergeArea | undefined {
      const hit = merged[row - base] === 1 ? cells.get(row * 20_000 + col) : undefined;
      if (hit || big.length === 0) return hit;
      return big.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
    },
  };
}
