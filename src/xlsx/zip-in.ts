/**
 * The office's file as a zip, read with fflate: its entries are listed once, and an entry is decompressed when the
 * writer asks for it (exceljs reads the file through its own copy of JSZip). fflate inflates in about half the time
 * of JSZip's pako on a 10,000-row workbook. A host with threads to spare (the command line) can have every entry
 * decompressed ahead, in fflate's workers, while the check runs: `prefetch`, then `ready` before reading.
 */
import { strFromU8, unzip, unzipSync, type Unzipped } from "fflate";

export class ZipIn {
  private ahead: Unzipped | null = null;
  private pending: Promise<void> | null = null;
  private readonly known: ReadonlySet<string>;

  private constructor(
    private readonly data: Uint8Array,
    /** File entries (folders excluded), in the zip's order. */
    readonly names: readonly string[]
  ) {
    this.known = new Set(names);
  }

  /** Lists the entries; throws on bytes that are not a readable zip. */
  static open(data: Uint8Array): ZipIn {
    const names: string[] = [];
    unzipSync(data, {
      filter: (f) => {
        if (!f.name.endsWith("/")) names.push(f.name);
        return false;
      },
    });
    return new ZipIn(data, names);
  }

  /**
   * Starts decompressing every entry in fflate's workers (threads in Node), to be read after `ready`. A failure
   * only means the entries are decompressed when asked for, as without this.
   */
  prefetch(): void {
    if (this.pending) return;
    this.pending = new Promise<void>((resolve) =>
      unzip(this.data, (err, files) => {
        if (!err) this.ahead = files;
        resolve();
      })
    );
  }

  /** Resolves when the entries asked for ahead, if any, are there. */
  async ready(): Promise<void> {
    await this.pending;
  }

  has(name: string): boolean {
    return this.known.has(name);
  }

  /** The entries asked for that exist, decompressed in one pass over the zip. */
  bytes(names: Iterable<string>): Map<string, Uint8Array> {
    const wanted = new Set(names);
    const out = new Map<string, Uint8Array>();
    if (!wanted.size) return out;
    const ahead = this.ahead;
    if (ahead && [...wanted].every((n) => !this.has(n) || ahead[n])) {
      for (const name of wanted) if (ahead[name]) out.set(name, ahead[name]);
      return out;
    }
    const files = unzipSync(this.data, { filter: (f) => wanted.has(f.name) });
    for (const name of wanted) if (files[name]) out.set(name, files[name]);
    return out;
  }

  /** An entry as UTF-8 text, or null when there is none. */
  text(name: string): string | null {
    const b = this.bytes([name]).get(name);
    return b ? strFromU8(b) : null;
  }
}
