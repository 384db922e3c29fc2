import { OfficeMockObject } from "office-addin-mock";
import { makeStamp } from "../../src/core/render";
import { encodeNameText } from "../../src/excel/ownership";
import {
  readSettingsStore,
  writeSettingsStore,
  type SettingsCache,
} from "../../src/excel/settings";
import { MockExcel, sheetFromRows } from "./mock-excel";
import { getCell, snapshotSheet, type SheetState } from "./mock-state";

/** Office.context.document.settings, as office-addin-mock models it: a property bag with the functions we give. */
function settingsCache(): {
  cache: SettingsCache;
  store: Map<string, unknown>;
  saves: () => number;
} {
  const store = new Map<string, unknown>();
  let saves = 0;
  const office = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (k: string) => store.get(k) ?? null,
          set: (k: string, v: unknown) => void store.set(k, v),
          saveAsync: () => void saves++,
        },
      },
    },
  }) as unknown as { context: { document: { settings: SettingsCache } } };
  return { cache: office.context.document.settings, store, saves: () => saves };
}

describe("settings store (criteria.md §6: the hidden sheet is the truth, document settings a cache)", () => {
  it("writes the hidden sheet and the cache, and reads the sheet back", async () => {
    const mock = new MockExcel([sheetFromRows("Cá nhân", [["Họ và tên"]])]);
    const { cache, store, saves } = settingsCache();
    const name = await writeSettingsStore(
      mock.context,
      { year: "2025", "ttldtt.minShare": "0.7" },
      cache
    );

    const sheet = mock.sheet(name) as SheetState;
    expect(name).toBe("Cấu hình rà soát");
    expect(sheet.visibility).toBe("Hidden");
    expect(getCell(sheet, 1, 0)).toBe("ttldtt.minShare");
    expect(getCell(sheet, 1, 1)).toBe("0.7");
    expect(store.get("thidua.settings")).toEqual({ year: "2025", "ttldtt.minShare": "0.7" });
    expect(saves()).toBe(1);

    store.clear();
    expect(await readSettingsStore(mock.context, cache)).toEqual({
      "ttldtt.minShare": "0.7",
      year: "2025",
    });
    expect(store.get("thidua.settings")).toEqual({ "ttldtt.minShare": "0.7", year: "2025" });
  });

  it("prefers the sheet over a stale cache, and uses the cache when there is no sheet", async () => {
    const mock = new MockExcel([sheetFromRows("Cá nhân", [["Họ và tên"]])]);
    const { cache, store } = settingsCache();
    store.set("thidua.settings", { year: "2024" });
    expect(await readSettingsStore(mock.context, cache)).toEqual({ year: "2024" });
    await writeSettingsStore(mock.context, { year: "2025" }, cache);
    store.set("thidua.settings", { year: "2023" });
    expect(await readSettingsStore(mock.context, cache)).toEqual({ year: "2025" });
  });

  it("rewrites its own sheet on the next save and never a clerk's sheet bearing the name", async () => {
    const foreign = sheetFromRows("Cấu hình rà soát", [["year", "1999"]]);
    const mock = new MockExcel([foreign]);
    const before = snapshotSheet(foreign);
    const first = await writeSettingsStore(
      mock.context,
      { year: "2025", "review.sheet": "false" },
      null
    );
    const second = await writeSettingsStore(mock.context, { year: "2026" }, null);
    expect([first, second]).toEqual(["Cấu hình rà soát (2)", "Cấu hình rà soát (2)"]);
    expect(snapshotSheet(foreign)).toEqual(before);
    expect(await readSettingsStore(mock.context, null)).toEqual({ year: "2026" });
  });

  it("reads a settings sheet written by a full run (key | value | meaning), mapping keys included", async () => {
    const sheet = sheetFromRows("Cấu hình rà soát", [
      ["Khóa", "Giá trị", "Ý nghĩa"],
      ["year", "2025", "Năm đánh giá"],
      ["mapping[Cá nhân].rating", "F", "Cột xếp loại"],
    ]);
    sheet.names.set("_thidua_owner", {
      formula: encodeNameText(makeStamp("settings", "0000000000000000")),
      visible: false,
    });
    sheet.visibility = "Hidden";
    const mock = new MockExcel([sheet]);
    expect(await readSettingsStore(mock.context, null)).toEqual({
      year: "2025",
      "mapping[Cá nhân].rating": "F",
    });
  });
});
