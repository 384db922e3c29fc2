/// <reference types="office-js" />
// Placeholder task pane: proves that office.js, React 19 and Fluent UI v9 load and render together
// in the bundle. The real pane replaces the body of render() (see design.md: src/taskpane).
import { createRoot } from "react-dom/client";
import { FluentProvider, Title2, webLightTheme } from "@fluentui/react-components";

// The add-in's name (manifest DisplayName, vi-VN); the real pane takes its texts from a vi/en catalogue.
const ADDIN_NAME = "Rà soát thi đua";

function render(container: HTMLElement): void {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Title2 as="h1">{ADDIN_NAME}</Title2>
    </FluentProvider>
  );
}

// Office.onReady also resolves outside Office (host null), so the page can be opened in a browser.
Office.onReady(() => {
  const container = document.getElementById("container");
  if (container) render(container);
});
