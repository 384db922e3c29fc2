/// <reference types="office-js" />
// Function file named by the manifest's FunctionFile. The only ribbon button opens the task pane
// (ShowTaskpane), which needs no code; Office still loads this page, and it must call onReady.
Office.onReady(() => undefined);
