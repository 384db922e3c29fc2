/**
 * What a sheet is, from its mapped fields (spec/vocabulary.md "Header synonyms"): individuals (a person-name and a
 * rating column), units (a unit-name column and a rating, no person name), mixed (a row-kind column as well), or
 * nothing the add-in can check.
 *
 * On a units sheet the generic headers mean the unit's own fields ("Xếp loại" is unitRating, "Hưởng ứng phong trào"
 * is unitEmulation, "Văn hóa công sở" is unitConduct); on a mixed sheet a column serves both kinds of row, so both
 * names point to it.
 */
import type { FieldId, SheetRole } from "../records";
import type { Mapping } from "./mapping";
import { activeAdvice } from "../vocab/headers";

const UNIT_EQUIVALENT: [FieldId, FieldId][] = [
  ["rating", "unitRating"],
  ["emulation", "unitEmulation"],
  ["conduct", "unitConduct"],
];

export function hasPersonName(m: Mapping): boolean {
  return m.name !== undefined || m.givenName !== undefined;
}

export function decideRole(m: Mapping): SheetRole {
  const name = hasPersonName(m);
  if (name && m.rowKind && (m.rating || m.unitRating)) return "mixed";
  if (name && m.rating) return "individuals";
  if (!name && m.unit && (m.rating || m.unitRating)) return "units";
  return "ignored";
}

/** The mapping as the records of that role read it. */
export function fitMappingToRole(m: Mapping, role: SheetRole): Mapping {
  const out: Mapping = { ...m };
  if (role === "units") {
    for (const [generic, own] of UNIT_EQUIVALENT) {
      const entry = out[generic];
      if (entry && !out[own]) out[own] = entry;
      delete out[generic];
    }
  } else if (role === "mixed") {
    for (const [generic, own] of UNIT_EQUIVALENT) {
      if (out[generic] && !out[own]) out[own] = out[generic];
      if (out[own] && !out[generic]) out[generic] = out[own];
    }
  }
  return out;
}

/** The columns the plan in force reads that the sheet lacks, with what each allows to check (plan/headers.ts). */
export function missingCriteriaColumns(m: Mapping, lang: "vi" | "en"): string {
  return activeAdvice()
    .filter((a) => m[a.field as FieldId] === undefined)
    .map((a) => `“${a.header[lang]}” (${a.allows[lang]})`)
    .join("; ");
}

/** A list that names people or units but has no rating: a proposal list, which cannot be checked. */
export function looksLikeListWithoutRating(m: Mapping): boolean {
  const names = hasPersonName(m) || m.unit !== undefined;
  const more = m.proposed !== undefined || m.position !== undefined || m.unit !== undefined;
  return names && more && !m.rating && !m.unitRating;
}

export function hasOnlyHistory(m: Mapping): boolean {
  const fields = Object.keys(m) as FieldId[];
  return fields.some((f) => f.startsWith("history.")) && !m.rating && !m.unitRating && !m.proposed;
}
