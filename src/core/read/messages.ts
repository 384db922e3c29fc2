/**
 * Messages of `read`: input problems, keyed by their problem code (spec/report.md `problems`). Vietnamese first;
 * every message names the sheet and, where there is one, the cell, and says what to fix.
 */
import type { Catalogue } from "../i18n/types";

export const READ_MESSAGES = {
  NO_DATA_SHEET: {
    vi: "Không tìm thấy trang tính nào có thể rà soát: cần một bảng có cột họ và tên (hoặc tên đơn vị) và cột xếp loại, với ít nhất một dòng dữ liệu. Hãy kiểm tra lại tiêu đề cột của danh sách bình xét.",
    en: "No sheet can be checked: a table needs a name (or unit name) column and a rating column, with at least one data row. Check the column headers of the evaluation list.",
  },
  NO_RATING_COLUMN: {
    vi: "Trang tính “{sheet}” không có cột xếp loại nên không thể rà soát. Các cột tìm thấy: {columns}. Hãy thêm cột “Xếp loại” (kết quả đánh giá, xếp loại chất lượng năm {year}) rồi chạy lại. Các cột còn thiếu và tiêu chí mỗi cột cho phép kiểm tra: {missingVi}.",
    en: "Sheet “{sheet}” has no rating column, so it cannot be checked. Columns found: {columns}. Add a “Xếp loại” column (the {year} quality rating) and run again. Missing columns and the criteria each would allow: {missingEn}.",
  },
  NO_DATA_ROWS: {
    vi: "Trang tính “{sheet}” có tiêu đề cột (dòng {headerRows}) nhưng không có dòng dữ liệu nào bên dưới. Hãy nhập danh sách dưới dòng tiêu đề.",
    en: "Sheet “{sheet}” has column headers (row {headerRows}) but no data rows below them. Enter the list under the header row.",
  },
  SHEET_EMPTY: {
    vi: "Trang tính “{sheet}” trống, không rà soát.",
    en: "Sheet “{sheet}” is empty and was not checked.",
  },
  SHEET_NO_HEADER: {
    vi: "Trang tính “{sheet}” không có dòng tiêu đề của danh sách bình xét (cột họ và tên hoặc tên đơn vị, cột xếp loại) nên được bỏ qua. Nếu đây là danh sách cần rà soát, hãy đặt tên cột theo mẫu, ví dụ “Họ và tên”, “Xếp loại”.",
    en: "Sheet “{sheet}” has no header row of an evaluation list (a name or unit column and a rating column), so it was left alone. If it is a list to check, name its columns as in the template, e.g. “Họ và tên”, “Xếp loại”.",
  },
  SHEET_LOOKUP: {
    vi: "Trang tính “{sheet}” là bảng danh mục (tra cứu), không phải danh sách bình xét: bỏ qua.",
    en: "Sheet “{sheet}” is a lookup catalogue, not an evaluation list: left alone.",
  },
  SHEET_HISTORY: {
    vi: "Trang tính “{sheet}” chỉ có dữ liệu các năm trước (không có xếp loại năm {year}): bỏ qua.",
    en: "Sheet “{sheet}” only holds earlier years (no {year} rating): left alone.",
  },
  SHEET_CHART: {
    vi: "Trang tính “{sheet}” là trang biểu đồ: bỏ qua.",
    en: "Sheet “{sheet}” is a chart sheet: left alone.",
  },
  PROTECTED_SHEET: {
    vi: "Trang tính “{sheet}” đang được bảo vệ: vẫn rà soát nhưng không ghi kết quả vào trang này. Để ghi kết quả, vào Xem lại → Bỏ bảo vệ trang tính rồi chạy lại.",
    en: "Sheet “{sheet}” is protected: it is checked, but no results are written into it. To write them, use Review → Unprotect Sheet and run again.",
  },
  MAPPING_AMBIGUOUS: {
    vi: "Trang tính “{sheet}”: trường “{field}” có thể là cột {candidates}. Đã chọn cột {chosen} (“{header}”); hãy xác nhận hoặc chọn lại trong bảng ghép cột.",
    en: "Sheet “{sheet}”: field “{field}” could be column {candidates}. Column {chosen} (“{header}”) was chosen; confirm it or choose another in the column mapping.",
  },
  MAPPING_OVERRIDE_INVALID: {
    vi: "Trang tính “{sheet}”: ghép cột đã lưu cho trường “{field}” chỉ tới cột {columns} không có trong bảng; đã bỏ qua và tự nhận diện lại. Hãy chọn lại cột trong bảng ghép cột.",
    en: "Sheet “{sheet}”: the saved mapping of field “{field}” points to column {columns}, which is not in the table; it was ignored and the column detected again. Choose the column again in the column mapping.",
  },
  FORMULA_ERROR: {
    vi: "Ô {cell} (trang “{sheet}”, cột “{header}”) có lỗi công thức {error}: giá trị này được coi là chưa rõ. Hãy sửa công thức hoặc nhập giá trị.",
    en: "Cell {cell} (sheet “{sheet}”, column “{header}”) holds the formula error {error}: it counts as unknown. Fix the formula or enter the value.",
  },
  FORMULA_ERROR_MORE: {
    vi: "Trang tính “{sheet}” còn {count} ô lỗi công thức khác trong các cột được rà soát (chỉ liệt kê {shown} ô đầu). Hãy sửa các công thức này.",
    en: "Sheet “{sheet}” has {count} more cells with formula errors in checked columns (only the first {shown} are listed). Fix these formulas.",
  },
  FORMULA_NO_VALUE: {
    vi: "Ô {cell} (trang “{sheet}”) chứa công thức chưa được tính (không có giá trị lưu sẵn): giá trị được coi là chưa rõ. Hãy mở tệp bằng Excel, tính lại (F9) và lưu.",
    en: "Cell {cell} (sheet “{sheet}”) holds a formula with no calculated value: it counts as unknown. Open the file in Excel, recalculate (F9) and save.",
  },
  FORMULA_NO_VALUE_MORE: {
    vi: "Trang tính “{sheet}” còn {count} ô công thức chưa được tính khác (chỉ liệt kê {shown} ô đầu). Hãy tính lại (F9) và lưu.",
    en: "Sheet “{sheet}” has {count} more formulas with no calculated value (only the first {shown} are listed). Recalculate (F9) and save.",
  },
  LEGACY_ENCODING: {
    vi: "Trang tính “{sheet}”: ô {cell} dùng mã {encoding} (font cũ); nội dung đã được chuyển sang Unicode để rà soát, ô của đơn vị không bị sửa.",
    en: "Sheet “{sheet}”: cell {cell} uses the {encoding} encoding (old font); its text was converted to Unicode for checking, the office's cells are not changed.",
  },
  DUPLICATE_ROW: {
    vi: "Trang tính “{sheet}”: dòng {row} trùng hoàn toàn với dòng {firstRow}. Cả hai dòng đều được rà soát; hãy xóa dòng nhập trùng nếu đây là cùng một người/đơn vị.",
    en: "Sheet “{sheet}”: row {row} is an exact copy of row {firstRow}. Both rows are checked; delete the duplicate if it is the same person or unit.",
  },
  HOUSEHOLD_ROW: {
    vi: "Trang tính “{sheet}”, dòng {row}: khen thưởng hộ gia đình nằm ngoài phạm vi rà soát, bỏ qua dòng này.",
    en: "Sheet “{sheet}”, row {row}: household awards are outside the scope of this check; the row was left out.",
  },
  ROW_KIND_UNKNOWN: {
    vi: "Ô {cell} (trang “{sheet}”): không rõ dòng này là cá nhân hay tập thể (“{text}”). Hãy ghi “Cá nhân” hoặc “Tập thể” (CANHAN/TAPTHE) trong cột phân loại.",
    en: "Cell {cell} (sheet “{sheet}”): cannot tell whether this row is an individual or a collective (“{text}”). Write “Cá nhân” or “Tập thể” (CANHAN/TAPTHE) in the row-kind column.",
  },
  MISSING_NAME: {
    vi: "Ô {cell} (trang “{sheet}”) để trống họ tên nhưng dòng {row} có dữ liệu. Hãy nhập họ và tên.",
    en: "Cell {cell} (sheet “{sheet}”) has no name but row {row} holds data. Enter the name.",
  },
  UNIT_NOT_FOUND: {
    vi: "Đơn vị “{unit}” (trang “{sheet}”, ô {cell}) không có dòng trong danh sách tập thể. Hãy kiểm tra tên đơn vị cho thống nhất giữa hai danh sách hoặc bổ sung đơn vị vào danh sách tập thể.",
    en: "Unit “{unit}” (sheet “{sheet}”, cell {cell}) has no row in the list of collectives. Make the unit's name the same in both lists, or add the unit to the list of collectives.",
  },
  UNIT_NO_MEMBERS: {
    vi: "Đơn vị “{unit}” (trang “{sheet}”, ô {cell}) không có cá nhân nào trong danh sách cá nhân. Hãy kiểm tra tên đơn vị cho thống nhất giữa hai danh sách.",
    en: "Unit “{unit}” (sheet “{sheet}”, cell {cell}) has no members in the list of individuals. Make the unit's name the same in both lists.",
  },
} satisfies Catalogue;

export type ReadProblemCode = keyof typeof READ_MESSAGES;
