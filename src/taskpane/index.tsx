/// <reference types="office-js" />
/**
 * The task pane inside Excel: waits for Office.onReady, then renders the pane over the Excel host in a
 * FluentProvider that follows Office's theme. Opened in a plain browser (host null) it says to use the
 * standalone page instead, since there is no workbook to check. The check's Web Worker is the standalone page's
 * worker module without exceljs (webpack.config.js), inlined as text and started from a Blob URL.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { createRoot } from "react-dom/client";
import type { Lang } from "../core/i18n/types";
import { Pane } from "./components/Pane";
import workerSource from "thidua-addin-worker-source";
import { ExcelHost } from "./hosts/excel-host";
import type { WorkerLike } from "./hosts/protocol";
import { paneEn, paneVi } from "./i18n";
import { injectStyles } from "./styles";
import { themeFor } from "./theme";

let workerUrl: string | null = null;

/** Throws where the WebView has no Worker or refuses Blob URLs: the host then checks on the pane's thread. */
function createWorker(): WorkerLike {
  workerUrl ??= URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
  return new Worker(workerUrl) as unknown as WorkerLike;
}

function App(props: { host: ExcelHost; background: string | null }) {
  // Vietnamese by default, whatever Office's own language: the clerk switches in the pane.
  const [lang, setLang] = useState<Lang>("vi");
  return (
    <FluentProvider theme={themeFor(props.background)}>
      <Pane host={props.host} lang={lang} onLangChange={setLang} />
    </FluentProvider>
  );
}

Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) return;
  injectStyles();
  const root = createRoot(container);
  if (info.host !== Office.HostType.Excel) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <p lang="vi">{paneVi["app.notInExcel"]}</p>
        <p lang="en">{paneEn["app.notInExcel"]}</p>
      </FluentProvider>
    );
    return;
  }
  const background = Office.context.officeTheme?.bodyBackgroundColor ?? null;
  root.render(<App host={new ExcelHost({ createWorker })} background={background} />);
});
