/** The parts of a WritePlan the pane writes separately (host.ts: marks on a run, the add-in's sheets on request). */
import type { WritePlan } from "../core/render/plan";
import type { WritePart, WriteSummary } from "./host";

export function planPart(plan: WritePlan, parts: readonly WritePart[]): WritePlan {
  const marks = parts.includes("marks");
  const summary = parts.includes("summary");
  return {
    checked: marks ? plan.checked : [],
    sheets: summary ? plan.sheets : [],
    remove: summary ? plan.remove : [],
  };
}

/** Only the settings sheet of a plan ("Lưu"). */
export function settingsOnly(plan: WritePlan): WritePlan {
  return { checked: [], sheets: plan.sheets.filter((s) => s.kind === "settings"), remove: [] };
}

export function writeSummary(plan: WritePlan): WriteSummary {
  return {
    checked: plan.checked.map((c) => ({
      sheet: c.sheet,
      rows: Math.max(0, c.values.length),
      protected: c.protected,
    })),
    sheets: plan.sheets.map((s) => ({ kind: s.kind, name: s.name })),
    remove: [...plan.remove],
  };
}
