/**
 * A small department written by hand so that every verdict below can be worked out on paper (spec/criteria.md).
 * Units: "Phòng Quản lý đất đai" (3 people) and "Văn phòng Sở" (4 people).
 */
import ExcelJS from "exceljs";

const FONT = { name: "Times New Roman", size: 12 };

export const PEOPLE_HEADER = [
  "STT",
  "Họ và tên",
  "Chức vụ",
  "Đơn vị",
  "Xếp loại chất lượng",
  "Sáng kiến, đề tài",
  "Kỷ luật",
  "Tinh thần trách nhiệm",
  "Chấp hành phân công",
  "Văn hóa công sở",
  "Hưởng ứng phong trào thi đua",
  "Số tháng công tác",
  "Danh hiệu đề nghị",
];

// prettier-ignore
export const PEOPLE: (string | number | null)[][] = [
  // row 2: the head of "Phòng Quản lý đất đai", proposed LĐTT and CSTĐCS; her CSTĐCS needs the unit's TTLĐXS, whose
  // only CSTĐCS member is herself (the cycle of criteria.md §2: consistent both ways, so eligible).
  [1, "Nguyễn Thị An", "Trưởng phòng", "Phòng Quản lý đất đai", "Hoàn thành xuất sắc nhiệm vụ", "SK số 3/2025", null, "x", "x", "x", "x", 12, "LĐTT, CSTĐCS"],
  // row 3: HTTNV without an initiative, proposed CSTĐCS → I2 gap, not eligible; still eligible for LĐTT.
  [2, "Trần Văn Bình", "Chuyên viên", "Phòng Quản lý đất đai", "HTTNV", null, null, "x", "x", "x", "x", 12, "CSTĐCS"],
  // row 4: "Hoàn thành tốt NV" is HTTNV (abbreviation inside longer text) → LĐTT eligible.
  [3, "Lê Văn Cường", "Chuyên viên", "Phòng Quản lý đất đai", "Hoàn thành tốt NV", null, null, "x", "x", "x", "x", 12, "LĐTT"],
  // row 5: rating blank → I1 unknown → needs_info.
  [4, "Phạm Thị Dung", "Chuyên viên", "Văn phòng Sở", null, null, null, "x", "x", "x", "x", 12, "LĐTT"],
  // row 6: 5 months worked → SERVICE gap (TT 01/2024/TT-BNV: < 6 months not considered).
  [5, "Hoàng Văn Em", "Nhân viên", "Văn phòng Sở", "HTTNV", null, null, "x", "x", "x", "x", 5, "LĐTT"],
  // row 7: "Không hoàn thành nhiệm vụ" is KHTNV, not HTNV (vocabulary trap) → I1 gap.
  [6, "Đỗ Thị Giang", "Chuyên viên", "Văn phòng Sở", "Không hoàn thành nhiệm vụ", null, null, "x", "x", "x", "x", 12, "LĐTT"],
  // row 8: khiển trách yet rated HTTNV → I5 gap and the R_DISC_RATING warning (criteria.md §5.1).
  [7, "Vũ Văn Hùng", "Chuyên viên", "Văn phòng Sở", "HTTNV", null, "Khiển trách", "x", "x", "x", "x", 12, "LĐTT"],
];

export const UNITS_HEADER = [
  "STT",
  "Tên đơn vị",
  "Xếp loại tập thể",
  "Hưởng ứng phong trào",
  "Kế hoạch công tác năm",
  "Văn hóa công sở",
  "Đoàn kết nội bộ",
  "Điển hình tiên tiến",
  "Tổng số CBCCVC",
  "Hình thức đề nghị",
];

// prettier-ignore
export const UNITS: (string | number | null)[][] = [
  [1, "Phòng Quản lý đất đai", "HTXSNV", "x", "x", "x", "x", "x", 3, "TTLĐXS"],
  [2, "Văn phòng Sở", "HTTNV", "x", "x", "x", "x", "x", 4, "TTLĐTT"],
];

export async function handWorkedWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, header, rows] of [
    ["Cá nhân", PEOPLE_HEADER, PEOPLE],
    ["Tập thể", UNITS_HEADER, UNITS],
  ] as const) {
    const ws = wb.addWorksheet(name);
    ws.addRow([...header]);
    for (const r of rows) ws.addRow([...r]);
    ws.eachRow((row) => row.eachCell((c) => (c.font = { ...FONT })));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A proposal list (danh sách đề nghị): names, units and titles, but no rating column. */
export async function proposalListOnly(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Đề nghị");
  ws.addRow(["STT", "Họ và tên", "Đơn vị", "Hình thức đề nghị"]);
  ws.addRow([1, "Nguyễn Văn An", "Văn phòng Sở", "LĐTT"]);
  ws.addRow([2, "Trần Thị Bình", "Thanh tra Sở", "CSTĐCS"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
