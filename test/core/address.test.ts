import { a1, colLetter, colNumber, parseA1, sheetRef } from "../../src/core/address";

describe("A1 addresses", () => {
  it("turns column numbers into letters and back, past Z and ZZ", () => {
    for (const [n, s] of [
      [1, "A"],
      [26, "Z"],
      [27, "AA"],
      [702, "ZZ"],
      [703, "AAA"],
      [16384, "XFD"],
    ] as const) {
      expect(colLetter(n)).toBe(s);
      expect(colNumber(s)).toBe(n);
    }
  });

  it("writes and parses cell addresses", () => {
    expect(a1(12, 6)).toBe("F12");
    expect(parseA1("$F$12")).toEqual({ row: 12, col: 6 });
    expect(parseA1("12F")).toBeNull();
  });

  it("quotes sheet names in references and doubles inner quotes", () => {
    expect(sheetRef("Cá nhân", "F9")).toBe("'Cá nhân'!F9");
    expect(sheetRef("Bob's", "A1")).toBe("'Bob''s'!A1");
  });
});
