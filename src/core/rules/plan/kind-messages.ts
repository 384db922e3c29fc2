/**
 * The sentences of each column kind (spec/criteria.md §7): one per case — what the criterion needs, what the cell
 * holds (quoted, with its address), what to do. A plan gives its own wording of what a cell should hold (`need`) and
 * of a gap (`gap`); the kinds whose reading the law's vocabulary fixes bring the rest. `{code}` is the criterion's
 * code, put in when the plan is composed; every other placeholder is filled when the message is put into words.
 */
import type { Catalogue, Template } from "../../i18n/types";
import type { ColumnKind } from "./types";

/** The three "cannot read the cell" cases of a cell, from the wording of what it should hold. */
export function cellCases(prefix: string, code: string, need: Template): Catalogue {
  return {
    [`${prefix}.blank`]: {
      vi: `${code} — Ô {cell} để trống: cần ghi ${need.vi}.`,
      en: `${code} — Cell {cell} is blank: enter ${need.en}.`,
    },
    [`${prefix}.unreadable`]: {
      vi: `${code} — Không đọc được “{text}” (ô {cell}): cần ghi ${need.vi}.`,
      en: `${code} — “{text}” (cell {cell}) is not understood: enter ${need.en}.`,
    },
    [`${prefix}.error`]: {
      vi: `${code} — Ô {cell} báo lỗi công thức {error}: cần sửa công thức hoặc ghi ${need.vi}.`,
      en: `${code} — Cell {cell} shows the formula error {error}: fix the formula or enter ${need.en}.`,
    },
  };
}

/** What a sub-cell of a fixed kind should hold (the decision of an initiative, the discipline and its date). */
export const FIXED_NEEDS: Record<string, Template> = {
  "initiative.decision": {
    vi: "số, ngày quyết định công nhận sáng kiến hoặc nghiệm thu đề tài",
    en: "the number and date of the decision recognising the initiative or accepting the topic",
  },
  "discipline.discipline": {
    vi: "hình thức kỷ luật (Khiển trách, Cảnh cáo, Hạ bậc lương, Giáng chức, Cách chức, Buộc thôi việc), hoặc để trống nếu không bị kỷ luật",
    en: "the form of discipline (Khiển trách, Cảnh cáo, …), or nothing if there was none",
  },
  "discipline.date": {
    vi: "ngày quyết định kỷ luật dạng ngày/tháng/năm",
    en: "the date of the discipline decision as day/month/year",
  },
};

/** Sentences a fixed kind brings, by key suffix after the criterion's prefix. */
export const FIXED_SENTENCES: Partial<Record<ColumnKind, Catalogue>> = {
  initiative: {
    gapBlank: {
      vi: "{code} — Chưa có sáng kiến/đề tài (ô {cell} trống): CSTĐCS cần sáng kiến được công nhận hoặc đề tài đã nghiệm thu.",
      en: "{code} — No initiative or research topic (cell {cell} is blank): CSTĐCS needs a recognised initiative or an accepted research topic.",
    },
    gapNo: {
      vi: "{code} — Ô {cell} ghi “{text}”: CSTĐCS cần sáng kiến được công nhận hoặc đề tài đã nghiệm thu.",
      en: "{code} — Cell {cell} reads “{text}”: CSTĐCS needs a recognised initiative or an accepted research topic.",
    },
    gapBlankLaw: {
      vi: "{code} — Chưa có sáng kiến/đề tài (ô {cell} trống) và không xếp loại Hoàn thành xuất sắc nhiệm vụ: CSTĐCS cần một trong hai (Luật Thi đua, khen thưởng 2022, Điều 23).",
      en: "{code} — No initiative or research topic (cell {cell} is blank) and the rating is not HTXSNV: CSTĐCS needs one of the two (Law on Emulation and Commendation 2022, Art. 23).",
    },
    gapNoLaw: {
      vi: "{code} — Ô {cell} ghi “{text}” và không xếp loại Hoàn thành xuất sắc nhiệm vụ: CSTĐCS cần sáng kiến/đề tài hoặc xếp loại Hoàn thành xuất sắc nhiệm vụ (Luật Thi đua, khen thưởng 2022, Điều 23).",
      en: "{code} — Cell {cell} reads “{text}” and the rating is not HTXSNV: CSTĐCS needs an initiative or topic, or an HTXSNV rating (Law on Emulation and Commendation 2022, Art. 23).",
    },
    gapDecision: {
      vi: "{code} — Sáng kiến “{text}” chưa có quyết định công nhận (ô {cell} trống): cần ghi số, ngày quyết định công nhận sáng kiến hoặc nghiệm thu đề tài.",
      en: "{code} — The initiative “{text}” has no recognising decision (cell {cell} is blank): enter the number and date of the recognition or acceptance decision.",
    },
    gapDecisionNo: {
      vi: "{code} — Ô {cell} ghi “{text}”: sáng kiến chưa được công nhận hoặc đề tài chưa được nghiệm thu, nên chưa đạt tiêu chí sáng kiến.",
      en: "{code} — Cell {cell} reads “{text}”: the initiative is not recognised or the topic not accepted, so the criterion is not met.",
    },
  },
  discipline: {
    gapDiscipline: {
      vi: "{code} — Bị kỷ luật “{text}” (ô {cell}) tính cho năm {year}: chưa đạt tiêu chí chấp hành kỷ luật, kỷ cương hành chính.",
      en: "{code} — The discipline “{text}” (cell {cell}) counts for {year}: the criterion of administrative discipline is not met.",
    },
  },
  head: {
    gap: {
      vi: "{code} — {position}: đơn vị “{unit}” chưa đủ điều kiện Tập thể lao động xuất sắc (chưa đạt: {failedVi}).",
      en: "{code} — {position}: the unit “{unit}” is not eligible for Tập thể lao động xuất sắc (not met: {failedEn}).",
    },
    unknown: {
      vi: "{code} — {position}: chưa xác định được đơn vị “{unit}” có đủ điều kiện Tập thể lao động xuất sắc hay không (cần bổ sung: {failedVi}).",
      en: "{code} — {position}: it is not yet known whether the unit “{unit}” is eligible for Tập thể lao động xuất sắc (information needed: {failedEn}).",
    },
    noUnit: {
      vi: "{code} — {position}: dòng này không ghi đơn vị nên chưa xét được điều kiện đơn vị đạt Tập thể lao động xuất sắc; cần ghi đơn vị công tác.",
      en: "{code} — {position}: the row names no unit, so the unit's Tập thể lao động xuất sắc cannot be checked; enter the unit.",
    },
    noUnitRow: {
      vi: "{code} — {position}: danh sách tập thể không có dòng của đơn vị “{unit}” nên chưa xét được điều kiện đơn vị đạt Tập thể lao động xuất sắc; cần bổ sung đơn vị vào danh sách tập thể.",
      en: "{code} — {position}: the units list has no row for “{unit}”, so its Tập thể lao động xuất sắc cannot be checked; add the unit to the units list.",
    },
    noDepartmentRow: {
      vi: "{code} — {position}: danh sách tập thể không có dòng của Sở nên chưa xét được điều kiện tập thể Sở đạt Tập thể lao động xuất sắc; cần bổ sung dòng của Sở vào danh sách tập thể.",
      en: "{code} — {position}: the units list has no row for the department itself, so its Tập thể lao động xuất sắc cannot be checked; add that row.",
    },
  },
  unitDiscipline: {
    gapMembers: {
      vi: "{code} — {count} người bị kỷ luật từ mức cảnh cáo trở lên tính cho năm {year}: {names}. Chưa đạt tiêu chí thực hiện tốt kỷ luật, kỷ cương.",
      en: "{code} — {count} member(s) received discipline of cảnh cáo or above counting for {year}: {names}. The discipline criterion is not met.",
    },
    unknownMembers: {
      vi: "{code} — Chưa rõ kỷ luật của {count} người (ô kỷ luật không đọc được hoặc thiếu người so với tổng số): cần bổ sung để xét tiêu chí kỷ luật của tập thể.",
      en: "{code} — The discipline of {count} member(s) is not known (unreadable cells or people missing from the list): complete it to check the unit's discipline.",
    },
  },
};

/** The code put into a kind's sentence. */
export function withCode(t: Template, code: string): Template {
  return { vi: t.vi.split("{code}").join(code), en: t.en.split("{code}").join(code) };
}
