/** Notes the vocabularies attach to a parsed cell (keys are the catalogue codes of spec/report.md). */
import type { Catalogue } from "../i18n/types";

export const VOCAB_MESSAGES: Catalogue = {
  RATING_SCORE: {
    vi: "Điểm {score} được quy đổi thành mức xếp loại {rating} theo thang điểm: {bands}.",
    en: "Score {score} was converted to rating {rating} using the score bands: {bands}.",
  },
  RATING_LEGACY_HTNV: {
    vi: "Mức “Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực” không còn trong quy định hiện hành; đã được tính là Hoàn thành nhiệm vụ (HTNV).",
    en: "The level “Completed duties but with limited capacity” no longer exists in current regulations; it was counted as Completed duties (HTNV).",
  },
  DISCIPLINE_NOT_COUNTED: {
    vi: "“{text}” không phải là hình thức kỷ luật nên không được tính là bị kỷ luật.",
    en: "“{text}” is not a form of discipline, so it is not counted as a disciplinary measure.",
  },
  UNKNOWN_RATING: {
    vi: "Không đọc được mức xếp loại “{text}”; cần ghi một trong các mức: Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ.",
    en: "The rating “{text}” could not be read; it should be one of: Completed duties excellently, Completed duties well, Completed duties, Did not complete duties.",
  },
  UNKNOWN_DISCIPLINE: {
    vi: "Không đọc được hình thức kỷ luật “{text}”; cần ghi một trong các hình thức: Khiển trách, Cảnh cáo, Hạ bậc lương, Giáng chức, Cách chức, Buộc thôi việc, hoặc “Không”.",
    en: "The disciplinary measure “{text}” could not be read; it should be one of: Reprimand, Warning, Salary grade reduction, Demotion, Dismissal from post, Forced termination, or “None”.",
  },
  UNKNOWN_MARK: {
    vi: "Không đọc được “{text}”; cần đánh dấu “x” (có/đạt) hoặc ghi “Không”.",
    en: "“{text}” could not be read; mark it with “x” (yes/met) or write “Không” (no).",
  },
  UNKNOWN_TITLE: {
    vi: "Không đọc được danh hiệu, hình thức khen thưởng “{text}”.",
    en: "The title or award “{text}” could not be read.",
  },
};
