/**
 * The parts of the checked copy, put into a zip with fflate. A part written by the add-in is compressed as soon as it
 * is made, by the compressor the host gives (the command line gives Node's zlib, which runs on the thread pool): so
 * compressing one part runs on the second core while the next is rendered. Without one, fflate deflates in this
 * thread when the zip is put together. Parts carried from the office's file are decompressed and compressed again:
 * their contents are the original's byte for byte, not their compressed bytes.
 * Decisions: every entry gets the date Excel itself writes (1 January 1980), so the same input gives the same file;
 * written parts are deflated at level 2, which on a 10,000-row check takes under half the time of the default level 6
 * for a file about a fifth larger.
 */
import { Zip, ZipDeflate, type ZipInputFile } from "fflate";

/** One part compressed: raw DEFLATE data, the CRC-32 and the length of what went in. */
export interface Deflated {
  data: Uint8Array;
  crc: number;
  size: number;
}

export type Deflater = (bytes: Uint8Array) => Promise<Deflated>;

export const DEFLATE_LEVEL = 2;
const ZIP_DATE = new Date(1980, 0, 1);
const DEFLATE = 8;

/**
 * Raw DEFLATE data and CRC from a gzip member (RFC 1952): a compressor that writes gzip (the command line's, with
 * Node's zlib) then computes the CRC beside the compression, off this thread.
 */
export function fromGzip(gz: Uint8Array): Deflated {
  const FEXTRA = 4;
  const FNAME = 8;
  const FCOMMENT = 16;
  const FHCRC = 2;
  if (gz.length < 18 || gz[0] !== 0x1f || gz[1] !== 0x8b || gz[2] !== DEFLATE) {
    throw new Error("Not a gzip member");
  }
  const flags = gz[3];
  let at = 10;
  if (flags & FEXTRA) at += 2 + (gz[at] | (gz[at + 1] << 8));
  if (flags & FNAME) while (gz[at++] !== 0);
  if (flags & FCOMMENT) while (gz[at++] !== 0);
  if (flags & FHCRC) at += 2;
  const end = gz.length - 8;
  const view = new DataView(gz.buffer, gz.byteOffset, gz.length);
  return {
    data: gz.subarray(at, end),
    crc: view.getUint32(end, true),
    size: view.getUint32(end + 4, true),
  };
}

/** A written part: its bytes, or their compression under way. */
export type Written = Uint8Array | Promise<Deflated>;

/** With a compressor, a part's compression starts now; without one, fflate deflates it in zipParts. */
export function written(bytes: Uint8Array, deflate: Deflater | null): Written {
  if (!deflate) return bytes;
  const p = deflate(bytes);
  // Awaited in zipParts; until then a failure must not count as unhandled.
  p.catch(() => undefined);
  return p;
}

/** The zip of the parts, in the order given. */
export async function zipParts(parts: Iterable<[string, Written]>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const [name, content] of parts) {
    if (content instanceof Uint8Array) {
      const file = new ZipDeflate(name, { level: DEFLATE_LEVEL });
      file.mtime = ZIP_DATE;
      zip.add(file);
      file.push(content, true);
      continue;
    }
    const d = await content;
    const file: ZipInputFile = {
      filename: name,
      size: d.size,
      crc: d.crc,
      compression: DEFLATE,
      mtime: ZIP_DATE,
    };
    zip.add(file);
    // fflate's handler is typed for ArrayBuffer-backed arrays; the data is never a SharedArrayBuffer view.
    file.ondata?.(null, d.data as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
