import ExcelJS from "exceljs";
import { cellAt, fontAt, isCellError, textAt } from "../../src/core/grid";
import { XlsxInputError } from "../../src/xlsx/errors";
import { loadWorkbook } from "../../src/xlsx/read";
import {
  csvRenamed,
  emptyWorkbook,
  encryptedLike,
  headerOnly,
  legacyFonts,
  protectedSheet,
  truncatedZip,
  twoRowHeader,
  xlsLike,
} from "../fixtures/make";

async function written(build: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("loadWorkbook: the grid holds what was written", () => {
  let data: Uint8Array;
  beforeAll(async () => {
    data = await written((wb) => {
      const ws = wb.addWorksheet("Cá nhân");
      ws.getCell("B2").value = "Tiêu chí thi đua";
      ws.mergeCells("B2:D2");
      ws.getCell("B3").value = { formula: "1+1", result: 2 };
      ws.getCell("C3").value = { formula: "A1+1" } as ExcelJS.CellFormulaValue;
      ws.getCell("D3").value = new Date(Date.UTC(2025, 0, 5));
      ws.getCell("B4").value = {
        richText: [{ text: "Hoµn ", font: { name: ".VnTime" } }, { text: "thµnh" }],
      };
      ws.getCell("C4").value = { error: "#N/A" };
      ws.getCell("D4").value = { text: "Xem quyết định", hyperlink: "https://example.org/qd" };
      ws.getCell("B5").value = true;
      ws.getCell("C5").value = "Nguyễn Văn An";
      ws.getCell("C5").font = { name: "Times New Roman", size: 12 };
      ws.getCell("D5").value = { formula: "DATE(2025,3,1)", result: 45717 };
      ws.getCell("D5").numFmt = "dd/mm/yyyy";
      ws.getCell("B6").value = { formula: "B3*2", result: 4 };
      ws.getCell("C6").value = { sharedFormula: "B6", result: 4 } as ExcelJS.CellSharedFormulaValue;
      ws.getRow(4).hidden = true;
      const hidden = wb.addWorksheet("Danh mục");
      hidden.getCell("A1").value = "HTXSNV";
      hidden.state = "hidden";
    });
  });

  test("values, merges and the used range come back as written", async () => {
    const { grid } = await loadWorkbook(data);
    const s = grid.sheets[0];
    expect(s.name).toBe("Cá nhân");
    expect([s.top, s.left, s.values.length, s.values[0].length]).toEqual([2, 2, 5, 3]);
    expect(cellAt(s, 2, 2)).toBe("Tiêu chí thi đua");
    expect(cellAt(s, 2, 3)).toBeNull(); // inside the merge: null, as Office.js reports it
    expect(s.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 4 }]);
    expect(cellAt(s, 3, 2)).toBe(2);
    expect(cellAt(s, 5, 2)).toBe(true);
    expect(cellAt(s, 5, 3)).toBe("Nguyễn Văn An");
    expect(cellAt(s, 6, 2)).toBe(4);
    expect(cellAt(s, 6, 3)).toBe(4);
  });

  test("a formula without a cached result is null and listed in noValueFormulas", async () => {
    const s = (await loadWorkbook(data)).grid.sheets[0];
    expect(cellAt(s, 3, 3)).toBeNull();
    expect(s.noValueFormulas).toEqual(["C3"]);
  });

  test("rich text and hyperlinks become their plain text, errors a CellError", async () => {
    const s = (await loadWorkbook(data)).grid.sheets[0];
    expect(cellAt(s, 4, 2)).toBe("Hoµn thµnh");
    expect(cellAt(s, 4, 4)).toBe("Xem quyết định");
    const err = cellAt(s, 4, 3);
    expect(isCellError(err) && err.error).toBe("#N/A");
    expect(textAt(s, 4, 3)).toBe("#N/A");
  });

  test("dates stay Date and show as dd/mm/yyyy, also a date-formatted formula result", async () => {
    const s = (await loadWorkbook(data)).grid.sheets[0];
    expect(cellAt(s, 3, 4)).toEqual(new Date(Date.UTC(2025, 0, 5)));
    expect(textAt(s, 3, 4)).toBe("05/01/2025");
    expect(cellAt(s, 5, 4)).toEqual(new Date(Date.UTC(2025, 2, 1)));
    expect(textAt(s, 5, 4)).toBe("01/03/2025");
  });

  test("fonts of text cells are given (the first run's font for rich text), hidden rows and visibility", async () => {
    const { grid } = await loadWorkbook(data);
    const s = grid.sheets[0];
    expect(fontAt(s, 4, 2)).toBe(".VnTime");
    expect(fontAt(s, 5, 3)).toBe("Times New Roman");
    expect(fontAt(s, 3, 2)).toBeNull(); // a number: no font needed
    expect(s.hiddenRows).toEqual([4]);
    expect(s.visibility).toBe("visible");
    expect(grid.sheets[1].visibility).toBe("hidden");
    expect(s.protected).toBe(false);
    expect(s.stamp).toBeNull();
  });
});

describe("loadWorkbook: fixtures", () => {
  test("a protected sheet is reported protected", async () => {
    const { grid } = await loadWorkbook(await protectedSheet());
    expect(grid.sheets[0].protected).toBe(true);
  });

  test("a two-row header keeps its merges and the I1…I3 row", async () => {
    const s = (await loadWorkbook(await twoRowHeader())).grid.sheets[0];
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 3, bottom: 1, right: 5 },
      ])
    );
    expect(s.values[1].slice(2)).toEqual(["I1", "I2", "I3"]);
  });

  test("TCVN3 cells keep their bytes and report the .VnTime font", async () => {
    const s = (await loadWorkbook(await legacyFonts())).grid.sheets[0];
    expect(cellAt(s, 2, 2)).toBe("NguyÔn ThÞ Hoµ");
    expect(fontAt(s, 2, 2)).toBe(".VnTime");
  });

  test("a header-only sheet loads (it is not an empty workbook)", async () => {
    const { grid } = await loadWorkbook(await headerOnly());
    expect(grid.sheets[0].values.length).toBe(3);
  });
});

describe("loadWorkbook: input it cannot open fails with a typed error and a Vietnamese message", () => {
  async function codeOf(data: Uint8Array): Promise<XlsxInputError> {
    try {
      await loadWorkbook(data, { file: "so.xlsx" });
    } catch (e) {
      if (e instanceof XlsxInputError) return e;
      throw e;
    }
    throw new Error("expected loadWorkbook to fail");
  }

  test("a CSV renamed .xlsx is NOT_XLSX and says it is plain text", async () => {
    const e = await codeOf(await csvRenamed());
    expect(e.code).toBe("NOT_XLSX");
    expect(e.message).toContain("“so.xlsx”");
    expect(e.message).toContain("CSV");
  });

  test("an Excel 97–2003 file (CFB without EncryptedPackage) is NOT_XLSX naming the .xls format", async () => {
    const e = await codeOf(await xlsLike());
    expect(e.code).toBe("NOT_XLSX");
    expect(e.message).toContain("Excel 97–2003");
  });

  test("a password-encrypted file (CFB with an EncryptedPackage stream) is ENCRYPTED", async () => {
    const e = await codeOf(await encryptedLike());
    expect(e.code).toBe("ENCRYPTED");
    expect(e.message).toContain("mật khẩu");
    expect(e.describe("a.xlsx", "en")).toContain("password");
  });

  test("a zip cut in half is TRUNCATED", async () => {
    expect((await codeOf(await truncatedZip())).code).toBe("TRUNCATED");
  });

  test("a workbook with no value in any cell is EMPTY_WORKBOOK", async () => {
    expect((await codeOf(await emptyWorkbook())).code).toBe("EMPTY_WORKBOOK");
  });

  test("a zip that is not a workbook is NOT_XLSX", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const e = await codeOf(await zip.generateAsync({ type: "uint8array" }));
    expect(e.code).toBe("NOT_XLSX");
    expect(e.message).toContain("xl/workbook.xml");
  });
});
