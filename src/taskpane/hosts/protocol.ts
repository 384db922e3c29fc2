/** Which plan a request asks for: a shipped rule set by id, and the clerk's answer about the plan sheet. */
interface PlanChoice {
  ruleSetId?: string;
  usePlanSheet?: boolean;
}

/** Messages between a pane and its Web Worker: the standalone page sends an .xlsx (session.ts does the work), the
 * Excel pane sends the grid it read with Office.js (the *Grid ops and settingsPlan, grid-check.ts). */
import type { WorkbookGrid } from "../../core/grid";
import type { Lang } from "../../core/i18n/types";
import type { WritePlan } from "../../core/render/plan";
import type {
  ClearOutcome,
  Inspection,
  Phase,
  PlanRefusal,
  WriteOutcome,
  WritePart,
} from "../host";
import type { FindingFilter, FindingGroupSummary, FindingItem } from "../view";
import type { GridCheck } from "./grid-check";
import type { SessionCheck } from "./session";

export type Request =
  | { op: "open"; bytes: Uint8Array; file: string }
  | ({ op: "inspect"; lang: Lang; overrides?: Record<string, string> } & PlanChoice)
  | ({ op: "check"; overrides: Record<string, string>; lang: Lang } & PlanChoice)
  | { op: "write"; parts: WritePart[]; lang: Lang }
  | ({ op: "saveSettings"; entries: Record<string, string>; lang: Lang } & PlanChoice)
  | { op: "clear"; lang: Lang }
  | { op: "output"; lang: Lang }
  | { op: "report" }
  | ({
      op: "inspectGrid";
      grid: WorkbookGrid;
      lang: Lang;
      overrides?: Record<string, string>;
    } & PlanChoice)
  | ({
      op: "checkGrid";
      grid: WorkbookGrid;
      overrides: Record<string, string>;
      lang: Lang;
    } & PlanChoice)
  | ({
      op: "settingsPlan";
      grid: WorkbookGrid;
      overrides: Record<string, string>;
      lang: Lang;
    } & PlanChoice)
  | { op: "findingGroups"; filter: FindingFilter }
  | { op: "findingItems"; filter: FindingFilter; code: string; offset: number; limit: number };

export interface Replies {
  open: null;
  inspect: Inspection;
  check: SessionCheck;
  write: WriteOutcome;
  saveSettings: null;
  clear: ClearOutcome;
  output: { bytes: Uint8Array; name: string };
  report: string;
  findingGroups: FindingGroupSummary[];
  findingItems: FindingItem[];
  inspectGrid: Inspection;
  checkGrid: GridCheck;
  settingsPlan: WritePlan;
}

export type Envelope = { id: number } & Request;

export type Reply =
  | { id: number; ok: true; value: unknown }
  /** `refusal`: the plan asked for was refused (host.ts PlanRefusedError), as data. */
  | { id: number; ok: false; error: string; refusal?: PlanRefusal }
  | { id: number; progress: Phase };

/** What the page needs of a worker; tests pass an in-process one. */
export interface WorkerLike {
  postMessage(message: Envelope, transfer?: Transferable[]): void;
  onmessage: ((ev: MessageEvent<Reply>) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
  terminate(): void;
}
