import fc from "fast-check";
import type { CellValue, MergeArea, SheetGrid } from "../../../src/core/grid";
import { readWorkbook } from "../../../src/core/read";
import { READ_MESSAGES } from "../../../src/core/read/messages";
import { PERSON_HEADER, settings } from "./grid-builder";

const junkText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "Họ và tên",
    "Xếp loại",
    "Đơn vị",
    "Tên tập thể",
    "Phân loại khen thưởng",
    "CANHAN",
    "TAPTHE",
    "HOGIADINH",
    "I. VĂN PHÒNG SỞ",
    "Ban Giám đốc",
    "Cộng",
    "Tổng cộng",
    "(1)",
    "KẾT QUẢ RÀ SOÁT",
    "Hoµn thµnh tèt nhiÖm vô",
    "Hoaøn thaønh toát",
    "HTTNV",
    "Người lập biểu",
    "Tên gọi (Ông/Bà)",
    "Xếp loại năm 2024",
    "Danh hiệu năm 2025"
  )
);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: junkText, weight: 4 },
  { arbitrary: fc.double({ noNaN: false }), weight: 1 },
  { arbitrary: fc.integer({ min: -5, max: 60000 }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.date({ noInvalidDate: false }), weight: 1 },
  {
    arbitrary: fc.constantFrom("#N/A", "#REF!", "#VALUE!", "#DIV/0!").map((error) => ({ error })),
    weight: 1,
  }
);

const grid: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 12 }),
    top: fc.integer({ min: 1, max: 40 }),
    left: fc.integer({ min: 1, max: 5 }),
    width: fc.integer({ min: 0, max: 9 }),
    height: fc.integer({ min: 0, max: 25 }),
    withHeader: fc.boolean(),
    seed: fc.array(cell, { minLength: 0, maxLength: 240 }),
    mergeSeeds: fc.array(fc.tuple(fc.nat(30), fc.nat(12), fc.nat(4), fc.nat(4)), { maxLength: 6 }),
    protected: fc.boolean(),
    stamp: fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.constant('{"app":"thidua","kind":"summary"}')
    ),
    blockStamp: fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.constant('{"app":"thidua","kind":"block","firstCol":3,"lastCol":2}')
    ),
    chart: fc.boolean(),
    noValue: fc.array(fc.constantFrom("A1", "B3", "E5", "C12", "ZZ9"), { maxLength: 3 }),
  })
  .map((g) => {
    const values: CellValue[][] = [];
    for (let r = 0; r < g.height; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < g.width; c++)
        row.push(g.seed.length ? g.seed[(r * g.width + c) % g.seed.length] : null);
      values.push(row);
    }
    if (g.withHeader && g.height > 0 && g.width > 0) values[0] = PERSON_HEADER.slice(0, g.width);
    const merges: MergeArea[] = g.mergeSeeds.map(([r, c, h, w]) => ({
      top: g.top + r,
      left: g.left + c,
      bottom: g.top + r + h,
      right: g.left + c + w,
    }));
    const sheet: SheetGrid = {
      name: g.name,
      top: g.top,
      left: g.left,
      values,
      merges,
      protected: g.protected,
      stamp: g.stamp,
      blockStamp: g.blockStamp,
      noValueFormulas: g.noValue,
    };
    if (g.chart && g.height === 0) sheet.kind = "chartsheet";
    return sheet;
  });

describe("readWorkbook on random grids (property)", () => {
  it("never throws and gives every problem a known catalogue key with both languages", () => {
    fc.assert(
      fc.property(
        fc.array(grid, { maxLength: 4 }),
        fc.integer({ min: 2020, max: 2030 }),
        (sheets, year) => {
          const r = readWorkbook({ sheets }, settings({ year }));
          expect(r.sheets).toHaveLength(sheets.length);
          for (const p of r.problems) {
            expect(Object.prototype.hasOwnProperty.call(READ_MESSAGES, p.msg.key)).toBe(true);
            const t = READ_MESSAGES[p.msg.key as keyof typeof READ_MESSAGES];
            expect(t.vi.length > 0 && t.en.length > 0).toBe(true);
            expect(p.code).toBe(p.msg.key);
            expect(["error", "warning", "info"]).toContain(p.level);
          }
          for (const rec of [...r.individuals, ...r.units]) {
            for (const c of Object.values(rec.cells)) expect(typeof c?.text).toBe("string");
          }
          const orders = r.individuals.map((p) => p.order);
          expect(orders).toEqual(orders.map((_, i) => i));
        }
      ),
      { numRuns: 300 }
    );
  });
});
