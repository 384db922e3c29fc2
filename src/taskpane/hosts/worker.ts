/// <reference lib="webworker" />
/** The standalone page's Web Worker: reads, checks and writes the .xlsx off the page's thread (design.md). It is
 * built as its own bundle and inlined into the page as a Blob URL, so the page also works from file://. */
import { makeHandler } from "./serve";
import type { Envelope } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = makeHandler((reply, transfer) => scope.postMessage(reply, transfer ?? []));
scope.onmessage = (ev: MessageEvent<Envelope>) => handle(ev.data);
