/**
 * The plan layer (issue 16): a year's emulation plan as data — its criteria, who each applies to, which titles
 * require it, the column it reads and how. A plan is plain JSON (schemas/thidua.plan.schema.json); `compose` joins
 * it with the law layer (rules/law) into the RuleSet the evaluator runs.
 */
import type { Template } from "../../i18n/types";
import type { Subject } from "../types";

/**
 * How a criterion reads its column. The first four are what an office writes in its own plan; the last four are
 * the department's standing criteria whose reading the law's vocabulary fixes (an initiative with its decision,
 * discipline with its date and the conduct mark, the head-of-unit rule, a collective's discipline over its members).
 */
export type ColumnKind =
  "mark" | "rating" | "text" | "number" | "initiative" | "discipline" | "head" | "unitDiscipline";

export const COLUMN_KINDS: readonly ColumnKind[] = [
  "mark",
  "rating",
  "text",
  "number",
  "initiative",
  "discipline",
  "head",
  "unitDiscipline",
];

export interface PlanColumn {
  kind: ColumnKind;
  /** The field it reads: a field of the vocabulary ("responsibility", "workPlan" …) or the criterion's own column,
   * `plan.<code>`, found by `headers`. Absent: the kind's usual field. */
  field?: string;
  /** rating: the lowest rating that meets it ("HTTNV"); number: the least number that meets it. */
  atLeast?: string | number;
  /** number: a number must be greater than this. */
  moreThan?: number;
  /** Header words that find the criterion's own column (besides its code, which always does). */
  headers?: string[];
}

export interface PlanCriterion {
  code: string;
  subject: Subject;
  label: Template;
  short: Template;
  /** The plan's section it comes from ("1.2"); the source reads "<plan source>, tiêu chí <section>". */
  section: string;
  /** A source other than the plan's section (a note on the section, another document). */
  source?: Template;
  /** Titles that require it, by code. */
  titles: string[];
  column: PlanColumn;
  /** What the cell should hold, for a blank or unreadable cell ("“x” nếu …, hoặc “Không”"). */
  need?: Template;
  /** The sentence after "<code> — " when the cell says no ("Ô {cell} ghi “{text}”: chưa đạt tiêu chí …"). */
  gap?: Template;
}

export interface PlanDef {
  format: "thidua.plan/1";
  id: string;
  version: string;
  year: number;
  title: Template;
  /** The plan as a source ("Kế hoạch thi đua năm 2025"); a criterion's source adds its section. */
  source: Template;
  /** The legal basis the plan names, after the law layer's. */
  basis?: Template[];
  criteria: PlanCriterion[];
}
