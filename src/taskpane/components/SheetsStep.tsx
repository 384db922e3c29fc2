/**
 * "Bảng dữ liệu": the sheets found, their roles, and the column mapping per field with its confidence. Made for the
 * task pane's 320–450 px: each field is a stacked row (label and confidence, then the column list); required fields,
 * unsure columns and missing columns that cost a check come first, the rest folded; what the missing columns cost is
 * said once per sheet.
 */
import { Badge, Button, Caption1, Select, Subtitle2, Text } from "@fluentui/react-components";
import {
  fieldName,
  fieldsFor,
  mattersFirst,
  missingCost,
  REQUIRED,
  skippedWithout,
} from "../fields";
import { mappingKey, type SheetInfo } from "../host";
import { useText } from "./text";
import type { SheetsStepProps } from "./props";

/** Columns currently chosen for a field: the pane's choice, else the reader's mapping. */
function chosen(sheet: SheetInfo, field: string, overrides: Record<string, string>): string {
  const o = overrides[mappingKey(sheet.name, field)];
  if (o !== undefined) return o;
  return sheet.mapping[field]?.columns.join("+") ?? "";
}

function FieldRow(props: SheetsStepProps & { sheet: SheetInfo; field: string; required: boolean }) {
  const { t, lang } = useText();
  const { sheet, overrides, field } = props;
  const value = chosen(sheet, field, overrides);
  const entry = sheet.mapping[field];
  const changed = overrides[mappingKey(sheet.name, field)] !== undefined;
  const label = fieldName(field, lang);
  const known = sheet.headers.some((h) => h.col === value);
  return (
    <li className="field-row" data-field={field}>
      <div className="field-head">
        <Text weight={props.required ? "semibold" : "regular"} title={field}>
          {label}
        </Text>
        {value === "" ? (
          <Badge appearance="outline" color="subtle">
            {t("sheets.unmapped")}
          </Badge>
        ) : changed || entry?.confirmed ? (
          <Badge appearance="tint" color="brand">
            {t("sheets.confirmed")}
          </Badge>
        ) : (entry?.confidence ?? 0) >= 1 ? (
          <Badge appearance="tint" color="success">
            {t("sheets.sure")}
          </Badge>
        ) : (
          <Badge appearance="tint" color="warning">
            {t("sheets.unsure")} ({Math.round((entry?.confidence ?? 0) * 100)}%)
          </Badge>
        )}
      </div>
      {value === "" && props.required && (
        <Caption1 block className="warn">
          {t("sheets.required")}
        </Caption1>
      )}
      <Select
        aria-label={`${label} — ${t("sheets.column")}`}
        value={value}
        onChange={(_, d) => props.onMap(sheet.name, field, d.value)}
      >
        {/* The core cannot unmap a detected column; "none" is offered only while nothing is mapped. */}
        {(value === "" || !entry) && <option value="">{t("sheets.none.option")}</option>}
        {value !== "" && !known && <option value={value}>{value}</option>}
        {sheet.headers.map((h) => (
          <option key={h.col} value={h.col}>
            {h.col} — {h.header}
          </option>
        ))}
      </Select>
    </li>
  );
}

function SheetMapping(props: SheetsStepProps & { sheet: SheetInfo }) {
  const { t, lang } = useText();
  const { sheet, overrides, ruleSet, year } = props;
  const fields = fieldsFor(sheet, year);
  const mapped = fields.filter((f) => chosen(sheet, f, overrides) !== "");
  const required = sheet.role === "ignored" ? [] : REQUIRED[sheet.role];
  const tableLabel = t("sheets.mapping", { sheet: sheet.name });
  const cost = missingCost(ruleSet, sheet.role, mapped, fields, year, lang);
  const first: string[] = [];
  const rest: string[] = [];
  for (const field of fields) {
    const entry = sheet.mapping[field];
    const isMapped = mapped.includes(field);
    const matters = mattersFirst({
      required: required.includes(field),
      mapped: isMapped,
      costs: !isMapped && skippedWithout(ruleSet, sheet.role, mapped, field, year).length > 0,
      confidence: entry?.confidence ?? 0,
      confirmed:
        entry?.confirmed === true || overrides[mappingKey(sheet.name, field)] !== undefined,
    });
    (matters ? first : rest).push(field);
  }
  const headingId = `map-${sheet.name.replace(/[^\p{L}\p{N}]+/gu, "-")}`;
  const row = (field: string) => (
    <FieldRow
      key={field}
      {...props}
      sheet={sheet}
      field={field}
      required={required.includes(field)}
    />
  );
  return (
    <section aria-labelledby={headingId} className="sheet-mapping">
      <Subtitle2 as="h3" id={headingId}>
        {tableLabel}
      </Subtitle2>
      {cost.columns.length > 0 && (
        <Text block className="cost" data-testid="missing-cost">
          {t("sheets.skips", {
            columns: cost.columns.join(", "),
            checks: cost.skipped.join(", "),
          })}
        </Text>
      )}
      {first.length > 0 ? (
        <ul className="field-list" aria-label={`${tableLabel} — ${t("sheets.first")}`}>
          {first.map(row)}
        </ul>
      ) : (
        <Caption1 block>{t("sheets.allSure")}</Caption1>
      )}
      {rest.length > 0 && (
        <details className="more-fields">
          <summary>{t("sheets.others", { count: rest.length })}</summary>
          <ul className="field-list">{rest.map(row)}</ul>
        </details>
      )}
    </section>
  );
}

export function SheetsStep(props: SheetsStepProps) {
  const { t } = useText();
  const { inspection, overrides } = props;
  const checked = inspection.sheets.filter((s) => s.role !== "ignored");
  const anyChange = Object.keys(overrides).some((k) => k.startsWith("mapping["));
  return (
    <div className="step">
      <Subtitle2 as="h2">{t("sheets.heading")}</Subtitle2>
      {checked.length === 0 && <Text role="alert">{t("sheets.none")}</Text>}
      <ul className="sheet-list" aria-label={t("sheets.heading")}>
        {inspection.sheets.map((s) => (
          <li key={s.name}>
            <Text weight="semibold">{s.name}</Text>{" "}
            <Badge appearance="outline" color={s.role === "ignored" ? "subtle" : "brand"}>
              {t(`role.${s.role}`)}
            </Badge>
            {s.role !== "ignored" && (
              <Caption1 block>
                {t("sheets.rows", { rows: s.dataRows, header: s.headerRows.join(", ") })}
              </Caption1>
            )}
            {s.protected && <Caption1 block>{t("sheets.protected")}</Caption1>}
          </li>
        ))}
      </ul>
      {checked.map((s) => (
        <SheetMapping key={s.name} {...props} sheet={s} />
      ))}
      {anyChange && <Text block>{t("sheets.changed")}</Text>}
      <div className="actions">
        <Button
          appearance="primary"
          onClick={props.onSave}
          disabled={props.busy || checked.length === 0}
          aria-label={t("sheets.saveLabel")}
        >
          {t("sheets.save")}
        </Button>
        <Button onClick={props.onNext}>{t("sheets.next")}</Button>
      </div>
    </div>
  );
}
