/**
 * What a row's rating and discipline cells say, read once per row (spec/criteria.md §5.1–5.3), and the
 * information notes they give rise to (a vocabulary note, a discipline outside the year, R_DISC_RATING).
 */
import { a1, sheetRef } from "../address";
import type { FindingCode, RuleFindingCode } from "../i18n/codes";
import type { FieldCell, Msg, SheetRead } from "../records";
import type { Finding } from "../review";
import type { Settings } from "../settings";
import { cellOf } from "../rules/fields";
import { dateInCell, disciplineWeighsOn } from "../rules/dates";
import { shown } from "../rules/checks";
import { serviceFact } from "../rules/service";
import type { DisciplineFact, IndividualContext, RatingFact, Subject } from "../rules/types";
import type { Parsed } from "../vocab/codes";
import { describeBands } from "../vocab/ratings";
import { disciplineOf, ratingOf } from "../rules/parsers";
import { LAW_THRESHOLDS } from "../rules/law/thresholds";

/** Every row of a sheet without a discipline column; frozen, since facts are only read. */
const ABSENT: DisciplineFact = Object.freeze({
  status: "absent",
  code: null,
  cell: null,
  dateCell: null,
});

function disciplineOfCells(
  cell: FieldCell,
  dateCell: FieldCell | null,
  year: number
): DisciplineFact {
  const p = disciplineOf(cell.value);
  const fact: DisciplineFact = { status: "none", code: null, cell, dateCell };
  if (p.kind === "blank") return fact;
  if (p.kind === "ok" && p.value === null) {
    if (p.note) fact.note = p.note;
    return fact;
  }
  if (p.kind !== "ok") {
    fact.status = "unknown";
    fact.unknownBecause = p.kind === "error" ? "error" : "text";
    return fact;
  }
  fact.code = p.value;
  // Without a decision date, any discipline written in the row counts (§5.2).
  const date = dateCell ? dateInCell(dateCell) : "blank";
  if (date === "blank") fact.status = "counted";
  else if (date === null) {
    fact.status = "unknown";
    fact.unknownBecause = "date";
  } else fact.status = disciplineWeighsOn(date, year) ? "counted" : "not_counted";
  return fact;
}

/**
 * Facts of one run, shared between rows. A fact depends on nothing but its cells and the run's settings, and the
 * reader gives rows whose cells read alike the same cells: such rows share one fact, worked out once.
 */
export class Facts {
  private readonly ratings = new Map<FieldCell, RatingFact>();
  private readonly disciplines = new Map<FieldCell, Map<FieldCell | null, DisciplineFact>>();

  constructor(private readonly settings: Settings) {}

  rating(cell: FieldCell | null): RatingFact | null {
    if (!cell) return null;
    let fact = this.ratings.get(cell);
    if (!fact) {
      fact = { cell, parsed: ratingOf(cell.value, this.settings["rating.scoreBands"]) };
      this.ratings.set(cell, fact);
    }
    return fact;
  }

  discipline(
    cells: Parameters<typeof cellOf>[0],
    sheet: SheetRead | null,
    subject: Subject
  ): DisciplineFact {
    const year = this.settings.year;
    const cell = cellOf(cells, sheet, subject, "discipline", year);
    if (!cell) return ABSENT;
    const dateCell = cellOf(cells, sheet, subject, "disciplineDate", year);
    let byDate = this.disciplines.get(cell);
    if (!byDate) {
      byDate = new Map();
      this.disciplines.set(cell, byDate);
    }
    let fact = byDate.get(dateCell);
    if (!fact) {
      fact = disciplineOfCells(cell, dateCell, year);
      byDate.set(dateCell, fact);
    }
    return fact;
  }
}

/** Shared by every note without references or titles (frozen: findings are only read afterwards). */
const NONE = Object.freeze([]) as readonly never[];

function info(code: FindingCode, cell: string, field: string, msg: Msg, source: string): Finding {
  return {
    code,
    verdict: "info",
    cell,
    refs: NONE,
    field,
    decides: false,
    msg,
    source,
    titles: NONE,
  };
}

/** A vocabulary note (legacy wording, score bands, "nhắc nhở is not discipline" …) as an information finding. */
export function noteFinding<T>(
  parsed: Parsed<T>,
  cell: FieldCell,
  row: number,
  field: string,
  extra: Record<string, string | number> = {}
): Finding | null {
  if (parsed.kind !== "ok" || !parsed.note) return null;
  const text = shown(cell);
  const value: Record<string, string> =
    typeof parsed.value === "string" ? { rating: parsed.value } : {};
  const at = a1(row, cell.col);
  return info(
    "VOCAB_NOTE",
    at,
    field,
    { key: parsed.note, params: { cell: at, text, score: text, ...value, ...extra } },
    ""
  );
}

/** Notes on the row's rating and discipline that are information, not verdicts, appended to `out`. */
export function factFindings(
  out: Finding[],
  rating: RatingFact | null,
  discipline: DisciplineFact,
  settings: Settings,
  sheet: string,
  row: number,
  sourceOf: (code: string) => string
): Finding[] {
  const year = settings.year;
  if (rating) {
    const hasNote = rating.parsed.kind === "ok" && rating.parsed.note !== undefined;
    const bands = hasNote ? describeBands(settings["rating.scoreBands"]) : "";
    const n = noteFinding(rating.parsed, rating.cell, row, "rating", { bands });
    if (n) out.push(n);
  }
  const dcell = discipline.cell;
  if (dcell && discipline.note) {
    const at = a1(row, dcell.col);
    out.push(
      info(
        "VOCAB_NOTE",
        at,
        "discipline",
        { key: discipline.note, params: { cell: at, text: shown(dcell) } },
        ""
      )
    );
  }
  if (discipline.status === "not_counted" && dcell && discipline.dateCell) {
    const at = a1(row, dcell.col);
    out.push(
      info(
        "DISC_NOT_COUNTED",
        at,
        "discipline",
        {
          key: "DISC_NOT_COUNTED.info",
          params: { cell: at, text: shown(dcell), date: shown(discipline.dateCell), year },
        },
        sourceOf("I5")
      )
    );
  }
  // §5.1: the written rating is kept for every count; the disagreement is a warning.
  if (
    discipline.status === "counted" &&
    dcell &&
    rating?.parsed.kind === "ok" &&
    rating.parsed.value !== "KHTNV"
  ) {
    const at = a1(row, rating.cell.col);
    const disciplineAt = a1(row, dcell.col);
    out.push({
      code: "R_DISC_RATING" satisfies RuleFindingCode,
      verdict: "warning",
      cell: at,
      refs: [sheetRef(sheet, disciplineAt)],
      field: "rating",
      decides: false,
      msg: {
        key: "R_DISC_RATING.warning",
        params: {
          cell: at,
          text: shown(rating.cell),
          discipline: shown(dcell),
          disciplineCell: disciplineAt,
        },
      },
      source: sourceOf("R_DISC_RATING"),
      titles: NONE,
    });
  }
  return out;
}

/**
 * §5.9: staff who worked under 6 months in the year are not rated (NĐ 90/2020 Đ2 as amended by NĐ 48/2023), except
 * maternity leave, where a person with 3 to under 6 months worked is rated but not at HTTNV or above. A rating that
 * breaks this is a warning, and the row is left out of the Q_HTXS counts.
 */
export function serviceRatingWarning(
  ctx: IndividualContext,
  sourceOf: (code: string) => string
): Finding | null {
  const rating = ctx.rating;
  if (!rating || rating.parsed.kind !== "ok" || !ctx.sheet?.mapping.service) return null;
  const f = serviceFact(ctx);
  if (f.worked === null || f.worked >= LAW_THRESHOLDS.serviceMonths) return null;
  const code = rating.parsed.value;
  const maternity = f.leave?.kind === "maternity" && f.worked >= 3;
  if (maternity && code !== "HTTNV" && code !== "HTXSNV") return null;
  const at = a1(ctx.rec.row, rating.cell.col);
  const serviceAt = f.cell ? a1(ctx.rec.row, f.cell.col) : "";
  return {
    code: "R_SERVICE_RATING" satisfies RuleFindingCode,
    verdict: "warning",
    cell: at,
    refs: serviceAt ? [sheetRef(ctx.rec.sheet, serviceAt)] : NONE,
    field: "rating",
    decides: false,
    msg: {
      key: maternity ? "R_SERVICE_RATING.maternity" : "R_SERVICE_RATING.warning",
      params: { cell: at, text: shown(rating.cell), months: f.worked, year: ctx.settings.year },
    },
    source: sourceOf("R_SERVICE_RATING"),
    titles: NONE,
  };
}
