/**
 * The plan as a sheet a clerk can read and write ("Kế hoạch thi đua", issue 16): the plan's name, version and year
 * on top, then one row per criterion — code, wording, short label, who it applies to, the titles that require it,
 * the column it reads and how. `planSheetRows` writes it (`thidua plan export --out plan.xlsx`); `planFromSheet`
 * reads it back into the same plan (the round trip is tested), with each criterion's sheet row for messages.
 *
 * Decisions where the issue is silent:
 * - Titles are written by their Vietnamese short names, separated by ";"; a code ("LDTT") is read as well. A name
 *   whose locality differs ("Bằng khen UBND tỉnh …" in a plan exported for a city) is found by the words before
 *   the locality, when only one title of that subject starts with them.
 * - "Cột" names a column of the vocabulary by its usual header; any other text is the criterion's own column and
 *   lists the header words that find it, separated by ";".
 */
import type { CellValue, SheetGrid } from "../../grid";
import type { Template } from "../../i18n/types";
import { clean, fold } from "../../text/normalize";
import { FIELD_LABELS } from "../fields";
import type { LawLayer } from "../law/types";
import { ownField } from "./validate";
import type { ColumnKind, PlanCriterion, PlanDef } from "./types";

export const PLAN_SHEET_NAME = "Kế hoạch thi đua";

const META: { key: keyof Meta; vi: string }[] = [
  { key: "id", vi: "Mã kế hoạch" },
  { key: "version", vi: "Phiên bản" },
  { key: "year", vi: "Năm" },
  { key: "titleVi", vi: "Tên kế hoạch" },
  { key: "titleEn", vi: "Tên kế hoạch (tiếng Anh)" },
  { key: "sourceVi", vi: "Văn bản (nguồn)" },
  { key: "sourceEn", vi: "Văn bản (tiếng Anh)" },
  { key: "basisVi", vi: "Căn cứ thêm" },
  { key: "basisEn", vi: "Căn cứ thêm (tiếng Anh)" },
];

interface Meta {
  id: string;
  version: string;
  year: string;
  titleVi: string;
  titleEn: string;
  sourceVi: string;
  sourceEn: string;
  basisVi: string;
  basisEn: string;
}

const COLUMNS = [
  "Mã",
  "Nội dung tiêu chí",
  "Tên ngắn",
  "Áp dụng cho",
  "Danh hiệu",
  "Cột",
  "Cách đọc",
  "Mức",
  "Mục kế hoạch",
  "Cần ghi",
  "Khi chưa đạt",
  "Nguồn riêng",
  "Nội dung (tiếng Anh)",
  "Tên ngắn (tiếng Anh)",
  "Cần ghi (tiếng Anh)",
  "Khi chưa đạt (tiếng Anh)",
  "Nguồn riêng (tiếng Anh)",
] as const;

export const PLAN_SHEET_WIDTHS = [
  8, 50, 22, 12, 36, 26, 16, 10, 12, 40, 40, 30, 40, 20, 40, 40, 30,
];

const KIND_WORDS: Record<ColumnKind, string> = {
  mark: "Đánh dấu x",
  rating: "Xếp loại từ",
  text: "Có nội dung",
  number: "Số",
  initiative: "Sáng kiến",
  discipline: "Kỷ luật",
  head: "Người đứng đầu",
  unitDiscipline: "Kỷ luật tập thể",
};

const SUBJECT_WORDS = { individual: "Cá nhân", unit: "Tập thể" } as const;

function key(s: string): string {
  return fold(clean(s))
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function str(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") return v.error;
  return String(v).trim();
}

function titleWords(law: LawLayer, code: string): string {
  const t = law.titles.find((x) => x.code === code);
  return t ? t.short.vi.replace(/\s*\{[^}]*\}/g, "").trim() : code;
}

function levelWords(c: PlanCriterion): string {
  if (c.column.moreThan !== undefined) return `>${c.column.moreThan}`;
  return c.column.atLeast === undefined ? "" : String(c.column.atLeast);
}

function columnWords(c: PlanCriterion): string {
  const f = c.column.field;
  if (f === undefined) return "";
  if (f === ownField(c.code)) return (c.column.headers ?? []).join("; ");
  return FIELD_LABELS[f]?.vi ?? f;
}

/** The plan as the rows of its sheet (from A1). */
export function planSheetRows(plan: PlanDef, law: LawLayer): CellValue[][] {
  const meta: Meta = {
    id: plan.id,
    version: plan.version,
    year: String(plan.year),
    titleVi: plan.title.vi,
    titleEn: plan.title.en,
    sourceVi: plan.source.vi,
    sourceEn: plan.source.en,
    basisVi: (plan.basis ?? []).map((b) => b.vi).join("; "),
    basisEn: (plan.basis ?? []).map((b) => b.en).join("; "),
  };
  const rows: CellValue[][] = META.map((m) => [m.vi, meta[m.key]]);
  rows.push([]);
  rows.push([...COLUMNS]);
  for (const c of plan.criteria) {
    rows.push([
      c.code,
      c.label.vi,
      c.short.vi,
      SUBJECT_WORDS[c.subject],
      c.titles.map((t) => titleWords(law, t)).join("; "),
      columnWords(c),
      KIND_WORDS[c.column.kind],
      levelWords(c),
      c.section,
      c.need?.vi ?? "",
      c.gap?.vi ?? "",
      c.source?.vi ?? "",
      c.label.en,
      c.short.en,
      c.need?.en ?? "",
      c.gap?.en ?? "",
      c.source?.en ?? "",
    ]);
  }
  return rows;
}

/** Whether a sheet is a plan sheet: by its name, or by its first cell. */
export function isPlanSheet(sheet: SheetGrid): boolean {
  if (key(sheet.name) === key(PLAN_SHEET_NAME)) return true;
  const first = sheet.top === 1 && sheet.left === 1 ? sheet.values[0]?.[0] : null;
  return typeof first === "string" && key(first) === key(META[0].vi);
}

function findTitle(law: LawLayer, subject: string, word: string): string {
  const w = key(word);
  const mine = law.titles.filter((t) => t.subject === subject);
  const exact = mine.find(
    (t) => key(t.code) === w || key(titleWords(law, t.code)) === w || key(t.label.vi) === w
  );
  if (exact) return exact.code;
  const starts = mine.filter((t) => {
    const head = key(t.short.vi.split("{")[0]);
    return head.split(" ").length >= 2 && w.startsWith(head);
  });
  return starts.length === 1 ? starts[0].code : word;
}

function template(vi: string, en: string): Template | undefined {
  return vi === "" && en === "" ? undefined : { vi, en: en || vi };
}

/** The plan a plan sheet holds, and the sheet row of each criterion (for messages). Mistakes are found by
 * planMistakes on the result: an unknown word is kept as written so the message can quote it. */
export function planFromSheet(sheet: SheetGrid, law: LawLayer): { plan: PlanDef; rows: number[] } {
  const at = (r: number, c: number): CellValue | undefined =>
    sheet.values[r - sheet.top]?.[c - sheet.left];
  const meta: Partial<Meta> = {};
  let headerRow = -1;
  const last = sheet.top + sheet.values.length - 1;
  for (let r = 1; r <= last && headerRow < 0; r++) {
    const label = key(str(at(r, 1)));
    if (label === key(COLUMNS[0]) && key(str(at(r, 2))) === key(COLUMNS[1])) {
      headerRow = r;
      break;
    }
    const m = META.find((x) => key(x.vi) === label);
    if (m) meta[m.key] = str(at(r, 2));
  }
  const cols = new Map<string, number>();
  if (headerRow > 0) {
    for (let c = 1; c <= sheet.left + (sheet.values[0]?.length ?? 0); c++) {
      const h = key(str(at(headerRow, c)));
      if (h) cols.set(h, c);
    }
  }
  const cell = (r: number, name: (typeof COLUMNS)[number]): string => {
    const c = cols.get(key(name));
    return c === undefined ? "" : str(at(r, c));
  };
  const criteria: PlanCriterion[] = [];
  const rows: number[] = [];
  for (let r = headerRow + 1; headerRow > 0 && r <= last; r++) {
    const code = cell(r, "Mã");
    if (code === "" && cell(r, "Nội dung tiêu chí") === "") continue;
    const subjectWord = key(cell(r, "Áp dụng cho"));
    const subject =
      subjectWord === key(SUBJECT_WORDS.unit) || subjectWord === "unit"
        ? "unit"
        : subjectWord === key(SUBJECT_WORDS.individual) || subjectWord === "individual"
          ? "individual"
          : (cell(r, "Áp dụng cho") as "individual");
    const kindWord = key(cell(r, "Cách đọc"));
    const kind =
      (Object.keys(KIND_WORDS) as ColumnKind[]).find(
        (k) => key(KIND_WORDS[k]) === kindWord || key(k) === kindWord
      ) ?? (cell(r, "Cách đọc") as ColumnKind);
    const colText = cell(r, "Cột");
    const known = Object.keys(FIELD_LABELS).find(
      (f) => key(FIELD_LABELS[f].vi) === key(colText) || f === colText
    );
    const level = cell(r, "Mức");
    const column: PlanCriterion["column"] = { kind };
    if (known) column.field = known;
    else if (colText !== "") {
      column.field = ownField(code);
      column.headers = colText
        .split(";")
        .map((h) => h.trim())
        .filter(Boolean);
    }
    if (level.startsWith(">")) column.moreThan = Number(level.slice(1).replace(",", "."));
    else if (level !== "") {
      column.atLeast = kind === "number" ? Number(level.replace(",", ".")) : level;
    }
    const crit: PlanCriterion = {
      code,
      subject,
      section: cell(r, "Mục kế hoạch"),
      label: { vi: cell(r, "Nội dung tiêu chí"), en: cell(r, "Nội dung (tiếng Anh)") },
      short: { vi: cell(r, "Tên ngắn"), en: cell(r, "Tên ngắn (tiếng Anh)") },
      titles: cell(r, "Danh hiệu")
        .split(/[;,]/)
        .map((t) => t.trim())
        .filter(Boolean)
        .map((t) => findTitle(law, subject, t)),
      column,
    };
    const source = template(cell(r, "Nguồn riêng"), cell(r, "Nguồn riêng (tiếng Anh)"));
    if (source) crit.source = source;
    const need = template(cell(r, "Cần ghi"), cell(r, "Cần ghi (tiếng Anh)"));
    if (need) crit.need = need;
    const gap = template(cell(r, "Khi chưa đạt"), cell(r, "Khi chưa đạt (tiếng Anh)"));
    if (gap) crit.gap = gap;
    criteria.push(crit);
    rows.push(r);
  }
  const basisVi = (meta.basisVi ?? "")
    .split(";")
    .map((b) => b.trim())
    .filter(Boolean);
  const basisEn = (meta.basisEn ?? "").split(";").map((b) => b.trim());
  const plan: PlanDef = {
    format: "thidua.plan/1",
    id: meta.id ?? "",
    version: meta.version ?? "",
    year: Number(meta.year ?? ""),
    title: { vi: meta.titleVi ?? "", en: meta.titleEn || meta.titleVi || "" },
    source: { vi: meta.sourceVi ?? "", en: meta.sourceEn || meta.sourceVi || "" },
    criteria,
  };
  if (basisVi.length) plan.basis = basisVi.map((vi, i) => ({ vi, en: basisEn[i] || vi }));
  return { plan, rows };
}
