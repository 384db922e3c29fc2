import {
  contentHash,
  fnv1a64,
  gridHash,
  makeBlockStamp,
  makeStamp,
  parseBlockStamp,
  parseStamp,
} from "../../../src/core/render/stamp";
import { STAMP_VERSION } from "../../../src/core/render/constants";

describe("content hash (spec/workbook.md item 6: a stamped sheet whose hash no longer matches was edited)", () => {
  it("implements FNV-1a 64 as published (test vectors for '', 'a', 'foobar')", () => {
    const bytes = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
    expect(fnv1a64([])).toBe("cbf29ce484222325");
    expect(fnv1a64(bytes("a"))).toBe("af63dc4c8601ec8c");
    expect(fnv1a64(bytes("foobar"))).toBe("85944171f73967e8");
  });

  it("gives the hash that stamps written by earlier versions hold, so their sheets are not taken as edited", () => {
    // The value version 1 gave: it must stay so, or sheets an earlier version wrote stop matching their stamps.
    const values = [
      ["DANH SÁCH — Nguyễn Văn An", null, 3.5],
      [true, "2025", new Date(Date.UTC(2025, 11, 31))],
      [{ error: "#N/A" as const }, "a\r\nb", "𝔸 emoji 😀"],
    ];
    expect(contentHash(values, 1)).toBe("af3482c36dbd7c7b");
  });

  it("keeps the current form of the hash stable too, and tells it from version 1's", () => {
    const values = [
      ["DANH SÁCH — Nguyễn Văn An", null, 3.5],
      [true, "2025", new Date(Date.UTC(2025, 11, 31))],
      [{ error: "#N/A" as const }, "a\r\nb", "𝔸 emoji 😀"],
    ];
    expect(STAMP_VERSION).toBe(2);
    expect(contentHash(values)).toBe("f2e4b5f19db219f9");
    expect(contentHash(values, 2)).toBe(contentHash(values));
  });

  it("the current form ignores what version 1's ignores and sees what it sees", () => {
    const sheet = [
      ["Nguyễn Văn An", 4, true],
      [null, "2025"],
    ];
    expect(
      contentHash([
        ["Nguyễn Văn An", "4", "TRUE"],
        ["", 2025],
      ])
    ).toBe(contentHash(sheet));
    expect(
      contentHash([
        ["Nguyễn Văn Ân", 4, true],
        [null, "2025"],
      ])
    ).not.toBe(contentHash(sheet));
    expect(
      contentHash([
        [4, "Nguyễn Văn An", true],
        [null, "2025"],
      ])
    ).not.toBe(contentHash(sheet));
    expect(
      contentHash([
        ["Nguyễn Văn An", 4],
        [true, "2025"],
      ])
    ).not.toBe(contentHash(sheet));
  });

  const sheet = [
    ["DANH SÁCH", null],
    ["Nguyễn Văn An", 3],
  ];

  it("changes when a clerk edits one value", () => {
    const edited = [
      ["DANH SÁCH", null],
      ["Nguyễn Văn Ân", 3],
    ];
    expect(contentHash(edited)).not.toBe(contentHash(sheet));
    expect(
      contentHash([
        ["DANH SÁCH", null],
        ["Nguyễn Văn An", 4],
      ])
    ).not.toBe(contentHash(sheet));
  });

  it("changes when a value moves to another cell", () => {
    expect(
      contentHash([
        [null, "DANH SÁCH"],
        ["Nguyễn Văn An", 3],
      ])
    ).not.toBe(contentHash(sheet));
  });

  it("ignores trailing empty cells, empty strings for nulls and CRLF line ends, as a host's read-back shows them", () => {
    const readBack = [
      ["DANH SÁCH", "", ""],
      ["Nguyễn Văn An", 3, null],
      ["", "", ""],
    ];
    expect(contentHash(readBack)).toBe(contentHash(sheet));
    expect(contentHash([["a\r\nb"]])).toBe(contentHash([["a\nb"]]));
  });

  it("treats text Excel turns into numbers or booleans on entry like the number or boolean", () => {
    expect(contentHash([["2025", "0.5", "true"]])).toBe(contentHash([[2025, 0.5, true]]));
    expect(contentHash([["2025"]])).not.toBe(contentHash([[2026]]));
  });

  it("gives the same hash for a used range that does not start at A1", () => {
    const grid = { top: 3, left: 2, values: [["x", 1]] };
    const fromA1 = [
      [null, null, null],
      [null, null, null],
      [null, "x", 1],
    ];
    expect(gridHash(grid)).toBe(contentHash(fromA1));
    expect(gridHash({ ...grid, top: 4 })).not.toBe(contentHash(fromA1));
  });
});

describe("stamps", () => {
  it("round-trips an owned sheet's stamp", () => {
    expect(parseStamp(makeStamp("summary", "00ff"))).toEqual({
      app: "thidua",
      kind: "summary",
      version: STAMP_VERSION,
      hash: "00ff",
    });
  });

  it("refuses anything that is not one of our owned-sheet stamps", () => {
    expect(parseStamp(null)).toBeNull();
    expect(parseStamp("Đề xuất khen thưởng")).toBeNull();
    expect(parseStamp('{"app":"other","kind":"summary","version":1,"hash":"1"}')).toBeNull();
    expect(parseStamp('{"app":"thidua","kind":"chart","version":1,"hash":"1"}')).toBeNull();
    expect(parseStamp('{"app":"thidua","kind":"summary","version":1}')).toBeNull();
    expect(parseStamp("[1,2]")).toBeNull();
  });

  it("round-trips a result block's stamp and refuses a malformed one", () => {
    const text = makeBlockStamp({
      firstCol: 14,
      lastCol: 22,
      firstRow: 4,
      lastRow: 90,
      flagCols: [20, 21, 22],
    });
    expect(parseBlockStamp(text)).toMatchObject({
      kind: "block",
      firstCol: 14,
      flagCols: [20, 21, 22],
    });
    expect(parseBlockStamp(text.replace('"firstCol":14', '"firstCol":"N"'))).toBeNull();
    expect(parseBlockStamp(makeStamp("summary", "1"))).toBeNull();
  });
});
