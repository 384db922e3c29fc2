/** "Bảng dữ liệu": the sheets found, their roles, and the column mapping per field with its confidence. */
import {
  Badge,
  Button,
  Caption1,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { fieldName, fieldsFor, REQUIRED, skippedWithout } from "../fields";
import { mappingKey, type SheetInfo } from "../host";
import { useText } from "./text";
import type { SheetsStepProps } from "./props";

/** Columns currently chosen for a field: the pane's choice, else the reader's mapping. */
function chosen(sheet: SheetInfo, field: string, overrides: Record<string, string>): string {
  const o = overrides[mappingKey(sheet.name, field)];
  if (o !== undefined) return o;
  return sheet.mapping[field]?.columns.join("+") ?? "";
}

function SheetMapping(props: SheetsStepProps & { sheet: SheetInfo }) {
  const { t, lang } = useText();
  const { sheet, overrides, ruleSet, year } = props;
  const fields = fieldsFor(sheet, year);
  const mapped = fields.filter((f) => chosen(sheet, f, overrides) !== "");
  const required = sheet.role === "ignored" ? [] : REQUIRED[sheet.role];
  const tableLabel = t("sheets.mapping", { sheet: sheet.name });
  return (
    <section aria-label={tableLabel} className="sheet-mapping">
      <Subtitle2 as="h3">{tableLabel}</Subtitle2>
      <Table size="small" aria-label={tableLabel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("sheets.field")}</TableHeaderCell>
            <TableHeaderCell>{t("sheets.column")}</TableHeaderCell>
            <TableHeaderCell>{t("sheets.confidence")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {fields.map((field) => {
            const value = chosen(sheet, field, overrides);
            const entry = sheet.mapping[field];
            const changed = overrides[mappingKey(sheet.name, field)] !== undefined;
            const label = fieldName(field, lang);
            const skips =
              value === "" ? skippedWithout(ruleSet, sheet.role, mapped, field, year) : [];
            const isRequired = required.includes(field);
            const known = sheet.headers.some((h) => h.col === value);
            return (
              <TableRow key={field}>
                <TableCell>
                  <Text weight={isRequired ? "semibold" : "regular"}>{label}</Text>
                  {value === "" && isRequired && (
                    <Caption1 block className="warn">
                      {t("sheets.required")}
                    </Caption1>
                  )}
                  {value === "" && !isRequired && skips.length > 0 && (
                    <Caption1 block>{t("sheets.skips", { codes: skips.join(", ") })}</Caption1>
                  )}
                </TableCell>
                <TableCell>
                  <Select
                    aria-label={`${label} — ${t("sheets.column")}`}
                    value={value}
                    onChange={(_, d) => props.onMap(sheet.name, field, d.value)}
                  >
                    {/* The core cannot unmap a detected column; "none" is offered only while nothing is mapped. */}
                    {(value === "" || !entry) && (
                      <option value="">{t("sheets.none.option")}</option>
                    )}
                    {value !== "" && !known && <option value={value}>{value}</option>}
                    {sheet.headers.map((h) => (
                      <option key={h.col} value={h.col}>
                        {h.col} — {h.header}
                      </option>
                    ))}
                  </Select>
                </TableCell>
                <TableCell>
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
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
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
      <ul className="sheet-list">
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
