/** Messages between the standalone page and its Web Worker (session.ts does the work). */
import type { Lang } from "../../core/i18n/types";
import type { ClearOutcome, Inspection, Phase, WriteOutcome, WritePart } from "../host";
import type { FindingFilter, FindingGroupSummary, FindingItem } from "../view";
import type { SessionCheck } from "./session";

export type Request =
  | { op: "open"; bytes: Uint8Array; file: string }
  | { op: "inspect"; lang: Lang; ruleSetId?: string }
  | { op: "check"; overrides: Record<string, string>; lang: Lang; ruleSetId?: string }
  | { op: "write"; parts: WritePart[]; lang: Lang }
  | { op: "saveSettings"; entries: Record<string, string>; lang: Lang; ruleSetId?: string }
  | { op: "clear"; lang: Lang }
  | { op: "output"; lang: Lang }
  | { op: "report" }
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
}

export type Envelope = { id: number } & Request;

export type Reply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string }
  | { id: number; progress: Phase };

/** What the page needs of a worker; tests pass an in-process one. */
export interface WorkerLike {
  postMessage(message: Envelope, transfer?: Transferable[]): void;
  onmessage: ((ev: MessageEvent<Reply>) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
  terminate(): void;
}
