/** Layout of the pane and the page: plain CSS injected once (no CSS loader in the build, no web fonts). */
const CSS = `
.pane { padding: 12px 14px 24px; max-width: 980px; margin: 0 auto; box-sizing: border-box; }
.pane-header { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.pane .subtitle { margin: 2px 0 10px; opacity: .8; }
.pane .notices { display: flex; flex-direction: column; gap: 6px; margin: 8px 0; }
.pane .step-body { padding-top: 10px; }
.pane .step { display: flex; flex-direction: column; gap: 10px; }
.pane .actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 6px 0; }
.pane .sheet-list { margin: 0; padding-left: 18px; }
.pane .sheet-mapping { margin-top: 6px; }
.pane .group { border: 1px solid rgba(128,128,128,.35); border-radius: 6px; padding: 8px 12px; display: flex; flex-direction: column; gap: 8px; }
.pane .group legend { font-weight: 600; padding: 0 4px; }
.pane .note { opacity: .75; margin-left: 28px; }
.pane .warn { color: #9c0006; }
.pane .count-tables { display: flex; flex-wrap: wrap; gap: 16px; }
.pane .counts { max-width: 320px; }
.pane caption { text-align: left; font-weight: 600; padding: 4px 0; }
.pane .num { text-align: right; font-variant-numeric: tabular-nums; }
.pane .quota-controls { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; margin-top: 8px; }
.pane .filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; }
.pane .findings { margin: 0; padding-left: 16px; display: flex; flex-direction: column; gap: 4px; }
.pane .findings li[data-verdict="gap"] { border-left: 3px solid #ffc7ce; padding-left: 6px; list-style: none; }
.pane .findings li[data-verdict="unknown"] { border-left: 3px solid #ffeb9c; padding-left: 6px; list-style: none; }
.pane .problems { margin: 0; padding-left: 16px; }
.drop-zone { border: 2px dashed rgba(128,128,128,.6); border-radius: 8px; padding: 18px; text-align: center; margin: 10px 0; }
.drop-zone.over { border-color: #0f6cbd; background: rgba(15,108,189,.06); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;

export function injectStyles(doc: Document = document): void {
  if (doc.getElementById("thidua-styles")) return;
  const el = doc.createElement("style");
  el.id = "thidua-styles";
  el.textContent = CSS;
  doc.head.appendChild(el);
}
