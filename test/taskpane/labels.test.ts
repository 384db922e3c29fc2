import { runCheck } from "../../src/core/check";
import type { Lang } from "../../src/core/i18n/types";
import { ruleSets } from "../../src/core/rules";
import type { SheetRole } from "../../src/core/records";
import { fieldName, fieldsFor } from "../../src/taskpane/fields";
import type { SheetInfo } from "../../src/taskpane/host";
import { identifiersIn, labeller, labelMessage, ruleShort } from "../../src/taskpane/labels";
import { buildView, flattenFindings } from "../../src/taskpane/view";
import { sheetInfo } from "../../src/xlsx/owned";
import { loadWorkbook } from "../../src/xlsx/read";
import { makeSampleWorkbook } from "../../src/xlsx/sample";

const LANGS: Lang[] = ["vi", "en"];

/** Fields the reader can map that no role lists by default (they appear when the reader found them). */
const OTHER_FIELDS = [
  "stt",
  "familyName",
  "givenName",
  "previousUnit",
  "rowKind",
  "note",
  "vote",
  "voteTotal",
];

function sheet(role: SheetRole): SheetInfo {
  const mapping = Object.fromEntries(
    OTHER_FIELDS.map((f) => [f, { columns: ["Z"], header: "x", confidence: 1 }])
  );
  return { name: "S", role, headerRows: [1], dataRows: 1, protected: false, headers: [], mapping };
}

describe("every catalogue the pane uses has labels", () => {
  it("every criterion, condition, title, quota and warning has a label and a short label in both languages", () => {
    for (const rs of ruleSets) {
      const items = [...rs.criteria, ...rs.conditions, ...rs.titles, ...rs.quotas, ...rs.warnings];
      const missing: string[] = [];
      for (const item of items) {
        const code = "code" in item ? item.code : item.id;
        for (const lang of LANGS) {
          for (const which of ["label", "short"] as const) {
            const text = item[which]?.[lang] ?? "";
            if (!text.trim() || text === code || identifiersIn(text).length)
              missing.push(`${rs.id} ${code} ${which}.${lang}`);
          }
        }
        for (const lang of LANGS) {
          if (ruleShort(rs, code, lang) === null)
            missing.push(`${rs.id} ${code} ruleShort.${lang}`);
        }
      }
      expect(missing).toEqual([]);
    }
  });

  it("every field the mapping step can show has a label in both languages", () => {
    const missing: string[] = [];
    for (const role of ["individuals", "units", "mixed"] as const) {
      for (const field of fieldsFor(sheet(role), 2025)) {
        for (const lang of LANGS) {
          const name = fieldName(field, lang);
          if (!name.trim() || name === field || identifiersIn(name).length)
            missing.push(`${role} ${field} ${lang}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("every code a check of the sample department reports has a label in the report's catalogue, and the pane shows no identifier", async () => {
    const bytes = await makeSampleWorkbook({ people: 60, units: 5 });
    const lw = await loadWorkbook(bytes, { file: "mau.xlsx" });
    for (const lang of LANGS) {
      const out = runCheck({ grid: lw.grid, lang, file: "mau.xlsx", sheetInfo: sheetInfo(lw) });
      const report = out.report;
      const used = new Set<string>([
        ...report.problems.map((p) => p.code),
        ...report.quotas.map((q) => q.id),
        ...[...report.units, ...report.individuals].flatMap((r) => r.findings.map((f) => f.code)),
      ]);
      const view = buildView(report);
      const label = labeller(view.codes, ruleSets[0], lang);
      const unlabelled = [...used].filter((c) => {
        const l = label(c);
        return l === null || l === c || identifiersIn(l).length > 0;
      });
      expect(unlabelled).toEqual([]);
      const shown = [
        ...flattenFindings(report).map((f) => labelMessage(f.message, f.code, label)),
        ...view.problems.map((p) => labelMessage(p.message, null, label)),
      ];
      expect(shown.filter((s) => identifiersIn(s).length > 0)).toEqual([]);
    }
  });
});

describe("labels in the pane's sentences", () => {
  const label = (code: string) =>
    ({ I2: "Sáng kiến", SHARE_LDTT_50: "Tỷ lệ Lao động tiên tiến", C5: "Đoàn kết" })[code] ?? null;

  it("drops the message's own code and turns the other codes into labels", () => {
    expect(labelMessage("I2 — Chưa có sáng kiến (ô H15 trống)", "I2", label)).toBe(
      "Chưa có sáng kiến (ô H15 trống)"
    );
    expect(labelMessage("SHARE_LDTT_50 — thiếu I2", "X", label)).toBe(
      "Tỷ lệ Lao động tiên tiến — thiếu Sáng kiến"
    );
  });

  it("keeps cell addresses such as “ô C5” and “'Tập thể'!C5” while naming the criterion C5", () => {
    expect(labelMessage("C5 chưa đạt (ô C5), xem 'Tập thể'!C5", null, label)).toBe(
      "Đoàn kết chưa đạt (ô C5), xem 'Tập thể'!C5"
    );
    expect(identifiersIn("ô C5 · 'Tập thể'!C5 · Cá nhân!C3 · $C$5 · C5:C9")).toEqual([]);
    expect(identifiersIn("I6H và C1, còn Q_HTXS")).toEqual(["Q_HTXS", "I6H", "C1"]);
  });
});
