/** "Tiêu chí": the plan in force (and the workbook's plan sheet), the year, the plan's criteria on/off, and every
 * setting of spec/criteria.md §6. */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Switch,
  Textarea,
} from "@fluentui/react-components";
import { messageText } from "../../core/i18n/catalogue";
import { headerSignerMismatch } from "../../core/render/header";
import { resolveSettings } from "../../core/settings-io";
import { criterionLabel } from "../fields";
import { PRINT_FIELDS, SETTING_FIELDS, settingError, type SettingField } from "../settings-form";
import { PlanInForceView } from "./PlanParts";
import { useText } from "./text";
import type { CriteriaStepProps } from "./props";

function SettingInput(props: { field: SettingField } & CriteriaStepProps) {
  const { t } = useText();
  const { field, entries, onSet, defaults } = props;
  const value = entries[field.key] ?? "";
  const label = t(field.label);
  const note = t(field.note);
  const c = field.control;
  const error =
    c.kind === "shareOrOff" && value.trim() === ""
      ? null
      : settingError(defaults, field.key, value);
  const validation = error ? t("criteria.invalid", { expected: error }) : undefined;
  if (c.kind === "boolean") {
    return (
      <Field hint={note}>
        <Switch
          label={label}
          checked={value === "true"}
          onChange={(_, d) => onSet(field.key, String(d.checked))}
        />
      </Field>
    );
  }
  if (c.kind === "choice") {
    return (
      <Field label={label} hint={note}>
        <RadioGroup value={value} onChange={(_, d) => onSet(field.key, d.value)} aria-label={label}>
          {c.options.map((o) => (
            <Radio key={o} value={o} label={t(`${field.label}.${o}` as Parameters<typeof t>[0])} />
          ))}
        </RadioGroup>
      </Field>
    );
  }
  if (c.kind === "text" && c.multiline) {
    return (
      <Field label={label} validationMessage={validation}>
        <Textarea
          value={value.replace(/\\n/g, "\n")}
          onChange={(_, d) => onSet(field.key, d.value.replace(/\n/g, "\\n"))}
        />
      </Field>
    );
  }
  const shown = c.kind === "shareOrOff" && value === "off" ? "" : value;
  return (
    <Field
      label={label}
      hint={field.note === "setting.print.note" ? undefined : note}
      validationMessage={validation}
    >
      <Input
        type={c.kind === "number" ? "number" : "text"}
        inputMode={c.kind === "text" ? "text" : "decimal"}
        value={shown}
        onChange={(_, d) =>
          onSet(field.key, c.kind === "shareOrOff" && d.value.trim() === "" ? "off" : d.value)
        }
      />
    </Field>
  );
}

export function CriteriaStep(props: CriteriaStepProps) {
  const { t, lang } = useText();
  const { ruleSet } = props;
  const off = (props.entries["criteria.off"] ?? "")
    .split(/[,;\s]+/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  const toggle = (id: string, on: boolean) => {
    const next = on ? off.filter((x) => x !== id) : [...off, id];
    props.onSet("criteria.off", next.join(","));
  };
  const yearField = SETTING_FIELDS.find((f) => f.key === "year");
  // a header set by hand that disagrees with the signer (spec/workbook.md item 3, NĐ 30/2020)
  const mismatch = headerSignerMismatch(
    resolveSettings(props.entries, {}, props.defaults).settings
  );
  return (
    <div className="step">
      <Subtitle2 as="h2">{t("criteria.heading")}</Subtitle2>
      <PlanInForceView {...props} />
      {props.ruleSets.length > 1 && (
        <Field label={t("criteria.ruleSet")}>
          <Select value={ruleSet.id} onChange={(_, d) => props.onRuleSet(d.value)}>
            {props.ruleSets.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title[lang]}
              </option>
            ))}
            {!props.ruleSets.includes(ruleSet) && (
              <option value={ruleSet.id}>{ruleSet.title[lang]}</option>
            )}
          </Select>
        </Field>
      )}
      {ruleSet.legalBasis.map((b) => (
        <Caption1 block key={b.vi}>
          {b[lang]}
        </Caption1>
      ))}
      {yearField && <SettingInput {...props} field={yearField} />}

      <fieldset className="group">
        <legend>{t("criteria.plan")}</legend>
        <Caption1 block>{t("criteria.planNote")}</Caption1>
        {ruleSet.criteria.map((c) => (
          <div key={c.id} title={c.id}>
            <Checkbox
              label={criterionLabel(ruleSet, c.id, lang)}
              checked={!off.includes(c.id)}
              disabled={!c.switchable}
              onChange={(_, d) => toggle(c.id, d.checked === true)}
            />
            <Caption1 block className="note">
              {c.source[lang]}
            </Caption1>
          </div>
        ))}
      </fieldset>

      <fieldset className="group">
        <legend>{t("criteria.settings")}</legend>
        {SETTING_FIELDS.filter((f) => f.key !== "year").map((f) => (
          <SettingInput key={f.key} {...props} field={f} />
        ))}
      </fieldset>

      <fieldset className="group">
        <legend>{t("criteria.print")}</legend>
        <Caption1 block>{t("setting.print.note")}</Caption1>
        {mismatch && (
          <MessageBar intent="warning" data-testid="header-signer-mismatch">
            <MessageBarBody>{messageText(mismatch, lang)}</MessageBarBody>
          </MessageBar>
        )}
        {PRINT_FIELDS.map((f) => (
          <SettingInput key={f.key} {...props} field={f} />
        ))}
      </fieldset>
      <div className="actions">
        <Button onClick={props.onReset}>{t("criteria.reset")}</Button>
        <Button appearance="primary" onClick={props.onNext}>
          {t("criteria.next")}
        </Button>
      </div>
    </div>
  );
}
