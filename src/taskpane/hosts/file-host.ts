/**
 * PaneHost for an .xlsx opened in the browser: every workbook operation runs in a Web Worker (serve.ts), so the
 * page never freezes. Cancel terminates the worker; the next call starts a new one and reopens the file from
 * the last bytes the page holds (the original, or the last saved checked copy), so a cancelled run writes nothing.
 */
import type { Lang } from "../../core/i18n/types";
import type { Report } from "../../core/report/types";
import {
  type CheckResult,
  type ClearOutcome,
  type InspectOptions,
  type Inspection,
  type PaneHost,
  type RunOptions,
  type WriteOutcome,
  type WritePart,
} from "../host";
import type { WorkerLike } from "./protocol";
import { WorkerClient } from "./worker-client";

export interface FileHostOptions {
  createWorker: () => WorkerLike;
  /** Saves the downloaded workbook (an <a download> click in the page). */
  saveFile: (bytes: Uint8Array, name: string) => void;
}

export class FileHost implements PaneHost {
  readonly kind = "file" as const;
  private opened: Promise<void> | null = null;
  // A terminated worker (cancel, crash) loses the opened file: the next call reopens it from `bytes`.
  private readonly client: WorkerClient;

  constructor(
    private bytes: Uint8Array,
    readonly file: string,
    private readonly options: FileHostOptions
  ) {
    this.client = new WorkerClient(options.createWorker, () => (this.opened = null));
  }

  private ensureOpen(opts: RunOptions = {}): Promise<void> {
    if (!this.opened) {
      // The page keeps its own copy: the worker may be terminated and the file reopened.
      const copy = this.bytes.slice();
      this.opened = this.client
        .send({ op: "open", bytes: copy, file: this.file }, opts, [copy.buffer])
        .then(() => undefined);
      this.opened.catch(() => (this.opened = null));
    }
    return this.opened;
  }

  private lang(opts?: RunOptions): Lang {
    return opts?.lang ?? "vi";
  }

  async inspect(opts: InspectOptions = {}): Promise<Inspection> {
    opts.onProgress?.({ phase: "read" });
    await this.ensureOpen(opts);
    return this.client.send(
      {
        op: "inspect",
        lang: this.lang(opts),
        overrides: opts.overrides,
        ruleSetId: opts.ruleSetId,
        usePlanSheet: opts.usePlanSheet,
      },
      opts
    );
  }

  async check(overrides: Record<string, string>, opts: RunOptions = {}): Promise<CheckResult> {
    opts.onProgress?.({ phase: "read" });
    await this.ensureOpen(opts);
    const r = await this.client.send(
      {
        op: "check",
        overrides,
        lang: this.lang(opts),
        ruleSetId: opts.ruleSetId,
        usePlanSheet: opts.usePlanSheet,
      },
      opts
    );
    return {
      checkable: r.checkable,
      view: r.view,
      writes: r.writes,
      findings: {
        groups: (filter) => this.client.send({ op: "findingGroups", filter }),
        items: (filter, code, offset, limit) =>
          this.client.send({ op: "findingItems", filter, code, offset, limit }),
      },
      report: async () => JSON.parse(await this.client.send({ op: "report" })) as Report,
    };
  }

  /** After a write the page takes the saved workbook back, so a restarted worker reopens the checked copy. */
  private async refreshBytes(opts: RunOptions): Promise<void> {
    const out = await this.client.send({ op: "output", lang: this.lang(opts) }, opts);
    this.bytes = out.bytes;
  }

  async write(parts: WritePart[], opts: RunOptions = {}): Promise<WriteOutcome> {
    await this.ensureOpen(opts);
    const out = await this.client.send({ op: "write", parts, lang: this.lang(opts) });
    if (!out.resultsOnly) await this.refreshBytes({ lang: opts.lang });
    return out;
  }

  async saveSettings(entries: Record<string, string>, opts: RunOptions = {}): Promise<void> {
    await this.ensureOpen(opts);
    await this.client.send({
      op: "saveSettings",
      entries,
      lang: this.lang(opts),
      ruleSetId: opts.ruleSetId,
      usePlanSheet: opts.usePlanSheet,
    });
    await this.refreshBytes({ lang: opts.lang });
  }

  async clear(opts: RunOptions = {}): Promise<ClearOutcome> {
    await this.ensureOpen(opts);
    const out = await this.client.send({ op: "clear", lang: this.lang(opts) });
    await this.refreshBytes({ lang: opts.lang });
    return out;
  }

  async download(opts: RunOptions = {}): Promise<void> {
    await this.ensureOpen(opts);
    const out = await this.client.send({ op: "output", lang: this.lang(opts) });
    this.options.saveFile(out.bytes, out.name);
  }

  dispose(): void {
    this.client.dispose();
    this.opened = null;
  }
}
