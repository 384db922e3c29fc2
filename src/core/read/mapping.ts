/**
 * From each column's header candidates to one MappingEntry per field, with a confidence the clerk can confirm.
 *
 * Decisions where the spec is silent:
 * - Years: a year equal to settings.year is this year's column; an earlier year turns rating, initiative and proposal
 *   headers into `history.<year>.rating`, `history.<year>.initiative` and `history.<year>`; other fields with an
 *   earlier year, and every field with a later year, are left unmapped. "Danh hiệu năm <this year>" is the proposal.
 * - Confidence: 1 for one clear column; 0.5 when another column (or another field on the same column) matches equally;
 *   0.75 when another column matches less well. Anything below 1 is reported as MAPPING_AMBIGUOUS (info).
 * - The clerk's saved mapping (settings.mapping[sheet][field]) wins and takes its columns away from other fields;
 *   an empty list unmaps the field; columns outside the table are ignored with a warning.
 */
import { colLetter, colNumber } from "../address";
import type { FieldId, MappingEntry, Problem } from "../records";
import { type HeaderMatch, fieldLabel } from "../vocab/headers";
import { problem } from "./problems";

export interface ColumnCandidates {
  col: number;
  header: string;
  matches: HeaderMatch[];
}

export type Mapping = Partial<Record<FieldId, MappingEntry>>;

interface Resolved {
  field: FieldId;
  score: number;
  variant?: string;
  impliedTitle?: string;
}

/** Turns a candidate into this year's field, a history field, or nothing. */
export function resolveYear(m: HeaderMatch, year: number): Resolved | null {
  const base: Resolved = { field: m.field, score: m.score };
  if (m.variant) base.variant = m.variant;
  if (m.impliedTitle) base.impliedTitle = m.impliedTitle;
  if (m.field.startsWith("history.")) {
    if (m.year === undefined || m.year > year) return null;
    if (m.year < year) return base;
    return m.impliedTitle ? null : { field: "proposed", score: m.score };
  }
  if (m.year === undefined || m.year === year) return base;
  if (m.year > year) return null;
  if (m.field === "rating") return { ...base, field: `history.${m.year}.rating` };
  if (m.field === "initiative") return { ...base, field: `history.${m.year}.initiative` };
  if (m.field === "proposed") return { ...base, field: `history.${m.year}` };
  return null;
}

interface Choice {
  col: number;
  header: string;
  resolved: Resolved;
  /** Another field matched this column equally well. */
  tiedInColumn: boolean;
}

function chooseForColumn(c: ColumnCandidates, year: number): Choice | null {
  const resolved = c.matches
    .map((m) => resolveYear(m, year))
    .filter((r): r is Resolved => r !== null);
  if (resolved.length === 0) return null;
  const tied = resolved.length > 1 && resolved[1].score === resolved[0].score;
  return { col: c.col, header: c.header, resolved: resolved[0], tiedInColumn: tied };
}

function entryOf(choice: Choice, confidence: number): MappingEntry {
  const e: MappingEntry = {
    columns: [colLetter(choice.col)],
    header: choice.header,
    confidence,
  };
  if (choice.resolved.variant) e.variant = choice.resolved.variant;
  if (choice.resolved.impliedTitle) e.impliedTitle = choice.resolved.impliedTitle;
  return e;
}

export function detectMapping(
  sheet: string,
  columns: ColumnCandidates[],
  year: number,
  headerRow: number,
  problems: Problem[]
): Mapping {
  const byField = new Map<FieldId, Choice[]>();
  for (const c of columns) {
    const choice = chooseForColumn(c, year);
    if (!choice) continue;
    const list = byField.get(choice.resolved.field) ?? [];
    list.push(choice);
    byField.set(choice.resolved.field, list);
  }
  const mapping: Mapping = {};
  for (const [field, list] of byField) {
    // Highest score first; among equals the leftmost column (the order the clerk reads them).
    const sorted = [...list].sort((a, b) => b.resolved.score - a.resolved.score || a.col - b.col);
    const chosen = sorted[0];
    let confidence = 1;
    if (sorted.length > 1) {
      confidence = sorted[1].resolved.score === chosen.resolved.score ? 0.5 : 0.75;
    } else if (chosen.tiedInColumn) {
      confidence = 0.5;
    }
    mapping[field] = entryOf(chosen, confidence);
    if (confidence < 1) {
      const candidates = sorted.map((s) => colLetter(s.col)).join(", ");
      problems.push(
        problem("info", "MAPPING_AMBIGUOUS", sheet, `${colLetter(chosen.col)}${headerRow}`, {
          sheet,
          field: fieldLabel(field),
          candidates,
          chosen: colLetter(chosen.col),
          header: chosen.header,
        })
      );
    }
  }
  return mapping;
}

/** Applies settings.mapping[sheet]: the clerk's choice wins over detection. */
export function applyOverrides(
  sheet: string,
  mapping: Mapping,
  overrides: Record<string, string[]> | undefined,
  headerOf: (col: number) => string,
  firstCol: number,
  lastOfficeCol: number,
  problems: Problem[]
): Mapping {
  if (!overrides) return mapping;
  const out: Mapping = { ...mapping };
  const taken = new Set<string>();
  for (const [field, letters] of Object.entries(overrides)) {
    const cols = letters.map((l) => colNumber(l));
    if (cols.some((c) => Number.isNaN(c) || c < firstCol || c > lastOfficeCol)) {
      problems.push(
        problem("warning", "MAPPING_OVERRIDE_INVALID", sheet, null, {
          sheet,
          field: fieldLabel(field),
          columns: letters.join(", "),
        })
      );
      continue;
    }
    const id = field as FieldId;
    if (cols.length === 0) {
      delete out[id];
      continue;
    }
    out[id] = {
      columns: cols.map((c) => colLetter(c)),
      header: cols.map(headerOf).join(" | "),
      confidence: 1,
      confirmed: true,
    };
    for (const c of cols) taken.add(colLetter(c));
  }
  // A column the clerk gave to one field is no longer guessed for another.
  for (const [field, entry] of Object.entries(out) as [FieldId, MappingEntry][]) {
    if (entry.confirmed || !entry.columns.some((c) => taken.has(c))) continue;
    delete out[field];
  }
  return out;
}
