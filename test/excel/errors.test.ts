import { EXCEL_MESSAGES } from "../../src/excel/messages";
import { errorMessage, ExcelHostError, runExcel, type ExcelRunner } from "../../src/excel/errors";
import { excelError } from "./mock-excel";

describe("errorMessage", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "EXCEL_CELL_EDIT"],
    ["RequestPayloadSizeLimitExceeded", "EXCEL_PAYLOAD"],
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
    expect(errorMessage(excelError("SomethingNew"))).toEqual({
      key: "EXCEL_UNKNOWN",
      params: { code: "SomethingNew" },
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
    });
    expect(value).toBe(42);
    expect(seen).toEqual([{}, { delayForCellEdit: true }]);
  });

  it("tells the clerk to press Enter or Esc when the cell is still being edited", async () => {
    const run = runner(["InvalidOperationInCellEditMode", "InvalidOperationInCellEditMode"], []);
    const err = await runExcel(async () => 1, { run }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelHostError).msg.key).toBe("EXCEL_CELL_EDIT");
    expect(EXCEL_MESSAGES.EXCEL_CELL_EDIT.vi).toBe(
      "Ô đang được sửa: nhấn Enter hoặc Esc rồi chạy lại."
    );
  });

  it("does not retry other errors and maps them by code", async () => {
    const seen: Excel.RunOptions[] = [];
    const err = await runExcel(async () => 1, {
      run: runner(["ItemNotFound"], seen),
    }).catch((e: unknown) => e);
    expect(seen).toHaveLength(1);
    expect((err as ExcelHostError).msg.key).toBe("EXCEL_ITEM_NOT_FOUND");
  });
});

describe("Excel's documented error codes", () => {
  it.each([
    ["UndoNotSupported", "EXCEL_UNDO"],
    ["InvalidOperation", "EXCEL_INVALID_OPERATION"],
    ["ItemAlreadyExists", "EXCEL_ITEM_EXISTS"],
    ["Conflict", "EXCEL_CONFLICT"],
    ["InsertDeleteConflict", "EXCEL_CONFLICT"],
    ["FilteredRangeConflict", "EXCEL_FILTERED"],
    ["MergedRangeConflict", "EXCEL_MERGED"],
    ["RequestAborted", "EXCEL_ABORTED"],
    ["ResponsePayloadSizeLimitExceeded", "EXCEL_PAYLOAD"],
    ["InvalidArgument", "EXCEL_INVALID_ARGUMENT"],
  ])("maps %s to its own Vietnamese message %s", (code, key) => {
    expect(errorMessage(excelError(code)).key).toBe(key);
    expect(EXCEL_MESSAGES[key].vi.length).toBeGreaterThan(20);
  });

  it.each(["SheetProtected", "WorkbookProtected", "PayloadTooLarge"])(
    "treats %s, which Office.js never sends, as an unknown code",
    (code) => {
      expect(errorMessage(excelError(code))).toEqual({ key: "EXCEL_UNKNOWN", params: { code } });
    }
  );

  it("never asks Excel to merge the undo group (the run deletes and hides sheets, which cannot be undone)", async () => {
    const seen: Excel.RunOptions[] = [];
    await runExcel(async () => 1, {
      run: async (options, batch) => {
        seen.push(options);
        return batch({} as Excel.RequestContext);
      },
    });
    expect(seen).toEqual([{}]);
  });
});
