/** Building input problems: the problem code is also the catalogue key of its message (messages.ts). */
import type { ProblemLevelOf } from "../i18n/codes";
import type { ProblemOf } from "../records";
import type { ReadProblemCode } from "./messages";

/** `level` is the code's own (i18n/codes.ts): written here so that each call reads as what it reports. */
export function problem<C extends ReadProblemCode>(
  level: ProblemLevelOf<C>,
  code: C,
  sheet: string | null,
  cell: string | null,
  params: Record<string, string | number> = {}
): ProblemOf<C> {
  return { level, sheet, cell, code, msg: { key: code, params } };
}
