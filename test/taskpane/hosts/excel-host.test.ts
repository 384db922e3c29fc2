/// <reference types="office-js" />
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LAW } from "../../../src/core/rules";
import { PLAN_SHEET_NAME, planSheetRows } from "../../../src/core/rules/plan/sheet";
import type { PlanDef } from "../../../src/core/rules/plan/types";
import { PlanRefusedError } from "../../../src/taskpane/host";
import { validCheck } from "../../support/schema";
import { readWorkbook } from "../../../src/excel/read";
import { ExcelHost } from "../../../src/taskpane/hosts/excel-host";
import type { Envelope, Reply, WorkerLike } from "../../../src/taskpane/hosts/protocol";
import { makeHandler } from "../../../src/taskpane/hosts/serve";
import { writeSummary } from "../../../src/taskpane/plan-parts";
import { buildView } from "../../../src/taskpane/view";
import { MockExcel, sheetFromRows } from "../../excel/mock-excel";

const KH2026 = JSON.parse(
  readFileSync(join(__dirname, "../../../plans/kh-2026.json"), "utf8")
) as PlanDef;

function office() {
  return sheetFromRows("Cá nhân", [
    ["BẢNG TỔNG HỢP KẾT QUẢ BÌNH XÉT THI ĐUA NĂM 2025", null, null, null, null],
    ["STT", "Họ và tên", "Chức vụ", "Xếp loại", "Kỷ luật"],
    [1, "Nguyễn Văn An", "Chuyên viên", "Hoàn thành tốt nhiệm vụ", ""],
    [2, "Trần Thị Bình", "Chuyên viên", "Hoàn thành nhiệm vụ", ""],
    [3, "Lê Văn Cường", "Cán sự", "Xuất sắc", "Khiển trách"],
  ]);
}

/** The real worker's handler in-process; messages are structured-cloned both ways, as postMessage does. */
class InProcessWorker implements WorkerLike {
  static started = 0;
  static terminated = 0;
  sent: Envelope[] = [];
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  private alive = true;
  private readonly handle = makeHandler((reply) => {
    const data = structuredClone(reply);
    setTimeout(() => {
      if (this.alive) this.onmessage?.({ data } as MessageEvent<Reply>);
    });
  });
  constructor() {
    InProcessWorker.started++;
  }
  postMessage(m: Envelope): void {
    this.sent.push(m);
    this.handle(structuredClone(m));
  }
  terminate(): void {
    this.alive = false;
    InProcessWorker.terminated++;
  }
}

let workers: InProcessWorker[];
const withWorker = () =>
  new ExcelHost({
    createWorker: () => {
      const w = new InProcessWorker();
      workers.push(w);
      return w;
    },
  });

let mock: MockExcel;
beforeEach(() => {
  workers = [];
  InProcessWorker.terminated = 0;
  mock = new MockExcel([office()]);
  // The host reaches Excel only through Excel.run (src/excel/errors.ts runExcel): point it at the fake.
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: (_: unknown, batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(mock.context),
  };
});
afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

describe("the pane's Excel host", () => {
  it("inspects the workbook: the individuals sheet with its mapped columns and headers", async () => {
    const i = await new ExcelHost().inspect();
    const s = i.sheets.find((x) => x.name === "Cá nhân");
    expect(s?.role).toBe("individuals");
    expect(s?.mapping.name?.columns).toEqual(["B"]);
    expect(s?.mapping.rating?.columns).toEqual(["D"]);
    expect(i.file).toBeNull();
  });

  it("checks with the same result as runCheck on what Excel holds", async () => {
    const host = new ExcelHost();
    const got = await host.check({}, {});
    const ref = validCheck({ grid: await readWorkbook(new MockExcel([office()]).context) });
    expect(got.view).toEqual(buildView(ref.report));
    expect((await got.report()).totals).toEqual(ref.report.totals);
  });

  it("a check cancelled while Excel is read writes nothing", async () => {
    const host = new ExcelHost();
    const ac = new AbortController();
    const pending = host.check({}, { signal: ac.signal });
    ac.abort();
    await expect(pending).rejects.toThrow("cancelled");
    await expect(host.write(["marks"])).rejects.toThrow("Chưa rà soát");
    expect(mock.writes).toEqual([]);
  });

  it("writes the result block beside the office's table, marking its cells only by conditional formats (workbook.md items 1–2)", async () => {
    const host = new ExcelHost();
    await host.check({}, {});
    const out = await host.write(["marks"]);
    expect(out.written).toContain("Cá nhân");
    expect(mock.writes.some((w) => w.sheet === "Cá nhân" && w.area.c0 >= 5)).toBe(true);
    // The office's cells A–E (0-based columns 0–4) get only conditional formats, never values or formats.
    const touched = mock.writes.filter(
      (w) => w.sheet === "Cá nhân" && w.what !== "conditionalFormat"
    );
    expect(touched.every((w) => w.area.c0 >= 5)).toBe(true);
  });

  it("tells the clerk in Vietnamese that an Excel table gets no filter, and how reviewers filter", async () => {
    mock.book.sheets[0].tables.push({ name: "Bang1", area: { r0: 1, c0: 0, r1: 4, c1: 4 } });
    const host = new ExcelHost();
    await host.check({}, {});
    const out = await host.write(["marks"]);
    expect(out.written).toContain("Cá nhân");
    expect(mock.book.sheets[0].autoFilter).toBeNull();
    expect(out.notices).toEqual([
      expect.stringContaining("Trang tính “Cá nhân” là một Bảng (Table)"),
    ]);
  });

  it("in a structure-protected workbook writes the marks, and says the summary could not be added", async () => {
    mock.book.structureProtected = true;
    const host = new ExcelHost();
    await host.check({}, {});
    await host.write(["marks"]);
    const out = await host.write(["summary"]);
    expect(mock.book.sheets.map((s) => s.name)).toEqual(["Cá nhân"]);
    expect(out.notices?.[0]).toMatch(/^Sổ tính đang được bảo vệ cấu trúc.*Đề xuất khen thưởng/);
    const cleared = await host.clear();
    expect(cleared.cleared).toEqual(["Cá nhân"]);
  });

  it("with a worker: checks the grid Excel holds there, and the plan it writes equals runCheck's", async () => {
    const host = withWorker();
    const got = await host.check({}, {});
    expect(workers).toHaveLength(1);
    expect(workers[0].sent.map((m) => m.op)).toEqual(["checkGrid"]);
    const ref = validCheck({ grid: await readWorkbook(new MockExcel([office()]).context) });
    expect(got.view).toEqual(buildView(ref.report));
    expect(got.writes).toEqual(writeSummary(ref.plan));
    expect((await got.report()).totals).toEqual(ref.report.totals);
    const groups = await got.findings.groups({ text: "", verdicts: [], decidingOnly: false });
    expect(groups.reduce((n, g) => n + g.count, 0)).toBeGreaterThan(0);

    // The same marks as a pane-thread check writes: the plan came back from the worker intact.
    await host.write(["marks"]);
    const viaWorker = mock.writes;
    mock = new MockExcel([office()]);
    const plain = new ExcelHost();
    await plain.check({}, {});
    await plain.write(["marks"]);
    expect(viaWorker).toEqual(mock.writes);
    expect(viaWorker.length).toBeGreaterThan(0);
  });

  it("with a worker: inspects there too, with the same sheets as on the pane's thread", async () => {
    const host = withWorker();
    const i = await host.inspect();
    expect(workers[0].sent.map((m) => m.op)).toEqual(["inspectGrid"]);
    expect(i).toEqual(await new ExcelHost().inspect());
  });

  it("with a worker: cancel during the check terminates it and writes nothing", async () => {
    const host = withWorker();
    const ac = new AbortController();
    const pending = host.check(
      {},
      {
        signal: ac.signal,
        onProgress: (p) => {
          if (p.phase === "check") setTimeout(() => ac.abort());
        },
      }
    );
    await expect(pending).rejects.toThrow("cancelled");
    expect(workers[0].sent.map((m) => m.op)).toEqual(["checkGrid"]);
    expect(InProcessWorker.terminated).toBe(1);
    await expect(host.write(["marks"])).rejects.toThrow("Chưa rà soát");
    expect(mock.writes).toEqual([]);
    // The next check starts a new worker.
    await host.check({}, {});
    expect(workers).toHaveLength(2);
  });

  it("falls back to the pane's thread when no worker can be started (old WebView)", async () => {
    const host = new ExcelHost({
      createWorker: () => {
        throw new ReferenceError("Worker is not defined");
      },
    });
    const got = await host.check({}, {});
    expect(host.usesWorker).toBe(false);
    const ref = validCheck({ grid: await readWorkbook(new MockExcel([office()]).context) });
    expect(got.view).toEqual(buildView(ref.report));
    const out = await host.write(["marks"]);
    expect(out.written).toContain("Cá nhân");
  });

  it("falls back to the pane's thread when the worker fails to load", async () => {
    const host = new ExcelHost({
      createWorker: () => {
        const w: WorkerLike = {
          onmessage: null,
          onerror: null,
          postMessage: () =>
            setTimeout(() => w.onerror?.({ message: "blocked by CSP" } as ErrorEvent)),
          terminate: () => undefined,
        };
        return w;
      },
    });
    const got = await host.check({}, {});
    expect(host.usesWorker).toBe(false);
    expect(got.view.totals.individuals).toBe(3);
  });

  it("with a worker: saves settings through the worker's plan, writing only the settings sheet", async () => {
    const host = withWorker();
    await host.saveSettings({ "quota.htxs": "0.3" });
    expect(workers[0].sent.map((m) => m.op)).toEqual(["settingsPlan"]);
    const sheets = new Set(mock.writes.map((w) => w.sheet));
    expect(sheets.has("Cá nhân")).toBe(false);
    expect(sheets.size).toBe(1);
  });
  it("runs the compatibility check through Excel.run, leaving only the office's sheet, and puts a workbook that cannot be asked into the clerk's words", async () => {
    const report = await new ExcelHost().selfTest();
    expect(report.results.filter((r) => r.outcome !== "pass")).toEqual([]);
    expect(report.officeJs).toBeNull();
    expect(mock.book.sheets.map((s) => s.name)).toEqual(["Cá nhân"]);
    mock.failNextSync("InvalidOperationInCellEditMode");
    mock.failNextSync("InvalidOperationInCellEditMode");
    await expect(new ExcelHost().selfTest()).rejects.toThrow(/Ô đang được sửa/);
  });
});

describe("the workbook's plan sheet through the Excel host (issue 16)", () => {
  const rows = () =>
    planSheetRows(KH2026, LAW).map((r) =>
      r.map((v) => (v instanceof Date || (typeof v === "object" && v !== null) ? null : v))
    );
  beforeEach(() => {
    mock = new MockExcel([office(), sheetFromRows(PLAN_SHEET_NAME, rows())]);
  });

  it("inspects: the year's plan in force, the plan sheet found and usable; asked for, the plan sheet is in force", async () => {
    const host = withWorker();
    const before = await host.inspect();
    expect(before.plan).toMatchObject({ id: "kh-2025", version: "2025.1", from: "default" });
    expect(before.plan.title).toMatch(/^Kế hoạch thi đua năm 2025/);
    expect(before.planSheet).toEqual({
      sheet: PLAN_SHEET_NAME,
      id: "kh-2026",
      year: 2026,
      inForce: false,
      mistakes: [],
    });
    const after = await host.inspect({ usePlanSheet: true });
    expect(workers[0].sent.map((m) => [m.op, "usePlanSheet" in m ? m.usePlanSheet : "-"])).toEqual([
      ["inspectGrid", undefined],
      ["inspectGrid", true],
    ]);
    expect(after.plan).toMatchObject({ id: "kh-2026", year: 2026, from: "sheet" });
    expect(after.plan.def.criteria.map((c) => c.code)).toContain("I7");
    expect(after.planSheet?.inForce).toBe(true);
    // The same inspection on the pane's thread.
    expect(after).toEqual(await new ExcelHost().inspect({ usePlanSheet: true }));
  });

  it("checks with the plan sheet when asked, through the worker; “Lưu” stores its hash, so the next pane uses it unasked", async () => {
    const host = withWorker();
    const got = await host.check({}, { usePlanSheet: true });
    expect(workers[0].sent[0]).toMatchObject({ op: "checkGrid", usePlanSheet: true });
    expect((await got.report()).plan?.id).toBe("kh-2026");
    expect((await (await host.check({}, {})).report()).plan?.id).toBe("kh-2025");

    await host.saveSettings({}, { usePlanSheet: true });
    expect(workers[0].sent.at(-1)).toMatchObject({ op: "settingsPlan", usePlanSheet: true });
    const later = await new ExcelHost().inspect();
    expect(later.plan).toMatchObject({ id: "kh-2026", from: "sheet" });
    expect(later.stored["plan.hash"]).toBe(later.plan.hash);
    // Declined: not even the stored confirmation is used.
    const declined = await new ExcelHost().inspect({ usePlanSheet: false });
    expect(declined.plan).toMatchObject({ id: "kh-2025", from: "default" });
  });

  it("a plan for another year is refused as data across the worker, and checks nothing; inspect carries the question", async () => {
    for (const host of [withWorker(), new ExcelHost()]) {
      const refused = await host.check({ year: "2025" }, { usePlanSheet: true }).then(
        () => null,
        (e: unknown) => e
      );
      expect(refused).toBeInstanceOf(PlanRefusedError);
      expect((refused as PlanRefusedError).refusal).toEqual({
        kind: "year",
        id: "kh-2026",
        planYear: 2026,
        year: 2025,
      });
      await expect(host.write(["marks"])).rejects.toThrow("Chưa rà soát");
      const i = await host.inspect({ usePlanSheet: true, overrides: { year: "2025" } });
      expect(i.refusal).toEqual({ kind: "year", id: "kh-2026", planYear: 2026, year: 2025 });
      expect(i.plan.id).toBe("kh-2025");
      expect(i.sheets.find((s) => s.name === "Cá nhân")?.role).toBe("individuals");
    }
    expect(mock.writes).toEqual([]);
  });

  it("a plan sheet with mistakes: listed with their rows; asked for, the check is refused with them", async () => {
    const broken = rows();
    const head = broken.findIndex((r) => r[0] === "Mã");
    const at = broken.findIndex((r, i) => i > head && r[0] === "I5");
    broken[at][6] = "Trắc nghiệm";
    mock = new MockExcel([office(), sheetFromRows(PLAN_SHEET_NAME, broken)]);
    const host = withWorker();
    const i = await host.inspect();
    expect(i.planSheet?.mistakes).toEqual([
      expect.stringMatching(new RegExp(`^Trang “Kế hoạch thi đua”, dòng ${at + 1}: .*Trắc nghiệm`)),
    ]);
    expect(i.planSheet).toMatchObject({ id: "kh-2026", year: 2026, inForce: false });
    const refused = await host.check({}, { usePlanSheet: true }).then(
      () => null,
      (e: unknown) => e as PlanRefusedError
    );
    expect(refused?.refusal).toEqual({
      kind: "mistakes",
      sheet: PLAN_SHEET_NAME,
      mistakes: i.planSheet?.mistakes,
    });
  });
});
