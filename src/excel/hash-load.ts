/// <reference types="office-js" />
/**
 * Loads the values of the add-in's own sheets for their content hash, in row chunks of at most `budget` bytes of
 * response (Excel on the web refuses a response over 5 MB): a 30,000-finding review sheet weighs more than that when
 * loaded whole. The bytes per cell are re-measured after each sync, as read.ts does, so the number of syncs follows
 * the bytes, not the rows; a refused response executed nothing and is asked again with chunks half the size.
 */
import type { CellValue } from "../core/grid";
import { jsonBytes } from "./batch";
import { isPayloadError } from "./errors";
import { gridHash } from "./ownership";
import { fromExcel } from "./values";

/** A sheet whose used range (rowIndex, columnIndex, rowCount, columnCount) was loaded and synced. */
export interface HashTarget {
  ws: Excel.Worksheet;
  used: Excel.Range;
}

export interface LoadedGrid {
  values: CellValue[][];
  top: number;
  left: number;
}

interface Job {
  target: HashTarget;
  grid: LoadedGrid;
  rows: number;
  cols: number;
  next: number;
}

/**
 * The values of each target, in order. `alsoFirst` queues other loads that ride with the first sync (when there is
 * nothing to load, they get a sync of their own). Returns the grids and the number of syncs made.
 */
export async function loadGrids(
  context: Excel.RequestContext,
  targets: HashTarget[],
  budget: number,
  alsoFirst = false
): Promise<{ grids: LoadedGrid[]; syncs: number }> {
  const jobs: Job[] = targets.map((target) => {
    const empty = target.used.isNullObject;
    return {
      target,
      grid: {
        values: [],
        top: empty ? 1 : target.used.rowIndex + 1,
        left: empty ? 1 : target.used.columnIndex + 1,
      },
      rows: empty ? 0 : target.used.rowCount,
      cols: empty ? 0 : target.used.columnCount,
      next: 0,
    };
  });
  let perCell = 40;
  let syncs = 0;
  let pending = alsoFirst;
  while (pending || jobs.some((j) => j.next < j.rows)) {
    const chunks: { job: Job; range: Excel.Range; first: number }[] = [];
    let left = budget;
    for (const job of jobs) {
      while (job.next < job.rows && (left > 0 || chunks.length === 0)) {
        const fit = Math.max(1, Math.floor(left / (perCell * job.cols)));
        const count = Math.min(fit, job.rows - job.next);
        const range = job.target.ws.getRangeByIndexes(
          job.grid.top - 1 + job.next,
          job.grid.left - 1,
          count,
          job.cols
        );
        range.load("values,valueTypes");
        chunks.push({ job, range, first: job.next });
        job.next += count;
        left -= count * job.cols * perCell;
      }
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB of response
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || perCell > budget) throw e;
      for (const c of chunks) c.job.next = Math.min(c.job.next, c.first);
      perCell *= 2;
      continue;
    }
    syncs++;
    pending = false;
    let bytes = 0;
    let cells = 0;
    for (const c of chunks) {
      const { values, valueTypes } = c.range;
      bytes += jsonBytes(values) + jsonBytes(valueTypes);
      cells += values.length * c.job.cols;
      for (let r = 0; r < values.length; r++) {
        c.job.grid.values[c.first + r] = values[r].map((v, k) => fromExcel(v, valueTypes[r][k]));
      }
      c.range.untrack();
    }
    if (cells > 0) perCell = Math.max(4, (bytes / cells) * 1.25);
  }
  return { grids: jobs.map((j) => j.grid), syncs };
}

/** The content hash of a loaded grid in the form a stamp of `version` holds. */
export function loadedHash(grid: LoadedGrid, version: number): string {
  return gridHash(grid, version);
}
