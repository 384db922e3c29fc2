/// <reference types="office-js" />
/**
 * Queues work on a RequestContext in batches of at most `budget` estimated bytes, one sync per batch: the number of
 * syncs follows the bytes moved, never the rows (design.md "Few round trips"). A batch Excel refuses as too large
 * (Excel on the web caps a request at 5 MB) executed nothing, so it is queued again with half the budget, its big
 * operations split in two.
 */
import { isPayloadError } from "./errors";

export const DEFAULT_BUDGET = 4_000_000;
/** Room left in a batch below which it is not worth cutting the next op to fill it. */
const FILL_MIN = 64_000;
/** Below this a refusal is not about size: give up and report it. */
const MIN_BUDGET = 16_000;
/**
 * Size of one queued action in a request with the object paths it creates (worksheet, range, property): Office.js
 * serializes a hyperlink, a row height or a merge as 290–430 bytes (issue 13's measurement), so per-row operations are
 * counted at the upper end.
 */
export const ACTION_BYTES = 430;
/**
 * One hyperlink beyond its cell address and target: measured through the real Office.js (bench/office-js.ts) at
 * ~320 bytes with a 15-character target, i.e. ~285 bytes of envelope.
 */
export const LINK_BYTES = 290;
/** One conditional-format rule (add, formula, fill, font: their actions and object paths): ~1.9 KB serialized. */
export const CF_RULE_BYTES = 2000;

export interface Op {
  /** Estimated request bytes. */
  bytes: number;
  queue(context: Excel.RequestContext): void;
  /** Two halves of this op, for ops that can be cut (row chunks); absent when it cannot. */
  split?(): [Op, Op];
  /** A head of at most `bytes` and the rest, so that a batch can be filled to its budget; null when not even one
   * item fits. Absent when the op cannot be cut. */
  take?(bytes: number): [Op, Op] | null;
}

/**
 * An op over items `0 … sizes.length` (rows of values, hyperlinks …) costing `base` plus the items' sizes; it can be
 * cut in halves or at a byte budget, each part queued by `queueRange(context, from, to)`.
 */
export function itemsOp(
  sizes: readonly number[],
  base: number,
  queueRange: (context: Excel.RequestContext, from: number, to: number) => void
): Op {
  const prefix = new Float64Array(sizes.length + 1);
  for (let i = 0; i < sizes.length; i++) prefix[i + 1] = prefix[i] + sizes[i];
  const make = (from: number, to: number): Op => {
    const op: Op = {
      bytes: base + prefix[to] - prefix[from],
      queue: (ctx) => queueRange(ctx, from, to),
    };
    if (to - from > 1) {
      const mid = from + Math.floor((to - from) / 2);
      op.split = () => [make(from, mid), make(mid, to)];
      op.take = (bytes) => {
        // The last item whose part still fits: prefix[end] - prefix[from] ≤ bytes - base.
        let lo = from;
        let hi = to - 1;
        while (lo < hi) {
          const m = Math.ceil((lo + hi) / 2);
          if (base + prefix[m] - prefix[from] <= bytes) lo = m;
          else hi = m - 1;
        }
        return lo > from ? [make(from, lo), make(lo, to)] : null;
      };
    }
    return op;
  };
  return make(0, sizes.length);
}

export interface BatchStats {
  syncs: number;
  maxBatchBytes: number;
  totalBytes: number;
}

function cut(ops: Op[], budget: number): Op[] {
  const out: Op[] = [];
  const stack = [...ops].reverse();
  while (stack.length) {
    const op = stack.pop() as Op;
    if (op.bytes > budget && op.split) {
      const [a, b] = op.split();
      stack.push(b, a);
    } else {
      out.push(op);
    }
  }
  return out;
}

/**
 * An op per item of a list (hyperlinks, merges, row heights …), each costing `bytes(item)`, cut in halves when a batch
 * must be smaller: a list of 30,000 hyperlinks never has to fit in one request.
 */
export function listOp<T>(
  items: readonly T[],
  bytes: (item: T) => number,
  queueAll: (context: Excel.RequestContext, items: readonly T[]) => void
): Op[] {
  if (items.length === 0) return [];
  return [itemsOp(items.map(bytes), 0, (ctx, from, to) => queueAll(ctx, items.slice(from, to)))];
}

/**
 * Runs ops in order. `beforeBatch` is queued at the head of every batch (e.g. suspending calculation until the
 * batch's sync); its second argument says whether this is the run's first batch.
 */
export async function runOps(
  context: Excel.RequestContext,
  allOps: Op[],
  options: {
    budget?: number;
    beforeBatch?: (context: Excel.RequestContext, first: boolean) => void;
  } = {}
): Promise<BatchStats> {
  let budget = options.budget ?? DEFAULT_BUDGET;
  let ops = cut(allOps, budget);
  const stats: BatchStats = { syncs: 0, maxBatchBytes: 0, totalBytes: 0 };
  let start = 0;
  while (start < ops.length) {
    let end = start;
    let bytes = 0;
    while (end < ops.length && (end === start || bytes + ops[end].bytes <= budget)) {
      bytes += ops[end].bytes;
      end++;
    }
    // Fill the rest of the budget with the head of the next op when it can be cut (rows, hyperlinks).
    const room = budget - bytes;
    const next = end < ops.length ? ops[end] : undefined;
    if (next?.take && room >= FILL_MIN) {
      const parts = next.take(room);
      if (parts) {
        ops.splice(end, 1, parts[0], parts[1]);
        bytes += parts[0].bytes;
        end++;
      }
    }
    options.beforeBatch?.(context, stats.syncs === 0);
    for (let i = start; i < end; i++) ops[i].queue(context);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB batch is the point
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || budget / 2 < MIN_BUDGET) throw e;
      budget = Math.floor(budget / 2);
      ops = [...ops.slice(0, start), ...cut(ops.slice(start, end), budget), ...ops.slice(end)];
      continue;
    }
    stats.syncs++;
    stats.maxBatchBytes = Math.max(stats.maxBatchBytes, bytes);
    stats.totalBytes += bytes;
    start = end;
  }
  return stats;
}

/** UTF-8 length of a string (Vietnamese letters take two or three bytes), without allocating a buffer. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Size of a payload as Office.js sends it: its JSON, in UTF-8. */
export function jsonBytes(v: unknown): number {
  const json = JSON.stringify(v);
  return json === undefined ? 0 : utf8Length(json);
}
