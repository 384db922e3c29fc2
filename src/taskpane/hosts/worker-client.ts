/**
 * The pane's end of protocol.ts: numbered requests to one Web Worker, replies and progress matched by id.
 * Cancel (the run's AbortSignal) terminates the worker, the only way to stop a running check, and rejects
 * everything in flight; the next request starts a new worker. `onTerminated` tells the owner what was lost.
 * A worker that fails (onerror: a script it could not load, a crash) rejects what is in flight with
 * WorkerFailedError, so a host can fall back to checking on the pane's thread.
 */
import { CancelledError, HostError, PlanRefusedError, type RunOptions } from "../host";
import type { Replies, Reply, Request, WorkerLike } from "./protocol";

type Op = Request["op"];

export class WorkerFailedError extends HostError {}

export class WorkerClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void; onPhase?: (p: Reply) => void }
  >();

  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly onTerminated: () => void = () => undefined
  ) {}

  private spawn(): WorkerLike {
    const w = this.createWorker();
    w.onmessage = (ev) => {
      const r = ev.data;
      const p = this.pending.get(r.id);
      if (!p) return;
      if ("progress" in r) {
        p.onPhase?.(r);
        return;
      }
      this.pending.delete(r.id);
      if (r.ok) p.resolve(r.value);
      else p.reject(r.refusal ? new PlanRefusedError(r.refusal, r.error) : new HostError(r.error));
    };
    w.onerror = (ev) => {
      const err = new WorkerFailedError(ev.message || "worker error");
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      this.drop(w);
    };
    return w;
  }

  /** Ends the worker and what it held (its session or last check). */
  private drop(worker: WorkerLike): void {
    if (this.worker !== worker) return;
    worker.terminate();
    this.worker = null;
    this.onTerminated();
  }

  send<K extends Op>(
    req: Extract<Request, { op: K }>,
    opts: RunOptions = {},
    transfer: Transferable[] = []
  ): Promise<Replies[K]> {
    if (opts.signal?.aborted) return Promise.reject(new CancelledError());
    if (!this.worker) {
      try {
        this.worker = this.spawn();
      } catch (e) {
        // No Worker in this WebView, or a Blob URL it refuses: the caller may fall back.
        return Promise.reject(new WorkerFailedError(e instanceof Error ? e.message : String(e)));
      }
    }
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise<Replies[K]>((resolve, reject) => {
      const onAbort = () => {
        this.pending.delete(id);
        for (const p of this.pending.values()) p.reject(new CancelledError());
        this.pending.clear();
        this.drop(worker);
        reject(new CancelledError());
      };
      opts.signal?.addEventListener("abort", onAbort, { once: true });
      this.pending.set(id, {
        resolve: (v) => {
          opts.signal?.removeEventListener("abort", onAbort);
          resolve(v as Replies[K]);
        },
        reject: (e) => {
          opts.signal?.removeEventListener("abort", onAbort);
          reject(e);
        },
        onPhase: (r) => {
          if ("progress" in r) opts.onProgress?.({ phase: r.progress });
        },
      });
      worker.postMessage({ id, ...req } as never, transfer);
    });
  }

  dispose(): void {
    if (this.worker) this.drop(this.worker);
  }
}
