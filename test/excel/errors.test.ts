import { EXCEL_MESSAGES } from "../../src/excel/messages";
import { errorMessage, ExcelHostError, runExcel, type ExcelRunner } from "../../src/excel/errors";
import { excelError } from "./mock-excel";

describe("errorMessage", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "EXCEL_CELL_EDIT"],
    ["RequestPayloadSizeLimitExceeded", "EXCEL_PAYLOAD"],
    ["PayloadTooLarge", "EXCEL_PAYLOAD"],
    ["ApiNotFound", "EXCEL_API_MISSING"],
    ["GeneralException", "EXCEL_GENERAL"],
    ["ItemNotFound", "EXCEL_ITEM_NOT_FOUND"],
    ["AccessDenied", "EXCEL_PROTECTED_WORKBOOK"],
  ])("maps the Office.js code %s to the message %s, whatever the English text", (code, key) => {
    const e = Object.assign(new Error("some localised text"), { code });
    expect(errorMessage(e).key).toBe(key);
  });

  it("names the protected sheet and how to unprotect it", () => {
    const msg = errorMessage(excelError("AccessDenied"), "Cá nhân");
    expect(msg).toEqual({ key: "EXCEL_PROTECTED", params: { sheet: "Cá nhân" } });
    expect(EXCEL_MESSAGES.EXCEL_PROTECTED.vi).toContain("Bỏ bảo vệ trang tính");
  });

  it("keeps an unknown code in the message so support can see it", () => {
    expect(errorMessage(excelError("Conflict"))).toEqual({
      key: "EXCEL_UNKNOWN",
      params: { code: "Conflict" },
    });
    expect(errorMessage(new TypeError("x"))).toEqual({
      key: "EXCEL_UNKNOWN",
      params: { code: "Unknown" },
    });
  });

  it("says which Excel versions the add-in needs when an API is missing", () => {
    expect(EXCEL_MESSAGES.EXCEL_API_MISSING.vi).toMatch(
      /Microsoft 365.*Office 2021.*Excel trên web/
    );
  });

  it("has Vietnamese and English text for every message, Vietnamese with its diacritics", () => {
    for (const [key, t] of Object.entries(EXCEL_MESSAGES)) {
      expect([key, t.vi.length > 10, t.en.length > 10]).toEqual([key, true, true]);
      expect(t.vi).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữịỉĩìíọỏõòóụủũùúỵỷỹỳý]/);
      expect(t.vi).not.toBe(t.en);
    }
  });
});

describe("runExcel", () => {
  function runner(failures: string[], seen: Excel.RunOptions[]): ExcelRunner {
    return async <T>(options: Excel.RunOptions, batch: (c: Excel.RequestContext) => Promise<T>) => {
      seen.push(options);
      const code = failures.shift();
      if (code) throw excelError(code);
      return batch({} as Excel.RequestContext);
    };
  }

  it("retries once with delayForCellEdit when a cell is being edited", async () => {
    const seen: Excel.RunOptions[] = [];
    const value = await runExcel(async () => 42, {
      run: runner(["InvalidOperationInCellEditMode"], seen),
      isSetSupported: () => false,
    });
    expect(value).toBe(42);
    expect(seen).toEqual([{}, { delayForCellEdit: true }]);
  });

  it("tells the clerk to press Enter or Esc when the cell is still being edited", async () => {
    const run = runner(["InvalidOperationInCellEditMode", "InvalidOperationInCellEditMode"], []);
    const err = await runExcel(async () => 1, { run, isSetSupported: () => false }).catch(
      (e: unknown) => e
    );
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelHostError).msg.key).toBe("EXCEL_CELL_EDIT");
    expect(EXCEL_MESSAGES.EXCEL_CELL_EDIT.vi).toBe(
      "Ô đang được sửa: nhấn Enter hoặc Esc rồi chạy lại."
    );
  });

  it("groups undo only where ExcelApi 1.20 is supported", async () => {
    const seen: Excel.RunOptions[] = [];
    await runExcel(async () => 1, {
      run: runner([], seen),
      isSetSupported: (n, v) => n === "ExcelApi" && v === "1.20",
    });
    await runExcel(async () => 1, { run: runner([], seen), isSetSupported: () => false });
    expect(seen).toEqual([{ mergeUndoGroup: true }, {}]);
  });

  it("does not retry other errors and maps them by code", async () => {
    const seen: Excel.RunOptions[] = [];
    const err = await runExcel(async () => 1, {
      run: runner(["ItemNotFound"], seen),
      isSetSupported: () => false,
    }).catch((e: unknown) => e);
    expect(seen).toHaveLength(1);
    expect((err as ExcelHostError).msg.key).toBe("EXCEL_ITEM_NOT_FOUND");
  });
});
