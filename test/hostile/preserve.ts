/**
 * Before/after comparisons of workbooks for the hostile and property tests: what the office could see of its own
 * sheets (cells with value or formula, font, fill, border, number format, alignment; merges; widths; rows; its own
 * conditional formats; sheet state and protection) and the package's part list.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { snapshot } from "../xlsx/plan-helpers";

export async function excel(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

export async function partsOf(data: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(data);
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort();
}

export interface SheetView {
  name: string;
  state: string;
  protection: string;
  snap: Record<string, unknown>;
}

export function sheetsOf(wb: ExcelJS.Workbook): SheetView[] {
  return wb.worksheets.map((ws) => ({
    name: ws.name,
    state: ws.state,
    protection: JSON.stringify(
      (ws as unknown as { sheetProtection?: unknown }).sheetProtection ?? null
    ),
    snap: snapshot(ws),
  }));
}

/**
 * Differences between an office sheet before the check and the same sheet in the checked copy, as readable lines
 * (empty when preserved). The checked copy may add cells (the result block), columns, merges and conditional
 * formats after the office's own, and an AutoFilter where the office had none.
 */
export function officeChanges(before: SheetView, after: SheetView | undefined): string[] {
  if (!after) return [`sheet “${before.name}” is missing`];
  const out: string[] = [];
  const b = before.snap;
  const a = after.snap;
  if (after.state !== before.state) out.push(`state ${before.state} → ${after.state}`);
  if (after.protection !== before.protection) out.push("protection changed");
  const bc = b.cells as Record<string, unknown>;
  const ac = a.cells as Record<string, unknown>;
  for (const [addr, cell] of Object.entries(bc)) {
    if (JSON.stringify(ac[addr]) !== JSON.stringify(cell))
      out.push(`cell ${addr}: ${JSON.stringify(cell)} → ${JSON.stringify(ac[addr] ?? null)}`);
  }
  const bcols = b.cols as unknown[];
  const acols = (a.cols as unknown[]).slice(0, bcols.length);
  // exceljs reports columnCount from the widest row, so the checked copy may list more columns; compare the office's.
  bcols.forEach((c, i) => {
    if (JSON.stringify(acols[i]) !== JSON.stringify(c))
      out.push(`column ${i + 1}: ${JSON.stringify(c)} → ${JSON.stringify(acols[i])}`);
  });
  const arows = new Map((a.rows as [number, unknown, unknown][]).map((r) => [r[0], r]));
  for (const r of b.rows as [number, unknown, unknown][]) {
    if (JSON.stringify(arows.get(r[0])) !== JSON.stringify(r))
      out.push(`row ${r[0]}: ${JSON.stringify(r)} → ${JSON.stringify(arows.get(r[0]))}`);
  }
  const amerges = new Set(a.merges as string[]);
  for (const m of b.merges as string[]) if (!amerges.has(m)) out.push(`merge ${m} lost`);
  const bcf = JSON.parse(b.cf as string) as unknown[];
  const acf = JSON.parse(a.cf as string) as unknown[];
  if (JSON.stringify(acf.slice(0, bcf.length)) !== JSON.stringify(bcf))
    out.push("the office's conditional formats changed");
  if (b.autoFilter !== "null" && a.autoFilter !== b.autoFilter)
    out.push("the office's AutoFilter changed");
  return out;
}

/** Differences between two whole sets of sheets that must be identical (check → clear, check twice). */
export function exactChanges(before: SheetView[], after: SheetView[]): string[] {
  const out: string[] = [];
  const names = (xs: SheetView[]) => xs.map((s) => s.name).join(" | ");
  if (names(before) !== names(after)) out.push(`sheets ${names(before)} → ${names(after)}`);
  for (const s of before) {
    const t = after.find((x) => x.name === s.name);
    if (!t) continue;
    if (JSON.stringify(t) !== JSON.stringify(s)) {
      const detail = officeChanges(s, t);
      const extra = Object.keys(t.snap.cells as object).filter(
        (k) => !(k in (s.snap.cells as object))
      );
      if (extra.length) detail.push(`cells added: ${extra.slice(0, 5).join(", ")}`);
      if (t.snap.cf !== s.snap.cf) detail.push("conditional formats differ");
      if (t.snap.autoFilter !== s.snap.autoFilter) detail.push("AutoFilter differs");
      if (JSON.stringify(t.snap.merges) !== JSON.stringify(s.snap.merges))
        detail.push("merges differ");
      if (JSON.stringify(t.snap.cols) !== JSON.stringify(s.snap.cols))
        detail.push("columns differ");
      out.push(`“${s.name}”: ${detail.join("; ") || "differs"}`);
    }
  }
  return out;
}
