/** Sentences about a plan: its mistakes (validate.ts), one each, naming where and what to write instead. */
import type { Catalogue } from "../../i18n/types";

export const planMessages: Catalogue = {
  "plan.mistake.json": {
    vi: "{whereVi} không phải JSON hợp lệ ({detail}): cần sửa tệp hoặc xuất lại bằng “thidua plan export”.",
    en: "{whereEn} is not valid JSON ({detail}): fix the file or export it again with “thidua plan export”.",
  },
  "plan.mistake.notAPlan": {
    vi: "{whereVi} không có nội dung kế hoạch: cần các mục format, id, version, year, title, source và criteria.",
    en: "{whereEn} holds no plan: it needs format, id, version, year, title, source and criteria.",
  },
  "plan.mistake.format": {
    vi: "{whereVi}: định dạng “{value}” không đúng; cần ghi “thidua.plan/1”.",
    en: "{whereEn}: the format “{value}” is not known; write “thidua.plan/1”.",
  },
  "plan.mistake.id": {
    vi: "{whereVi}: mã kế hoạch “{value}” không hợp lệ; cần chữ thường không dấu, số, dấu gạch (ví dụ “kh-2026”).",
    en: "{whereEn}: the plan id “{value}” is not valid; use lower-case letters, digits and dashes (e.g. “kh-2026”).",
  },
  "plan.mistake.version": {
    vi: "{whereVi}: chưa ghi phiên bản của kế hoạch (ví dụ “2026.1”).",
    en: "{whereEn}: the plan's version is missing (e.g. “2026.1”).",
  },
  "plan.mistake.year": {
    vi: "{whereVi}: năm “{value}” không hợp lệ; cần ghi năm của kế hoạch, ví dụ 2026.",
    en: "{whereEn}: the year “{value}” is not valid; write the plan's year, e.g. 2026.",
  },
  "plan.mistake.title": {
    vi: "{whereVi}: chưa ghi tên kế hoạch.",
    en: "{whereEn}: the plan's name is missing.",
  },
  "plan.mistake.source": {
    vi: "{whereVi}: chưa ghi văn bản kế hoạch (nguồn của các tiêu chí), ví dụ “Kế hoạch thi đua năm 2026”.",
    en: "{whereEn}: the plan document (the criteria's source) is missing, e.g. “Kế hoạch thi đua năm 2026”.",
  },
  "plan.mistake.noCriteria": {
    vi: "{whereVi} không có tiêu chí nào: cần ít nhất một dòng tiêu chí.",
    en: "{whereEn} has no criteria: at least one criterion row is needed.",
  },
  "plan.mistake.code": {
    vi: "{whereVi}: mã tiêu chí “{value}” không hợp lệ; cần chữ cái đầu, sau là chữ, số hoặc “_” (ví dụ “I7”, “C7”), tối đa 20 ký tự.",
    en: "{whereEn}: the criterion code “{value}” is not valid; start with a letter, then letters, digits or “_” (e.g. “I7”), at most 20 characters.",
  },
  "plan.mistake.lawCode": {
    vi: "{whereVi}: mã “{code}” trùng với một điều kiện của Luật; cần đặt mã khác.",
    en: "{whereEn}: the code “{code}” is a condition of the Law; choose another code.",
  },
  "plan.mistake.duplicate": {
    vi: "{whereVi}: mã tiêu chí “{code}” trùng với {firstVi}; mỗi tiêu chí cần một mã riêng.",
    en: "{whereEn}: the code “{code}” repeats {firstEn}; each criterion needs its own code.",
  },
  "plan.mistake.subject": {
    vi: "{whereVi}: tiêu chí {code} áp dụng cho “{value}”; cần ghi “Cá nhân” hoặc “Tập thể”.",
    en: "{whereEn}: criterion {code} applies to “{value}”; write “Cá nhân” (individual) or “Tập thể” (collective).",
  },
  "plan.mistake.label": {
    vi: "{whereVi}: tiêu chí {code} chưa có nội dung.",
    en: "{whereEn}: criterion {code} has no wording.",
  },
  "plan.mistake.short": {
    vi: "{whereVi}: tiêu chí {code} chưa có tên ngắn (tên in trên kết quả và trên giấy, ví dụ “Chuyển đổi số”).",
    en: "{whereEn}: criterion {code} has no short label (the name printed in results and on paper).",
  },
  "plan.mistake.section": {
    vi: "{whereVi}: tiêu chí {code} chưa ghi mục của kế hoạch (ví dụ “1.2”) hoặc nguồn riêng.",
    en: "{whereEn}: criterion {code} names neither its plan section (e.g. “1.2”) nor a source of its own.",
  },
  "plan.mistake.kind": {
    vi: "{whereVi}: tiêu chí {code} có cách đọc “{value}” không có; cần một trong: Đánh dấu x, Xếp loại từ, Có nội dung, Số, Sáng kiến, Kỷ luật, Người đứng đầu, Kỷ luật tập thể.",
    en: "{whereEn}: criterion {code} reads its column as “{value}”, which does not exist; use one of: {kinds}.",
  },
  "plan.mistake.kindSubject": {
    vi: "{whereVi}: cách đọc “{value}” của tiêu chí {code} không dùng được cho đối tượng này (Sáng kiến, Kỷ luật, Người đứng đầu chỉ cho cá nhân; Kỷ luật tập thể chỉ cho tập thể).",
    en: "{whereEn}: criterion {code} cannot read “{value}” for this subject (initiative, discipline and head are for individuals; collective discipline for collectives).",
  },
  "plan.mistake.field": {
    vi: "{whereVi}: tiêu chí {code} đọc cột “{value}” không có trong danh mục cột; cần ghi tên cột quen dùng hoặc các từ tiêu đề của cột riêng.",
    en: "{whereEn}: criterion {code} reads a column “{value}” that is not known; name a known column or list the header words of its own column.",
  },
  "plan.mistake.headers": {
    vi: "{whereVi}: tiêu chí {code} đọc cột riêng nhưng chưa ghi từ tiêu đề để tìm cột (ví dụ “Chuyển đổi số”).",
    en: "{whereEn}: criterion {code} reads its own column but gives no header words to find it.",
  },
  "plan.mistake.noField": {
    vi: "{whereVi}: tiêu chí {code} chưa ghi cột cần đọc.",
    en: "{whereEn}: criterion {code} does not say which column it reads.",
  },
  "plan.mistake.atLeast": {
    vi: "{whereVi}: mức xếp loại “{value}” của tiêu chí {code} không có; cần một trong: {ratings}.",
    en: "{whereEn}: the rating “{value}” of criterion {code} does not exist; use one of: {ratings}.",
  },
  "plan.mistake.noTitle": {
    vi: "{whereVi}: tiêu chí {code} không thuộc danh hiệu nào; cần ghi danh hiệu, hình thức khen thưởng cần tiêu chí này.",
    en: "{whereEn}: no title uses criterion {code}; list the titles or awards that require it.",
  },
  "plan.mistake.unknownTitle": {
    vi: "{whereVi}: tiêu chí {code} ghi danh hiệu “{value}” không có trong Luật; cần tên danh hiệu, hình thức khen thưởng (ví dụ “Lao động tiên tiến”, “Giấy khen”).",
    en: "{whereEn}: criterion {code} names a title “{value}” the Law does not have; use the name of a title or award (e.g. “Lao động tiên tiến”).",
  },
  "plan.mistake.titleSubject": {
    vi: "{whereVi}: tiêu chí {code} và danh hiệu “{value}” không cùng đối tượng (cá nhân, tập thể).",
    en: "{whereEn}: criterion {code} and the title “{value}” are not for the same subject (individual, collective).",
  },
  "plan.sheetUnconfirmed": {
    vi: "Sổ có trang kế hoạch “{sheet}” ({id}, năm {year}) chưa được xác nhận: lần rà soát này dùng kế hoạch {inForce}. Để dùng trang kế hoạch, xác nhận trong khung rà soát hoặc chạy với “--plan sheet”.",
    en: "The workbook has a plan sheet “{sheet}” ({id}, {year}) that was not confirmed: this check uses the plan {inForce}. To use it, confirm it in the pane or run with “--plan sheet”.",
  },
  "plan.storedMissing": {
    vi: "Trang cấu hình ghi kế hoạch {id} (phiên bản {version}) nhưng không tìm thấy kế hoạch này: lần rà soát này dùng kế hoạch {inForce}.",
    en: "The settings sheet names the plan {id} (version {version}), which was not found: this check uses the plan {inForce}.",
  },
  "plan.yearMismatch": {
    vi: "Kế hoạch {id} là kế hoạch năm {planYear} nhưng năm rà soát là {year}: cần chọn kế hoạch của năm {year}, hoặc đặt năm rà soát là {planYear} (--year {planYear}).",
    en: "The plan {id} is for {planYear} but the check is for {year}: choose the plan for {year}, or set the year to {planYear} (--year {planYear}).",
  },
};
