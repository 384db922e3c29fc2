/**
 * Which criteria a sheet cannot check (a column is missing) or the clerk switched off, and the workbook-level
 * notices that say so, once per criterion (spec/criteria.md §0 "skipped", §6 `criteria.off`).
 */
import type { Problem, ReadResult, SheetRead } from "../records";
import type { Skipped } from "../review";
import type { Settings } from "../settings";
import { format } from "../i18n/types";
import { notice } from "./notices";
import { essentialPresent, FIELD_LABELS, resolveField } from "../rules/fields";
import type { Criterion, EssentialField, RuleSet } from "../rules/types";

export interface SkipInfo {
  reason: "missing_column" | "switched_off";
  field: string;
}

export class SkipTable {
  private readonly cache = new Map<SheetRead | null, Map<Criterion, SkipInfo | null>>();
  private readonly noticed = new Set<string>();
  readonly skipped: Skipped[] = [];
  readonly problems: Problem[] = [];
  private readonly off: Set<string>;

  constructor(
    private readonly read: ReadResult,
    private readonly settings: Settings,
    ruleSet: RuleSet
  ) {
    this.off = new Set(settings["criteria.off"]);
    const all = [...ruleSet.criteria, ...ruleSet.conditions];
    for (const id of this.off) {
      const found = all.filter((c) => c.id === id);
      if (found.length === 0) {
        this.problems.push(
          notice("CRITERION_UNKNOWN", null, null, "notice.unknownCriterion", {
            code: id,
            ruleSet: ruleSet.id,
          })
        );
      } else if (!found.some((c) => c.switchable)) {
        this.problems.push(
          notice("CRITERION_NOT_SWITCHABLE", null, null, "notice.notSwitchable", { code: id })
        );
      }
    }
  }

  /** Why `crit` is skipped on this sheet, or null when it is checked. Notices are recorded on first use. */
  get(sheet: SheetRead | null, crit: Criterion): SkipInfo | null {
    let bySheet = this.cache.get(sheet);
    if (!bySheet) {
      bySheet = new Map();
      this.cache.set(sheet, bySheet);
    }
    const hit = bySheet.get(crit);
    if (hit !== undefined) return hit;
    const info = this.compute(sheet, crit);
    bySheet.set(crit, info);
    if (info) this.noticeOnce(crit, info);
    return info;
  }

  private compute(sheet: SheetRead | null, crit: Criterion): SkipInfo | null {
    const year = this.settings.year;
    if (crit.switchable && this.off.has(crit.id)) {
      return { reason: "switched_off", field: firstField(crit.essentialFields[0], year) ?? "" };
    }
    for (const entry of crit.essentialFields) {
      if (!essentialPresent(sheet, crit.subject, entry, year)) {
        return { reason: "missing_column", field: firstField(entry, year) ?? "" };
      }
    }
    if (crit.memberFields && this.read.individuals.length > 0) {
      const present = this.read.fieldsPresent.individuals;
      for (const ref of crit.memberFields) {
        const f = resolveField(ref, year);
        if (!present.includes(f)) return { reason: "missing_column", field: f };
      }
    }
    return null;
  }

  private noticeOnce(crit: Criterion, info: SkipInfo): void {
    const key = `${crit.id}\u0000${info.reason}\u0000${info.field}`;
    if (this.noticed.has(key)) return;
    this.noticed.add(key);
    this.skipped.push({ code: crit.id, field: info.field, reason: info.reason });
    if (info.reason === "switched_off") {
      this.problems.push(
        notice("CRITERION_OFF", null, null, "notice.switchedOff", {
          code: crit.id,
          labelVi: crit.short.vi,
          labelEn: crit.short.en,
        })
      );
      return;
    }
    const label = fieldLabel(crit, info.field, this.settings.year);
    this.problems.push(
      notice("CRITERION_SKIPPED", null, null, "notice.skipped", {
        code: crit.id,
        labelVi: crit.short.vi,
        labelEn: crit.short.en,
        field: info.field,
        fieldVi: label.vi,
        fieldEn: label.en,
      })
    );
  }
}

function firstField(entry: EssentialField | undefined, year: number): string | null {
  if (entry === undefined) return null;
  const ref = Array.isArray(entry) ? entry[0] : entry;
  return ref === undefined ? null : resolveField(ref, year);
}

/** The usual header of the missing field, with history years filled in. */
function fieldLabel(crit: Criterion, field: string, year: number): { vi: string; en: string } {
  const ref =
    crit.essentialFields
      .flat()
      .concat(crit.memberFields ?? [])
      .find((r) => resolveField(r, year) === field) ?? field;
  const t = FIELD_LABELS[ref] ?? crit.columnLabel ?? { vi: field, en: field };
  const years = { prev1: year - 1, prev2: year - 2 };
  return { vi: format(t.vi, years), en: format(t.en, years) };
}
