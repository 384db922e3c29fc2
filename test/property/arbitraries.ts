/**
 * fast-check generators of office workbooks: headers drawn from the vocabulary and from junk, cells of every kind a
 * clerk's file holds (Vietnamese with diacritics, TCVN3/VNI text, emoji, invisible characters, numbers, dates,
 * errors, booleans, blanks), group rows, subtotal rows, merges. One shape (`SheetSpec`) feeds both the in-memory
 * grid (core properties) and the exceljs workbook (preservation through bytes).
 */
import fc from "fast-check";
import type { CellValue, MergeArea } from "../../src/core/grid";
import { HEADER_SYNONYMS } from "../../src/core/vocab/headers";
import { RATING_VOCABULARY } from "../../src/core/vocab/ratings";
import { TCVN3_TEXT, VNI_TEXT } from "../fixtures/hostile";

/** The fixed default seed; FC_SEED=<n> reproduces another run. Printed by each property file. */
export function seed(): number {
  const s = Number(process.env.FC_SEED ?? 20251231);
  return Number.isFinite(s) ? s : 20251231;
}

const vocabularyHeaders: string[] = HEADER_SYNONYMS.flatMap((s) => s.keys);
const ratingForms: string[] = RATING_VOCABULARY.entries.flatMap((e) => e.forms as string[]);

const junkHeader = fc.constantFrom(
  "Ghi chú",
  "Cột 9",
  "(1)",
  "Mẫu số 02",
  "Tên gọi (Ông/Bà)",
  "KẾT QUẢ RÀ SOÁT",
  "Xếp loại năm 2024",
  "Danh hiệu năm 2024",
  "Tiêu chí thi đua",
  "I1",
  "I2",
  "Phân loại khen thưởng"
);

export const header: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...vocabularyHeaders), weight: 6 },
  { arbitrary: junkHeader, weight: 2 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 }
);

const vietnamese = fc.constantFrom(
  "Nguyễn Văn An",
  "TRẦN THỊ BÌNH",
  "Lê Hoàng Phúc  ",
  "Phạm Minh Đức",
  "Văn phòng Sở",
  "Phòng Kế hoạch - Tài chính",
  "Chi cục Thuỷ lợi",
  "Trưởng phòng",
  "Phó Giám đốc",
  "Chuyên viên",
  "LĐTT",
  "CSTĐCS",
  "Giấy khen",
  "LĐTT, CSTĐCS",
  "Tập thể lao động tiên tiến",
  "Khiển trách",
  "Cảnh cáo",
  "nhắc nhở",
  "x",
  "Đạt",
  "Không",
  "CANHAN",
  "TAPTHE",
  "Có sáng kiến cấp cơ sở",
  "31/12/2025",
  "12"
);

const oddText = fc.oneof(
  fc.constantFrom(
    ...TCVN3_TEXT.map(([t]) => t),
    ...VNI_TEXT.map(([t]) => t),
    "Nguyễn Văn An 👍",
    "👩‍💼 Trần Thị Bình",
    "🇻🇳",
    "Họ\u00A0và\u00A0tên",
    "HTT\u200BNV",
    "\uFEFFHTXSNV",
    "Nguyễn Văn An".normalize("NFD"),
    "Hoàn thành tốt nhiệm vụ".normalize("NFD"),
    "a".repeat(255),
    "=SUM(A1:A3)",
    "'",
    '"',
    "<b>&amp;</b>",
    "   "
  ),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 8 })
);

const groupRowText = fc.constantFrom(
  "I. VĂN PHÒNG SỞ",
  "II. PHÒNG QUẢN LÝ ĐẤT ĐAI",
  "2. Phòng Kế hoạch - Tài chính",
  "Ban Giám đốc",
  "Cộng",
  "Tổng cộng"
);

/** Values exceljs can write back as they are (no NaN, no invalid dates, no lone surrogates in XML). */
export const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 4 },
  { arbitrary: fc.constantFrom(...ratingForms), weight: 3 },
  { arbitrary: vietnamese, weight: 4 },
  { arbitrary: oddText, weight: 2 },
  { arbitrary: groupRowText, weight: 1 },
  { arbitrary: fc.integer({ min: -5, max: 100 }), weight: 2 },
  { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  {
    arbitrary: fc.date({
      min: new Date(Date.UTC(1990, 0, 1)),
      max: new Date(Date.UTC(2030, 11, 31)),
      noInvalidDate: true,
    }),
    weight: 1,
  },
  {
    arbitrary: fc
      .constantFrom("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?")
      .map((error) => ({ error })),
    weight: 1,
  }
);

export interface SheetSpec {
  name: string;
  /** Row of the header (title rows above it are junk or blank). */
  top: number;
  left: number;
  header: string[];
  rows: CellValue[][];
  merges: MergeArea[];
  hiddenRows: number[];
}

const sheetName = fc.oneof(
  fc.constantFrom(
    "Cá nhân",
    "Tập thể",
    "Danh sách CBCCVC",
    "Bình xét cá nhân",
    "Sheet1",
    "Cá nhân (P. 'KH')",
    "Tổng hợp 🏅",
    "DANHMUC"
  ),
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 10 })
);

export function sheetSpec(maxRows: number, maxCols: number): fc.Arbitrary<SheetSpec> {
  return fc
    .record({
      name: sheetName,
      top: fc.integer({ min: 1, max: 6 }),
      left: fc.integer({ min: 1, max: 3 }),
      header: fc.array(header, { minLength: 1, maxLength: maxCols }),
      cells: fc.array(cell, { maxLength: maxRows * maxCols }),
      height: fc.integer({ min: 0, max: maxRows }),
      mergeSeeds: fc.array(fc.tuple(fc.nat(maxRows), fc.nat(maxCols), fc.nat(2), fc.nat(1)), {
        maxLength: 3,
      }),
      hidden: fc.array(fc.nat(maxRows), { maxLength: 3 }),
      // Most real files have a name and a rating column somewhere; without this most runs would stop at exit 3.
      staff: fc.boolean(),
    })
    .map((g) => {
      if (g.staff) g.header = ["STT", "Họ và tên", ...g.header.slice(0, maxCols - 3), "Xếp loại"];
      const width = g.header.length;
      const rows: CellValue[][] = [];
      for (let r = 0; r < g.height; r++) {
        const row: CellValue[] = [];
        for (let c = 0; c < width; c++) row.push(g.cells[(r * width + c) % g.cells.length] ?? null);
        rows.push(row);
      }
      const dataTop = g.top + 1;
      const merges: MergeArea[] = [];
      for (const [r, c, h, w] of g.mergeSeeds) {
        const m = {
          top: dataTop + (r % Math.max(1, g.height)),
          left: g.left + (c % width),
          bottom: 0,
          right: 0,
        };
        m.bottom = m.top + h;
        m.right = Math.min(g.left + width - 1, m.left + w);
        // Excel refuses overlapping merges; a single cell is no merge.
        const overlaps = merges.some(
          (x) => !(m.bottom < x.top || m.top > x.bottom || m.right < x.left || m.left > x.right)
        );
        if (!overlaps && (m.bottom > m.top || m.right > m.left)) merges.push(m);
      }
      return {
        name: g.name,
        top: g.top,
        left: g.left,
        header: g.header,
        rows,
        merges,
        hiddenRows: [...new Set(g.hidden.map((h) => dataTop + h))].filter(
          (r) => r < dataTop + g.height
        ),
      };
    });
}

/** Distinct sheet names (Excel compares them case-insensitively), at most 31 characters, none reserved. */
export function uniqueSheets(specs: SheetSpec[]): SheetSpec[] {
  const seen = new Set<string>();
  const out: SheetSpec[] = [];
  for (const s of specs) {
    const name =
      s.name
        .replace(/[\\/?*[\]:]/g, "_")
        .replace(/^'|'$/g, "_")
        .slice(0, 31) || "S";
    const key = name.toLowerCase();
    if (seen.has(key) || key === "history") continue;
    seen.add(key);
    out.push({ ...s, name });
  }
  return out;
}
