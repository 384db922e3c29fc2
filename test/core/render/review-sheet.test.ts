import { renderReviewSheet } from "../../../src/core/render/review-sheet";
import { sayer } from "../../../src/core/render/labels";
import { build, finding, msgText, person, sheetRead, unitResult } from "./builders";

describe("review sheet (spec/workbook.md item 4)", () => {
  const built = build(
    [
      person({
        name: "Nguyễn Văn An",
        row: 9,
        findings: [finding({ code: "I1", cell: "F9", source: "SRC_ND48" })],
      }),
      person({
        name: "Trần Thị Bình",
        row: 7,
        findings: [finding({ code: "SERVICE", verdict: "unknown", cell: null })],
      }),
    ],
    [
      unitResult({
        unit: "Văn phòng",
        row: 5,
        findings: [finding({ code: "C2", verdict: "info", decides: false, cell: "D5" })],
      }),
    ],
    {
      problems: [
        {
          level: "info",
          sheet: "Cá nhân",
          cell: "B3",
          code: "LEGACY_ENCODING",
          msg: { key: "P_LEGACY" },
        },
        {
          level: "error",
          sheet: "Tập thể",
          cell: null,
          code: "NO_RATING_COLUMN",
          msg: { key: "P_NORATING" },
        },
      ],
    },
    [sheetRead({ name: "Tập thể", role: "units" }), sheetRead({ name: "Cá nhân" })]
  );
  const b = renderReviewSheet({ ...built, say: sayer("vi"), text: msgText });

  it("has a header row of Sheet, Cell, Name, Code, Verdict, Message, Source", () => {
    expect(b.values[0]).toEqual([
      "Trang tính",
      "Ô",
      "Họ và tên / Tên tập thể",
      "Mã",
      "Kết quả",
      "Nội dung",
      "Căn cứ",
    ]);
  });

  it("lists problems first (errors before information), then findings in sheet and row order", () => {
    expect(b.values.slice(1).map((r) => r[3])).toEqual([
      "NO_RATING_COLUMN",
      "LEGACY_ENCODING",
      "C2",
      "SERVICE",
      "I1",
    ]);
    expect(b.values[5]).toEqual([
      "Cá nhân",
      "F9",
      "Nguyễn Văn An",
      "I1",
      "✗ Chưa đạt",
      "MSG_I1",
      "SRC_ND48",
    ]);
    expect(b.values[3][4]).toBe("i Thông tin");
  });

  it("links each finding to its cell, or to the row's first cell when it has none", () => {
    expect(b.links).toEqual([
      { cell: "B3", target: "'Cá nhân'!B3" },
      { cell: "B4", target: "'Tập thể'!D5" },
      { cell: "B5", target: "'Cá nhân'!A7" },
      { cell: "B6", target: "'Cá nhân'!F9" },
    ]);
  });
});
