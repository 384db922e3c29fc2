/**
 * Unit names (spec/vocabulary.md, "Unit names"): a member's unit matches a units-sheet row after the numbering prefix
 * is removed, the text normalised, and case and diacritics ignored.
 *
 * Decision where the spec is silent: trailing punctuation (":", ".") is ignored in the key; "Ban Giám đốc Sở",
 * "Lãnh đạo Sở …" and "Ban lãnh đạo Sở" count as the department group as well.
 */
import { clean, fold, stripNumbering } from "../text/normalize";

export function unitKey(name: string): string {
  return fold(stripNumbering(name))
    .replace(/[\s.:;,]+$/, "")
    .replace(/\s+/g, " ");
}

/** The name as the clerk wrote it, numbering removed, NFC-cleaned. */
export function unitDisplay(name: string): string {
  return clean(stripNumbering(name));
}

const DEPARTMENT_GROUPS = ["ban giam doc", "lanh dao so", "ban lanh dao"];

export function isDepartmentGroup(name: string): boolean {
  const key = unitKey(name);
  return DEPARTMENT_GROUPS.some((g) => key === g || key.startsWith(g + " "));
}
