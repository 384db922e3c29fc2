import JSZip from "jszip";
import { gzipSync, inflateSync } from "fflate";
import { runCheck } from "../../src/core/check";
import { nodeDeflate } from "../../src/cli/deflate";
import { writePlanToPackage } from "../../src/xlsx/package";
import { fromGzip, written, zipParts } from "../../src/xlsx/package/zip-out";
import { sheetInfo } from "../../src/xlsx/owned";
import { loadWorkbook } from "../../src/xlsx/read";
import { makeSampleWorkbook } from "../../src/xlsx/sample";

const enc = (s: string) => new TextEncoder().encode(s);

async function contents(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) out[name] = await zip.file(name)!.async("base64");
  return out;
}

describe("the zip of the checked copy (package/zip-out.ts)", () => {
  it("takes the DEFLATE data, CRC and length out of a gzip member, optional header fields included", () => {
    const data = enc("<row>Nguyễn Văn A</row>".repeat(50));
    const named = gzipSync(data, { filename: "sheet1.xml", mtime: 0 });
    expect(named[3] & 8).toBe(8);
    const d = fromGzip(named);
    expect(d.size).toBe(data.length);
    const plain = fromGzip(gzipSync(data, { mtime: 0 }));
    expect(d.crc).toBe(plain.crc);
    expect(Buffer.from(d.data)).toEqual(Buffer.from(plain.data));
  });

  it("refuses bytes that are not gzip instead of writing a broken part", () => {
    expect(() => fromGzip(enc("PK\u0003\u0004 not gzip at all"))).toThrow(/gzip/);
  });

  it("writes the same contents whether parts are compressed on the thread pool or by fflate, and CRCs check", async () => {
    const parts: [string, string][] = [
      ["[Content_Types].xml", "<Types/>"],
      ["xl/worksheets/sheet1.xml", "<c>Số 1</c>".repeat(2000)],
      ["xl/empty.xml", ""],
    ];
    const native = await zipParts(parts.map(([n, t]) => [n, written(enc(t), nodeDeflate)]));
    const js = await zipParts(parts.map(([n, t]) => [n, written(enc(t), null)]));
    const a = await contents(native);
    expect(a).toEqual(await contents(js));
    expect(Object.keys(a)).toEqual(parts.map(([n]) => n));
    expect(Buffer.from(a["xl/worksheets/sheet1.xml"], "base64").toString()).toBe(parts[1][1]);
  });

  it("gives the same file for the same input (every entry dated as Excel dates them)", async () => {
    const parts = (): [string, ReturnType<typeof written>][] => [
      ["a.xml", written(enc("<a/>"), nodeDeflate)],
    ];
    const one = await zipParts(parts());
    const two = await zipParts(parts());
    expect(Buffer.from(one)).toEqual(Buffer.from(two));
    const zip = await JSZip.loadAsync(one);
    expect(zip.file("a.xml")!.date.getUTCFullYear()).toBeLessThanOrEqual(1980);
  });

  it("gives each queued part its own compressed bytes when many are asked for at once", async () => {
    const inputs = Array.from({ length: 7 }, (_, i) =>
      enc(`<row r="${i}">${"Số ".repeat(500 * (i + 1))}</row>`)
    );
    const out = await Promise.all(inputs.map((b) => nodeDeflate(b)));
    out.forEach((d, i) => {
      expect(d.size).toBe(inputs[i].length);
      expect(Buffer.from(inflateSync(d.data))).toEqual(Buffer.from(inputs[i]));
    });
  });

  it("passes a compressor's failure on to the caller", async () => {
    const failing = () => Promise.reject(new Error("disk full"));
    await expect(zipParts([["a.xml", written(enc("<a/>"), failing)]])).rejects.toThrow("disk full");
  });

  it("a checked copy written with Node's zlib holds exactly the parts and contents of one written with fflate", async () => {
    const original = await makeSampleWorkbook({ people: 40, units: 4, seed: 5 });
    const write = async (deflate?: typeof nodeDeflate) => {
      const loaded = await loadWorkbook(original);
      const out = runCheck({ grid: loaded.grid, sheetInfo: sheetInfo(loaded) });
      return (await writePlanToPackage(loaded, out.plan, { deflate })).bytes;
    };
    expect(await contents(await write(nodeDeflate))).toEqual(await contents(await write()));
  });
});
