import { messageText } from "../../../src/core/i18n/catalogue";
import { FINDINGS, PROBLEMS } from "../../../src/core/i18n/codes";
import { codeCatalogue } from "../../../src/core/report/codes";
import { kh2025 } from "../../../src/core/rules";
import { defaultSettings } from "../../../src/core/settings-defaults";

/** What revision 2's codes section said, kept for issue 16's equivalence (report/codes.ts REVISION_2). */
const REVISION_2: Record<string, { level: string; label?: string }> = {
  NO_DATA_ROWS: { level: "error" },
  CRITERION_SKIPPED: { level: "info" },
  CRITERION_UNKNOWN: { level: "warning" },
  SHEET_NO_HEADER: { level: "info", label: "SHEET_NO_HEADER" },
  SHEET_LOOKUP: { level: "info", label: "SHEET_LOOKUP" },
  SETTING_INVALID: { level: "info", label: "SETTING_INVALID" },
  SETTING_UNKNOWN: { level: "info", label: "SETTING_UNKNOWN" },
  PLAN_NOT_USED: { level: "info", label: "PLAN_NOT_USED" },
};

describe("the report's codes section", () => {
  it("gives every code that is not a rule the level and words of the code catalogue, but for revision 2's eight", () => {
    const used = [...Object.keys(PROBLEMS), ...Object.keys(FINDINGS)];
    const codes = codeCatalogue(kh2025, defaultSettings(), used, (m) => messageText(m, "vi"));
    for (const def of [...Object.values(PROBLEMS), ...Object.values(FINDINGS)]) {
      const was = REVISION_2[def.code];
      expect(codes[def.code]).toEqual({
        level: was?.level ?? def.level,
        label: was?.label ?? def.description.vi,
        labelEn: was?.label ?? def.description.en,
        source: "",
      });
    }
  });

  it("labels a rule set's codes from the rule set, with their sources", () => {
    const codes = codeCatalogue(kh2025, defaultSettings(), [], (m) => messageText(m, "vi"));
    const i1 = kh2025.criteria.find((c) => c.id === "I1");
    expect(codes.I1).toMatchObject({ level: "criterion", label: i1?.short.vi });
    expect(codes.I1.source).not.toBe("");
    expect(codes.Q_PROPOSED.level).toBe("control");
  });
});
