/**
 * The pane: four steps over one PaneHost. It holds the clerk's unsaved choices (`overrides`, settings keys as
 * text) and the last result; every workbook action goes through the host.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  Title2,
  ToggleButton,
} from "@fluentui/react-components";
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ruleSets as allRuleSets, DEFAULT_RULE_SET_ID } from "../../core/rules";
import { resolveSettings, settingsToEntries } from "../../core/settings-io";
import type { Settings } from "../../core/settings";
import { defaultSettings } from "../../core/settings-defaults";
import { translator, type T } from "../i18n";
import { fieldsFor, missingCost } from "../fields";
import type { Lang } from "../../core/i18n/types";
import type { RuleSet } from "../../core/rules/types";
import {
  CancelledError,
  mappingKey,
  type CheckResult,
  type Inspection,
  type Progress,
} from "../host";
import { effectiveEntries, PRINT_FIELDS, SETTING_FIELDS } from "../settings-form";
import { CompatCheck } from "./CompatCheck";
import { CriteriaStep } from "./CriteriaStep";
import { ResultsStep } from "./ResultsStep";
import { RunStep } from "./RunStep";
import { SheetsStep } from "./SheetsStep";
import { TextContext } from "./text";
import type { PaneProps } from "./props";
import type { FindingFilter, FindingItem } from "../view";

const NO_FILTER: FindingFilter = { text: "", verdicts: [], decidingOnly: false, unit: "" };

export type StepId = "sheets" | "criteria" | "run" | "results";
const STEPS: StepId[] = ["sheets", "criteria", "run", "results"];

interface Notice {
  intent: "success" | "error" | "info" | "warning";
  text: string;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function Pane(props: PaneProps) {
  const { host, lang } = props;
  const t = useMemo(() => translator(lang), [lang]);
  const ruleSets = props.ruleSets ?? allRuleSets;
  const [ruleSetId, setRuleSetId] = useState(DEFAULT_RULE_SET_ID);
  const ruleSet = ruleSets.find((r) => r.id === ruleSetId) ?? ruleSets[0];
  const defaults = useMemo(
    () => resolveSettings({}, {}, { ...defaultSettings(), ...ruleSet.settings }).settings,
    [ruleSet]
  );
  const [step, setStep] = useState<StepId>("sheets");
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [overrides, setOverrides] = useState<Record<string, string>>({});
  const [result, setResult] = useState<CheckResult | null>(null);
  const [running, setRunning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [cancellable, setCancellable] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const abortRef = useRef<AbortController | null>(null);
  // The findings' filter and the finding reached: kept across runs ("Rà soát lại" keeps both where it can).
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [position, setPosition] = useState<FindingItem | null>(null);
  // "Kiểm tra tương thích Excel" open in place of the step's body.
  const [compat, setCompat] = useState(false);

  const say = useCallback((n: Notice | Notice[]) => setNotices(Array.isArray(n) ? n : [n]), []);

  const langRef = useRef(lang);
  langRef.current = lang;
  // A new host (another file) starts afresh; a language switch does not re-read the workbook.
  useEffect(() => {
    let live = true;
    setResult(null);
    setOverrides({});
    setFilter(NO_FILTER);
    setPosition(null);
    setStep("sheets");
    setInspection(null);
    setBusy(true);
    host
      .inspect({ lang: langRef.current })
      // A transition: React renders the mapping tables in slices, so the page stays responsive.
      .then((i) => live && startTransition(() => setInspection(i)))
      .catch(
        (e: unknown) =>
          live &&
          say({
            intent: "error",
            text: translator(langRef.current)("app.error", { message: errorText(e) }),
          })
      )
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [host, say]);

  const entries = useMemo(
    () => effectiveEntries(defaults, inspection?.stored ?? {}, overrides),
    [defaults, inspection, overrides]
  );
  const year = Number(entries.year) || defaults.year;
  const set = (key: string, value: string) => setOverrides((o) => ({ ...o, [key]: value }));

  const run = async () => {
    const ac = new AbortController();
    abortRef.current = ac;
    setRunning(true);
    setCancellable(true);
    setProgress({ phase: "read" });
    setNotices([]);
    try {
      const res = await host.check(overrides, {
        signal: ac.signal,
        onProgress: setProgress,
        lang,
        ruleSetId: ruleSet.id,
      });
      if (ac.signal.aborted) throw new CancelledError();
      if (!res.checkable) {
        setResult(null);
        say({ intent: "warning", text: t("run.notCheckable") });
        return;
      }
      setCancellable(false);
      setProgress({ phase: "write" });
      const out = await host.write(["marks"], { lang });
      startTransition(() => {
        setResult(res);
        setStep("results");
      });
      const next: Notice[] = [
        {
          intent: "success",
          text: t("run.done", {
            individuals: res.view.totals.individuals,
            units: res.view.totals.units,
          }),
        },
      ];
      for (const r of out.refused) {
        next.push({
          intent: "warning",
          text: t("run.refused", { sheet: r.sheet, message: r.message }),
        });
      }
      for (const text of out.notices ?? []) next.push({ intent: "warning", text });
      say(next);
    } catch (e) {
      if (e instanceof CancelledError || ac.signal.aborted)
        say({ intent: "info", text: t("run.cancelled") });
      else say({ intent: "error", text: t("app.error", { message: errorText(e) }) });
    } finally {
      setRunning(false);
      setCancellable(false);
      setProgress(null);
      abortRef.current = null;
    }
  };

  const act = async (what: () => Promise<Notice[]>) => {
    setBusy(true);
    try {
      say(await what());
    } catch (e) {
      say({ intent: "error", text: t("app.error", { message: errorText(e) }) });
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    act(async () => {
      await host.saveSettings(overrides, { lang, ruleSetId: ruleSet.id });
      const fresh = await host.inspect({ lang });
      setInspection(fresh);
      setOverrides({});
      return [{ intent: "success", text: t("sheets.saved") }];
    });

  const writeSummary = () =>
    act(async () => {
      const out = await host.write(["summary"], { lang });
      const list: Notice[] = [
        {
          intent: "success",
          text: t("results.summaryWritten", { sheets: out.written.join(", ") }),
        },
      ];
      if (out.resultsOnly)
        list.push({ intent: "warning", text: t("run.resultsOnly", { parts: out.resultsOnly }) });
      for (const text of out.notices ?? []) list.push({ intent: "warning", text });
      return list;
    });

  const clear = () =>
    act(async () => {
      const out = await host.clear({ lang });
      setResult(null);
      const list: Notice[] = [
        { intent: "success", text: t("results.cleared", { count: out.cleared.length }) },
      ];
      if (out.keptSheets.length)
        list.push({
          intent: "info",
          text: t("results.kept", { sheets: out.keptSheets.join(", ") }),
        });
      for (const text of out.notices ?? []) list.push({ intent: "warning", text });
      return list;
    });

  const filterRows = host.applyFilter
    ? () =>
        act(async () => {
          await host.applyFilter?.();
          return [{ intent: "success", text: t("results.filterRowsDone") }];
        })
    : undefined;

  const download = host.download
    ? () =>
        act(async () => {
          await host.download?.();
          return [];
        })
    : undefined;

  const select = host.select
    ? (sheet: string, cell: string) => {
        host
          .select?.(sheet, cell)
          .catch((e: unknown) =>
            say({ intent: "error", text: t("app.error", { message: errorText(e) }) })
          );
      }
    : undefined;

  const hostSelfTest = host.selfTest?.bind(host);
  const selfTest = hostSelfTest ? () => hostSelfTest({ lang }) : undefined;

  const textValue = useMemo(() => ({ lang, t }), [lang, t]);

  return (
    <TextContext.Provider value={textValue}>
      <div className="pane" lang={lang}>
        <header className="pane-header">
          <Title2 as="h1">{t("app.title")}</Title2>
          <ToggleButton
            size="small"
            checked={lang === "en"}
            aria-label={t("app.langLabel")}
            onClick={() => props.onLangChange(lang === "vi" ? "en" : "vi")}
          >
            {t("app.lang")}
          </ToggleButton>
        </header>
        <Text block className="subtitle">
          {t("app.subtitle")}
        </Text>
        {props.header}
        {download && inspection && (
          <div className="actions">
            <Button onClick={download} disabled={busy || running}>
              {t("results.download")}
            </Button>
          </div>
        )}
        <div aria-live="polite" className="notices">
          {notices.map((n, i) => (
            <MessageBar key={i} intent={n.intent}>
              <MessageBarBody>{n.text}</MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button
                    appearance="transparent"
                    size="small"
                    aria-label={t("app.dismiss")}
                    onClick={() => setNotices((all) => all.filter((x) => x !== n))}
                  >
                    ×
                  </Button>
                }
              />
            </MessageBar>
          ))}
        </div>
        <TabList
          className="steps"
          size="small"
          selectedValue={step}
          onTabSelect={(_, d) => {
            setCompat(false);
            setStep(d.value as StepId);
          }}
          aria-label={t("app.steps")}
        >
          {STEPS.map((s, i) => (
            <Tab key={s} value={s} disabled={s === "results" && !result}>
              {`${i + 1}. ${t(`step.${s}`)}`}
            </Tab>
          ))}
        </TabList>
        <main className="step-body">
          {compat && selfTest ? (
            <CompatCheck onRun={selfTest} onClose={() => setCompat(false)} busy={busy || running} />
          ) : !inspection ? (
            busy ? (
              <Spinner label={t("app.loading")} />
            ) : null
          ) : step === "sheets" ? (
            <SheetsStep
              inspection={inspection}
              ruleSet={ruleSet}
              year={year}
              overrides={overrides}
              onMap={(sheet, field, cols) => set(mappingKey(sheet, field), cols)}
              onSave={() => void save()}
              onNext={() => setStep("criteria")}
              busy={busy || running}
            />
          ) : step === "criteria" ? (
            <CriteriaStep
              ruleSets={ruleSets}
              ruleSetId={ruleSet.id}
              onRuleSet={setRuleSetId}
              defaults={defaults}
              entries={entries}
              onSet={set}
              onReset={() =>
                setOverrides((o) => ({ ...defaultEntries(defaults), ...pickMapping(o) }))
              }
              onNext={() => setStep("run")}
            />
          ) : step === "run" ? (
            <RunStep
              running={running}
              progress={progress}
              cancellable={cancellable}
              onRun={() => void run()}
              onCancel={() => abortRef.current?.abort()}
            />
          ) : (
            <ResultsStep
              view={result?.view ?? null}
              findings={result?.findings ?? null}
              ruleSet={ruleSet}
              defaults={defaults}
              entries={entries}
              onSet={set}
              missing={missingSentences(inspection, ruleSet, year, overrides, t, lang)}
              filter={filter}
              onFilter={setFilter}
              position={position}
              onPosition={setPosition}
              onRerun={() => void run()}
              onSelect={select}
              onFilterRows={filterRows}
              onWriteSummary={() => void writeSummary()}
              onClear={() => void clear()}
              busy={busy || running}
            />
          )}
        </main>
        {selfTest && !compat && (
          <footer className="pane-footer">
            <Button
              appearance="subtle"
              size="small"
              aria-label={t("compat.openLabel")}
              onClick={() => setCompat(true)}
              disabled={running}
            >
              {t("compat.open")}
            </Button>
          </footer>
        )}
      </div>
    </TextContext.Provider>
  );
}

/** What the missing columns cost, one sentence per checked sheet that misses any (said once, as on the mapping
 * step). */
function missingSentences(
  inspection: Inspection,
  ruleSet: RuleSet,
  year: number,
  overrides: Record<string, string>,
  t: T,
  lang: Lang
): string[] {
  const out: string[] = [];
  for (const sheet of inspection.sheets) {
    if (sheet.role === "ignored") continue;
    const fields = fieldsFor(sheet, year);
    const mapped = fields.filter((f) => {
      const o = overrides[mappingKey(sheet.name, f)];
      return o !== undefined ? o !== "" : (sheet.mapping[f]?.columns.length ?? 0) > 0;
    });
    const cost = missingCost(ruleSet, sheet.role, mapped, fields, year, lang);
    if (cost.columns.length)
      out.push(
        `${sheet.name}: ${t("sheets.skips", { columns: cost.columns.join(", "), checks: cost.skipped.join(", ") })}`
      );
  }
  return out;
}

function defaultEntries(defaults: Settings): Record<string, string> {
  const keys = new Set(
    [...SETTING_FIELDS, ...PRINT_FIELDS].map((f) => f.key).concat("criteria.off")
  );
  return Object.fromEntries(settingsToEntries(defaults).filter(([k]) => keys.has(k)));
}

/** "Trở về mặc định" resets the criteria settings but keeps the clerk's column choices. */
function pickMapping(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => k.startsWith("mapping[")));
}
