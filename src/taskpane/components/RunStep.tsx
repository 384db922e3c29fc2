/** "Rà soát": starts the check, shows its progress, and offers Cancel until writing begins. */
import { Button, Field, ProgressBar, Subtitle2, Text } from "@fluentui/react-components";
import { useText } from "./text";
import type { RunStepProps } from "./props";

export function RunStep(props: RunStepProps) {
  const { t } = useText();
  const phase = props.progress ? t(`run.phase.${props.progress.phase}`) : "";
  return (
    <div className="step">
      <Subtitle2 as="h2">{t("run.heading")}</Subtitle2>
      <Text block>{t("run.explain")}</Text>
      <div className="actions">
        <Button appearance="primary" onClick={props.onRun} disabled={props.running}>
          {t("run.start")}
        </Button>
        {props.running && (
          <Button onClick={props.onCancel} disabled={!props.cancellable}>
            {t("run.cancel")}
          </Button>
        )}
      </div>
      {props.running && (
        <Field label={t("run.progress")} validationMessage={phase} validationState="none">
          {/* No value while a host call is in flight: the bar is indeterminate. */}
          <ProgressBar value={props.progress?.fraction} thickness="large" aria-valuetext={phase} />
        </Field>
      )}
    </div>
  );
}
