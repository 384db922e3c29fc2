import type { Catalogue } from "./i18n/types";

/** Problems the pipeline adds after evaluation (spec/report.md `problems`). */
export const checkMessages: Catalogue = {
  "problem.unknownRating": {
    vi: "Trang “{sheet}”, ô {cell}: không đọc được mức xếp loại “{text}”. Hãy ghi một trong các mức: Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ (hoặc HTXSNV, HTTNV, HTNV, KHTNV).",
    en: "Sheet “{sheet}”, cell {cell}: the rating “{text}” could not be read. Write one of: Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ (or HTXSNV, HTTNV, HTNV, KHTNV).",
  },
};
