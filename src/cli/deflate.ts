/**
 * The command line's compressor for the parts it writes: zlib on Node's thread pool, so that compressing one part
 * runs on another core while the next part is rendered. gzip rather than raw DEFLATE because its trailer carries the
 * CRC-32 the zip needs, computed in the same pass off the main thread. At most one part per spare core is compressed
 * at a time: the thread pool has four threads, and on a 2-core machine four compressions at once would take the
 * main thread's core from the rendering they are meant to run beside.
 */
import { availableParallelism } from "node:os";
import { gzip } from "node:zlib";
import { DEFLATE_LEVEL, fromGzip, type Deflated, type Deflater } from "../xlsx/package/zip-out";

const spare = Math.max(1, availableParallelism() - 1);
let running = 0;
const waiting: (() => void)[] = [];

function compress(bytes: Uint8Array): Promise<Deflated> {
  return new Promise((resolve, reject) =>
    gzip(bytes, { level: DEFLATE_LEVEL }, (err, out) =>
      err ? reject(err) : resolve(fromGzip(out))
    )
  );
}

export const nodeDeflate: Deflater = async (bytes) => {
  if (running >= spare) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await compress(bytes);
  } finally {
    running--;
    waiting.shift()?.();
  }
};
