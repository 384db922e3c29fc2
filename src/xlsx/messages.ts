/** Sentences the .xlsx host says itself: input it cannot open, sheets it will not write or cannot edit safely. */
import type { Catalogue } from "../core/i18n/types";

export const XLSX_MESSAGES: Catalogue = {
  "xlsx.notXlsx": {
    vi: "Tệp “{file}” không phải là sổ tính Excel (.xlsx): {detail}. Hãy mở tệp bằng Excel và lưu lại dưới dạng “Sổ làm việc Excel (*.xlsx)”.",
    en: "“{file}” is not an Excel workbook (.xlsx): {detail}. Open it in Excel and save it as “Excel Workbook (*.xlsx)”.",
  },
  "xlsx.notXlsx.text": {
    vi: "tệp chứa văn bản thuần (có thể là tệp CSV được đổi đuôi thành .xlsx)",
    en: "the file holds plain text (perhaps a CSV file renamed to .xlsx)",
  },
  "xlsx.notXlsx.xls": {
    vi: "tệp ở định dạng Excel 97–2003 (.xls)",
    en: "the file is in the Excel 97–2003 format (.xls)",
  },
  "xlsx.notXlsx.zip": {
    vi: "tệp nén không chứa sổ tính Excel (thiếu xl/workbook.xml)",
    en: "the archive holds no Excel workbook (xl/workbook.xml is missing)",
  },
  "xlsx.notXlsx.unknown": {
    vi: "không nhận ra định dạng tệp",
    en: "the file format is not recognised",
  },
  "xlsx.encrypted": {
    vi: "Tệp “{file}” được đặt mật khẩu mở tệp nên không đọc được. Hãy mở bằng Excel, vào Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu rồi lưu lại.",
    en: "“{file}” is protected by an opening password and cannot be read. Open it in Excel, go to File › Info › Protect Workbook › Encrypt with Password, clear the password and save.",
  },
  "xlsx.truncated": {
    vi: "Tệp “{file}” bị hỏng hoặc chưa được sao chép hết ({detail}). Hãy lấy lại bản gốc của tệp.",
    en: "“{file}” is damaged or was not copied completely ({detail}). Please get the original file again.",
  },
  "xlsx.clearUnsafe": {
    vi: "Không xóa đánh dấu trong tệp “{file}”: trang tính “{sheet}” ({part}) không sửa an toàn được: {why}. Hãy mở tệp trong Excel và dùng nút “Xóa đánh dấu” của add-in.",
    en: "Marks in “{file}” are not cleared: the sheet “{sheet}” ({part}) cannot be edited safely: {why}. Open the file in Excel and use the add-in's “Clear marks” button.",
  },
  "xlsx.empty": {
    vi: "Sổ tính “{file}” không có dữ liệu: không trang tính nào có ô chứa giá trị.",
    en: "The workbook “{file}” holds no data: no worksheet has a cell with a value.",
  },
  "xlsx.protected": {
    vi: "Trang tính “{sheet}” đang được bảo vệ nên không ghi kết quả rà soát vào đó. Kết quả vẫn có trong báo cáo và các trang của công cụ. Để ghi vào trang, chọn thẻ Xem lại › Bỏ bảo vệ trang tính (nhập mật khẩu nếu có) rồi chạy lại.",
    en: "The sheet “{sheet}” is protected, so no review results were written into it. The results are still in the report and the add-in's own sheets. To write them, choose Review › Unprotect Sheet (enter the password if asked) and run again.",
  },
  "xlsx.tableNoFilter": {
    vi: "Trang tính “{sheet}” là một Bảng (Table) của Excel nên không thêm bộ lọc: nút lọc của Bảng không lọc được các cột kết quả nằm bên phải Bảng. Muốn lọc theo cột “Kết quả”: chọn Bảng → thẻ Thiết kế Bảng (Table Design) → Chuyển thành vùng (Convert to Range), rồi Dữ liệu › Lọc (Data › Filter) trên dòng tiêu đề.",
    en: "Sheet “{sheet}” is an Excel Table, so no filter was added: the Table's filter buttons do not reach the result columns right of it. To filter by “Kết quả”: select the Table → Table Design → Convert to Range, then Data › Filter on the header row.",
  },
  "xlsx.sheetMissing": {
    vi: "Không tìm thấy trang tính “{sheet}” trong sổ tính nên không ghi được kết quả vào đó.",
    en: "The sheet “{sheet}” was not found in the workbook, so no results were written into it.",
  },
  "xlsx.unsafeSheet": {
    vi: "trang tính “{sheet}”, phần {part}: {why}",
    en: "the sheet “{sheet}”, part {part}: {why}",
  },
  "xlsx.unsafe.refused": {
    vi: "Trang tính “{sheet}” không ghi kết quả rà soát vào được một cách an toàn ({part}): {why}. Kết quả vẫn có trong báo cáo và các trang của công cụ.",
    en: "The review results were not written into the sheet “{sheet}”, which cannot be edited safely ({part}): {why}. The results are still in the report and the add-in's own sheets.",
  },
  "xlsx.unsafe.noSheetData": {
    vi: "phần XML của trang tính không có vùng ô (sheetData)",
    en: "the sheet's XML has no cell data (sheetData)",
  },
  "xlsx.unsafe.element": {
    vi: "phần XML của trang tính có phần tử <{element}> không thuộc lược đồ OOXML của trang tính, nên không biết chèn định dạng và bộ lọc vào đâu",
    en: "the sheet's XML has an element <{element}> that is not in the OOXML worksheet schema, so the writer cannot tell where its formats and filter go",
  },
  "xlsx.unsafe.order": {
    vi: "các phần tử trong XML của trang tính không theo thứ tự của lược đồ OOXML (<{element}> đứng sau <{before}>)",
    en: "the elements of the sheet's XML are not in the OOXML schema's order (<{element}> after <{before}>)",
  },
  "xlsx.unsafe.rowOrder": {
    vi: "các dòng trong XML của trang tính không theo thứ tự (dòng {row} đứng sau dòng {before})",
    en: "the rows of the sheet's XML are out of order (row {row} after row {before})",
  },
  "xlsx.unsafe.pivot": {
    vi: "bảng tổng hợp (PivotTable) “{name}” ở vùng {ref} nằm trong các cột {cols}, nơi phải ghi kết quả rà soát",
    en: "the PivotTable “{name}” at {ref} lies in the columns {cols}, where the review results go",
  },
  "xlsx.unsafe.table": {
    vi: "Bảng (Table) “{name}” ở vùng {ref} nằm trong các cột {cols}, nơi phải ghi kết quả rà soát",
    en: "the table “{name}” at {ref} lies in the columns {cols}, where the review results go",
  },
  "xlsx.resultsOnly.note": {
    vi: "Sổ tính này chỉ chứa kết quả rà soát (giá trị, không có công thức) vì không ghi an toàn được vào sổ gốc: {parts}.",
    en: "This workbook holds review results only (values, no formulas) because the original could not be written safely: {parts}.",
  },
};
