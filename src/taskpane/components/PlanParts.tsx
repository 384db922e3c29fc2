/**
 * The plan in force and the workbook's plan sheet (issue 16): "Kế hoạch đang áp dụng" at the top of the "Tiêu chí"
 * step, the card of a plan sheet that is not in force ("Dùng kế hoạch này", or its mistakes), and the question the
 * pane asks when the plan asked for is refused (another year, mistakes).
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
} from "@fluentui/react-components";
import type { PlanSheetState } from "../host";
import type { T } from "../i18n";
import { useText } from "./text";
import type { PlanQuestionProps, PlanSheetProps } from "./props";

function sheetTitle(s: PlanSheetState, t: T): string {
  return s.id && s.year !== null
    ? t("plan.sheetFound", { sheet: s.sheet, id: s.id, year: s.year })
    : t("plan.sheetFoundBare", { sheet: s.sheet });
}

function Mistakes(props: { list: string[]; label: string }) {
  return (
    <ul className="plan-mistakes" aria-label={props.label}>
      {props.list.map((m, i) => (
        <li key={i}>{m}</li>
      ))}
    </ul>
  );
}

export function PlanInForceView(props: PlanSheetProps) {
  const { t, lang } = useText();
  const { plan, planSheet, ruleSet } = props;
  // The title in the pane's language: the rule set is the plan's, so it follows a language switch.
  const title = ruleSet.plan.hash === plan.hash ? ruleSet.title[lang] : plan.title;
  return (
    <>
      <section
        className="plan-in-force"
        data-testid="plan-in-force"
        aria-label={t("plan.inForceLabel")}
      >
        <Text block weight="semibold">
          {t("plan.inForce", { title, id: plan.id, version: plan.version })}
        </Text>
        <Caption1 block>
          {t("plan.from", { from: t(`plan.from.${plan.from}`), year: plan.year })}
        </Caption1>
        {planSheet?.inForce && (
          <div className="actions">
            <Button
              size="small"
              appearance="subtle"
              disabled={props.busy}
              onClick={() => props.onUsePlanSheet(false)}
            >
              {t("plan.drop")}
            </Button>
          </div>
        )}
      </section>
      {planSheet && !planSheet.inForce && (
        <section
          className="plan-sheet"
          data-testid="plan-sheet"
          aria-label={sheetTitle(planSheet, t)}
        >
          <Text block weight="semibold">
            {sheetTitle(planSheet, t)}
          </Text>
          {planSheet.mistakes.length ? (
            <>
              <Caption1 block>{t("plan.sheetMistakes")}</Caption1>
              <Mistakes list={planSheet.mistakes} label={t("plan.sheetMistakes")} />
            </>
          ) : (
            <>
              <Caption1 block>{t("plan.sheetNotUsed")}</Caption1>
              <div className="actions">
                <Button
                  appearance="primary"
                  disabled={props.busy}
                  onClick={() => props.onUsePlanSheet(true)}
                >
                  {t("plan.use")}
                </Button>
              </div>
            </>
          )}
        </section>
      )}
    </>
  );
}

export function PlanQuestion(props: PlanQuestionProps) {
  const { t } = useText();
  const r = props.refusal;
  const decline = (
    <Button disabled={props.busy} onClick={props.onDecline}>
      {t("plan.decline")}
    </Button>
  );
  return (
    <section className="plan-question" aria-label={t("plan.questionLabel")}>
      {r.kind === "year" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("plan.question.year", { id: r.id, planYear: r.planYear, year: r.year })}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              disabled={props.busy}
              onClick={() => props.onSetYear(r.planYear)}
            >
              {t("plan.setYear", { year: r.planYear })}
            </Button>
            {decline}
          </MessageBarActions>
        </MessageBar>
      ) : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t("plan.question.mistakes", { sheet: r.sheet ?? "" })}
            <Mistakes
              list={r.mistakes}
              label={t("plan.question.mistakes", { sheet: r.sheet ?? "" })}
            />
          </MessageBarBody>
          <MessageBarActions>{decline}</MessageBarActions>
        </MessageBar>
      )}
    </section>
  );
}
