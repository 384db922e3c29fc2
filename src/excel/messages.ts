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
  EXCEL_UNDO: {
    vi: "Excel không cho gộp thao tác này vào một bước Hoàn tác (Undo). Hãy lưu sổ tính rồi chạy lại; nếu lỗi còn, gửi mã lỗi UndoNotSupported cho bộ phận hỗ trợ.",
    en: "Excel cannot put this operation into one Undo step. Save the workbook and run again; if it persists, send the code UndoNotSupported to support.",
  },
  EXCEL_INVALID_OPERATION: {
    vi: "Excel không cho thực hiện thao tác này trên sổ tính hiện tại (ví dụ lọc chồng lên một Bảng (Table), hoặc sổ tính đang được chia sẻ/khóa). Hãy kiểm tra các Bảng và bộ lọc trên trang tính, lưu sổ tính rồi chạy lại.",
    en: "Excel does not allow this operation on the workbook as it is (e.g. a filter over a Table, or a shared/locked workbook). Check the sheet's tables and filters, save, then run again.",
  },
  EXCEL_INVALID_ARGUMENT: {
    vi: "Excel từ chối một giá trị tiện ích gửi sang (tên trang tính, địa chỉ ô hoặc định dạng không hợp lệ). Hãy chạy rà soát lại; nếu lỗi còn, gửi mã lỗi InvalidArgument cho bộ phận hỗ trợ.",
    en: "Excel refused a value the add-in sent (an invalid sheet name, address or format). Run the check again; if it persists, send the code InvalidArgument to support.",
  },
  EXCEL_ITEM_EXISTS: {
    vi: "Trong sổ tính đã có một trang tính hoặc tên (Name) trùng với tên tiện ích định tạo. Hãy chạy rà soát lại (tiện ích sẽ chọn tên khác); nếu lỗi còn, đổi tên trang tính trùng rồi chạy lại.",
    en: "The workbook already has a sheet or name the add-in meant to create. Run the check again (another name is chosen); if it persists, rename that sheet and run again.",
  },
  EXCEL_CONFLICT: {
    vi: "Sổ tính vừa bị thay đổi cùng lúc (người khác đang sửa, hoặc đang chèn/xóa dòng, cột). Hãy chờ các thay đổi được lưu xong rồi chạy lại.",
    en: "The workbook changed at the same time (someone else is editing, or rows/columns are being inserted or deleted). Wait until the changes are saved, then run again.",
  },
  EXCEL_FILTERED: {
    vi: "Không ghi được vì trang tính đang lọc dữ liệu. Mở thẻ Dữ liệu (Data) → Xóa (Clear) để bỏ điều kiện lọc, rồi chạy lại.",
    en: "Nothing could be written while the sheet is filtered. Go to Data → Clear to remove the filter criteria, then run again.",
  },
  EXCEL_MERGED: {
    vi: "Không ghi được vì có ô gộp (Merge) chồng lên vùng kết quả bên phải bảng. Hãy bỏ gộp các ô đó (Trang đầu (Home) → Gộp và căn giữa (Merge & Center) → Bỏ gộp ô), rồi chạy lại.",
    en: "Nothing could be written because merged cells overlap the result area right of the table. Unmerge them (Home → Merge & Center → Unmerge Cells), then run again.",
  },
  EXCEL_ABORTED: {
    vi: "Excel đã hủy yêu cầu giữa chừng (mất kết nối hoặc sổ tính đang bận). Hãy chờ một lúc rồi chạy lại; các phần đã ghi sẽ được ghi đè đúng chỗ.",
    en: "Excel aborted the request (connection lost or the workbook was busy). Wait a moment and run again; what was written is replaced in place.",
  },
  EXCEL_TABLE_NO_FILTER: {
    vi: "Trang tính “{sheet}” là một Bảng (Table) của Excel nên tiện ích không thêm bộ lọc: nút lọc của Bảng không lọc được các cột kết quả nằm bên phải Bảng. Muốn lọc theo cột “Kết quả”: chọn Bảng → thẻ Thiết kế Bảng (Table Design) → Chuyển thành vùng (Convert to Range), rồi Dữ liệu › Lọc (Data › Filter) trên dòng tiêu đề; hoặc dùng nút “Lọc dòng cần xem” sau khi chuyển.",
    en: "Sheet “{sheet}” is an Excel Table, so the add-in added no filter: the Table's filter buttons do not reach the result columns right of it. To filter by “Kết quả”: select the Table → Table Design → Convert to Range, then Data › Filter on the header row.",
  },
  EXCEL_STRUCTURE_SKIPPED: {
    vi: "Sổ tính đang được bảo vệ cấu trúc nên tiện ích không thêm, xóa hay ẩn trang tính: chưa ghi {sheets}. Kết quả trên các trang dữ liệu vẫn được ghi. Muốn ghi đủ: thẻ Xem lại (Review) → Bảo vệ sổ làm việc (Protect Workbook) để bỏ bảo vệ, rồi chạy lại.",
    en: "The workbook's structure is protected, so the add-in added, deleted or hid no sheet: {sheets} not written. Results on the data sheets were written. To write everything: Review → Protect Workbook to unprotect, then run again.",
  },
  EXCEL_STRUCTURE_NOT_REMOVED: {
    vi: "Sổ tính đang được bảo vệ cấu trúc nên không xóa được các trang của tiện ích: {sheets}. Các cột kết quả và đánh dấu đã được xóa. Muốn xóa nốt: thẻ Xem lại (Review) → Bảo vệ sổ làm việc (Protect Workbook) để bỏ bảo vệ, rồi bấm “Xóa đánh dấu” lần nữa.",
    en: "The workbook's structure is protected, so the add-in's sheets were not deleted: {sheets}. Result columns and marks were removed. To finish: Review → Protect Workbook to unprotect, then run “Xóa đánh dấu” again.",
  },
  EXCEL_FILTER_CRITERIA_CLEARED: {
    vi: "Trang tính “{sheet}” đang lọc dữ liệu: tiện ích đã bỏ điều kiện lọc (giữ nguyên bộ lọc) để ghi kết quả cho mọi dòng. Lọc lại bằng nút lọc trên dòng tiêu đề nếu cần.",
    en: "Sheet “{sheet}” was filtered: the add-in removed the filter criteria (the filter stays) to write results for every row. Filter again with the header's buttons if needed.",
  },
  EXCEL_LINKS_CAPPED: {
    vi: "Excel chỉ giữ tối đa 65.530 liên kết trên một trang tính: {count} dòng cuối của trang “{sheet}” không có liên kết, cột “Ô” vẫn ghi địa chỉ ô để tìm (Ctrl+G, gõ địa chỉ). Muốn ít dòng hơn: lọc bớt trang dữ liệu hoặc tắt trang “Rà soát chi tiết” ở bước Tiêu chí.",
    en: "Excel keeps at most 65,530 hyperlinks on a sheet: the last {count} rows of “{sheet}” have no link; their “Ô” column still gives the cell address (Ctrl+G, type it). For fewer rows, check fewer rows or turn the “Rà soát chi tiết” sheet off in the Criteria step.",
  },
  EXCEL_UNKNOWN: {
    vi: "Excel báo lỗi “{code}”. Hãy lưu sổ tính rồi chạy lại; nếu lỗi còn, gửi mã lỗi này cho bộ phận hỗ trợ.",
    en: "Excel reported error “{code}”. Save the workbook and run again; if it persists, send this code to support.",
  },
};
