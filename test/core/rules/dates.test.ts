import {
  dateInCell,
  disciplineWeighsOn,
  monthsServedInYear,
  ymdOf,
} from "../../../src/core/rules/dates";
import type { FieldCell } from "../../../src/core/records";

const cell = (value: FieldCell["value"]): FieldCell => ({
  col: 12,
  value,
  text: value === null ? "" : String(value),
});

describe("calendar rules", () => {
  it("reads the date inside a decision reference such as “Số 12/QĐ-STNMT ngày 05/3/2025” (vocabulary: disciplineDate)", () => {
    expect(dateInCell(cell("Số 12/QĐ-STNMT ngày 05/3/2025"))).toEqual({ y: 2025, m: 3, d: 5 });
    expect(dateInCell(cell("Quyết định số 7/QĐ-UBND ngày 20 tháng 11 năm 2024"))).toEqual({
      y: 2024,
      m: 11,
      d: 20,
    });
    expect(dateInCell(cell(""))).toBe("blank");
    expect(dateInCell(cell("không rõ"))).toBeNull();
  });

  it("reads a UTC-midnight and a local-midnight Date as the same day", () => {
    expect(ymdOf(new Date(Date.UTC(2025, 2, 5)))).toEqual({ y: 2025, m: 3, d: 5 });
    expect(ymdOf(new Date(Date.UTC(2025, 2, 4, 17)))).toEqual({ y: 2025, m: 3, d: 5 });
  });

  it("§5.2: a discipline weighs on the year when decided in it or when its 12-month term reaches into it (NĐ 172/2025 Đ2.9)", () => {
    expect(disciplineWeighsOn({ y: 2025, m: 12, d: 31 }, 2025)).toBe(true);
    expect(disciplineWeighsOn({ y: 2024, m: 6, d: 1 }, 2025)).toBe(true);
    expect(disciplineWeighsOn({ y: 2024, m: 1, d: 1 }, 2025)).toBe(false);
    expect(disciplineWeighsOn({ y: 2023, m: 12, d: 31 }, 2025)).toBe(false);
    expect(disciplineWeighsOn({ y: 2026, m: 1, d: 5 }, 2025)).toBe(false);
  });

  it("counts whole months of service from a start date to the end of the year (TT 01/2024/TT-BNV)", () => {
    expect(monthsServedInYear({ y: 2025, m: 7, d: 1 }, 2025)).toBe(6);
    expect(monthsServedInYear({ y: 2025, m: 7, d: 2 }, 2025)).toBe(5);
    expect(monthsServedInYear({ y: 2025, m: 1, d: 1 }, 2025)).toBe(12);
    expect(monthsServedInYear({ y: 2020, m: 5, d: 9 }, 2025)).toBe(12);
    expect(monthsServedInYear({ y: 2026, m: 1, d: 1 }, 2025)).toBe(0);
  });
});
