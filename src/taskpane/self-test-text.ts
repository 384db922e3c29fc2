/**
 * The compatibility check's report (src/excel/self-test.ts) in the clerk's words: a label per capability, the
 * result of each row, and the whole report as plain text to copy and send to whoever supports the add-in. Error
 * codes and Office's own names (ExcelApi, Office.js) stay as Office gives them: they are what support looks up.
 */
import type { CapabilityResult, SelfTestReport } from "../excel/self-test";
import type { PaneKey, T } from "./i18n";

export function capabilityLabel(t: T, r: CapabilityResult): string {
  return t(`compat.cap.${r.id}` as PaneKey);
}

/** "✓ Đạt", "✗ Lỗi" or why it was not tested. */
export function resultLabel(t: T, r: CapabilityResult): string {
  if (r.outcome === "pass") return t("compat.pass");
  if (r.outcome === "fail") return t("compat.fail");
  return t(r.reason === "structure" ? "compat.skipped.structure" : "compat.skipped.noSheet");
}

/** The error line of a failed capability, or null. */
export function errorLine(t: T, r: CapabilityResult): string | null {
  if (r.outcome !== "fail") return null;
  return t("compat.error", { code: r.code ?? "?", detail: r.detail ?? "" });
}

export function counts(report: SelfTestReport): {
  passed: number;
  failed: number;
  skipped: number;
} {
  const n = (o: CapabilityResult["outcome"]) =>
    report.results.filter((r) => r.outcome === o).length;
  return { passed: n("pass"), failed: n("fail"), skipped: n("skipped") };
}

export function excelLine(t: T, report: SelfTestReport): string {
  const d = report.diagnostics;
  return d ? t("compat.excel", { ...d }) : t("compat.noDiagnostics");
}

export function newestLine(t: T, report: SelfTestReport): string {
  return report.newestSet
    ? t("compat.newest", { version: report.newestSet })
    : t("compat.newestNone");
}

/** "1.13 ✓" or "1.13 ✗": whether Excel reports the set supported. */
export function setLine(set: { version: string; supported: boolean }): string {
  return `${set.version} ${set.supported ? "✓" : "✗"}`;
}

/** The whole report as text, one fact per line. */
export function selfTestText(t: T, report: SelfTestReport): string {
  const lines = [t("compat.title"), t("compat.at", { at: report.at }), excelLine(t, report)];
  if (report.officeJs) lines.push(t("compat.officeJs", { source: report.officeJs }));
  lines.push(newestLine(t, report));
  lines.push(
    `${t("compat.apiSets", { required: report.requiredSet })}: ${report.apiSets.map(setLine).join(", ")}`
  );
  lines.push(t("compat.counts", { summary: t("compat.summary", counts(report)) }));
  for (const r of report.results) {
    const row = t("compat.row", {
      result: resultLabel(t, r),
      capability: capabilityLabel(t, r),
      set: r.apiSet,
      ms: r.ms,
    });
    const error = errorLine(t, r);
    lines.push(error ? `${row} — ${error}` : row);
  }
  if (report.structureProtected) lines.push(t("compat.structure"));
  if (!report.tempSheet.removed)
    lines.push(t("compat.notRemoved", { sheet: report.tempSheet.name }));
  if (report.tempSheet.leftovers.length)
    lines.push(t("compat.leftovers", { sheets: report.tempSheet.leftovers.join(", ") }));
  return `${lines.join("\n")}\n`;
}
