/**
 * The pane: four steps over one PaneHost. It holds the clerk's unsaved choices (`overrides`, settings keys as
 * text, and the answer about the workbook's plan sheet) and the last result; every workbook action goes through the
 * host.
 * Decisions (issue 16): the plan in force is the one the host's inspection names (the pane composes it from the
 * plan's data, since a plan sheet's plan exists only in the workbook); a shipped rule set is passed by id only when
 * the clerk picked one. A refused plan (another year, mistakes) is asked about above the steps, whichever step is
 * open; answering inspects again, and re-runs the check when the check was refused.
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
import { loadPlan } from "../../core/plans";
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
  PlanRefusedError,
  type CheckResult,
  type Inspection,
  type PlanInForce,
  type PlanRefusal,
  type Progress,
} from "../host";
import { effectiveEntries, PRINT_FIELDS, SETTING_FIELDS } from "../settings-form";
import { CompatCheck } from "./CompatCheck";
import { CriteriaStep } from "./CriteriaStep";
import { PlanQuestion } from "./PlanParts";
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

/** A refused plan and what was refused: answering re-runs the check only when the check was refused. */
interface Asked {
  refusal: PlanRefusal;
  from: "inspect" | "check";
}

/** The rule set of the plan in force: a shipped one by its hash, else composed from the plan's data. */
function ruleSetOf(
  plan: PlanInForce | undefined,
  ruleSets: readonly RuleSet[],
  chosen: string | undefined
): RuleSet {
  if (plan) {
    const shipped = ruleSets.find((r) => r.plan.hash === plan.hash);
    if (shipped) return shipped;
    const composed = loadPlan(plan.def).ruleSet;
    if (composed) return composed;
  }
  return ruleSets.find((r) => r.id === (chosen ?? DEFAULT_RULE_SET_ID)) ?? ruleSets[0];
}

/** The unsaved choices that decide which plan fits the check (inspect's overrides). */
function planOverrides(o: Record<string, string>): Record<string, string> {
  return o.year === undefined ? {} : { year: o.year };
}

export function Pane(props: PaneProps) {
  const { host, lang } = props;
  const t = useMemo(() => translator(lang), [lang]);
  const ruleSets = props.ruleSets ?? allRuleSets;
  // A shipped rule set the clerk picked (only offered when several ship); absent: the workbook's plan.
  const [ruleSetId, setRuleSetId] = useState<string | undefined>(undefined);
  // The clerk's answer about the workbook's plan sheet ("Dùng kế hoạch này" / "Không dùng …"); absent: not asked.
  const [usePlanSheet, setUsePlanSheet] = useState<boolean | undefined>(undefined);
  const [asked, setAsked] = useState<Asked | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const ruleSet = useMemo(
    () => ruleSetOf(inspection?.plan, ruleSets, ruleSetId),
    [inspection, ruleSets, ruleSetId]
  );
  const defaults = useMemo(
    () => resolveSettings({}, {}, { ...defaultSettings(), ...ruleSet.settings }).settings,
    [ruleSet]
  );
  const [step, setStep] = useState<StepId>("sheets");
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
    setUsePlanSheet(undefined);
    setRuleSetId(undefined);
    setAsked(null);
    setBusy(true);
    host
      .inspect({ lang: langRef.current })
      // A transition: React renders the mapping tables in slices, so the page stays responsive.
      .then(
        (i) =>
          live &&
          startTransition(() => {
            setInspection(i);
            setAsked(i.refusal ? { refusal: i.refusal, from: "inspect" } : null);
          })
      )
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

  /** What every host call is asked with about the plan. */
  const planOpts = (use = usePlanSheet, id = ruleSetId) => ({ ruleSetId: id, usePlanSheet: use });

  /** Inspects again with the clerk's answers (the plan in force, the plan sheet, a refusal). */
  const reinspect = async (use = usePlanSheet, o = overrides, id = ruleSetId) => {
    const fresh = await host.inspect({
      lang,
      ...planOpts(use, id),
      overrides: planOverrides(o),
    });
    setInspection(fresh);
    setAsked(fresh.refusal ? { refusal: fresh.refusal, from: "inspect" } : null);
    return fresh;
  };

  const run = async (o = overrides, use = usePlanSheet) => {
    const ac = new AbortController();
    abortRef.current = ac;
    setRunning(true);
    setCancellable(true);
    setProgress({ phase: "read" });
    setNotices([]);
    try {
      const res = await host.check(o, {
        signal: ac.signal,
        onProgress: setProgress,
        lang,
        ...planOpts(use),
      });
      setAsked(null);
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
      else if (e instanceof PlanRefusedError) setAsked({ refusal: e.refusal, from: "check" });
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
      if (e instanceof PlanRefusedError) {
        setNotices([]);
        setAsked({ refusal: e.refusal, from: "inspect" });
      } else say({ intent: "error", text: t("app.error", { message: errorText(e) }) });
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    act(async () => {
      // The plan in force goes with the settings: a confirmed plan sheet stays confirmed by its hash.
      await host.saveSettings(overrides, { lang, ...planOpts() });
      await reinspect(usePlanSheet, {});
      setOverrides({});
      return [{ intent: "success", text: t("sheets.saved") }];
    });

  /** "Dùng kế hoạch này" (true) or "Không dùng trang kế hoạch" (false), on the "Tiêu chí" step. */
  const choosePlanSheet = (use: boolean) =>
    act(async () => {
      setUsePlanSheet(use);
      const fresh = await reinspect(use);
      if (fresh.refusal) return [];
      const sheet = fresh.planSheet?.sheet ?? "";
      return [
        use
          ? { intent: "success", text: t("plan.used", { id: fresh.plan.id }) }
          : { intent: "info", text: t("plan.dropped", { sheet }) },
      ];
    });

  /** The answers to a refused plan: "Đặt năm …" keeps the plan and sets the year; "Không dùng kế hoạch này" drops
   * the plan sheet. Then inspect again, and check again when the check was refused. */
  const answer = (next: { year?: number; decline?: boolean }) => {
    const from = asked?.from;
    const o = next.year === undefined ? overrides : { ...overrides, year: String(next.year) };
    const use = next.decline ? false : usePlanSheet;
    setOverrides(o);
    setUsePlanSheet(use);
    setAsked(null);
    void act(async () => {
      const fresh = await reinspect(use, o);
      if (from === "check" && !fresh.refusal) void run(o, use);
      return [];
    });
  };

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
        {asked && (
          <PlanQuestion
            refusal={asked.refusal}
            onSetYear={(year) => answer({ year })}
            onDecline={() => answer({ decline: true })}
            busy={busy || running}
          />
        )}
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
              ruleSet={ruleSet}
              ruleSets={ruleSets}
              onRuleSet={(id) =>
                void act(async () => {
                  setRuleSetId(id);
                  await reinspect(usePlanSheet, overrides, id);
                  return [];
                })
              }
              plan={inspection.plan}
              planSheet={inspection.planSheet}
              onUsePlanSheet={(use) => void choosePlanSheet(use)}
              busy={busy || running}
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
