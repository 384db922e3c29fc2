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

/** Columns the plan's criteria read, with the criteria and conditions each allows (spec/criteria.md §1–2),
 * named by the header the clerk would add. */
const CRITERIA_COLUMNS: { field: FieldId; header: string; allows: string }[] = [
  { field: "rating", header: "Xếp loại", allows: "I1, C3, LĐTT, CSTĐCS, Giấy khen" },
  { field: "initiative", header: "Sáng kiến, đề tài", allows: "I2, CSTĐCS" },
  { field: "responsibility", header: "Tinh thần trách nhiệm", allows: "I3" },
  { field: "assignment", header: "Chấp hành phân công", allows: "I4" },
  { field: "discipline", header: "Hình thức kỷ luật", allows: "I5" },
  { field: "emulation", header: "Hưởng ứng phong trào thi đua", allows: "I6, C1" },
  { field: "position", header: "Chức vụ", allows: "I6H" },
  { field: "service", header: "Số tháng công tác", allows: "SERVICE" },
  { field: "pending", header: "Đang xem xét kỷ luật", allows: "PENDING" },
  { field: "achievement", header: "Thành tích", allows: "ACHIEVEMENT" },
  { field: "initiativeLevel", header: "Cấp công nhận sáng kiến", allows: "INITIATIVE_PROVINCE" },
];

export function missingCriteriaColumns(m: Mapping): string {
  return CRITERIA_COLUMNS.filter((c) => m[c.field] === undefined)
    .map((c) => `“${c.header}” (${c.allows})`)
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
