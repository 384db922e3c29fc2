/** A PaneHost that records what the pane asked, for component tests. */
import { kh2025 } from "../../src/core/rules";
import type {
  CheckResult,
  ClearOutcome,
  InspectOptions,
  Inspection,
  PaneHost,
  RunOptions,
  WriteOutcome,
  WritePart,
} from "../../src/taskpane/host";
import { CancelledError } from "../../src/taskpane/host";
import { buildView, flattenFindings, localFindings } from "../../src/taskpane/view";
import { sampleReport } from "./report-fixture";

export const inspection: Inspection = {
  file: null,
  checkable: true,
  stored: {},
  plan: {
    ...kh2025.plan,
    title: kh2025.title.vi,
    from: "default",
    def: kh2025.planDef,
  },
  planSheet: null,
  sheets: [
    {
      name: "Cá nhân",
      role: "individuals",
      headerRows: [5, 6],
      dataRows: 3,
      protected: false,
      headers: [
        { col: "B", header: "Họ và tên" },
        { col: "C", header: "Chức vụ" },
        { col: "F", header: "Xếp loại" },
        { col: "H", header: "Sáng kiến" },
        { col: "I", header: "Ghi chú" },
      ],
      mapping: {
        name: { columns: ["B"], header: "Họ và tên", confidence: 1 },
        position: { columns: ["C"], header: "Chức vụ", confidence: 1 },
        rating: { columns: ["F"], header: "Xếp loại", confidence: 0.6 },
      },
    },
    {
      name: "DANHMUC",
      role: "ignored",
      headerRows: [],
      dataRows: 0,
      protected: false,
      headers: [],
      mapping: {},
    },
  ],
};

export class FakeHost implements PaneHost {
  readonly kind = "excel" as const;
  calls: { op: string; args: unknown[] }[] = [];
  /** When set, check waits for this promise (to test Cancel). */
  gate: Promise<void> | null = null;

  async inspect(opts: InspectOptions = {}): Promise<Inspection> {
    this.calls.push({ op: "inspect", args: [opts] });
    return inspection;
  }

  async check(overrides: Record<string, string>, opts: RunOptions = {}): Promise<CheckResult> {
    this.calls.push({ op: "check", args: [overrides, opts] });
    opts.onProgress?.({ phase: "read" });
    if (this.gate) {
      await new Promise<void>((resolve, reject) => {
        opts.signal?.addEventListener("abort", () => reject(new CancelledError()));
        void this.gate?.then(resolve);
      });
    }
    const report = sampleReport();
    return {
      checkable: true,
      view: buildView(report),
      findings: localFindings(flattenFindings(report)),
      writes: { checked: [], sheets: [], remove: [] },
      report: () => Promise.resolve(report),
    };
  }

  async write(parts: WritePart[]): Promise<WriteOutcome> {
    this.calls.push({ op: "write", args: [parts] });
    return {
      written: parts.includes("summary") ? ["Đề xuất khen thưởng"] : ["Cá nhân"],
      refused: [],
      removed: [],
    };
  }

  async clear(): Promise<ClearOutcome> {
    this.calls.push({ op: "clear", args: [] });
    return { cleared: ["Cá nhân"], removedSheets: ["Đề xuất khen thưởng"], keptSheets: [] };
  }

  async saveSettings(entries: Record<string, string>): Promise<void> {
    this.calls.push({ op: "saveSettings", args: [entries] });
  }

  async applyFilter(): Promise<void> {
    this.calls.push({ op: "applyFilter", args: [] });
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.calls.push({ op: "select", args: [sheet, cell] });
  }

  ops(): string[] {
    return this.calls.map((c) => c.op);
  }
}
