/** The worker bundle with exceljs in front of it, inlined as text by webpack (webpack.web.js, asset/source). */
declare module "thidua-worker-source" {
  const source: string;
  export default source;
}
