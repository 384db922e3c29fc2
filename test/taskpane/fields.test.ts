import { getRuleSet } from "../../src/core/rules";
import { fieldName, fieldsFor, skippedWithout } from "../../src/taskpane/fields";
import type { SheetInfo } from "../../src/taskpane/host";

const ruleSet = getRuleSet("kh-2025")!;

function sheet(role: SheetInfo["role"], mapped: string[]): SheetInfo {
  return {
    name: "Cá nhân",
    role,
    headerRows: [5],
    dataRows: 3,
    protected: false,
    headers: [],
    mapping: Object.fromEntries(
      mapped.map((f, i) => [
        f,
        { columns: [String.fromCharCode(66 + i)], header: f, confidence: 1 },
      ])
    ),
  };
}

describe("fields of the mapping step", () => {
  it("offers an individuals sheet its fields and the two previous years' history", () => {
    const f = fieldsFor(sheet("individuals", ["name", "rating"]), 2025);
    expect(f).toEqual(
      expect.arrayContaining(["name", "rating", "initiative", "history.2024", "history.2023"])
    );
    expect(f).not.toContain("unitRating");
  });

  it("offers a units sheet the units' fields", () => {
    expect(fieldsFor(sheet("units", ["unit", "unitRating"]), 2025)).toEqual(
      expect.arrayContaining(["unitRating", "workPlan", "solidarity", "headcount"])
    );
  });

  it("names history fields with their year", () => {
    expect(fieldName("history.2024", "vi")).toBe("Danh hiệu năm 2024");
    expect(fieldName("history.2024.rating", "vi")).toBe("Xếp loại năm 2024");
    expect(fieldName("initiative", "vi")).toBe("Sáng kiến, đề tài");
  });
});

describe("criteria skipped for want of a column (criteria.md §0 skipped)", () => {
  it("an individuals sheet without an initiative column skips I2", () => {
    const s = skippedWithout(ruleSet, "individuals", ["name", "rating"], "initiative", 2025);
    expect(s).toContain("I2");
  });

  it("I5 needs discipline or conduct: without discipline it is still checked when conduct is mapped", () => {
    expect(skippedWithout(ruleSet, "individuals", ["conduct"], "discipline", 2025)).not.toContain(
      "I5"
    );
    expect(skippedWithout(ruleSet, "individuals", [], "discipline", 2025)).toContain("I5");
  });

  it("a units sheet without a solidarity column skips C5, and never lists individuals' criteria", () => {
    const s = skippedWithout(ruleSet, "units", ["unit"], "solidarity", 2025);
    expect(s).toEqual(["C5"]);
  });
});
