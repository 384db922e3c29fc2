/** A small hand-made report (spec/report.md shape) for the pane's tests. */
import type { Report, ReportIndividual } from "../../src/core/report/types";

function person(
  row: number,
  name: string,
  unit: string,
  outcome: ReportIndividual["outcome"],
  extra: Partial<ReportIndividual> = {}
): ReportIndividual {
  return {
    sheet: "Cá nhân",
    row,
    name,
    unit,
    position: "Chuyên viên",
    isHead: false,
    criteria: {},
    conditions: {},
    titles: {},
    proposedByUnit: [],
    carried: [],
    proposals: [],
    eligibleUpTo: outcome === "eligible" ? "LDTT" : null,
    outcome,
    findings: [],
    ...extra,
  };
}

export function sampleReport(): Report {
  return {
    schema: "thidua.report/2",
    ruleSet: { id: "kh-2025", year: 2025, settings: {} },
    workbook: { file: "a.xlsx", sha256: null, sheets: [] },
    individuals: [
      person(8, "Nguyễn Văn An", "Phòng Quản lý đất đai", "gaps", {
        proposedByUnit: ["CSTDCS"],
        carried: ["LDTT"],
        proposals: [
          { title: "CSTDCS", verdict: "not_eligible" },
          { title: "LDTT", verdict: "eligible", carriedFrom: "CSTDCS" },
        ],
        findings: [
          {
            code: "I2",
            verdict: "gap",
            cell: "H8",
            refs: [],
            field: "initiative",
            decides: true,
            message: "Chưa có sáng kiến/đề tài (ô H8 trống)",
            source: "",
          },
        ],
      }),
      person(9, "Trần Thị Bình", "Phòng Quản lý đất đai", "eligible", {
        proposals: [{ title: "LDTT", verdict: "eligible" }],
      }),
      person(10, "Lê Hoàng Cường", "Văn phòng Sở", "needs_info", {
        findings: [
          {
            code: "I3",
            verdict: "unknown",
            cell: "J10",
            refs: [],
            field: "responsibility",
            decides: true,
            message: "Ô J10 trống: cần bổ sung",
            source: "",
          },
          {
            code: "I2",
            verdict: "gap",
            cell: "H10",
            refs: [],
            field: "initiative",
            decides: false,
            message: "Chưa có sáng kiến/đề tài (ô H10 trống)",
            source: "",
          },
        ],
      }),
    ],
    units: [],
    quotas: [
      {
        id: "Q_HTXS",
        scope: "workbook",
        limit: 0,
        actual: 1,
        excess: 1,
        ok: false,
        informational: false,
        rows: [],
      },
    ],
    problems: [
      {
        level: "info",
        sheet: "Cá nhân",
        cell: "C12",
        code: "LEGACY_ENCODING",
        message: "ô C12 dùng mã TCVN3",
      },
    ],
    totals: {
      individuals: 3,
      units: 0,
      eligible: { LDTT: 2, CSTDCS: 0 },
      outcomes: { eligible: 1, gaps: 1, needs_info: 1, not_checked: 0 },
      unitOutcomes: { eligible: 0, gaps: 0, needs_info: 0, not_checked: 0 },
      proposals: {
        CSTDCS: { proposed: 1, carried: 0, eligibleProposed: 0, eligibleCarried: 0 },
        LDTT: { proposed: 0, carried: 1, eligibleProposed: 0, eligibleCarried: 1 },
      },
    },
    codes: {},
  };
}
