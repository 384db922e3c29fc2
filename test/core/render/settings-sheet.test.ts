import { parseSettingsSheet, renderSettingsSheet } from "../../../src/core/render/settings-sheet";
import { sayer } from "../../../src/core/render/labels";
import { defaultSettings } from "../../../src/core/settings-defaults";
import { resolveSettings } from "../../../src/core/settings-io";

describe("settings sheet (criteria.md §6: settings live in a hidden add-in sheet both hosts read)", () => {
  const changed = () => {
    const s = defaultSettings();
    s.year = 2026;
    s["cstdcs.mode"] = "law";
    s["ttldtt.minShare"] = 0.7;
    s["quota.cstdcs"] = 0.15;
    s["criteria.off"] = ["I3", "C6"];
    s["review.sheet"] = false;
    s["summary.order"] = "alphabetical";
    s.print.signerName = "Nguyễn Văn Hùng";
    s.print.date = "15/12/2025";
    s.mapping = { "Cá nhân": { name: ["C", "D"], rating: ["K"] } };
    return s;
  };

  it("round-trips every setting, print line breaks and the confirmed mapping through the sheet's values", () => {
    const s = changed();
    const sheet = renderSettingsSheet(s, sayer("vi"));
    const back = resolveSettings(parseSettingsSheet(sheet.values));
    expect(back.issues).toEqual([]);
    expect(back.settings).toEqual(s);
  });

  it("reads values Excel turned into numbers and booleans, and ignores the header and blank rows", () => {
    const values = [
      ["Khóa", "Giá trị", "Ý nghĩa"],
      ["year", 2026, "Năm đánh giá"],
      [null, null, null],
      ["ttldtt.strict", false, null],
      ["ttldtt.minShare", 0.7, null],
    ];
    expect(parseSettingsSheet(values)).toEqual({
      year: "2026",
      "ttldtt.strict": "false",
      "ttldtt.minShare": "0.7",
    });
  });

  it("explains each key in Vietnamese and writes values as text so Excel keeps them as typed", () => {
    const sheet = renderSettingsSheet(defaultSettings(), sayer("vi"));
    expect(sheet.values[0]).toEqual(["Khóa", "Giá trị", "Ý nghĩa"]);
    expect(sheet.values.find((r) => r[0] === "year")).toEqual(["year", "2025", "Năm đánh giá"]);
    expect(sheet.styles.some((st) => st.style.numFmt === "@" && st.range.startsWith("A2:B"))).toBe(
      true
    );
  });
});
