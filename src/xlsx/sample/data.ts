/** Word lists of a Cần Thơ department: units, people's names, positions, the clerks' ways of writing ratings. */

export interface UnitDef {
  /** Name on the units sheet. */
  name: string;
  /** Group-row text on the individuals sheet. */
  group: string;
  /** Head's position, deputies' position. */
  head: string;
  deputy: string;
}

const ROMAN = [
  "I",
  "II",
  "III",
  "IV",
  "V",
  "VI",
  "VII",
  "VIII",
  "IX",
  "X",
  "XI",
  "XII",
  "XIII",
  "XIV",
  "XV",
  "XVI",
  "XVII",
  "XVIII",
  "XIX",
  "XX",
];

const UNITS: [string, string, string][] = [
  ["Văn phòng Sở", "Chánh Văn phòng", "Phó Chánh Văn phòng"],
  ["Thanh tra Sở", "Chánh Thanh tra", "Phó Chánh Thanh tra"],
  ["Phòng Kế hoạch - Tài chính", "Trưởng phòng", "Phó Trưởng phòng"],
  ["Phòng Tổ chức cán bộ", "Trưởng phòng", "Phó Trưởng phòng"],
  ["Phòng Quản lý đất đai", "Trưởng phòng", "Phó Trưởng phòng"],
  ["Phòng Tài nguyên nước", "Trưởng phòng", "Phó Trưởng phòng"],
  ["Phòng Môi trường", "Trưởng phòng", "Phó Trưởng phòng"],
  ["Phòng Trồng trọt và Bảo vệ thực vật", "Trưởng phòng", "Phó Trưởng phòng"],
  ["Phòng Chăn nuôi và Thú y", "Trưởng phòng", "Phó Trưởng phòng"],
  ["Chi cục Thủy lợi", "Chi cục trưởng", "Phó Chi cục trưởng"],
  ["Chi cục Kiểm lâm", "Chi cục trưởng", "Phó Chi cục trưởng"],
  ["Chi cục Phát triển nông thôn", "Chi cục trưởng", "Phó Chi cục trưởng"],
  ["Trung tâm Khuyến nông", "Giám đốc Trung tâm", "Phó Giám đốc Trung tâm"],
  ["Trung tâm Quan trắc tài nguyên và môi trường", "Giám đốc Trung tâm", "Phó Giám đốc Trung tâm"],
  ["Văn phòng Đăng ký đất đai", "Giám đốc", "Phó Giám đốc"],
  ["Phòng Biển, đảo và Khí tượng thủy văn", "Trưởng phòng", "Phó Trưởng phòng"],
  ["Phòng Kinh tế hợp tác và Trang trại", "Trưởng phòng", "Phó Trưởng phòng"],
  ["Chi cục Quản lý chất lượng nông lâm sản", "Chi cục trưởng", "Phó Chi cục trưởng"],
];

/** The department's own row first ("Ban Giám đốc Sở"), then `count - 1` units (at most 18). */
export function unitDefs(count: number): UnitDef[] {
  const n = Math.max(1, Math.min(count, UNITS.length + 1));
  const out: UnitDef[] = [
    { name: "Ban Giám đốc Sở", group: "Ban Giám đốc", head: "Giám đốc", deputy: "Phó Giám đốc" },
  ];
  for (let i = 0; i < n - 1; i++) {
    const [name, head, deputy] = UNITS[i];
    out.push({ name, group: `${ROMAN[i]}. ${name.toUpperCase()}`, head, deputy });
  }
  return out;
}

export const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Huỳnh",
  "Hoàng",
  "Phan",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
  "Trương",
  "Lâm",
  "Châu",
  "Tạ",
  "Quách",
];
export const MIDDLE_M = [
  "Văn",
  "Minh",
  "Quốc",
  "Thanh",
  "Hoàng",
  "Đức",
  "Hữu",
  "Công",
  "Tấn",
  "Ngọc",
  "Trung",
  "Chí",
];
export const MIDDLE_F = [
  "Thị",
  "Ngọc",
  "Thanh",
  "Thị Thu",
  "Kim",
  "Mỹ",
  "Thị Kim",
  "Hồng",
  "Bích",
  "Phương",
];
export const GIVEN_M = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hải",
  "Hùng",
  "Khang",
  "Long",
  "Nam",
  "Phúc",
  "Quang",
  "Sơn",
  "Tài",
  "Thắng",
  "Toàn",
  "Trí",
  "Tuấn",
  "Việt",
  "Vinh",
  "Lộc",
  "Nghĩa",
  "Hiếu",
];
export const GIVEN_F = [
  "Anh",
  "Châu",
  "Diễm",
  "Giang",
  "Hà",
  "Hạnh",
  "Hoa",
  "Hương",
  "Lan",
  "Linh",
  "Mai",
  "Ngân",
  "Nhung",
  "Oanh",
  "Phượng",
  "Quyên",
  "Thảo",
  "Trang",
  "Tuyết",
  "Vy",
  "Yến",
  "Xuân",
];

export const STAFF_POSITIONS = [
  "Chuyên viên chính",
  "Chuyên viên",
  "Chuyên viên",
  "Chuyên viên",
  "Chuyên viên",
  "Cán sự",
  "Kế toán viên",
  "Nhân viên",
  "Văn thư",
  "Lái xe",
];

/** How clerks write each rating level (canonical first). */
export const RATING_FORMS = {
  HTXSNV: ["Hoàn thành xuất sắc nhiệm vụ", "HTXSNV", "HTXS"],
  HTTNV: ["Hoàn thành tốt nhiệm vụ", "HTTNV", "Hoàn thành tốt NV", "HTT NV"],
  HTNV: ["Hoàn thành nhiệm vụ", "HTNV"],
  KHTNV: ["Không hoàn thành nhiệm vụ"],
} as const;

export const INITIATIVES = [
  "Giải pháp số hóa hồ sơ địa chính",
  "Sáng kiến cải tiến quy trình cấp giấy chứng nhận quyền sử dụng đất",
  "Đề tài đánh giá chất lượng nước mặt sông Hậu",
  "Giải pháp quản lý văn bản điện tử",
  "Sáng kiến ứng dụng bản đồ số trong quản lý rừng",
  "Đề tài mô hình canh tác lúa giảm phát thải",
  "Giải pháp theo dõi dịch bệnh gia súc trên điện thoại",
  "Sáng kiến rút ngắn thời gian giải quyết thủ tục hành chính",
];

export const ACHIEVEMENTS = [
  "Hoàn thành xuất sắc nhiệm vụ chuyên môn, tham mưu nhiều văn bản chất lượng",
  "Tích cực trong công tác chuyển đổi số của đơn vị",
  "Có thành tích trong phòng, chống thiên tai năm 2025",
];

/** Text typed in TCVN3 (ABC) with a ".VnTime" font, as old files still hold it: [legacy text, Unicode meaning]. */
export const TCVN3_NAMES: [string, string][] = [
  ["NguyÔn ThÞ Hoµ", "Nguyễn Thị Hoà"],
  ["TrÇn V¨n B×nh", "Trần Văn Bình"],
  ["Lª Hoµng Phóc", "Lê Hoàng Phúc"],
];
export const TCVN3_RATING: [string, string] = [
  "Hoµn thµnh tèt nhiÖm vô",
  "Hoàn thành tốt nhiệm vụ",
];

/** Prefix on a drawn text that the sheet writer strips, writing the rest in the ".VnTime" font (a TCVN3 cell). */
export const LEGACY_MARK = "\u0000tcvn3:";
