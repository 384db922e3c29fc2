/** The people of the sample department, drawn from the seed: who they are and what the clerks wrote about them. */
import {
  FAMILY,
  GIVEN_F,
  GIVEN_M,
  INITIATIVES,
  MIDDLE_F,
  MIDDLE_M,
  RATING_FORMS,
  STAFF_POSITIONS,
  type UnitDef,
} from "./data";
import type { Rng } from "./prng";

export type Level = keyof typeof RATING_FORMS;

export interface Person {
  unit: number;
  name: string;
  position: string;
  /** null: the rating cell is left blank (an unknown for the check). */
  level: Level | null;
  ratingText: string;
  initiative: string;
  /** Yes/no marks of the four judgement columns ("x", "Không" or "" for blank). */
  marks: [string, string, string, string];
  discipline: string;
  months: number | null;
  history2023: string;
  history2024: string;
  proposal: string;
}

export function drawPeople(rng: Rng, units: UnitDef[], total: number): Person[] {
  const people: Person[] = [];
  const perUnit = distribute(total, units.length, rng);
  units.forEach((u, ui) => {
    for (let k = 0; k < perUnit[ui]; k++)
      people.push(drawPerson(rng, ui, positionOf(u, ui, k, rng)));
  });
  return people;
}

function distribute(total: number, units: number, rng: Rng): number[] {
  if (units === 1) return [total];
  const board = Math.min(4, Math.max(1, Math.round(total / 60)));
  const rest = total - board;
  const weights = Array.from({ length: units - 1 }, () => 0.6 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(1, Math.floor((rest * w) / sum)));
  counts[0] += rest - counts.reduce((a, b) => a + b, 0);
  return [board, ...counts];
}

function positionOf(u: UnitDef, ui: number, k: number, rng: Rng): string {
  if (k === 0) return u.head;
  if (ui === 0 || k <= 2) return u.deputy;
  if (k === 3 && rng.chance(0.3)) return "Kế toán trưởng";
  return rng.pick(STAFF_POSITIONS);
}

function drawPerson(rng: Rng, unit: number, position: string): Person {
  const female = rng.chance(0.5);
  const name = `${rng.pick(FAMILY)} ${rng.pick(female ? MIDDLE_F : MIDDLE_M)} ${rng.pick(female ? GIVEN_F : GIVEN_M)}`;
  const r = rng.next();
  const level: Level | null =
    r < 0.16 ? "HTXSNV" : r < 0.86 ? "HTTNV" : r < 0.95 ? "HTNV" : r < 0.98 ? "KHTNV" : null;
  const ratingText = level ? rng.pick(RATING_FORMS[level]) : "";
  const hasInitiative = level === "HTXSNV" ? rng.chance(0.8) : rng.chance(0.1);
  const mark = (): string => (rng.chance(0.95) ? "x" : rng.chance(0.5) ? "" : "Không");
  const months = rng.chance(0.94) ? 12 : rng.chance(0.5) ? rng.int(3, 8) : null;
  const h2023 = rng.chance(0.2) ? "CSTĐCS" : rng.chance(0.85) ? "LĐTT" : "";
  const h2024 = rng.chance(0.22) ? "CSTĐCS" : rng.chance(0.85) ? "LĐTT" : "";
  let proposal = "";
  if (level === "HTXSNV" && hasInitiative) {
    proposal =
      h2023 === "CSTĐCS" && h2024 === "CSTĐCS" && rng.chance(0.5)
        ? "CSTĐ cấp tỉnh"
        : rng.chance(0.25)
          ? "LĐTT, Bằng khen"
          : "LĐTT, CSTĐCS";
  } else if (level === "HTXSNV" || level === "HTTNV") proposal = "LĐTT";
  return {
    unit,
    name,
    position,
    level,
    ratingText,
    initiative: hasInitiative ? rng.pick(INITIATIVES) : "",
    marks: [mark(), mark(), mark(), mark()],
    discipline: "",
    months,
    history2023: h2023,
    history2024: h2024,
    proposal,
  };
}
