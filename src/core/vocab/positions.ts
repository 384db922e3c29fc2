/**
 * Positions (spec/vocabulary.md, "Positions that head a unit" and "Position rank").
 *
 * Decisions where the spec is silent:
 * - Usual abbreviations are read: GĐ, PGĐ, TP, PTP, CVP, PCVP, KTT, Q. (quyền), PT (phụ trách), VP (văn phòng).
 * - A deputy is a head only when "phụ trách" ends the position or names a unit or its running ("Phó Trưởng phòng phụ
 *   trách", "Phó Giám đốc phụ trách Sở", "… phụ trách điều hành phòng"); "Phó Giám đốc phụ trách lĩnh vực đất đai"
 *   is a deputy in charge of a field, not a head.
 * - Heads the spec lists beyond the rank table (Trưởng ban, Hạt trưởng, Trạm trưởng, Thủ trưởng) and deputies in
 *   charge rank with the unit heads; their plain deputies rank with the deputy heads.
 */
import { fold } from "../text/normalize";

const ABBREVIATIONS: Record<string, string> = {
  gd: "giam doc",
  pgd: "pho giam doc",
  tp: "truong phong",
  ptp: "pho truong phong",
  cvp: "chanh van phong",
  pcvp: "pho chanh van phong",
  ktt: "ke toan truong",
  vp: "van phong",
  q: "quyen",
  pt: "phu trach",
};

/** Diacritic-free words of a position, abbreviations written out, punctuation dropped. */
function positionKey(position: string): string {
  return fold(position)
    .replace(/[.,;:()/-]+/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "")
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(" ");
}

const HEAD_TITLES = [
  "giam doc",
  "chanh van phong",
  "chanh thanh tra",
  "truong phong",
  "chi cuc truong",
  "truong ban",
  "hat truong",
  "tram truong",
  "thu truong",
];

/** What may follow "phụ trách" for the person to be in charge of a unit. */
const UNIT_NOUNS =
  /^(?:dieu hanh\b ?)?(?:$|so\b|phong\b|van phong\b|thanh tra\b|chi cuc\b|trung tam\b|ban\b|hat\b|tram\b|don vi\b|co quan\b|chi nhanh\b)/;

function startsWithAny(key: string, list: readonly string[]): boolean {
  return list.some((t) => key === t || key.startsWith(t + " "));
}

/** "Quyền …" / "Phụ trách …" removed, with what was removed. */
function actingPrefix(key: string): { rest: string; acting: boolean } {
  const m = /^(?:quyen|phu trach)\s+(.*)$/.exec(key);
  return m ? { rest: m[1], acting: true } : { rest: key, acting: false };
}

/** For a deputy: whether "phụ trách" puts them in charge of a unit (not of a field of work). */
function deputyInCharge(key: string): boolean {
  const i = key.indexOf(" phu trach");
  if (i < 0) return false;
  return UNIT_NOUNS.test(key.slice(i + " phu trach".length).trim());
}

export function isHeadOfUnit(position: string): boolean {
  const key = positionKey(position);
  if (key === "" || key.startsWith("ke toan truong")) return false;
  if (key.startsWith("pho ")) return deputyInCharge(key);
  const { rest, acting } = actingPrefix(key);
  if (startsWithAny(rest, HEAD_TITLES)) return true;
  // "Phụ trách phòng", "Phụ trách Sở": in charge of a unit without a head title.
  return acting && rest !== "" && UNIT_NOUNS.test(rest);
}

/** Whatever follows "giám đốc" makes it the director of something other than the department. */
function directorOfDepartment(afterTitle: string): boolean {
  return afterTitle === "" || /^so\b/.test(afterTitle);
}

export function isDepartmentDirector(position: string): boolean {
  const key = positionKey(position);
  if (key.startsWith("pho giam doc")) {
    // "Phó Giám đốc phụ trách Sở" / "Phó Giám đốc Sở phụ trách điều hành" lead the department without a director.
    const inCharge = /\bphu trach(?: dieu hanh)?(?: so\b.*)?$/.test(key);
    const between = key.slice("pho giam doc".length).split(" phu trach")[0].trim();
    return inCharge && directorOfDepartment(between);
  }
  const { rest, acting } = actingPrefix(key);
  if (rest.startsWith("giam doc")) {
    const after = rest.slice("giam doc".length).trim();
    return (rest === "giam doc" || rest.startsWith("giam doc ")) && directorOfDepartment(after);
  }
  return acting && /^so\b/.test(rest);
}

/** [rank, beginnings] from the top; earlier lists are tried first, so "chuyên viên chính" wins over "chuyên viên". */
const RANKS: readonly (readonly [number, readonly string[]])[] = [
  [3, ["giam doc trung tam", "giam doc chi nhanh"]],
  [4, ["pho giam doc trung tam", "pho giam doc chi nhanh"]],
  [
    4,
    [
      "pho chanh van phong",
      "pho chanh thanh tra",
      "pho truong phong",
      "pho chi cuc truong",
      "pho truong ban",
      "pho hat truong",
      "pho tram truong",
    ],
  ],
  [2, ["pho giam doc"]],
  [
    3,
    [
      "chanh van phong",
      "chanh thanh tra",
      "truong phong",
      "chi cuc truong",
      "truong ban",
      "hat truong",
      "tram truong",
      "thu truong",
    ],
  ],
  [5, ["ke toan truong"]],
  [6, ["chuyen vien cao cap", "thanh tra vien cao cap"]],
  [7, ["chuyen vien chinh", "thanh tra vien chinh"]],
  [8, ["chuyen vien", "thanh tra vien", "ke toan vien", "ke toan"]],
  [9, ["can su", "nhan vien", "van thu", "thu quy"]],
  [10, ["lai xe", "bao ve", "tap vu", "hop dong", "lao dong hop dong", "phuc vu"]],
];

/** Order within a unit (1 = Giám đốc Sở … 10 = contract staff); 999 for a position not recognised. */
export function positionRank(position: string): number {
  const key = positionKey(position);
  if (key === "") return 999;
  if (isDepartmentDirector(position)) return 1;
  if (key.startsWith("pho ") && deputyInCharge(key)) return 3;
  const { rest } = actingPrefix(key);
  for (const [rank, starts] of RANKS) if (startsWithAny(rest, starts)) return rank;
  if (rest.startsWith("giam doc")) return 3;
  if (/\bhop dong\b/.test(key)) return 10;
  return 999;
}
