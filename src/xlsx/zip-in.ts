/**
 * The office's file as a zip, read with fflate: its entries are listed once, and an entry is decompressed when the
 * writer asks for it (exceljs reads the file through its own copy of JSZip). fflate inflates in about half the time
 * of JSZip's pako on a 10,000-row workbook.
 */
import { strFromU8, unzipSync } from "fflate";

export class ZipIn {
  private constructor(
    private readonly data: Uint8Array,
    /** File entries (folders excluded), in the zip's order. */
    readonly names: readonly string[]
  ) {}

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

  has(name: string): boolean {
    return this.names.includes(name);
  }

  /** The entries asked for that exist, decompressed in one pass over the zip. */
  bytes(names: Iterable<string>): Map<string, Uint8Array> {
    const wanted = new Set(names);
    const out = new Map<string, Uint8Array>();
    if (!wanted.size) return out;
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
