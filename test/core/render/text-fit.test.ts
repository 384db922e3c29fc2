import {
  capacityEm,
  linesHeight,
  textEm,
  widthFor,
  wrappedLines,
} from "../../../src/core/render/text-fit";

describe("text-fit (Times New Roman metrics, Excel's column unit)", () => {
  it("measures a Vietnamese letter as its base letter, in NFC or NFD", () => {
    expect(textEm("Đường")).toBeCloseTo(textEm("Duong"), 5);
    expect(textEm("Hương".normalize("NFD"))).toBeCloseTo(textEm("Hương"), 5);
    expect(textEm("MMM")).toBeGreaterThan(textEm("iii") * 2);
  });

  it("wraps at word boundaries: a line holds whole words only", () => {
    const cap = textEm("Chi cục Kiểm lâm");
    expect(wrappedLines("Chi cục Kiểm lâm", cap)).toBe(1);
    expect(wrappedLines("Chi cục Kiểm lâm tỉnh", cap)).toBe(2);
    expect(wrappedLines("một\nhai", 100)).toBe(2);
  });

  it("gives a column just wide enough for its text on one line", () => {
    const text = "Phòng Trồng trọt và Bảo vệ thực vật";
    const w = widthFor(text, 12);
    expect(wrappedLines(text, capacityEm([w], 12))).toBe(1);
    expect(wrappedLines(text, capacityEm([w - 2], 12))).toBe(2);
  });

  it("spaces lines at 1.25 times the font size", () => {
    expect(linesHeight(2, 12)).toBe(31.5);
    expect(linesHeight(4, 12)).toBe(61.5);
  });
});
