/// <reference types="office-js" />
/**
 * The real Office.js client library, for request sizes as Office.js serializes them (issue 13, item 3).
 *
 * The shipped npm copy of Excel on the web's host script (`@microsoft/office-js/dist/excel-web-16.00.js`) is loaded
 * in a Node `vm` context — no network, no browser — and an `Excel.RequestContext` gets a request executor that
 * records the serialized body of every request (JSON, counted in UTF-8 bytes) and answers it from the strict fake
 * (test/excel/mock-excel.ts): each object path is resolved to the fake's object (a property, an indexer, a method),
 * each action is replayed on it (instantiate, query, method, set property), the fake syncs, and the results go back
 * in Office.js's response format (PascalCase properties, `_Items` with an `_Id` per item, null for a null object).
 * A request over 5 MB is refused with RequestPayloadSizeLimitExceeded, as Excel on the web does, executing nothing.
 * Reading a property that was not loaded throws, as it does in Office.js itself (its own client objects are used).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as vm from "node:vm";
import { utf8Length } from "../src/excel/batch";
import { MockExcel } from "../test/excel/mock-excel";

export const REQUEST_LIMIT = 5_000_000;

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[] };
}

interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

interface ExecutorResponse {
  ErrorCode: string | null;
  ErrorMessage?: string;
  HttpStatusCode?: number;
  Headers: Record<string, string>;
  Body: { Results: { ActionId: number; Value: unknown }[] } | null;
}

/** Any object of the fake (its proxies are dynamic: the harness reaches members by name). */
type FakeAny = Record<string, unknown> & {
  kind?: string;
  loaded?: Map<string, unknown>;
  resolve?: () => unknown;
};

let library: { Excel: typeof Excel } | null = null;

/** Excel on the web's Office.js, loaded once per process in a sandbox with the few browser globals it looks at. */
function officeJs(): { Excel: typeof Excel } {
  if (library) return library;
  const dist = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  const source = readFileSync(join(dist, "excel-web-16.00.js"), "utf8");
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    navigator: { userAgent: "node" },
    location: { href: "https://localhost/taskpane.html", search: "", hash: "", protocol: "https:" },
    document: {
      readyState: "complete",
      cookie: "",
      getElementsByTagName: () => [],
      createElement: () => ({ setAttribute: () => undefined, style: {} }),
      addEventListener: () => undefined,
      documentElement: {},
      head: { appendChild: () => undefined },
    },
    addEventListener: () => undefined,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(source, sandbox, { filename: "excel-web-16.00.js" });
  library = { Excel: sandbox.Excel as typeof Excel };
  return library;
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The response bytes of a result, as JSON in UTF-8. */
function bytesOf(v: unknown): number {
  const json = JSON.stringify(v);
  return json === undefined ? 0 : utf8Length(json);
}

export class OfficeJsHarness {
  readonly context: Excel.RequestContext;
  /** Serialized size of every request executed (refused ones included), in order. */
  readonly requests: number[] = [];
  /** Size of every response. */
  readonly responses: number[] = [];
  refusals = 0;
  private readonly objects = new Map<number, FakeAny>();
  private readonly handles = new Map<string, FakeAny>();
  private nextHandle = 1;

  constructor(readonly mock: MockExcel) {
    // The harness measures real bytes itself; the fake's own estimate must not refuse first.
    mock.limit = Number.POSITIVE_INFINITY;
    const { Excel: X } = officeJs();
    const context = new X.RequestContext();
    const internal = context as unknown as Record<string, unknown>;
    internal.m_requestUrlAndHeaderInfo = { url: "https://localhost/fake", headers: {} };
    internal._requestExecutor = {
      executeAsync: (_custom: unknown, _flags: number, message: { Body: RequestBody }) =>
        this.execute(message.Body),
    };
    this.context = context;
  }

  get totalBytes(): number {
    return this.requests.reduce((a, b) => a + b, 0);
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.requests);
  }

  private async execute(body: RequestBody): Promise<ExecutorResponse> {
    const size = utf8Length(JSON.stringify(body));
    this.requests.push(size);
    if (size > REQUEST_LIMIT) {
      this.refusals++;
      return {
        ErrorCode: "RequestPayloadSizeLimitExceeded",
        ErrorMessage: "The request payload size has exceeded the limit.",
        HttpStatusCode: 413,
        Headers: {},
        Body: null,
      };
    }
    const results: { ActionId: number; Value: unknown }[] = [];
    const after: (() => void)[] = [];
    try {
      for (const action of body.Actions) {
        const target = this.resolve(action.ObjectPathId, body.ObjectPaths);
        const args = action.ArgumentInfo?.Arguments ?? [];
        switch (action.ActionType) {
          case 1: {
            // Instantiate: the client learns whether the object exists, at this point of the request
            let exists: unknown = {};
            this.mock.enqueue(0, () => (exists = this.exists(target)));
            after.push(() => results.push({ ActionId: action.Id, Value: exists }));
            break;
          }
          case 2: {
            // Query (load)
            const select = action.QueryInfo?.Select ?? [];
            const collection = this.isCollection(target);
            const paths = collection ? select.map((p) => `items/${p}`) : select;
            (target.load as (s: string) => void)(paths.length ? paths.join(",") : "");
            after.push(() =>
              results.push({ ActionId: action.Id, Value: this.value(target, select, collection) })
            );
            break;
          }
          case 3: {
            // Method; Office.js's own checks (_ValidateArraySize …) have nothing to check in the fake
            if (action.Name.startsWith("_")) break;
            const method = target[lowerFirst(action.Name)];
            if (typeof method !== "function") {
              throw new Error(`the fake has no method ${action.Name} on ${String(target.kind)}`);
            }
            // Arguments that are client objects (a Range given to AutoFilter.apply) are object path ids.
            const refs = action.ArgumentInfo?.ReferencedObjectPathIds;
            const actual = refs ? this.objectArgs(args, refs, body.ObjectPaths) : args;
            (method as (...a: unknown[]) => unknown).apply(target, trimNulls(actual));
            break;
          }
          case 4: // SetProperty
            target[lowerFirst(action.Name)] = args[0];
            break;
          default:
            break;
        }
      }
      await this.mock.sync();
    } catch (e) {
      const code = (e as { code?: string }).code ?? "GeneralException";
      return {
        ErrorCode: code,
        ErrorMessage: (e as Error).message,
        HttpStatusCode: 400,
        Headers: {},
        Body: null,
      };
    }
    for (const f of after) f();
    const response = { Results: results };
    this.responses.push(bytesOf(response));
    return { ErrorCode: null, Headers: {}, Body: response };
  }

  /** The fake object an object path stands for (resolved once per path id: a path resent later is the same object). */
  private resolve(id: number, paths: Record<string, ObjectPathInfo>): FakeAny {
    const known = this.objects.get(id);
    if (known) return known;
    const info = paths[String(id)];
    if (!info)
      throw Object.assign(new Error(`unknown object path ${id}`), { code: "InvalidObjectPath" });
    const args = trimNulls(info.ArgumentInfo?.Arguments ?? []);
    let obj: FakeAny;
    if (info.ObjectPathType === 1) {
      obj = this.mock.context.workbook as unknown as FakeAny;
    } else {
      const parent = this.resolve(info.ParentObjectPathId as number, paths);
      if (info.ObjectPathType === 4) obj = parent[lowerFirst(info.Name)] as FakeAny;
      else if (info.ObjectPathType === 5) {
        const handle = typeof args[0] === "string" ? this.handles.get(args[0]) : undefined;
        obj = handle ?? (parent.getItem as (k: unknown) => FakeAny)(args[0]);
      } else if (info.ObjectPathType === 3) {
        const method = parent[lowerFirst(info.Name)];
        if (typeof method !== "function") {
          throw new Error(`the fake has no method ${info.Name} on ${String(parent.kind)}`);
        }
        const refs = info.ArgumentInfo?.ReferencedObjectPathIds ?? [];
        obj = (method as (...a: unknown[]) => FakeAny).apply(
          parent,
          this.objectArgs(args, refs, paths)
        );
      } else {
        throw Object.assign(new Error(`object path type ${info.ObjectPathType}`), {
          code: "InvalidObjectPath",
        });
      }
    }
    if (obj === undefined) throw new Error(`the fake has no ${info.Name}`);
    this.objects.set(id, obj);
    return obj;
  }

  /** Arguments that are client objects arrive as the ids of their object paths (ReferencedObjectPathIds); the others
   * have 0 there (path ids start at 1). */
  private objectArgs(
    args: unknown[],
    refs: (number | null)[],
    paths: Record<string, ObjectPathInfo>
  ): unknown[] {
    return args.map((a, i) => {
      const ref = refs[i];
      return typeof ref === "number" && ref > 0 ? this.resolve(ref, paths) : a;
    });
  }

  private isCollection(obj: FakeAny): boolean {
    return typeof obj.kind === "string" && obj.kind.endsWith("Collection");
  }

  /** An instantiated object's result: null when it turned out null, as Excel answers. */
  private exists(obj: FakeAny): unknown {
    if (typeof obj.resolve !== "function") return {};
    return obj.resolve() === null ? null : {};
  }

  /** A loaded object (or collection) in Office.js's response format. */
  private value(obj: FakeAny, select: string[], collection: boolean): unknown {
    if (collection) {
      const items = obj.items as FakeAny[];
      return {
        _Items: items.map((item) => {
          const handle = `h${this.nextHandle++}`;
          this.handles.set(handle, item);
          return { ...(this.value(item, select, false) as object), _Id: handle };
        }),
      };
    }
    const loaded = obj.loaded as Map<string, unknown>;
    if (loaded.get("isNullObject") === true) return null;
    const out: Record<string, unknown> = {};
    const nested = new Map<string, string[]>();
    for (const path of select) {
      const [head, ...rest] = path.split("/");
      if (rest.length === 0) out[upperFirst(head)] = loaded.get(head);
      else nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
    }
    for (const [head, sub] of nested) {
      const child = obj[head] as FakeAny;
      out[upperFirst(head)] = this.value(child, sub, this.isCollection(child));
    }
    return out;
  }
}

/** Office.js sends optional arguments it was not given as trailing nulls; the fake's defaults want them absent. */
function trimNulls(args: unknown[]): unknown[] {
  let end = args.length;
  while (end > 0 && (args[end - 1] === null || args[end - 1] === undefined)) end--;
  return args.slice(0, end);
}
