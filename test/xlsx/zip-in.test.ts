import { ZipIn } from "../../src/xlsx/zip-in";
import { makeSampleWorkbook } from "../../src/xlsx/sample";

describe("the office's file read as a zip (zip-in.ts)", () => {
  let data: Uint8Array;
  beforeAll(async () => {
    data = await makeSampleWorkbook({ people: 30, units: 4, seed: 11 });
  });

  it("lists the file entries (no folders) and reads an entry as UTF-8 text", () => {
    const zip = ZipIn.open(data);
    expect(zip.names).toContain("xl/workbook.xml");
    expect(zip.names.some((n) => n.endsWith("/"))).toBe(false);
    expect(zip.has("xl/workbook.xml")).toBe(true);
    expect(zip.text("xl/workbook.xml")).toMatch(/^<\?xml[\s\S]*<workbook\b/);
    expect(zip.text("xl/none.xml")).toBeNull();
  });

  it("gives the same bytes for every entry when they were decompressed ahead on other threads", async () => {
    const plain = ZipIn.open(data);
    const ahead = ZipIn.open(data);
    ahead.prefetch();
    await ahead.ready();
    const a = plain.bytes(plain.names);
    const b = ahead.bytes(ahead.names);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a)
      expect([name, Buffer.from(b.get(name)!)]).toEqual([name, Buffer.from(bytes)]);
  });

  it("refuses bytes that are not a zip", () => {
    expect(() => ZipIn.open(new TextEncoder().encode("Họ và tên;Xếp loại\n"))).toThrow();
  });
});
