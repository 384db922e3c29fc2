import { chooseSheetName } from "../../../src/core/render/sheet-name";
import { makeStamp } from "../../../src/core/render/stamp";

const SUMMARY = "Đề xuất khen thưởng";
const ours = (
  sheetName: string,
  hash: string,
  currentHash: string | null,
  kind: "summary" | "settings" = "summary"
) => ({
  sheetName,
  stamp: makeStamp(kind, hash),
  currentHash,
});

describe("chooseSheetName (spec/workbook.md item 6, ownership)", () => {
  it("uses the plain name when no sheet bears it", () => {
    expect(chooseSheetName("summary", [{ sheetName: "Cá nhân", stamp: null }])).toEqual({
      name: SUMMARY,
      inPlace: false,
    });
  });

  it("rewrites an unedited stamped sheet in place", () => {
    expect(chooseSheetName("summary", [ours(SUMMARY, "abc", "abc")])).toEqual({
      name: SUMMARY,
      inPlace: true,
    });
  });

  it("keeps a sheet edited by hand and writes the new one beside it as (2)", () => {
    expect(chooseSheetName("summary", [ours(SUMMARY, "abc", "def")])).toEqual({
      name: `${SUMMARY} (2)`,
      inPlace: false,
    });
  });

  it("rewrites the unedited (2) left by an earlier run rather than adding a (3)", () => {
    const existing = [ours(SUMMARY, "abc", "edited"), ours(`${SUMMARY} (2)`, "xyz", "xyz")];
    expect(chooseSheetName("summary", existing)).toEqual({ name: `${SUMMARY} (2)`, inPlace: true });
  });

  it("never touches a clerk's own sheet bearing the add-in's name, whatever its case", () => {
    expect(chooseSheetName("summary", [{ sheetName: "ĐỀ XUẤT KHEN THƯỞNG", stamp: null }])).toEqual(
      {
        name: `${SUMMARY} (2)`,
        inPlace: false,
      }
    );
    expect(
      chooseSheetName("summary", [
        { sheetName: SUMMARY, stamp: null },
        { sheetName: `${SUMMARY} (2)`, stamp: "ghi chú của văn thư" },
      ])
    ).toEqual({ name: `${SUMMARY} (3)`, inPlace: false });
  });

  it("counts a stamped sheet whose current hash the host did not give as edited", () => {
    expect(
      chooseSheetName("summary", [{ sheetName: SUMMARY, stamp: makeStamp("summary", "abc") }])
    ).toEqual({
      name: `${SUMMARY} (2)`,
      inPlace: false,
    });
  });

  it("does not reuse a sheet stamped for another kind", () => {
    expect(chooseSheetName("review", [ours("Rà soát chi tiết", "a", "a")])).toEqual({
      name: "Rà soát chi tiết (2)",
      inPlace: false,
    });
  });

  it("rewrites the settings sheet in place even when its values were edited (they were read back as settings)", () => {
    expect(chooseSheetName("settings", [ours("Cấu hình rà soát", "a", "b", "settings")])).toEqual({
      name: "Cấu hình rà soát",
      inPlace: true,
    });
  });
});
