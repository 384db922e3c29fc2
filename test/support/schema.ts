import Ajv2020 from "ajv/dist/2020";
import { runCheck, type CheckInput, type CheckOutput } from "../../src/core/check";
import { reportSchema } from "../../src/core/report/schema";
import type { Report } from "../../src/core/report/types";

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(reportSchema);

/** Throws with the schema errors when a report does not follow spec/report.md's JSON Schema. */
export function expectValidReport(report: unknown): asserts report is Report {
  if (!validate(report)) {
    throw new Error(
      `report does not validate: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`
    );
  }
}

/** runCheck, with its report validated against the schema: every report a test makes is checked. */
export function validCheck(input: CheckInput): CheckOutput {
  const out = runCheck(input);
  expectValidReport(out.report);
  return out;
}
