/** Hand-built read results and reviews for the render tests. */
import type {
  IndividualRecord,
  Msg,
  ReadResult,
  SheetRead,
  UnitRecord,
} from "../../../src/core/records";
import type { RenderInput } from "../../../src/core/render/input";
import type {
  Finding,
  IndividualResult,
  Review,
  TitleVerdict,
  UnitResult,
} from "../../../src/core/review";
import { titleCodesOf } from "../../../src/core/rules/law/title-lists";
import type { IndividualTitle, UnitTitle } from "../../../src/core/vocab/codes";
import { defaultSettings } from "../../../src/core/settings-defaults";

export function finding(p: Partial<Finding> & { code: string }): Finding {
  return {
    verdict: "gap",
    cell: null,
    refs: [],
    field: null,
    decides: true,
    msg: { key: `MSG_${p.code}` },
    source: "SRC_PLAN",
    titles: ["LDTT"],
    ...p,
  };
}

/** Every title of the law layer for the subject, not proposed (a new title needs no change here). */
function notProposed<T extends string>(subject: "individual" | "unit"): Record<T, TitleVerdict> {
  return Object.fromEntries(titleCodesOf(subject).map((c) => [c, "not_proposed"])) as Record<
    T,
    TitleVerdict
  >;
}

export function person(
  p: Partial<IndividualResult> & { name: string; row: number }
): IndividualResult {
  return {
    sheet: "Cá nhân",
    unit: "Văn phòng",
    criteria: {},
    conditions: {},
    proposedByUnit: [],
    carried: [],
    proposals: [],
    outcome: "eligible",
    findings: [],
    position: "Chuyên viên",
    isHead: false,
    titles: {
      ...notProposed<IndividualTitle>("individual"),
      LDTT: "eligible",
      CSTDCS: "not_eligible",
      CSTD_TINH: "not_evaluated",
      BK_TINH: "not_evaluated",
    },
    eligibleUpTo: "LDTT",
    index: 0,
    ...p,
  };
}

export function unitResult(p: Partial<UnitResult> & { unit: string; row: number }): UnitResult {
  return {
    sheet: "Tập thể",
    criteria: {},
    conditions: {},
    proposedByUnit: [],
    carried: [],
    proposals: [],
    outcome: "eligible",
    findings: [],
    headcount: null,
    memberRows: 0,
    counts: {
      LDTT: { eligible: 0, needs_info: 0 },
      CSTDCS: { eligible: 0, needs_info: 0 },
      HTNVorBetter: 0,
      disciplined: 0,
    },
    shares: null,
    titles: {
      ...notProposed<UnitTitle>("unit"),
      TTLDTT: "eligible",
      TTLDXS: "not_eligible",
    },
    eligibleUpTo: "TTLDTT",
    index: 0,
    ...p,
  };
}

export function sheetRead(p: Partial<SheetRead> & { name: string }): SheetRead {
  return {
    role: "individuals",
    headerRows: [4, 5],
    dataRows: 0,
    firstDataRow: 6,
    lastDataRow: 10,
    lastOfficeCol: 12,
    mapping: {},
    headers: [
      { col: "A", header: "STT" },
      { col: "B", header: "Họ và tên" },
    ],
    protected: false,
    ...p,
  };
}

const key = (s: string | null): string | null => (s ? s.toLowerCase() : null);

/**
 * A read result matching the review: records in the order given (their `order`), results' `index` set to match.
 * Units of the units sheet come first in `unitsSheet` order. The results given are copied, not changed.
 */
export function build(
  givenIndividuals: IndividualResult[],
  givenUnits: UnitResult[] = [],
  extra: Partial<Review> = {},
  sheets: SheetRead[] = [sheetRead({ name: "Cá nhân" })]
): { read: ReadResult; review: Review } {
  const individuals = givenIndividuals.map((r, index) => ({ ...r, index }));
  const units = givenUnits.map((r, index) => ({ ...r, index }));
  const indRecs: IndividualRecord[] = individuals.map((r, i) => {
    return {
      kind: "individual",
      sheet: r.sheet,
      row: r.row,
      cells: {},
      unit: r.unit,
      unitKey: key(r.unit),
      unitFrom: "column",
      order: i,
      name: r.name,
      position: r.position,
    };
  });
  const unitRecs: UnitRecord[] = units.map((r, i) => {
    return {
      kind: "unit",
      sheet: r.sheet,
      row: r.row,
      cells: {},
      unit: r.unit,
      unitKey: key(r.unit),
      unitFrom: "column",
      order: i,
      isDepartment: false,
    };
  });
  return {
    read: {
      sheets,
      individuals: indRecs,
      units: unitRecs,
      problems: [],
      fieldsPresent: { individuals: [], units: [] },
    },
    review: {
      individuals,
      units,
      quotas: [],
      problems: [],
      skipped: [],
      noProposalColumn: false,
      ...extra,
    },
  };
}

/** Renders a Msg as "KEY{a=1}" so tests can see which message went where. */
export function msgText(m: Msg): string {
  const ps = m.params ? Object.entries(m.params).map(([k, v]) => `${k}=${v}`) : [];
  return ps.length ? `${m.key}{${ps.join(",")}}` : m.key;
}

export function input(
  built: { read: ReadResult; review: Review },
  p: Partial<RenderInput> = {}
): RenderInput {
  return {
    ...built,
    settings: defaultSettings(),
    lang: "vi",
    ruleSetTitle: "Kế hoạch thi đua năm 2025",
    existing: [],
    text: msgText,
    ...p,
  };
}
