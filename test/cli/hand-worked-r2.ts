/**
 * A department written by hand with the cases of the legal review (spec revision 2), so that every list the council
 * signs can be worked out on paper. Three units:
 * - "Phòng A" (HTXSNV, proposes TTLĐXS): its head is proposed CSTĐ cấp tỉnh with three CSTĐCS and a provincial
 *   initiative; the proposal carries CSTĐCS (the head-of-unit cycle holds: the unit's TTLĐXS rests on her) and LĐTT.
 * - "Phòng B" (HTTNV, proposes TTLĐXS): not eligible (UNIT_HTXS), so its head's CSTĐCS fails (I6H) and he is listed
 *   for LĐTT through the ladder; B3 is eligible for CSTĐCS but nobody proposed him, which the unit's HAS_CSTDCS names;
 *   the unit is listed for TTLĐTT through the ladder.
 * LĐTT: 8 proposed (6 eligible: Ba, Cúc, Em, Giang, Lan, Nga) and 2 carried (An, Dũng), both eligible.
 * - "Phòng C" (HTTNV, proposes TTLĐTT): C1 has a khiển trách (no LĐTT, no Bằng khen), C2 was on maternity leave
 *   (4 months worked + 6 written in the note) and rated HTTNV (R_SERVICE_RATING), C3 has a pending discipline, C4
 *   qualifies: 2 of 4 eligible for LĐTT is not more than 50 %, so TTLĐTT fails.
 */
import ExcelJS from "exceljs";

export const R2_PEOPLE_HEADER = [
  "STT",
  "Họ và tên",
  "Chức vụ",
  "Đơn vị",
  "Xếp loại chất lượng",
  "Sáng kiến, đề tài",
  "Cấp công nhận sáng kiến",
  "Kỷ luật",
  "Tinh thần trách nhiệm",
  "Chấp hành phân công",
  "Văn hóa công sở",
  "Hưởng ứng phong trào thi đua",
  "Số tháng công tác",
  "Đang xem xét kỷ luật",
  "Danh hiệu năm 2024",
  "Danh hiệu năm 2023",
  "Ghi chú",
  "Danh hiệu đề nghị",
];

const SK = "Sáng kiến số hóa hồ sơ";
// prettier-ignore
export const R2_PEOPLE: (string | number | null)[][] = [
  [1, "Nguyễn Thị An", "Trưởng phòng", "Phòng A", "HTXSNV", SK, "cấp thành phố", null, "x", "x", "x", "x", 12, null, "CSTĐCS", "CSTĐCS", null, "CSTĐ thành phố"],
  [2, "Lê Văn Ba", "Chuyên viên", "Phòng A", "HTTNV", null, null, null, "x", "x", "x", "x", 12, null, null, null, null, "LĐTT"],
  [3, "Phạm Thị Cúc", "Chuyên viên", "Phòng A", "HTTNV", null, null, null, "x", "x", "x", "x", 12, null, null, null, null, "LĐTT"],
  [4, "Trần Văn Dũng", "Trưởng phòng", "Phòng B", "HTXSNV", SK, null, null, "x", "x", "x", "x", 12, null, null, null, null, "CSTĐCS"],
  [5, "Hoàng Thị Em", "Chuyên viên", "Phòng B", "HTTNV", null, null, null, "x", "x", "x", "x", 12, null, null, null, null, "LĐTT"],
  [6, "Đỗ Văn Giang", "Chuyên viên", "Phòng B", "HTXSNV", SK, null, null, "x", "x", "x", "x", 12, null, null, null, null, "LĐTT"],
  [7, "Vũ Văn Hải", "Chuyên viên", "Phòng C", "HTTNV", null, null, "Khiển trách", "x", "x", "x", "x", 12, null, "CSTĐCS", null, null, "LĐTT, Bằng khen"],
  [8, "Ngô Thị Lan", "Chuyên viên", "Phòng C", "HTTNV", null, null, null, "x", "x", "x", "x", 4, null, null, null, "Nghỉ thai sản 6 tháng", "LĐTT"],
  [9, "Bùi Văn Minh", "Chuyên viên", "Phòng C", "HTTNV", null, null, null, "x", "x", "x", "x", 12, "Đang xem xét kỷ luật", null, null, null, "LĐTT"],
  [10, "Đinh Thị Nga", "Chuyên viên", "Phòng C", "HTTNV", null, null, null, "x", "x", "x", "x", 12, null, null, null, null, "LĐTT"],
];

export const R2_UNITS_HEADER = [
  "STT",
  "Tên đơn vị",
  "Xếp loại tập thể",
  "Hưởng ứng phong trào",
  "Kế hoạch công tác năm",
  "Văn hóa công sở",
  "Đoàn kết nội bộ",
  "Điển hình tiên tiến",
  "Tổng số CBCCVC",
  "Đang xem xét kỷ luật/thanh tra",
  "Hình thức đề nghị",
];

// prettier-ignore
export const R2_UNITS: (string | number | null)[][] = [
  [1, "Phòng A", "HTXSNV", "x", "x", "x", "x", "x", 3, null, "TTLĐXS"],
  [2, "Phòng B", "HTTNV", "x", "x", "x", "x", "x", 3, null, "TTLĐXS"],
  [3, "Phòng C", "HTTNV", "x", "x", "x", "x", "x", 4, null, "TTLĐTT"],
];

export async function revision2Workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, header, rows] of [
    ["Cá nhân", R2_PEOPLE_HEADER, R2_PEOPLE],
    ["Tập thể", R2_UNITS_HEADER, R2_UNITS],
  ] as const) {
    const ws = wb.addWorksheet(name);
    ws.addRow([...header]);
    for (const r of rows) ws.addRow([...r]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
