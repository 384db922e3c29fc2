/**
 * "Kiểm tra tương thích Excel": says what the check does and that it clears Excel's undo history, runs it only when
 * the clerk confirms, then shows a row per capability with its result, Excel's platform and version and the API sets,
 * and offers the whole result as text ("Sao chép"). The clipboard API may be refused inside Office's web views: the
 * text is then copied through a selected text box, and failing that left selected for Ctrl+C.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { SelfTestReport } from "../../excel/self-test";
import {
  capabilityLabel,
  counts,
  errorLine,
  excelLine,
  newestLine,
  resultLabel,
  selfTestText,
  setLine,
} from "../self-test-text";
import type { CompatCheckProps } from "./props";
import { useText } from "./text";

type Phase = "confirm" | "running" | "done";

/** Copies through the clipboard API, else through a selected, off-screen text box (document.execCommand). */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused (no permission in an iframe, no focus): try the text box
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.left = "-9999px";
  document.body.appendChild(area);
  try {
    area.select();
    return typeof document.execCommand === "function" && document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

export function CompatCheck(props: CompatCheckProps) {
  const { t } = useText();
  const [phase, setPhase] = useState<Phase>("confirm");
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const [showText, setShowText] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const run = async () => {
    setPhase("running");
    setError(null);
    setCopied(null);
    try {
      setReport(await props.onRun());
      setPhase("done");
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setPhase("confirm");
    }
  };

  const text = report ? selfTestText(t, report) : "";
  const copy = async () => {
    const ok = await copyText(text);
    setCopied(ok);
    if (!ok) {
      setShowText(true);
      // once the box is shown, its text is selected for Ctrl+C
      setTimeout(() => textRef.current?.select(), 0);
    }
  };

  const n = report ? counts(report) : null;
  return (
    <section className="step compat" aria-labelledby="compat-heading">
      <Subtitle2 as="h2" id="compat-heading">
        {t("compat.heading")}
      </Subtitle2>
      {phase !== "done" && (
        <>
          <Text block>{t("compat.explain")}</Text>
          <MessageBar intent="warning">
            <MessageBarBody>{t("compat.undo")}</MessageBarBody>
          </MessageBar>
          {error && (
            <MessageBar intent="error">
              <MessageBarBody>{t("app.error", { message: error })}</MessageBarBody>
            </MessageBar>
          )}
          <div className="actions">
            <Button
              appearance="primary"
              onClick={() => void run()}
              disabled={phase === "running" || props.busy}
            >
              {t("compat.run")}
            </Button>
            <Button onClick={props.onClose} disabled={phase === "running"}>
              {t("compat.close")}
            </Button>
          </div>
          {phase === "running" && <Spinner size="small" label={t("compat.running")} />}
        </>
      )}
      {phase === "done" && report && n && (
        <>
          <MessageBar
            intent={report.structureProtected ? "warning" : n.failed > 0 ? "error" : "success"}
          >
            <MessageBarBody>
              {report.structureProtected
                ? t("compat.structure")
                : n.failed > 0
                  ? t("compat.someFailed")
                  : t("compat.allPassed")}
            </MessageBarBody>
          </MessageBar>
          {!report.tempSheet.removed && (
            <MessageBar intent="error">
              <MessageBarBody>
                {t("compat.notRemoved", { sheet: report.tempSheet.name })}
              </MessageBarBody>
            </MessageBar>
          )}
          {report.tempSheet.leftovers.length > 0 && (
            <MessageBar intent="info">
              <MessageBarBody>
                {t("compat.leftovers", { sheets: report.tempSheet.leftovers.join(", ") })}
              </MessageBarBody>
            </MessageBar>
          )}
          <ul className="compat-facts">
            <li data-testid="compat-excel">{excelLine(t, report)}</li>
            {report.officeJs && <li>{t("compat.officeJs", { source: report.officeJs })}</li>}
            <li>{newestLine(t, report)}</li>
            <li data-testid="compat-sets">
              {t("compat.apiSets", { required: report.requiredSet })}:{" "}
              {report.apiSets.map(setLine).join(", ")}
            </li>
            <li data-testid="compat-counts">{t("compat.summary", n)}</li>
          </ul>
          <table className="stack compat-table" aria-label={t("compat.table")}>
            <thead>
              <tr>
                <th scope="col">{t("compat.capability")}</th>
                <th scope="col">{t("compat.result")}</th>
              </tr>
            </thead>
            <tbody>
              {report.results.map((r) => {
                const err = errorLine(t, r);
                return (
                  <tr key={r.id} data-outcome={r.outcome} data-testid={`compat-${r.id}`}>
                    <td>{capabilityLabel(t, r)}</td>
                    <td data-label={t("compat.result")}>
                      {resultLabel(t, r)}
                      {err && <span className="compat-error">{err}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="actions">
            <Button
              appearance="primary"
              aria-label={t("compat.copyLabel")}
              onClick={() => void copy()}
            >
              {t("compat.copy")}
            </Button>
            <Button onClick={() => void run()} disabled={props.busy}>
              {t("compat.again")}
            </Button>
            <Button onClick={props.onClose}>{t("compat.close")}</Button>
          </div>
          {copied !== null && (
            <MessageBar intent={copied ? "success" : "warning"}>
              <MessageBarBody>{t(copied ? "compat.copied" : "compat.copyFailed")}</MessageBarBody>
            </MessageBar>
          )}
          <details open={showText} onToggle={(e) => setShowText(e.currentTarget.open)}>
            <summary>{t("compat.asText")}</summary>
            <textarea
              ref={textRef}
              className="compat-text"
              readOnly
              aria-label={t("compat.textLabel")}
              value={text}
              rows={12}
            />
          </details>
        </>
      )}
    </section>
  );
}
