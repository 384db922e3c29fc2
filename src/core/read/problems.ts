/** Building input problems: the problem code is also the catalogue key of its message (messages.ts). */
import type { Problem, ProblemLevel } from "../records";
import type { ReadProblemCode } from "./messages";

export function problem(
  level: ProblemLevel,
  code: ReadProblemCode,
  sheet: string | null,
  cell: string | null,
  params: Record<string, string | number> = {}
): Problem {
  return { level, sheet, cell, code, msg: { key: code, params } };
}
