/**
 * JSON Schema (draft 2020-12) of the report (spec/report.md), made from the law layer's titles: the titles of a row,
 * what `eligibleUpTo`, `carriedFrom` and `carried` may name (rules/law/title-lists.ts). `reportSchema` is the schema
 * of the law layer in force; the browser build, the CLI and the tests share it.
 */
import { CARRIED, CARRIERS, danhHieuOf, titleCodesOf } from "../rules/law/title-lists";

const verdict = { enum: ["met", "gap", "unknown", "skipped"] };
const titleVerdict = {
  enum: ["eligible", "not_eligible", "needs_info", "not_evaluated", "not_proposed"],
};
const outcome = { enum: ["eligible", "gaps", "needs_info", "not_checked"] };
const code = { type: "string", pattern: "^[A-Z][A-Z0-9_]*$" };
const a1 = { type: "string", pattern: "^[A-Z]{1,3}[1-9][0-9]*$" };
const ref = { type: "string", pattern: "^'(?:[^']|'')+'![A-Z]{1,3}[1-9][0-9]*$" };
const nullableA1 = { anyOf: [a1, { type: "null" }] };
const verdicts = { type: "object", additionalProperties: verdict };
const titleVerdicts = { type: "object", additionalProperties: titleVerdict };
const count = { type: "integer", minimum: 0 };

const finding = {
  type: "object",
  additionalProperties: false,
  required: ["code", "verdict", "cell", "refs", "field", "decides", "message", "source"],
  properties: {
    code,
    verdict: { enum: ["gap", "unknown", "warning", "info"] },
    cell: nullableA1,
    refs: { type: "array", items: ref },
    field: { type: ["string", "null"] },
    decides: { type: "boolean" },
    message: { type: "string", minLength: 1 },
    source: { type: "string" },
  },
};

/** A row's titles: one verdict for each title of its subject. */
function titlesOfRow(subject: "individual" | "unit") {
  const codes = titleCodesOf(subject);
  return {
    type: "object",
    additionalProperties: false,
    required: codes,
    properties: Object.fromEntries(codes.map((c) => [c, titleVerdict])),
  };
}

const proposals = {
  type: "array",
  items: {
    type: "object",
    additionalProperties: false,
    required: ["title", "verdict"],
    properties: {
      title: { type: "string", minLength: 1 },
      verdict: titleVerdict,
      carriedFrom: { enum: [...CARRIERS] },
    },
  },
};

const rowBase = {
  sheet: { type: "string", minLength: 1 },
  row: { type: "integer", minimum: 1 },
  criteria: verdicts,
  conditions: verdicts,
  titles: titleVerdicts,
  proposedByUnit: { type: "array", items: { type: "string" } },
  carried: { type: "array", items: { enum: [...CARRIED] } },
  proposals,
  eligibleUpTo: { type: ["string", "null"] },
  outcome,
  findings: { type: "array", items: finding },
};

const individual = {
  type: "object",
  additionalProperties: false,
  required: [
    "sheet",
    "row",
    "name",
    "unit",
    "position",
    "isHead",
    "criteria",
    "conditions",
    "titles",
    "proposedByUnit",
    "carried",
    "proposals",
    "eligibleUpTo",
    "outcome",
    "findings",
  ],
  properties: {
    ...rowBase,
    name: { type: "string" },
    unit: { type: ["string", "null"] },
    position: { type: "string" },
    isHead: { type: "boolean" },
    titles: titlesOfRow("individual"),
    eligibleUpTo: { enum: [...danhHieuOf("individual"), null] },
  },
};

const tally = {
  type: "object",
  additionalProperties: false,
  required: ["eligible", "needs_info"],
  properties: { eligible: count, needs_info: count },
};

const unit = {
  type: "object",
  additionalProperties: false,
  required: [
    "sheet",
    "row",
    "unit",
    "headcount",
    "memberRows",
    "criteria",
    "conditions",
    "counts",
    "shares",
    "titles",
    "proposedByUnit",
    "carried",
    "proposals",
    "eligibleUpTo",
    "outcome",
    "findings",
  ],
  properties: {
    ...rowBase,
    unit: { type: "string" },
    headcount: { anyOf: [count, { type: "null" }] },
    memberRows: count,
    counts: {
      type: "object",
      additionalProperties: false,
      required: ["LDTT", "CSTDCS", "HTNVorBetter", "disciplined"],
      properties: { LDTT: tally, CSTDCS: tally, HTNVorBetter: count, disciplined: count },
    },
    shares: {
      anyOf: [
        { type: "null" },
        {
          type: "object",
          additionalProperties: false,
          required: ["LDTT"],
          properties: {
            LDTT: {
              type: "object",
              additionalProperties: false,
              required: ["lo", "hi"],
              properties: {
                lo: { type: "number", minimum: 0, maximum: 1 },
                hi: { type: "number", minimum: 0, maximum: 1 },
              },
            },
          },
        },
      ],
    },
    titles: titlesOfRow("unit"),
    eligibleUpTo: { enum: [...danhHieuOf("unit"), null] },
  },
};

const outcomes = {
  type: "object",
  additionalProperties: false,
  required: ["eligible", "gaps", "needs_info", "not_checked"],
  properties: { eligible: count, gaps: count, needs_info: count, not_checked: count },
};

export const reportSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://thidua.local/schema/report-2.json",
  title: "Rà soát thi đua — report",
  type: "object",
  additionalProperties: false,
  required: [
    "schema",
    "ruleSet",
    "workbook",
    "individuals",
    "units",
    "quotas",
    "problems",
    "totals",
    "codes",
  ],
  properties: {
    schema: { const: "thidua.report/2" },
    ruleSet: {
      type: "object",
      additionalProperties: false,
      required: ["id", "year", "settings"],
      properties: {
        id: { type: "string", minLength: 1 },
        year: { type: "integer", minimum: 2000, maximum: 2100 },
        settings: {
          type: "object",
          required: ["cstdcs.mode", "ttldtt.minShare", "quota.htxs", "quota.scope"],
          properties: {
            "cstdcs.mode": { enum: ["plan", "law"] },
            "ttldtt.minShare": { type: "number", minimum: 0, maximum: 1 },
            "ttldtt.strict": { type: "boolean" },
            "quota.htxs": { type: "number", minimum: 0, maximum: 1 },
            "quota.scope": { enum: ["workbook", "unit"] },
            "quota.cstdcs": {
              anyOf: [{ const: "off" }, { type: "number", minimum: 0, maximum: 1 }],
            },
          },
        },
      },
    },
    plan: {
      type: "object",
      additionalProperties: false,
      required: ["id", "version", "year", "hash", "law"],
      properties: {
        id: { type: "string", minLength: 1 },
        version: { type: "string", minLength: 1 },
        year: { type: "integer", minimum: 2000, maximum: 2100 },
        hash: { type: "string", pattern: "^[0-9a-f]{64}$" },
        law: { type: "string", minLength: 1 },
      },
    },
    workbook: {
      type: "object",
      additionalProperties: false,
      required: ["file", "sha256", "sheets"],
      properties: {
        file: { type: ["string", "null"] },
        sha256: { anyOf: [{ type: "null" }, { type: "string", pattern: "^[0-9a-f]{64}$" }] },
        sheets: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name", "role", "headerRows", "dataRows", "mapping"],
            properties: {
              name: { type: "string" },
              role: { enum: ["individuals", "units", "mixed", "ignored"] },
              headerRows: { type: "array", items: { type: "integer", minimum: 1 } },
              dataRows: count,
              mapping: {
                type: "object",
                additionalProperties: {
                  type: "object",
                  additionalProperties: false,
                  required: ["columns", "header", "confidence"],
                  properties: {
                    columns: {
                      type: "array",
                      minItems: 1,
                      items: { type: "string", pattern: "^[A-Z]{1,3}$" },
                    },
                    header: { type: "string" },
                    confidence: { type: "number", minimum: 0, maximum: 1 },
                  },
                },
              },
            },
          },
        },
      },
    },
    individuals: { type: "array", items: individual },
    units: { type: "array", items: unit },
    quotas: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "scope", "limit", "actual", "excess", "ok", "informational", "rows"],
        properties: {
          id: code,
          scope: { type: "string", minLength: 1 },
          limit: { anyOf: [count, { type: "null" }] },
          actual: count,
          excess: count,
          ok: { type: ["boolean", "null"] },
          informational: { type: "boolean" },
          rows: { type: "array", items: ref },
        },
      },
    },
    problems: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["level", "sheet", "cell", "code", "message"],
        properties: {
          level: { enum: ["error", "warning", "info"] },
          sheet: { type: ["string", "null"] },
          cell: {
            anyOf: [
              a1,
              { type: "string", pattern: "^[A-Z]{1,3}[1-9][0-9]*:[A-Z]{1,3}[1-9][0-9]*$" },
              { type: "null" },
            ],
          },
          code,
          message: { type: "string", minLength: 1 },
        },
      },
    },
    totals: {
      type: "object",
      additionalProperties: false,
      required: ["individuals", "units", "eligible", "outcomes", "unitOutcomes", "proposals"],
      properties: {
        individuals: count,
        units: count,
        eligible: { type: "object", additionalProperties: count },
        outcomes,
        unitOutcomes: outcomes,
        proposals: {
          type: "object",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            required: ["proposed", "carried", "eligibleProposed", "eligibleCarried"],
            properties: {
              proposed: count,
              carried: count,
              eligibleProposed: count,
              eligibleCarried: count,
            },
          },
        },
      },
    },
    codes: {
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["level", "label", "labelEn", "source"],
        properties: {
          level: {
            enum: ["criterion", "condition", "title", "control", "warning", "error", "info"],
          },
          label: { type: "string", minLength: 1 },
          labelEn: { type: "string", minLength: 1 },
          source: { type: "string" },
        },
      },
    },
  },
} as const;
