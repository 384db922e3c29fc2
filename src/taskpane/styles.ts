/** Layout of the pane and the page: plain CSS injected once (no CSS loader in the build, no web fonts). */
const CSS = `
.pane { padding: 12px 14px 24px; max-width: 980px; margin: 0 auto; box-sizing: border-box; }
.pane-header { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.pane .subtitle { margin: 2px 0 10px; opacity: .8; }
.pane .notices { display: flex; flex-direction: column; gap: 6px; margin: 8px 0; }
.pane .steps { flex-wrap: wrap; }
.pane .step-body { padding-top: 10px; }
.pane .step { display: flex; flex-direction: column; gap: 10px; }
.pane .actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 6px 0; }
.pane .sheet-list { margin: 0; padding-left: 18px; }
.pane .sheet-mapping { margin-top: 6px; }
.pane .group { border: 1px solid rgba(128,128,128,.35); border-radius: 6px; padding: 8px 12px; display: flex; flex-direction: column; gap: 8px; }
.pane .group legend { font-weight: 600; padding: 0 4px; }
.pane .note { opacity: .75; margin-left: 28px; }
.pane .warn { color: #9c0006; }
.pane caption { text-align: left; font-weight: 600; padding: 4px 0; }
.pane .num { text-align: right; font-variant-numeric: tabular-nums; }
.pane .summary { display: flex; flex-direction: column; gap: 6px; }
.pane .cards { list-style: none; margin: 2px 0 0; padding: 0; display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 6px; }
.pane .card { border: 1px solid rgba(128,128,128,.35); border-radius: 6px; padding: 4px 6px; display: flex; flex-direction: column; min-width: 0; }
.pane .card-num { font-size: 20px; font-weight: 600; line-height: 26px; font-variant-numeric: tabular-nums; }
.pane .card-label { font-size: 12px; line-height: 15px; overflow-wrap: anywhere; }
.pane .card[data-outcome="gaps"] { border-left: 4px solid #c50f1f; }
.pane .card[data-outcome="needs_info"] { border-left: 4px solid #bc4b09; }
.pane .card[data-outcome="eligible"] { border-left: 4px solid #107c10; }
.pane table.stack { border-collapse: collapse; width: 100%; font-size: 13px; }
.pane table.stack th, .pane table.stack td { padding: 3px 6px; border-bottom: 1px solid rgba(128,128,128,.25); vertical-align: top; }
.pane table.stack th { text-align: left; font-weight: 600; }
.pane .quota-controls { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: flex-end; margin-top: 8px; }
.pane .filters { display: grid; grid-template-columns: 1fr 1fr; gap: 6px 10px; align-items: end; }
.pane .filters .filter-text, .pane .filters .fui-Checkbox { grid-column: 1 / -1; }
.pane .navigator { border: 1px solid rgba(128,128,128,.35); border-radius: 6px; padding: 6px 8px; margin: 6px 0; }
.pane .nav-bar { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.pane .nav-pos { text-align: center; flex: 1; font-size: 13px; }
.pane .nav-current { margin-top: 6px; border-left: 3px solid #ffc7ce; padding-left: 6px; }
.pane .nav-current[data-verdict="unknown"] { border-left-color: #ffeb9c; }
.pane .findings { margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 2px; }
.pane .findings li[data-verdict="gap"] { border-left: 3px solid #ffc7ce; padding-left: 4px; }
.pane .findings li[data-verdict="unknown"] { border-left: 3px solid #ffeb9c; padding-left: 4px; }
.pane button.finding { all: unset; box-sizing: border-box; display: block; width: 100%; padding: 2px 4px; cursor: pointer; font-size: 13px; line-height: 18px; border-radius: 4px; }
.pane button.finding:hover { background: rgba(15,108,189,.06); }
.pane button.finding:focus-visible { outline: 2px solid #0f6cbd; outline-offset: 1px; }
.pane button.finding.current { background: rgba(15,108,189,.12); }
.pane button.finding .where { font-weight: 600; color: #0f6cbd; }
.pane .problems { margin: 0; padding-left: 16px; }
.pane .cost { border-left: 3px solid #ffeb9c; padding-left: 6px; }
.pane .field-list { list-style: none; margin: 4px 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.pane .field-row { display: flex; flex-direction: column; gap: 2px; }
.pane .field-head { display: flex; justify-content: space-between; align-items: center; gap: 6px; }
.pane .field-row .fui-Select, .pane .field-row select { width: 100%; min-width: 0; }
.pane .more-fields > summary { cursor: pointer; padding: 4px 0; font-weight: 600; }
.pane .plan-in-force { border-left: 3px solid #0f6cbd; padding-left: 8px; overflow-wrap: anywhere; }
.pane .plan-sheet { border: 1px solid rgba(128,128,128,.35); border-radius: 6px; padding: 8px 10px; display: flex; flex-direction: column; gap: 4px; overflow-wrap: anywhere; }
.pane .plan-mistakes { margin: 2px 0 0; padding-left: 18px; overflow-wrap: anywhere; }
.pane .plan-question { margin: 8px 0; overflow-wrap: anywhere; }
.pane .pane-footer { margin-top: 18px; padding-top: 8px; border-top: 1px solid rgba(128,128,128,.25); }
.pane .compat-facts { margin: 0; padding-left: 18px; overflow-wrap: anywhere; }
.pane .compat-table tr[data-outcome="fail"] td:first-child { color: #9c0006; }
.pane .compat-error { display: block; font-size: 12px; opacity: .85; overflow-wrap: anywhere; }
.pane .compat-text { width: 100%; box-sizing: border-box; font-family: Consolas, "Liberation Mono", monospace; font-size: 12px; }
.pane details > summary { cursor: pointer; padding: 4px 0; }
@media (max-width: 560px) {
  .pane { padding: 8px 10px 20px; }
  .pane table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .pane table.stack, .pane table.stack tbody, .pane table.stack tr { display: block; width: 100%; }
  .pane table.stack tr { border-bottom: 1px solid rgba(128,128,128,.25); padding: 3px 0; }
  .pane table.stack td { display: inline-block; border: 0; padding: 0 10px 0 0; text-align: left; }
  .pane table.stack td:first-child { display: block; font-weight: 600; }
  .pane table.stack td + td::before { content: attr(data-label) ": "; opacity: .75; }
}
@media (max-width: 360px) {
  .pane .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .pane .filters { grid-template-columns: 1fr; }
}
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
