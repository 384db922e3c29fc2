/** What the Excel host tells the clerk (Vietnamese first). Keys are the catalogue codes errors.ts returns in Msg. */
import type { Catalogue } from "../core/i18n/types";

export const EXCEL_MESSAGES: Catalogue = {
  EXCEL_CELL_EDIT: {
    vi: "Ô đang được sửa: nhấn Enter hoặc Esc rồi chạy lại.",
    en: "A cell is being edited: press Enter or Esc, then run again.",
  },
  EXCEL_PAYLOAD: {
    vi: "Dữ liệu gửi sang Excel quá lớn kể cả khi đã chia nhỏ. Hãy lọc bớt trang tính hoặc dùng bản chạy trên máy tính (dòng lệnh).",
    en: "The data sent to Excel is too large even after splitting it. Check fewer sheets or use the command line.",
  },
  EXCEL_PROTECTED: {
    vi: "Trang tính “{sheet}” đang được bảo vệ nên không ghi được. Mở thẻ Xem lại (Review) → Bỏ bảo vệ trang tính (Unprotect Sheet), nhập mật khẩu nếu có, rồi chạy lại.",
    en: "Sheet “{sheet}” is protected and cannot be written. Go to Review → Unprotect Sheet, enter the password if any, then run again.",
  },
  EXCEL_PROTECTED_WORKBOOK: {
    vi: "Sổ tính hoặc một trang tính đang được bảo vệ nên không ghi được. Mở thẻ Xem lại (Review) → Bỏ bảo vệ (Unprotect), rồi chạy lại.",
    en: "The workbook or one of its sheets is protected and cannot be written. Go to Review → Unprotect, then run again.",
  },
  EXCEL_PROTECTED_REFUSED: {
    vi: "Không ghi kết quả vào trang tính “{sheet}” vì trang này đang được bảo vệ; kết quả vẫn có trong báo cáo và các trang của tiện ích. Muốn ghi: thẻ Xem lại (Review) → Bỏ bảo vệ trang tính, rồi chạy lại.",
    en: "Results were not written to sheet “{sheet}” because it is protected; they are still in the report and the add-in's sheets. To write them: Review → Unprotect Sheet, then run again.",
  },
  EXCEL_API_MISSING: {
    vi: "Phiên bản Excel này chưa hỗ trợ chức năng cần dùng. Cần Microsoft 365, Office 2021 trở lên, hoặc Excel trên web; với Excel cũ hơn, hãy dùng trang chạy độc lập hoặc dòng lệnh.",
    en: "This version of Excel lacks a feature the add-in needs. It needs Microsoft 365, Office 2021 or later, or Excel on the web; with older Excel use the standalone page or the command line.",
  },
  EXCEL_GENERAL: {
    vi: "Excel báo lỗi chung khi thực hiện thao tác. Hãy lưu sổ tính, đóng các hộp thoại đang mở rồi chạy lại.",
    en: "Excel reported a general error. Save the workbook, close any open dialog, then run again.",
  },
  EXCEL_ITEM_NOT_FOUND: {
    vi: "Không tìm thấy trang tính hoặc vùng dữ liệu cần dùng (có thể vừa bị đổi tên hoặc xóa). Hãy chạy rà soát lại.",
    en: "A sheet or range the add-in needs was not found (it may have been renamed or deleted). Run the check again.",
  },
  EXCEL_UNKNOWN: {
    vi: "Excel báo lỗi “{code}”. Hãy lưu sổ tính rồi chạy lại; nếu lỗi còn, gửi mã lỗi này cho bộ phận hỗ trợ.",
    en: "Excel reported error “{code}”. Save the workbook and run again; if it persists, send this code to support.",
  },
};
