/**
 * Header synonyms of spec/vocabulary.md ("Header synonyms") as data, and the matcher that maps one header text (all
 * its rows joined) to candidate fields.
 *
 * Matching: the header is normalised (line breaks and "(1)"-style column numbers removed, folded to lower case
 * without diacritics, punctuation turned into spaces). A key matches when its words appear in the header as a run
 * (score = the key's letters) or, less surely, all of them in any order (score × 0.8), so "Số, ngày QĐ kỷ luật"
 * matches "số ngày QĐ kỷ luật" and "Kỷ luật / Ngày quyết định" still finds the decision date. The longest key wins.
 *
 * Decisions where the spec is silent:
 * - Title-history headers ("Danh hiệu năm 2024", "CSTĐCS 2024") only match when the header carries a year; the field
 *   returned is then `history.<year>` directly. Years on other fields are returned in `year` and the reader decides.
 * - "Tên" alone (given name), "Họ" alone (family name), "TT" and "Phòng" alone only match the whole header.
 * - Blocking keys ("Tên gọi", "Ông/Bà", the add-in's "Kết quả rà soát") win over everything: such a header maps to
 *   nothing, so a salutation column is never taken for the name.
 */
import type { FieldId } from "../records";
import { clean, fold } from "../text/normalize";

export interface HeaderMatch {
  field: FieldId;
  score: number;
  variant?: string;
  impliedTitle?: string;
  year?: number;
}

/** Field kinds used by the table; `history` entries become `history.<year>` once a year is found. */
type TableField = FieldId | "history" | null;

interface Synonym {
  field: TableField;
  keys: string[];
  variant?: string;
  impliedTitle?: string;
  /** Matches only a header that is exactly one of the keys. */
  exact?: boolean;
}

export const HEADER_SYNONYMS: readonly Synonym[] = [
  { field: "stt", keys: ["STT", "Số TT", "Số thứ tự"] },
  { field: "stt", keys: ["TT"], exact: true },
  {
    field: "name",
    keys: ["Họ và tên", "Họ tên", "Tên cá nhân", "Tên tập thể/cá nhân", "Tên tập thể, cá nhân"],
  },
  {
    field: "familyName",
    keys: ["Họ đệm", "Họ và chữ đệm", "Họ và tên đệm", "Họ và đệm", "Họ, tên đệm"],
  },
  { field: "familyName", keys: ["Họ"], exact: true },
  { field: "givenName", keys: ["Tên"], exact: true },
  { field: "position", keys: ["Chức vụ", "Chức danh", "Chức vụ/chức danh", "Chức vụ, chức danh"] },
  {
    field: "unit",
    keys: ["Đơn vị", "Phòng/ban", "Phòng, đơn vị", "Đơn vị công tác", "Tên tập thể", "Tên đơn vị"],
  },
  { field: "unit", keys: ["Phòng"], exact: true },
  {
    field: "rating",
    keys: [
      "Kết quả đánh giá, xếp loại",
      "Xếp loại chất lượng",
      "Mức xếp loại",
      "Đánh giá, xếp loại",
      "Xếp loại",
      "Kết quả xếp loại",
      "Phân loại đánh giá",
    ],
  },
  {
    field: "initiative",
    keys: ["Sáng kiến", "Tên sáng kiến/đề tài", "Sáng kiến, đề tài, giải pháp", "SK/ĐT", "Đề tài"],
  },
  {
    field: "initiativeLevel",
    keys: [
      "Cấp công nhận",
      "Phạm vi ảnh hưởng",
      "Cấp công nhận sáng kiến",
      "Phạm vi ảnh hưởng sáng kiến",
    ],
  },
  {
    field: "initiativeDecision",
    keys: [
      "Quyết định công nhận sáng kiến",
      "Số QĐ công nhận",
      "QĐ nghiệm thu đề tài",
      "Quyết định công nhận",
      "QĐ công nhận",
      "Số quyết định công nhận",
      "QĐ công nhận sáng kiến",
    ],
  },
  {
    field: "disciplineDate",
    variant: "date",
    keys: ["Ngày quyết định kỷ luật", "Ngày kỷ luật", "Ngày QĐ kỷ luật"],
  },
  {
    field: "disciplineDate",
    variant: "numberAndDate",
    keys: [
      "Số, ngày QĐ kỷ luật",
      "Số, ngày quyết định kỷ luật",
      "Quyết định kỷ luật",
      "QĐ kỷ luật",
    ],
  },
  { field: "previousUnit", keys: ["Đơn vị cũ", "Chuyển công tác từ", "Đơn vị trước"] },
  { field: "discipline", keys: ["Kỷ luật", "Hình thức kỷ luật", "Bị kỷ luật"] },
  {
    field: "pending",
    keys: ["Đang xem xét kỷ luật", "Đang thanh tra, kiểm tra", "Đang thanh tra", "Đang bị xem xét"],
  },
  {
    field: "service",
    variant: "months",
    keys: ["Số tháng công tác", "Thời gian công tác trong năm", "Số tháng làm việc"],
  },
  {
    field: "service",
    variant: "startDate",
    keys: ["Ngày tuyển dụng", "Ngày vào cơ quan", "Ngày bắt đầu công tác"],
  },
  { field: "leave", variant: "days", keys: ["Số ngày nghỉ"] },
  { field: "leave", variant: "reason", keys: ["Lý do nghỉ", "Nghỉ thai sản"] },
  { field: "responsibility", keys: ["Tinh thần trách nhiệm"] },
  {
    field: "assignment",
    keys: ["Chấp hành phân công", "Chấp hành sự phân công", "Chấp hành nghiêm sự phân công"],
  },
  { field: "conduct", keys: ["Văn hóa công sở", "Kỷ luật, kỷ cương"] },
  {
    field: "emulation",
    keys: [
      "Đăng ký thi đua",
      "Hưởng ứng phong trào",
      "Tích cực hưởng ứng",
      "Hưởng ứng các phong trào thi đua",
    ],
  },
  {
    field: "proposed",
    keys: [
      "Hình thức đề nghị",
      "Danh hiệu đề nghị",
      "Đề nghị khen thưởng",
      "Hình thức khen thưởng",
      "Đề nghị danh hiệu",
      "Đề nghị",
    ],
  },
  { field: "achievement", keys: ["Thành tích", "Nội dung thành tích", "Tóm tắt thành tích"] },
  {
    field: "rowKind",
    keys: ["Phân loại khen thưởng", "Loại cá nhân/tập thể", "Đối tượng khen thưởng"],
  },
  { field: "note", keys: ["Ghi chú"] },
  // Council vote (vocabulary.md, revision 2): a share, or a count of votes with the council's size beside it.
  {
    field: "vote",
    variant: "share",
    keys: [
      "Tỷ lệ phiếu",
      "% phiếu bầu",
      "Tỷ lệ phiếu bầu",
      "Tỷ lệ phiếu đồng ý",
      "Tỷ lệ % phiếu bầu",
    ],
  },
  { field: "vote", variant: "count", keys: ["Số phiếu đồng ý", "Số phiếu bầu", "Số phiếu"] },
  {
    field: "voteTotal",
    keys: ["Tổng số thành viên", "Tổng số thành viên Hội đồng", "Số thành viên Hội đồng"],
  },
  {
    field: "unitRating",
    keys: ["Xếp loại tập thể", "Xếp loại đơn vị", "Xếp loại chất lượng tập thể"],
  },
  {
    field: "workPlan",
    keys: ["Kế hoạch công tác năm", "Kế hoạch công tác", "Chương trình, kế hoạch công tác"],
  },
  { field: "unitEmulation", keys: ["Phát động phong trào"] },
  { field: "unitConduct", keys: ["Kỷ luật, văn hóa công sở"] },
  { field: "solidarity", keys: ["Đoàn kết nội bộ", "Nội bộ đoàn kết"] },
  { field: "roleModels", keys: ["Điển hình tiên tiến", "Nhân tố điển hình"] },
  {
    field: "headcount",
    keys: [
      "Tổng số CBCCVC",
      "Số người",
      "Tổng số CBCC",
      "Số lượng CBCCVC",
      "Số CBCCVC",
      "Tổng số cán bộ",
    ],
  },
  { field: "history", keys: ["Danh hiệu", "Danh hiệu thi đua"] },
  { field: "history", impliedTitle: "CSTDCS", keys: ["CSTĐCS", "Chiến sĩ thi đua cơ sở"] },
  { field: "history", impliedTitle: "LDTT", keys: ["LĐTT", "Lao động tiên tiến"] },
  {
    field: "history",
    impliedTitle: "CSTD_TINH",
    keys: ["CSTĐ cấp tỉnh", "Chiến sĩ thi đua cấp tỉnh"],
  },
  { field: "history", impliedTitle: "BK_TINH", keys: ["Bằng khen"] },
  { field: "history", impliedTitle: "TTLDXS", keys: ["TTLĐXS", "Tập thể lao động xuất sắc"] },
  { field: "history", impliedTitle: "TTLDTT", keys: ["TTLĐTT", "Tập thể lao động tiên tiến"] },
  { field: "history", impliedTitle: "GK", keys: ["Giấy khen"] },
];

/** Keys that block a header (a salutation, the add-in's own block): they map it to nothing. */
const BLOCKING: readonly Synonym[] = [
  { field: null, keys: ["Tên gọi", "Ông/Bà", "Danh xưng", "Kết quả rà soát"] },
];

/** What a plan adds to the vocabulary (plan/headers.ts): its criterion codes and its own columns' header words. */
export type PlanSynonym = { field: FieldId; keys: string[]; exact?: boolean };

/** A column the plan's criteria and the law's conditions read, named for a clerk who lacks it: its usual header and
 * the short labels of what it allows to check. */
export interface ColumnAdvice {
  field: string;
  header: { vi: string; en: string };
  allows: { vi: string; en: string };
}

/** A plan's additions to the reading of a workbook: header words, and the advice on missing columns. */
export interface PlanVocabulary {
  synonyms: readonly PlanSynonym[];
  advice: readonly ColumnAdvice[];
}

interface CompiledKey {
  synonym: Synonym;
  tokens: string[];
  letters: number;
}

const YEAR = /^(19|20)\d\d$/;

/** Header text for matching: "(1)"-style numbers and line breaks removed, folded, punctuation as spaces. */
export function normalizeHeader(header: string): string {
  const noNumbers = header.replace(/\(\s*\d{1,3}\s*\)/g, " ").replace(/[\r\n\t]+/g, " ");
  return fold(clean(noNumbers))
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function compile(plan: readonly PlanSynonym[]): CompiledKey[] {
  const out: CompiledKey[] = [];
  for (const synonym of [...HEADER_SYNONYMS, ...plan, ...BLOCKING]) {
    for (const key of synonym.keys) {
      const tokens = normalizeHeader(key).split(" ").filter(Boolean);
      out.push({ synonym, tokens, letters: tokens.join("").length });
    }
  }
  return out;
}

/** The vocabulary compiled with each plan's additions (a plan's list is made once and kept by its rule set). */
const compiledFor = new WeakMap<readonly PlanSynonym[], CompiledKey[]>();
const NO_PLAN: PlanVocabulary = { synonyms: [], advice: [] };
let active: PlanVocabulary = NO_PLAN;

/** Runs `fn` (a workbook's read) with a plan's header words added to the vocabulary. */
export function withPlanHeaders<T>(plan: PlanVocabulary, fn: () => T): T {
  const before = active;
  active = plan;
  try {
    return fn();
  } finally {
    active = before;
  }
}

/** The advice on missing columns of the plan in force (empty outside a check). */
export function activeAdvice(): readonly ColumnAdvice[] {
  return active.advice;
}

function runAt(tokens: string[], key: string[]): boolean {
  for (let i = 0; i + key.length <= tokens.length; i++) {
    let ok = true;
    for (let j = 0; j < key.length && ok; j++) ok = tokens[i + j] === key[j];
    if (ok) return true;
  }
  return false;
}

function keyScore(tokens: string[], plain: string[], key: CompiledKey): number {
  if (key.synonym.exact) return plain.join(" ") === key.tokens.join(" ") ? key.letters : 0;
  if (runAt(tokens, key.tokens)) return key.letters;
  return key.tokens.every((t) => tokens.includes(t)) ? key.letters * 0.8 : 0;
}

/**
 * Candidate fields of one header, best first. Empty when nothing matches or when a blocking key (salutation,
 * the add-in's own result block) matches.
 */
export function matchHeader(header: string): HeaderMatch[] {
  const tokens = normalizeHeader(header).split(" ").filter(Boolean);
  if (tokens.length === 0) return [];
  const years = tokens.filter((t) => YEAR.test(t));
  const year = years.length > 0 ? Number(years[years.length - 1]) : undefined;
  // The header without its year words, for exact keys ("Tên" but also "Tên năm 2025" is not a given name).
  const plain = tokens.filter((t) => !YEAR.test(t));
  let compiled = compiledFor.get(active.synonyms);
  if (!compiled) {
    compiled = compile(active.synonyms);
    compiledFor.set(active.synonyms, compiled);
  }

  const best = new Map<string, HeaderMatch>();
  for (const key of compiled) {
    const score = keyScore(tokens, plain, key);
    if (score === 0) continue;
    const { synonym } = key;
    if (synonym.field === null) return [];
    let field: FieldId;
    if (synonym.field === "history") {
      if (year === undefined) continue;
      field = `history.${year}`;
    } else {
      field = synonym.field;
    }
    const id = `${field}|${synonym.variant ?? ""}|${synonym.impliedTitle ?? ""}`;
    const prior = best.get(id);
    if (prior && prior.score >= score) continue;
    const match: HeaderMatch = { field, score };
    if (synonym.variant) match.variant = synonym.variant;
    if (synonym.impliedTitle) match.impliedTitle = synonym.impliedTitle;
    if (year !== undefined) match.year = year;
    best.set(id, match);
  }
  // Per field keep only its best variant, so "two fields equally" means two different fields.
  const perField = new Map<string, HeaderMatch>();
  for (const m of best.values()) {
    const prior = perField.get(m.field);
    if (!prior || m.score > prior.score) perField.set(m.field, m);
  }
  return [...perField.values()].sort((a, b) => b.score - a.score);
}

/** The usual header of a field (the first synonym), to name it in messages; the field id when it has none. */
export function fieldLabel(field: string): string {
  const all: readonly (Synonym | PlanSynonym)[] = [...HEADER_SYNONYMS, ...active.synonyms];
  const hit = all.find((s) => s.field === field && !s.exact) ?? all.find((s) => s.field === field);
  return hit ? hit.keys[0] : field;
}
