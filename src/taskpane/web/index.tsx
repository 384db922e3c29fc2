/**
 * Entry of the standalone page (dist/web/index.html). The worker bundle is inlined as text by the build
 * (webpack.config.js: asset/source) and started from a Blob URL, so the page works opened from disk (file://).
 */
import { createRoot } from "react-dom/client";
import workerSource from "thidua-worker-source";
import { WebApp } from "../components/WebApp";
import type { WorkerLike } from "../hosts/protocol";
import { injectStyles } from "../styles";

let workerUrl: string | null = null;

function createWorker(): WorkerLike {
  workerUrl ??= URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
  return new Worker(workerUrl) as unknown as WorkerLike;
}

function saveFile(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as unknown as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const container = document.getElementById("container");
if (container) {
  injectStyles();
  createRoot(container).render(<WebApp createWorker={createWorker} saveFile={saveFile} />);
}
