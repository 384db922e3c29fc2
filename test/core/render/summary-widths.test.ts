import {
  fitColumns,
  pageUnits,
  pairSplit,
  type ColumnTexts,
} from "../../../src/core/render/summary-widths";

const HEADERS = [
  "STT",
  "Họ và tên / Tên tập thể",
  "Chức vụ",
  "Đơn vị",
  "Kết quả rà soát",
  "Ghi chú",
];
const sum = (ws: number[]): number => ws.reduce((a, b) => a + b, 0);

function texts(p: Partial<ColumnTexts>): ColumnTexts {
  return { headers: HEADERS, names: [], positions: [], units: [], results: [], notes: [], ...p };
}

describe("summary column widths (spec/workbook.md item 3: portrait unless too wide, one page wide)", () => {
  const margins = [1.18, 0.59] as const;

  it("stays portrait for a short list and fills the width between the margins", () => {
    const fit = fitColumns(
      texts({
        names: ["Nguyễn Văn An"],
        positions: ["Chuyên viên"],
        units: ["Văn phòng"],
        results: ["✓ Đủ điều kiện"],
      }),
      ...margins
    );
    expect(fit.orientation).toBe("portrait");
    expect(sum(fit.widths)).toBe(pageUnits("portrait", ...margins));
  });

  it("turns landscape when the reasons need a wide note column, and still fits the page", () => {
    const note =
      "I6H — Chánh Văn phòng: đơn vị “Văn phòng Sở” chưa đủ điều kiện Tập thể lao động xuất sắc (chưa đạt: Tập thể xếp loại Hoàn thành xuất sắc nhiệm vụ).";
    const fit = fitColumns(
      texts({
        names: ["Phạm Phương Hà"],
        positions: ["Chánh Văn phòng"],
        units: ["Trung tâm Quan trắc tài nguyên và môi trường"],
        results: ["✗ Chưa đủ điều kiện"],
        notes: [note],
      }),
      ...margins
    );
    expect(fit.orientation).toBe("landscape");
    expect(sum(fit.widths)).toBe(pageUnits("landscape", ...margins));
    expect(fit.widths[5]).toBeGreaterThanOrEqual(28);
  });

  it("splits the header block where the right block holds the national motto on one line", () => {
    expect(pairSplit([5, 20, 12, 14, 15, 18], 54)).toBe(2);
    expect(pairSplit([5, 26, 18, 28, 17, 36], 54)).toBe(3);
  });
});
