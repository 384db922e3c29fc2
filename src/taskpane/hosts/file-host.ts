/**
 * PaneHost for an .xlsx opened in the browser: every workbook operation runs in a Web Worker (serve.ts), so the
 * page never freezes. Cancel terminates the worker; the next call starts a new one and reopens the file from
 * the last bytes the page holds (the original, or the last saved checked copy), so a cancelled run writes nothing.
 */
import type { Lang } from "../../core/i18n/types";
import type { Report } from "../../core/report/types";
import {
  CancelledError,
  HostError,
  type CheckResult,
  type ClearOutcome,
  type Inspection,
  type PaneHost,
  type RunOptions,
  type WriteOutcome,
  type WritePart,
} from "../host";
import type { Replies, Reply, Request, WorkerLike } from "./protocol";

type Op = Request["op"];

export interface FileHostOptions {
  createWorker: () => WorkerLike;
  /** Saves the downloaded workbook (an <a download> click in the page). */
  saveFile: (bytes: Uint8Array, name: string) => void;
}

export class FileHost implements PaneHost {
  readonly kind = "file" as const;
  private worker: WorkerLike | null = null;
  private opened: Promise<void> | null = null;
  private nextId = 1;
  private pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void; onPhase?: (p: Reply) => void }
  >();

  constructor(
    private bytes: Uint8Array,
    readonly file: string,
    private readonly options: FileHostOptions
  ) {}

  private spawn(): WorkerLike {
    const w = this.options.createWorker();
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
      else p.reject(new HostError(r.error));
    };
    w.onerror = (ev) => {
      const err = new HostError(ev.message || "worker error");
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    return w;
  }

  private send<K extends Op>(
    req: Extract<Request, { op: K }>,
    opts: RunOptions = {},
    transfer: Transferable[] = []
  ): Promise<Replies[K]> {
    if (!this.worker) this.worker = this.spawn();
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise<Replies[K]>((resolve, reject) => {
      if (opts.signal?.aborted) return reject(new CancelledError());
      const onAbort = () => {
        // The only way to stop a running check: drop the worker and everything it held.
        this.pending.delete(id);
        if (this.worker === worker) {
          worker.terminate();
          this.worker = null;
          this.opened = null;
        }
        for (const p of this.pending.values()) p.reject(new CancelledError());
        this.pending.clear();
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

  private ensureOpen(opts: RunOptions = {}): Promise<void> {
    if (!this.opened || !this.worker) {
      // The page keeps its own copy: the worker may be terminated and the file reopened.
      const copy = this.bytes.slice();
      this.opened = this.send({ op: "open", bytes: copy, file: this.file }, opts, [
        copy.buffer,
      ]).then(() => undefined);
      this.opened.catch(() => (this.opened = null));
    }
    return this.opened;
  }

  private lang(opts?: RunOptions): Lang {
    return opts?.lang ?? "vi";
  }

  async inspect(opts: RunOptions = {}): Promise<Inspection> {
    opts.onProgress?.({ phase: "read" });
    await this.ensureOpen(opts);
    return this.send({ op: "inspect", lang: this.lang(opts), ruleSetId: opts.ruleSetId }, opts);
  }

  async check(overrides: Record<string, string>, opts: RunOptions = {}): Promise<CheckResult> {
    opts.onProgress?.({ phase: "read" });
    await this.ensureOpen(opts);
    const r = await this.send(
      { op: "check", overrides, lang: this.lang(opts), ruleSetId: opts.ruleSetId },
      opts
    );
    return {
      checkable: r.checkable,
      view: r.view,
      writes: r.writes,
      findings: {
        groups: (filter) => this.send({ op: "findingGroups", filter }),
        items: (filter, code, offset, limit) =>
          this.send({ op: "findingItems", filter, code, offset, limit }),
      },
      report: async () => JSON.parse(await this.send({ op: "report" })) as Report,
    };
  }

  /** After a write the page takes the saved workbook back, so a restarted worker reopens the checked copy. */
  private async refreshBytes(opts: RunOptions): Promise<void> {
    const out = await this.send({ op: "output", lang: this.lang(opts) }, opts);
    this.bytes = out.bytes;
  }

  async write(parts: WritePart[], opts: RunOptions = {}): Promise<WriteOutcome> {
    await this.ensureOpen(opts);
    const out = await this.send({ op: "write", parts, lang: this.lang(opts) });
    if (!out.resultsOnly) await this.refreshBytes({ lang: opts.lang });
    return out;
  }

  async saveSettings(entries: Record<string, string>, opts: RunOptions = {}): Promise<void> {
    await this.ensureOpen(opts);
    await this.send({
      op: "saveSettings",
      entries,
      lang: this.lang(opts),
      ruleSetId: opts.ruleSetId,
    });
    await this.refreshBytes({ lang: opts.lang });
  }

  async clear(opts: RunOptions = {}): Promise<ClearOutcome> {
    await this.ensureOpen(opts);
    const out = await this.send({ op: "clear", lang: this.lang(opts) });
    await this.refreshBytes({ lang: opts.lang });
    return out;
  }

  async download(opts: RunOptions = {}): Promise<void> {
    await this.ensureOpen(opts);
    const out = await this.send({ op: "output", lang: this.lang(opts) });
    this.options.saveFile(out.bytes, out.name);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.opened = null;
  }
}
