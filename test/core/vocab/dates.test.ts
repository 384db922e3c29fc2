import { parseDate, parseNumber } from "../../../src/core/vocab/dates";

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

describe("parseDate", () => {
  it("reads Excel serials with the 1900 leap-year bug", () => {
    expect(parseDate(1)).toEqual(d(1900, 1, 1));
    expect(parseDate(59)).toEqual(d(1900, 2, 28));
    expect(parseDate(60)).toBeNull();
    expect(parseDate(61)).toEqual(d(1900, 3, 1));
    expect(parseDate(45658)).toEqual(d(2025, 1, 1));
    expect(parseDate(45658.75)).toEqual(d(2025, 1, 1));
    expect(parseDate(2958465)).toEqual(d(9999, 12, 31));
    expect(parseDate(0)).toBeNull();
    expect(parseDate(2958466)).toBeNull();
  });

  it("reads Date objects as UTC midnight of the nearest day", () => {
    expect(parseDate(d(2025, 3, 5))).toEqual(d(2025, 3, 5));
    expect(parseDate(new Date(Date.UTC(2025, 2, 4, 17)))).toEqual(d(2025, 3, 5));
    expect(parseDate(new Date(Date.UTC(2025, 2, 5, 7)))).toEqual(d(2025, 3, 5));
  });

  it.each([
    ["05/03/2025", d(2025, 3, 5)],
    ["5/3/2025", d(2025, 3, 5)],
    ["05-03-2025", d(2025, 3, 5)],
    ["05.03.2025", d(2025, 3, 5)],
    ["ngày 5 tháng 3 năm 2024", d(2024, 3, 5)],
    ["Ngày 05 tháng 03 năm 2024", d(2024, 3, 5)],
    ["2025-03-05", d(2025, 3, 5)],
    ["45658", d(2025, 1, 1)],
    ["Số 12/QĐ-SNN ngày 05/3/2025", d(2025, 3, 5)],
  ])("reads the text %p", (text, date) => {
    expect(parseDate(text)).toEqual(date);
  });

  it("rejects impossible dates, years typed alone, booleans, errors and blanks", () => {
    expect(parseDate("31/02/2025")).toBeNull();
    expect(parseDate("13/13/2025")).toBeNull();
    expect(parseDate("2025")).toBeNull();
    expect(parseDate("không")).toBeNull();
    expect(parseDate(true)).toBeNull();
    expect(parseDate({ error: "#VALUE!" })).toBeNull();
    expect(parseDate(null)).toBeNull();
  });
});

describe("parseNumber", () => {
  it.each([
    [12, 12],
    ["12", 12],
    ["12,5", 12.5],
    ["12.5", 12.5],
    [" 7 ", 7],
    ["12 tháng", 12],
    ["1.234.567", 1234567],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["-3", -3],
  ])("reads %p as %p", (v, n) => {
    expect(parseNumber(v)).toBe(n);
  });

  it("returns null for non-numbers", () => {
    expect(parseNumber("mười hai")).toBeNull();
    expect(parseNumber("12a")).toBeNull();
    expect(parseNumber("")).toBeNull();
    expect(parseNumber(true)).toBeNull();
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber(Number.NaN)).toBeNull();
    expect(parseNumber({ error: "#DIV/0!" })).toBeNull();
  });
});
