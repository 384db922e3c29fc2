/**
 * Props of the pane's components, in a .ts file: the React lint preset checks parameter names of callback types
 * in .tsx files as if they were variables.
 */
import type { ReactNode } from "react";
import type { Lang } from "../../core/i18n/types";
import type { RuleSet } from "../../core/rules/types";
import type { Settings } from "../../core/settings";
import type { SelfTestReport } from "../../excel/self-test";
import type {
  Inspection,
  PaneHost,
  PlanInForce,
  PlanRefusal,
  PlanSheetState,
  Progress,
} from "../host";
import type { FindingFilter, FindingItem, FindingSource, ResultView } from "../view";

export interface SheetsStepProps {
  inspection: Inspection;
  ruleSet: RuleSet;
  year: number;
  overrides: Record<string, string>;
  onMap(sheet: string, field: string, columns: string): void;
  onSave(): void;
  onNext(): void;
  busy: boolean;
}

export interface CriteriaStepProps extends PlanSheetProps {
  /** The rule set of the plan in force: its criteria are the ones listed. */
  ruleSet: RuleSet;
  /** Shipped rule sets the clerk may pick from (the list is shown only when there are several). */
  ruleSets: readonly RuleSet[];
  onRuleSet(id: string): void;
  defaults: Settings;
  /** Effective values as text (defaults < stored < overrides). */
  entries: Record<string, string>;
  onSet(key: string, value: string): void;
  onReset(): void;
  onNext(): void;
}

/** The plan in force and the workbook's plan sheet, at the top of the "Tiêu chí" step. */
export interface PlanSheetProps {
  ruleSet: RuleSet;
  plan: PlanInForce;
  planSheet: PlanSheetState | null;
  /** "Dùng kế hoạch này" (true), "Không dùng trang kế hoạch" (false). */
  onUsePlanSheet(use: boolean): void;
  busy: boolean;
}

/** A plan the check refused: the clerk is asked (another year) or told (mistakes). */
export interface PlanQuestionProps {
  refusal: PlanRefusal;
  onSetYear(year: number): void;
  onDecline(): void;
  busy: boolean;
}

export interface ResultsStepProps {
  view: ResultView | null;
  findings: FindingSource | null;
  ruleSet: RuleSet;
  defaults: Settings;
  entries: Record<string, string>;
  onSet(key: string, value: string): void;
  /** What the missing columns cost, one sentence per sheet: said once, instead of one problem per check skipped. */
  missing: string[];
  /** The findings' filter and the finding reached, held by the pane so a re-run keeps them. */
  filter: FindingFilter;
  onFilter(filter: FindingFilter): void;
  position: FindingItem | null;
  onPosition(item: FindingItem | null): void;
  onRerun(): void;
  onSelect?(sheet: string, cell: string): void;
  onFilterRows?(): void;
  onWriteSummary(): void;
  onClear(): void;
  busy: boolean;
}

export interface PaneProps {
  host: PaneHost;
  lang: Lang;
  onLangChange(lang: Lang): void;
  ruleSets?: readonly RuleSet[];
  /** Shown above the steps (the standalone page's file bar). */
  header?: ReactNode;
}

export interface RunStepProps {
  running: boolean;
  progress: Progress | null;
  /** False once writing has begun: a cancelled run must write nothing, so Cancel ends there. */
  cancellable: boolean;
  onRun(): void;
  onCancel(): void;
}

/** A code's label, or null when no catalogue knows it. */
export type Label = (code: string) => string | null;
export type PickFinding = (item: FindingItem, index: number) => void;
export type Walk = (delta: 1 | -1) => void;

export interface CompatCheckProps {
  /** Runs the check (the host's selfTest), once the clerk has confirmed. */
  onRun(): Promise<SelfTestReport>;
  onClose(): void;
  /** Another action of the pane is in flight. */
  busy: boolean;
}
