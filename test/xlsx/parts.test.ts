import { convertLegacy } from "../../src/core/text/legacy";
import { cellAt } from "../../src/core/grid";
import {
  describeUnsafe,
  mainContentType,
  mustWriteResultsOnly,
  WORKBOOK_TYPES,
} from "../../src/xlsx/parts";
import { loadWorkbook } from "../../src/xlsx/read";
import { writeResultsOnly } from "../../src/xlsx/results-only";
import { makeSampleWorkbook } from "../../src/xlsx/sample";
import { TCVN3_NAMES, TCVN3_RATING } from "../../src/xlsx/sample/data";
import { existingSheets } from "../../src/xlsx/owned";
import { makePlan } from "./plan-helpers";

describe("what the package says it is (parts.ts)", () => {
  test("a sample with a chart is an ordinary workbook with nothing left uncarried", async () => {
    const { info } = await loadWorkbook(
      await makeSampleWorkbook({ people: 40, units: 5, chart: true })
    );
    expect(info.parts).toEqual(
      expect.arrayContaining(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml"])
    );
    expect(info.macroEnabled).toBe(false);
    expect(info.extension).toBe(".xlsx");
    expect(info.uncarried).toEqual([]);
  });

  test("the workbook's kind comes from its main part's content type, not from the file's name", () => {
    const ct = (type: string) =>
      `<Types><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${type}"/></Types>`;
    expect(mainContentType(ct("application/vnd.ms-excel.sheet.macroEnabled.main+xml"))).toBe(
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    );
    expect(WORKBOOK_TYPES["application/vnd.ms-excel.sheet.macroEnabled.main+xml"]).toEqual({
      ext: ".xlsm",
      macros: true,
    });
    expect(mainContentType("<Types/>")).toBe("");
  });

  test("an unsafe sheet is described with its sheet, its part and the reason, in both languages", () => {
    const u = [
      {
        sheet: "Cá nhân",
        part: "xl/pivotTables/pivotTable1.xml",
        why: {
          key: "xlsx.unsafe.pivot",
          params: { name: "PivotTable1", ref: "K3:L8", cols: "J:T" },
        },
      },
    ];
    expect(mustWriteResultsOnly(u)).toBe(true);
    expect(describeUnsafe(u)).toBe(
      "trang tính “Cá nhân”, phần xl/pivotTables/pivotTable1.xml: bảng tổng hợp (PivotTable) “PivotTable1” ở vùng K3:L8 nằm trong các cột J:T, nơi phải ghi kết quả rà soát"
    );
    expect(describeUnsafe(u, "en")).toBe(
      "the sheet “Cá nhân”, part xl/pivotTables/pivotTable1.xml: the PivotTable “PivotTable1” at K3:L8 lies in the columns J:T, where the review results go"
    );
  });

  test("the results-only workbook holds each checked sheet's values, the block and the add-in's sheets", async () => {
    const data = await makeSampleWorkbook({ people: 40, units: 5, chart: true });
    const loaded = await loadWorkbook(data);
    const { grid } = loaded;
    const office = grid.sheets.filter((s) => s.name === "Cá nhân");
    const plan = makePlan(office, existingSheets(loaded));
    const out = await loadWorkbook(await writeResultsOnly(grid, plan, { note: "chỉ kết quả" }));
    expect(out.info.parts.filter((p) => /chart|drawing/.test(p))).toEqual([]);
    expect(out.grid.sheets.map((s) => s.name)).toEqual([
      "Cá nhân",
      "Đề xuất khen thưởng",
      "Cấu hình rà soát",
    ]);
    const s = out.grid.sheets[0];
    expect(cellAt(s, 2, 1)).toBe("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
    expect(cellAt(s, 6, plan.checked[0].firstCol)).toBe("KẾT QUẢ RÀ SOÁT");
    expect(out.grid.sheets[1].stamp).toBe(plan.sheets[0].stamp);
  });
});

describe("makeSampleWorkbook", () => {
  test("the same seed gives the same workbook content, another seed another", async () => {
    const a = (await loadWorkbook(await makeSampleWorkbook({ seed: 3, people: 60 }))).grid;
    const b = (await loadWorkbook(await makeSampleWorkbook({ seed: 3, people: 60 }))).grid;
    const c = (await loadWorkbook(await makeSampleWorkbook({ seed: 4, people: 60 }))).grid;
    expect(a.sheets[0].values).toEqual(b.sheets[0].values);
    expect(a.sheets[0].values).not.toEqual(c.sheets[0].values);
  });

  test("the default is a department of about 250 people in 15 units with title, header and group rows", async () => {
    const { grid } = await loadWorkbook(await makeSampleWorkbook());
    const [people, units] = grid.sheets;
    expect([people.name, units.name]).toEqual(["Cá nhân", "Tập thể"]);
    const col = (s: typeof people, c: number): unknown[] => s.values.map((r) => r[c - s.left]);
    expect(col(people, 1).slice(0, 3)).toEqual([
      "UBND THÀNH PHỐ CẦN THƠ",
      "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
      "BẢNG TỔNG HỢP KẾT QUẢ BÌNH XÉT THI ĐUA NĂM 2025",
    ]);
    const stt = col(people, 1).filter((v) => typeof v === "number");
    expect(stt.length).toBe(250);
    const names = col(people, 2);
    expect(names).toContain("Ban Giám đốc");
    expect(names).toContain("I. VĂN PHÒNG SỞ");
    expect(names).toContain("V. PHÒNG QUẢN LÝ ĐẤT ĐAI");
    expect(names.filter((v) => v === "Cộng").length).toBe(15);
    expect(cellAt(people, 5, 5)).toBe("Tiêu chí thi đua");
    expect(cellAt(people, 7, 2)).toBe("(2)");
    expect(col(units, 2)).toContain("Ban Giám đốc Sở");
    expect(people.hiddenRows?.length).toBe(1);
  });

  test("its TCVN3 cells decode to the intended Vietnamese and carry the .VnTime font", async () => {
    for (const [legacy, unicode] of [...TCVN3_NAMES, TCVN3_RATING]) {
      expect(convertLegacy(legacy, "tcvn3")).toBe(unicode);
    }
    const { grid } = await loadWorkbook(await makeSampleWorkbook());
    const s = grid.sheets[0];
    const legacyCells = s.values
      .flatMap((r, i) => r.map((v, j) => [v, s.fonts?.[i][j]]))
      .filter(([, f]) => f === ".VnTime");
    expect(legacyCells.map(([v]) => v)).toEqual(
      expect.arrayContaining([TCVN3_NAMES[0][0], TCVN3_RATING[0]])
    );
  });

  test("it holds the spec's discipline cases: khiển trách with an HTTNV rating, and cảnh cáo", async () => {
    const { grid } = await loadWorkbook(await makeSampleWorkbook());
    const s = grid.sheets[0];
    const rows = s.values.filter((r) => r[9] === "Khiển trách");
    expect(rows.some((r) => r[3] === "HTTNV")).toBe(true);
    expect(s.values.some((r) => r[9] === "Cảnh cáo")).toBe(true);
  });
});
