/** The standalone page's host with the real worker handler in-process (messages structured-cloned as postMessage
 * does): the clerk's answer about the plan sheet travels the protocol to runCheck (issue 16). */
import ExcelJS from "exceljs";
import type { CellValue, WorkbookGrid } from "../../../src/core/grid";
import { PlanRefusedError } from "../../../src/taskpane/host";
import { FileHost } from "../../../src/taskpane/hosts/file-host";
import type { Envelope, Reply, WorkerLike } from "../../../src/taskpane/hosts/protocol";
import { makeHandler } from "../../../src/taskpane/hosts/serve";
import { department, planSheet } from "../grid-host";

jest.setTimeout(60_000);

class InProcessWorker implements WorkerLike {
  static sent: Envelope[] = [];
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  private readonly handle = makeHandler((reply) => {
    const data = structuredClone(reply);
    setTimeout(() => this.onmessage?.({ data } as MessageEvent<Reply>));
  });
  postMessage(m: Envelope): void {
    InProcessWorker.sent.push(m);
    this.handle(structuredClone(m));
  }
  terminate(): void {}
}

/** The grid as an .xlsx file (values only). */
async function xlsx(grid: WorkbookGrid): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of grid.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((r: CellValue[], i) =>
      r.forEach((v, j) => {
        if (v !== null && typeof v !== "object") ws.getCell(i + s.top, j + s.left).value = v;
      })
    );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function open(): Promise<FileHost> {
  const grid = department();
  grid.sheets.push(planSheet());
  return new FileHost(await xlsx(grid), "phong.xlsx", {
    createWorker: () => new InProcessWorker(),
    saveFile: () => undefined,
  });
}

const sentOps = () =>
  InProcessWorker.sent
    .filter((m) => m.op !== "open" && m.op !== "output")
    .map((m) => [m.op, "usePlanSheet" in m ? m.usePlanSheet : "-"]);

beforeEach(() => (InProcessWorker.sent = []));

describe("the standalone page's host and the workbook's plan sheet", () => {
  it("offers the plan sheet, checks with it when asked, and “Lưu” keeps it confirmed in the file", async () => {
    const host = await open();
    const first = await host.inspect({ lang: "vi" });
    expect(first.plan).toMatchObject({ id: "kh-2025", from: "default" });
    expect(first.planSheet).toMatchObject({ id: "kh-2026", year: 2026, inForce: false });
    const confirmed = await host.inspect({ lang: "vi", usePlanSheet: true });
    expect(confirmed.plan).toMatchObject({ id: "kh-2026", from: "sheet" });
    const checked = await host.check({}, { lang: "vi", usePlanSheet: true });
    expect((await checked.report()).plan?.id).toBe("kh-2026");
    await host.saveSettings({}, { lang: "vi", usePlanSheet: true });
    expect(sentOps()).toEqual([
      ["inspect", undefined],
      ["inspect", true],
      ["check", true],
      ["report", "-"],
      ["saveSettings", true],
    ]);
    // The saved file, inspected unasked: the plan sheet is in force by the hash the settings sheet stores.
    const later = await host.inspect({ lang: "vi" });
    expect(later.plan).toMatchObject({ id: "kh-2026", from: "sheet" });
    host.dispose();
  });

  it("refuses a plan for another year with the refusal as data, and inspects with the question", async () => {
    const host = await open();
    const refused = await host.check({ year: "2025" }, { lang: "vi", usePlanSheet: true }).then(
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
    const i = await host.inspect({ lang: "vi", usePlanSheet: true, overrides: { year: "2025" } });
    expect(i.refusal).toMatchObject({ kind: "year", planYear: 2026 });
    expect(InProcessWorker.sent.find((m) => m.op === "inspect")).toMatchObject({
      usePlanSheet: true,
      overrides: { year: "2025" },
    });
    host.dispose();
  });
});
