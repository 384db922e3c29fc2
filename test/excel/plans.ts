/** Hand-made WritePlans and office sheets for the host tests and the benchmark (no core render involved). */
import { colLetter } from "../../src/core/address";
import type { CellValue } from "../../src/core/grid";
import type { CheckedSheetPlan, OwnedSheetPlan, WritePlan } from "../../src/core/render/plan";
import { contentHash, makeBlockStamp, makeStamp } from "../../src/core/render/stamp";
import { sheetFromRows } from "./mock-excel";
import type { Scalar, SheetState } from "./mock-state";

export const OFFICE_COLS = 20;
export const BLOCK_COLS = 20;
export const FIRST_BLOCK_COL = OFFICE_COLS + 1;
export const FLAG_COLS = [FIRST_BLOCK_COL + 17, FIRST_BLOCK_COL + 18, FIRST_BLOCK_COL + 19];

/** The office's sheet: a header row and `rows` data rows, 20 columns, with a format and a rule of its own. */
export function officeSheet(name: string, rows: number): SheetState {
  const data: Scalar[][] = [Array.from({ length: OFFICE_COLS }, (_, c) => `Cột ${c + 1}`)];
  for (let r = 0; r < rows; r++) {
    data.push(
      Array.from({ length: OFFICE_COLS }, (_, c) =>
        c === 1 ? `Nguyễn Văn ${r}` : c === 2 ? "HTTNV" : r + c
      )
    );
  }
  const s = sheetFromRows(name, data);
  s.formats.push({
    area: { r0: 0, c0: 0, r1: 0, c1: OFFICE_COLS - 1 },
    path: "font.bold",
    value: true,
  });
  s.colWidths.set(1, 120);
  s.cfs.push({
    id: 9000,
    area: { r0: 1, c0: 3, r1: rows, c1: 3 },
    type: "Custom",
    formula: "=$D2>5",
    fill: "#FF0000",
    font: null,
  });
  return s;
}

export function checkedPlan(
  sheet: string,
  rows: number,
  clearCols: CheckedSheetPlan["clearCols"] = null
): CheckedSheetPlan {
  const last = rows + 1;
  const values: CellValue[][] = [
    [
      "KẾT QUẢ RÀ SOÁT",
      ...Array.from({ length: BLOCK_COLS - 1 }, (_, c) => `Cột kết quả ${c + 2}`),
    ],
  ];
  for (let r = 0; r < rows; r++) {
    values.push(
      Array.from({ length: BLOCK_COLS }, (_, c): CellValue => {
        if (c === 1) return r % 3 === 0 ? "✓ Đủ điều kiện" : "✗ Chưa đạt";
        if (c === 4) return r % 3 === 0 ? null : "I1, I2";
        if (c === 5)
          return r % 3 === 0
            ? null
            : "I1 — Xếp loại “Hoàn thành nhiệm vụ” chưa đạt mức Hoàn thành tốt nhiệm vụ trở lên.";
        if (c >= 17) return r % 3 === c - 17 ? 1 : 0;
        return `Phòng ${r % 7}`;
      })
    );
  }
  const L = (c: number) => colLetter(c);
  const flag = (i: number) => L(FLAG_COLS[i]);
  return {
    sheet,
    protected: false,
    firstCol: FIRST_BLOCK_COL,
    clearCols,
    firstRow: 1,
    values,
    merges: [],
    styles: [
      {
        range: `${L(FIRST_BLOCK_COL)}1:${L(FIRST_BLOCK_COL + BLOCK_COLS - 1)}1`,
        style: { bold: true, fill: "DDEBF7", border: true, wrap: true },
      },
      {
        range: `${L(FIRST_BLOCK_COL + 2)}2:${L(FIRST_BLOCK_COL + 2)}${last}`,
        style: { numFmt: "@" },
      },
    ],
    hiddenCols: FLAG_COLS,
    widths: [
      { col: FIRST_BLOCK_COL, width: 24 },
      { col: FIRST_BLOCK_COL + 1, width: 18 },
    ],
    marks: [
      {
        kind: "gap",
        range: `A2:${L(OFFICE_COLS)}${last}`,
        formula: `$${flag(1)}2=1`,
        fill: "FFC7CE",
        fontColor: "9C0006",
        flagRange: `${flag(1)}2:${flag(1)}${last}`,
      },
      {
        kind: "unknown",
        range: `A2:${L(OFFICE_COLS)}${last}`,
        formula: `$${flag(2)}2=1`,
        fill: "FFEB9C",
        fontColor: "9C5700",
        flagRange: `${flag(2)}2:${flag(2)}${last}`,
      },
      {
        kind: "eligible",
        range: `${L(FIRST_BLOCK_COL + 1)}2:${L(FIRST_BLOCK_COL + 1)}${last}`,
        formula: `$${flag(0)}2=1`,
        fill: "C6EFCE",
        fontColor: "006100",
        flagRange: `${flag(0)}2:${flag(0)}${last}`,
      },
    ],
    autoFilter: `A1:${L(FIRST_BLOCK_COL + BLOCK_COLS - 1)}1`,
    blockStamp: makeBlockStamp({
      firstCol: FIRST_BLOCK_COL,
      lastCol: FIRST_BLOCK_COL + BLOCK_COLS - 1,
      firstRow: 1,
      lastRow: last,
      flagCols: FLAG_COLS,
    }),
  };
}

export function summaryPlan(rows: number, title = "ĐỀ XUẤT KHEN THƯỞNG NĂM 2025"): OwnedSheetPlan {
  const values: CellValue[][] = [
    [title, null, null, null, null, null],
    ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Kết quả rà soát", "Ghi chú"],
  ];
  for (let r = 0; r < rows; r++)
    values.push([
      r + 1,
      `Nguyễn Văn ${r}`,
      "Chuyên viên",
      `Phòng ${r % 7}`,
      "✓ Đủ điều kiện",
      "0123",
    ]);
  values.push(["Cộng", rows, null, null, null, new Date(Date.UTC(2025, 11, 31))]);
  return {
    kind: "summary",
    name: "Đề xuất khen thưởng",
    visibility: "visible",
    values,
    merges: [{ top: 1, left: 1, bottom: 1, right: 6 }],
    styles: [
      {
        range: "A1:F1",
        style: { fontName: "Times New Roman", fontSize: 14, bold: true, hAlign: "center" },
      },
      {
        range: `A2:F${rows + 2}`,
        style: { fontName: "Times New Roman", fontSize: 12, border: true, vAlign: "middle" },
      },
      { range: `F${rows + 3}`, style: { numFmt: "dd/mm/yyyy" } },
    ],
    widths: [
      { col: 1, width: 6 },
      { col: 2, width: 28 },
    ],
    rowHeights: [{ row: 1, height: 30 }],
    links: [{ cell: "B3", target: "'Cá nhân'!B2" }],
    pageSetup: {
      paper: "A4",
      orientation: "landscape",
      printTitleRows: "2:2",
      printArea: `A1:F${rows + 3}`,
      fitToWidth: 1,
      fitToHeight: 0,
      pageNumberTopFromPage2: true,
      gridlines: false,
      margins: { top: 0.79, bottom: 0.79, left: 0.79, right: 0.59, header: 0.3, footer: 0.3 },
    },
    stamp: makeStamp("summary", contentHash(values)),
  };
}

export function settingsPlan(): OwnedSheetPlan {
  const values: CellValue[][] = [
    ["Khóa (key)", "Giá trị (value)"],
    ["year", 2025],
  ];
  return {
    kind: "settings",
    name: "Cấu hình rà soát",
    visibility: "hidden",
    values,
    merges: [],
    styles: [],
    widths: [],
    rowHeights: [],
    links: [],
    pageSetup: null,
    stamp: makeStamp("settings", contentHash(values)),
  };
}

export function fullPlan(sheet: string, rows: number): WritePlan {
  return {
    checked: [checkedPlan(sheet, rows)],
    sheets: [summaryPlan(Math.min(rows, 200)), settingsPlan()],
    remove: [],
  };
}

/** A review sheet of `rows` findings ("Rà soát chi tiết"), each with a hyperlink to its cell, as render writes it. */
export function reviewPlan(
  rows: number,
  note = "Xếp loại “Hoàn thành nhiệm vụ” chưa đạt mức Hoàn thành tốt nhiệm vụ trở lên; cần bổ sung minh chứng."
): OwnedSheetPlan {
  const values: CellValue[][] = [["Trang", "Ô", "Mã", "Kết quả", "Nội dung", "Họ và tên"]];
  for (let r = 0; r < rows; r++) {
    values.push(["Cá nhân", `F${r + 2}`, "I1", "✗ Chưa đạt", note, `Nguyễn Văn Một Hai ${r}`]);
  }
  return {
    kind: "review",
    name: "Rà soát chi tiết",
    visibility: "visible",
    values,
    merges: [],
    styles: [],
    widths: [],
    rowHeights: [],
    links: Array.from({ length: rows }, (_, r) => ({
      cell: `B${r + 2}`,
      target: `'Cá nhân'!F${r + 2}`,
    })),
    pageSetup: null,
    stamp: makeStamp("review", contentHash(values)),
    autoFilter: `A1:F${rows + 1}`,
  };
}
