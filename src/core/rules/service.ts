/**
 * Months worked in the evaluation year (spec/criteria.md §5.8, §5.9).
 *
 * Months start from the months-worked (service) column, or from a start date. The leave column — or, when the sheet
 * has none or its cell is blank, the note column — is read for leave that counts as worked: maternity, training the
 * agency sent the person to, treatment of injuries from combat or from saving people or property (NĐ 152/2025 Đ4.5,
 * TT 01/2024/TT-BNV and its 2025 successor). Its length is added, capped at 12. Other leave (sick leave, annual
 * leave, business trips, unpaid leave, work accidents, "đi học" without a sending decision) neither adds nor
 * subtracts. Leave that counts but has no readable length leaves the months unknown.
 *
 * Decisions where the spec is silent:
 * - "n ngày" is counted as whole months of 30 days, rounded down; "từ mm/yyyy đến mm/yyyy" counts calendar months
 *   inclusively, clipped to the evaluation year.
 * - A days column whose header names maternity leave ("Số ngày nghỉ thai sản") counts as maternity leave.
 */
import type { FieldCell } from "../records";
import { parseNumber } from "../vocab/dates";
import { indCell, shown } from "./checks";
import { dateInCell, monthsServedInYear } from "./dates";
import { fold, mentions } from "./fold";
import type { IndividualContext } from "./types";
import { LAW_THRESHOLDS } from "./law/thresholds";

export type CountedLeave = "maternity" | "training" | "injury";

const { maternity: MATERNITY, training: TRAINING, injury: INJURY } = LAW_THRESHOLDS.countedLeave;

export function countedLeaveKind(text: string): CountedLeave | null {
  if (mentions(text, MATERNITY)) return "maternity";
  if (mentions(text, TRAINING)) return "training";
  if (mentions(text, INJURY)) return "injury";
  return null;
}

/** Months a leave text spans, or null when it gives no length. */
export function leaveMonths(text: string, year: number): number | null {
  const f = fold(text);
  const range =
    /(?:tu\s*)?(?:\d{1,2}\/)?(\d{1,2})\/(\d{4})\s*(?:-|den|–)\s*(?:\d{1,2}\/)?(\d{1,2})\/(\d{4})/.exec(
      f
    );
  if (range) {
    const from = Math.max(Number(range[2]) * 12 + Number(range[1]) - 1, year * 12);
    const to = Math.min(Number(range[4]) * 12 + Number(range[3]) - 1, year * 12 + 11);
    return to >= from ? to - from + 1 : 0;
  }
  const months = /(\d+(?:[.,]\d+)?)\s*thang/.exec(f);
  if (months) return Number(months[1].replace(",", "."));
  const days = /(\d+)\s*ngay/.exec(f);
  if (days) return Math.floor(Number(days[1]) / 30);
  return null;
}

export interface ServiceFact {
  /** The months the column gives (or the start date yields), before leave; null when unreadable or blank. */
  worked: number | null;
  /** What made `worked` null. */
  problem?: {
    key: "SERVICE.blank" | "SERVICE.unreadable" | "SERVICE.error";
    cell: FieldCell | null;
    error?: string;
  };
  cell: FieldCell | null;
  /** Leave that counts as worked, where it was read, and its months (null when no length is written). */
  leave: { kind: CountedLeave; cell: FieldCell; months: number | null } | null;
}

function isBlank(cell: FieldCell | null): boolean {
  if (!cell) return true;
  const v = cell.value;
  return v === null || (typeof v === "string" && v.trim() === "");
}

function countedLeave(ctx: IndividualContext, year: number): ServiceFact["leave"] {
  const leave = indCell(ctx, "leave");
  const entry = ctx.sheet?.mapping.leave;
  if (leave && !isBlank(leave)) {
    if (entry?.variant === "days") {
      const kind = countedLeaveKind(entry.header);
      if (!kind) return null;
      const days = parseNumber(leave.value);
      return {
        kind,
        cell: leave,
        months: days === null ? null : Math.floor(Math.max(0, days) / 30),
      };
    }
    const text = shown(leave);
    const kind = countedLeaveKind(text);
    if (kind) return { kind, cell: leave, months: leaveMonths(text, year) };
    return null;
  }
  const note = indCell(ctx, "note");
  if (!note || isBlank(note)) return null;
  const text = shown(note);
  const kind = countedLeaveKind(text);
  return kind ? { kind, cell: note, months: leaveMonths(text, year) } : null;
}

/** Months worked; leave is read only when they fall short of the law's 6 (the rare case: most rows stop at the number). */
export function serviceFact(ctx: IndividualContext): ServiceFact {
  const f = workedMonths(ctx);
  if (f.worked === null || f.worked < LAW_THRESHOLDS.serviceMonths)
    f.leave = countedLeave(ctx, ctx.settings.year);
  return f;
}

function workedMonths(ctx: IndividualContext): ServiceFact {
  const year = ctx.settings.year;
  const cell = indCell(ctx, "service");
  const leave = null;
  if (!cell)
    return { worked: null, cell: null, leave, problem: { key: "SERVICE.blank", cell: null } };
  const v = cell.value;
  const byDate = ctx.sheet?.mapping.service?.variant === "startDate";
  // A number in a start-date column is a date serial, read below.
  if (typeof v === "number" && !byDate) return { worked: v, cell, leave };
  if (typeof v === "object" && v !== null && !(v instanceof Date)) {
    return { worked: null, cell, leave, problem: { key: "SERVICE.error", cell, error: v.error } };
  }
  if (byDate) {
    const date = dateInCell(cell);
    if (date === "blank")
      return { worked: null, cell, leave, problem: { key: "SERVICE.blank", cell } };
    if (date === null)
      return { worked: null, cell, leave, problem: { key: "SERVICE.unreadable", cell } };
    return { worked: monthsServedInYear(date, year), cell, leave };
  }
  if (isBlank(cell)) return { worked: null, cell, leave, problem: { key: "SERVICE.blank", cell } };
  const n = parseNumber(v);
  if (n === null)
    return { worked: null, cell, leave, problem: { key: "SERVICE.unreadable", cell } };
  return { worked: n, cell, leave };
}
