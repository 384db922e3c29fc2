/**
 * A plan read from JSON or from a plan sheet, checked before anything is checked with it (issue 16): one mistake per
 * problem, each naming where it is — the row of the plan sheet, or the criterion's place in the file — and what to
 * write instead. A plan with any mistake is not used.
 */
import type { Msg } from "../../records";
import { RATING_CODES_ASC } from "../../vocab/ratings";
import type { LawLayer } from "../law/types";
import { FIELD_LABELS } from "../fields";
import { COLUMN_KINDS, type ColumnKind, type PlanCriterion, type PlanDef } from "./types";

export interface PlanMistake {
  /** Row of the plan sheet, when the plan came from one. */
  row: number | null;
  code: string;
  msg: Msg;
}

/** Where a criterion sits, for messages: a sheet row, or its place in the file. */
export interface PlanPlace {
  /** The plan sheet's name and a criterion's row on it, or null for a JSON file. */
  sheet: string | null;
  rowOf: (index: number) => number | null;
}

export const JSON_PLACE: PlanPlace = { sheet: null, rowOf: () => null };

const CODE = /^[A-Za-z][A-Za-z0-9_]{0,19}$/;

/** Kinds only a person's or only a collective's row can have. */
const KIND_SUBJECT: Partial<Record<ColumnKind, "individual" | "unit">> = {
  initiative: "individual",
  discipline: "individual",
  head: "individual",
  unitDiscipline: "unit",
};

function isTemplate(v: unknown): v is { vi: string; en: string } {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as { vi?: unknown }).vi === "string" &&
    (v as { vi: string }).vi.trim() !== "" &&
    typeof (v as { en?: unknown }).en === "string"
  );
}

export function ownField(code: string): string {
  return `plan.${code}`;
}

/** The plan's mistakes against the law layer, or none. */
export function planMistakes(
  plan: unknown,
  law: LawLayer,
  place: PlanPlace = JSON_PLACE
): PlanMistake[] {
  const out: PlanMistake[] = [];
  const where = (index: number | null) => {
    const row = index === null ? null : place.rowOf(index);
    if (row !== null && place.sheet) {
      return {
        row,
        whereVi: `Trang “${place.sheet}”, dòng ${row}`,
        whereEn: `Sheet “${place.sheet}”, row ${row}`,
      };
    }
    if (index !== null) {
      return {
        row: null,
        whereVi: `Tiêu chí thứ ${index + 1} của kế hoạch`,
        whereEn: `Criterion ${index + 1} of the plan`,
      };
    }
    return { row: null, whereVi: "Kế hoạch", whereEn: "The plan" };
  };
  const add = (
    index: number | null,
    code: string,
    key: string,
    params: Record<string, string | number> = {}
  ) => {
    const w = where(index);
    out.push({
      row: w.row,
      code,
      msg: {
        key: `plan.mistake.${key}`,
        params: { whereVi: w.whereVi, whereEn: w.whereEn, code, ...params },
      },
    });
  };
  if (typeof plan !== "object" || plan === null) {
    add(null, "", "notAPlan");
    return out;
  }
  const p = plan as Partial<PlanDef>;
  if (p.format !== "thidua.plan/1") add(null, "", "format", { value: String(p.format ?? "") });
  if (typeof p.id !== "string" || !/^[a-z0-9][a-z0-9._-]{0,39}$/.test(p.id))
    add(null, "", "id", { value: String(p.id ?? "") });
  if (typeof p.version !== "string" || p.version.trim() === "") add(null, "", "version");
  if (typeof p.year !== "number" || !Number.isInteger(p.year) || p.year < 2000 || p.year > 2100) {
    add(null, "", "year", { value: String(p.year ?? "") });
  }
  if (!isTemplate(p.title)) add(null, "", "title");
  if (!isTemplate(p.source)) add(null, "", "source");
  if (!Array.isArray(p.criteria) || p.criteria.length === 0) {
    add(null, "", "noCriteria");
    return out;
  }
  const titles = new Map(law.titles.map((t) => [t.code, t]));
  const lawIds = new Set(law.conditions.map((c) => c.id));
  const seen = new Map<string, number>();
  const used = new Set<string>();
  p.criteria.forEach((raw: unknown, i) => {
    const c = (raw ?? {}) as Partial<PlanCriterion>;
    const code = typeof c.code === "string" ? c.code : "";
    if (!CODE.test(code)) {
      add(i, code, "code", { value: code });
      return;
    }
    if (lawIds.has(code)) add(i, code, "lawCode");
    const first = seen.get(code);
    if (first !== undefined) {
      const w = where(first);
      add(i, code, "duplicate", { firstVi: w.whereVi, firstEn: w.whereEn });
    } else seen.set(code, i);
    if (c.subject !== "individual" && c.subject !== "unit") {
      add(i, code, "subject", { value: String(c.subject ?? "") });
      return;
    }
    if (!isTemplate(c.label)) add(i, code, "label");
    if (!isTemplate(c.short)) add(i, code, "short");
    if (typeof c.section !== "string" && !isTemplate(c.source)) add(i, code, "section");
    const kind = c.column?.kind;
    if (!kind || !COLUMN_KINDS.includes(kind)) {
      add(i, code, "kind", { value: String(kind ?? ""), kinds: COLUMN_KINDS.join(", ") });
    } else {
      const only = KIND_SUBJECT[kind];
      if (only && only !== c.subject) add(i, code, "kindSubject", { value: kind });
      const field = c.column?.field;
      if (field !== undefined && field !== ownField(code) && !(field in FIELD_LABELS)) {
        add(i, code, "field", { value: String(field) });
      }
      if (field === ownField(code) && !(c.column?.headers ?? []).some((h) => h.trim() !== "")) {
        add(i, code, "headers");
      }
      if (
        kind === "rating" &&
        !RATING_CODES_ASC.includes(String(c.column?.atLeast ?? "") as never)
      ) {
        add(i, code, "atLeast", {
          value: String(c.column?.atLeast ?? ""),
          ratings: RATING_CODES_ASC.join(", "),
        });
      }
      if ((kind === "mark" || kind === "text" || kind === "number") && field === undefined)
        add(i, code, "noField");
    }
    const list = Array.isArray(c.titles) ? c.titles : [];
    if (list.length === 0) add(i, code, "noTitle");
    for (const t of list) {
      const def = titles.get(t as never);
      if (!def)
        add(i, code, "unknownTitle", { value: String(t), titles: [...titles.keys()].join(", ") });
      else if (def.subject !== c.subject) add(i, code, "titleSubject", { value: String(t) });
      else used.add(code);
    }
  });
  return out;
}

export function isPlan(plan: unknown, law: LawLayer): plan is PlanDef {
  return planMistakes(plan, law).length === 0;
}
