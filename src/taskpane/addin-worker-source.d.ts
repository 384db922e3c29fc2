/** The check's worker bundle without exceljs (the Excel pane sends grids only), inlined as text by webpack
 * (webpack.config.js, asset/source). */
declare module "thidua-addin-worker-source" {
  const source: string;
  export default source;
}
