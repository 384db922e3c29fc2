/** The worker's side of protocol.ts: one session, requests handled in order. Free of worker globals so tests can
 * wire it to an in-process channel. Findings and the report are served from whichever check ran last: the
 * .xlsx session's (standalone page) or the grid's (Excel pane). The grid ops never touch exceljs, so the add-in
 * runs this same worker without exceljs in front of it (webpack.web.js). */
import { XlsxInputError } from "../../xlsx/errors";
import { PlanRefusedError } from "../host";
import type { FindingSource } from "../view";
import { GridChecks } from "./grid-check";
import type { Envelope, Reply, Request } from "./protocol";
import { WorkbookSession } from "./session";

export function makeHandler(post: (reply: Reply, transfer?: Transferable[]) => void) {
  let session: WorkbookSession | null = null;
  let queue: Promise<void> = Promise.resolve();
  const grid = new GridChecks();
  let results: { findings: FindingSource; reportJson(): string } | null = null;
  const checked = () => results ?? need();
  const need = (): WorkbookSession => {
    if (!session) throw new Error("No workbook is open");
    return session;
  };
  const handle = async (m: Envelope): Promise<void> => {
    try {
      let value: unknown = null;
      const transfer: Transferable[] = [];
      switch (m.op) {
        case "open":
          session = null;
          results = null;
          session = await WorkbookSession.open(m.bytes, m.file);
          break;
        case "inspect":
          value = await need().inspect(m.lang, planChoice(m), m.overrides);
          break;
        case "check":
          value = await need().check({
            overrides: m.overrides,
            lang: m.lang,
            ...planChoice(m),
            onPhase: (phase) => post({ id: m.id, progress: phase }),
          });
          results = session;
          break;
        case "inspectGrid":
          value = grid.inspect(m.grid, gridArgs(m));
          break;
        case "checkGrid":
          value = grid.check(m.grid, gridArgs(m));
          results = grid;
          break;
        case "settingsPlan":
          value = grid.settingsPlan(m.grid, gridArgs(m));
          break;
        case "write":
          value = await need().write(m.parts, m.lang);
          break;
        case "saveSettings":
          await need().saveSettings(m.entries, m.lang, planChoice(m));
          break;
        case "clear":
          value = await need().clear();
          break;
        case "findingGroups":
          value = await checked().findings.groups(m.filter);
          break;
        case "findingItems":
          value = await checked().findings.items(m.filter, m.code, m.offset, m.limit);
          break;
        case "report":
          value = checked().reportJson();
          break;
        case "output": {
          const out = await need().output(m.lang);
          // A copy, so the session keeps its own bytes after the buffer is transferred.
          const bytes = out.bytes.slice();
          transfer.push(bytes.buffer);
          value = { bytes, name: out.name };
          break;
        }
      }
      post({ id: m.id, ok: true, value }, transfer);
    } catch (e) {
      const lang = "lang" in m ? m.lang : "vi";
      const error =
        e instanceof XlsxInputError
          ? e.describe(session?.file ?? ("file" in m ? m.file : ""), lang)
          : e instanceof Error
            ? e.message
            : String(e);
      post(
        e instanceof PlanRefusedError
          ? { id: m.id, ok: false, error, refusal: e.refusal }
          : { id: m.id, ok: false, error }
      );
    }
  };
  return (m: Envelope): void => {
    queue = queue.then(() => handle(m));
  };
}

function planChoice(m: { ruleSetId?: string; usePlanSheet?: boolean }) {
  return { ruleSetId: m.ruleSetId, usePlanSheet: m.usePlanSheet };
}

function gridArgs(m: Extract<Request, { op: "inspectGrid" | "checkGrid" | "settingsPlan" }>) {
  return { overrides: m.overrides ?? {}, lang: m.lang, ...planChoice(m) };
}
