/** What the "Bảng dữ liệu" step needs from a check: the sheets, their roles and mappings (no exceljs here: the
 * Excel pane imports it too). */
import type { CheckOutput } from "../core/check";
import type { Inspection } from "./host";

export function inspectionOf(
  out: CheckOutput,
  file: string | null,
  stored: Record<string, string>
): Inspection {
  return {
    file,
    checkable: out.checkable,
    stored,
    sheets: out.read.sheets.map((s) => ({
      name: s.name,
      role: s.role,
      ignoredBecause: s.ignoredBecause,
      headerRows: s.headerRows,
      dataRows: s.dataRows,
      protected: s.protected,
      headers: s.headers,
      mapping: Object.fromEntries(
        Object.entries(s.mapping).flatMap(([field, m]) =>
          m
            ? [
                [
                  field,
                  {
                    columns: m.columns,
                    header: m.header,
                    confidence: m.confidence,
                    confirmed: m.confirmed,
                  },
                ],
              ]
            : []
        )
      ),
    })),
  };
}
