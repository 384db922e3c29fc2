/**
 * The command line's compressor for the parts it writes: zlib on Node's thread pool, so that compressing one part
 * runs on another core while the next part is rendered, and several parts compress at once. gzip rather than raw
 * DEFLATE because its trailer carries the CRC-32 the zip needs, computed in the same pass off the main thread.
 */
import { gzip } from "node:zlib";
import { DEFLATE_LEVEL, fromGzip, type Deflater } from "../xlsx/package/zip-out";

export const nodeDeflate: Deflater = (bytes) =>
  new Promise((resolve, reject) =>
    gzip(bytes, { level: DEFLATE_LEVEL }, (err, out) =>
      err ? reject(err) : resolve(fromGzip(out))
    )
  );
