/**
 * Which names stand for the department (Sở) itself, and which rows name a unit (group rows), per
 * spec/vocabulary.md "Unit names" and "Positions that head a unit".
 *
 * Decisions where the spec is silent:
 * - A units-sheet row is the department when it is a "Ban Giám đốc" / "Lãnh đạo Sở" row (isDepartmentGroup), when
 *   its name begins with the word "Sở" ("Sở Nông nghiệp và Môi trường"), or when it equals the agency of the print
 *   settings. "Cơ quan Sở" and "Văn phòng Sở" begin otherwise, so they stay ordinary units.
 * - A row holding text only in the STT/name area, with no rating, is a group row when the text is numbered
 *   ("I.", "2."), its STT cell is a Roman numeral or a letter, its text is merged across columns, or the text begins
 *   with a word that names a kind of unit (Phòng, Văn phòng, Chi cục, Trung tâm, Ban, Thanh tra …). Otherwise it is a
 *   person whose other cells are blank (so evaluate can ask for them), not a group.
 */
import { clean, stripNumbering, toneKey } from "../text/normalize";
import { isDepartmentGroup, unitKey } from "../vocab/units";

export const DEPARTMENT_KEY = "__department__";

export function isDepartmentUnit(name: string, agency: string): boolean {
  if (isDepartmentGroup(name)) return true;
  const key = toneKey(stripNumbering(name));
  if (/^sở(\s|$)/u.test(key)) return true;
  return agency.trim() !== "" && unitKey(name) === unitKey(agency);
}

const UNIT_WORDS = [
  "phòng",
  "văn phòng",
  "chi cục",
  "trung tâm",
  "ban",
  "thanh tra",
  "hạt",
  "trạm",
  "khối",
  "đội",
  "tổ",
  "cơ quan",
  "lãnh đạo",
  "bộ phận",
  "đơn vị",
  "quỹ",
  "vườn quốc gia",
  "sở",
].map((w) => toneKey(w));

export function startsWithUnitWord(text: string): boolean {
  const key = toneKey(stripNumbering(text));
  return UNIT_WORDS.some((w) => key === w || key.startsWith(`${w} `));
}

export function hasNumbering(text: string): boolean {
  return stripNumbering(text) !== clean(text);
}

/** "I", "II.", "A", "b)": how group rows are numbered in the STT column. */
export function isGroupNumber(text: string): boolean {
  return /^(?:[IVXLC]+|[A-Za-zĐđ])[.)]?$/u.test(clean(text));
}
