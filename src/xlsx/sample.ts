/**
 * A realistic year-end emulation workbook of a Cần Thơ department (spec/workbook.md "What comes in"), deterministic
 * from a seed: title rows, a two-row merged header, a numbering row, group and subtotal rows, clerks' spellings,
 * blanks, discipline cases, TCVN3 cells, history and proposal columns, the office's own conditional format, a units
 * sheet, and optionally a real chart part. Used by `thidua demo`, the tests and the web page (bytes out, no fs).
 */
import ExcelJS from "exceljs";
import {
  ACHIEVEMENTS,
  LEGACY_MARK,
  TCVN3_NAMES,
  TCVN3_RATING,
  unitDefs,
  type UnitDef,
} from "./sample/data";
import { drawPeople, type Person } from "./sample/people";
import { makeRng, type Rng } from "./sample/prng";
import { addChart } from "./sample/chart";

export interface SampleOptions {
  people?: number;
  units?: number;
  seed?: number;
  variant?: "standard" | "mixed" | "no-proposals";
  chart?: boolean;
}

const FONT = "Times New Roman";
const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export async function makeSampleWorkbook(opts: SampleOptions = {}): Promise<Uint8Array> {
  const rng = makeRng(opts.seed ?? 2025);
  const units = unitDefs(opts.units ?? 15);
  const people = drawPeople(rng, units, Math.max(units.length, opts.people ?? 250));
  addSpecialCases(people);
  const variant = opts.variant ?? "standard";
  const wb = new ExcelJS.Workbook();
  wb.creator = "Rà soát thi đua — mẫu";
  wb.created = new Date(Date.UTC(2025, 11, 15));
  wb.modified = wb.created;
  if (variant === "mixed") mixedSheet(wb, units, people, rng);
  else {
    individualsSheet(wb, units, people, variant !== "no-proposals");
    unitsSheet(wb, units, people, rng, variant !== "no-proposals");
  }
  if (opts.chart) chartDataSheet(wb, people);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return opts.chart ? addChart(bytes, "Biểu đồ") : bytes;
}

/** The cases the spec names, placed at fixed positions so tests can rely on them. */
function addSpecialCases(people: Person[]): void {
  const staff = people.filter(
    (p) => p.unit > 0 && !p.position.startsWith("Phó") && p.position !== "Trưởng phòng"
  );
  const at = (i: number): Person | undefined => staff[Math.floor((i * staff.length) / 11)];
  const a = at(1);
  if (a)
    Object.assign(a, {
      discipline: "Khiển trách",
      level: "HTTNV",
      ratingText: "HTTNV",
      proposal: "LĐTT",
    });
  const b = at(2);
  if (b)
    Object.assign(b, {
      discipline: "Cảnh cáo",
      level: "KHTNV",
      ratingText: "Không hoàn thành nhiệm vụ",
      proposal: "",
    });
  const c = at(3);
  if (c)
    Object.assign(c, {
      discipline: "Khiển trách",
      level: "HTXSNV",
      ratingText: "HTXS",
      proposal: "LĐTT, CSTĐCS",
    });
  TCVN3_NAMES.forEach(([legacy], i) => {
    const p = at(4 + i);
    if (p) p.name = LEGACY_MARK + legacy;
  });
  const r = at(7);
  if (r) Object.assign(r, { level: "HTTNV", ratingText: LEGACY_MARK + TCVN3_RATING[0] });
  const u = at(8);
  if (u) u.name = u.name.toUpperCase();
  const t = at(9);
  if (t) t.name = `${t.name}  `;
  if (people.length > 3) people[people.length - 1].months = null;
}

function font(bold = false, size = 12, name = FONT): Partial<ExcelJS.Font> {
  return { name, size, bold };
}

function put(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  value: ExcelJS.CellValue,
  f = font(),
  border = true
): void {
  const cell = ws.getCell(row, col);
  if (typeof value === "string" && value.startsWith(LEGACY_MARK)) {
    cell.value = value.slice(LEGACY_MARK.length);
    cell.font = font(false, 12, ".VnTime");
  } else {
    cell.value = value;
    cell.font = f;
  }
  if (border) cell.border = BOX;
}

function titleRows(ws: ExcelJS.Worksheet, width: number, title: string): void {
  const rows: [string, boolean][] = [
    ["UBND THÀNH PHỐ CẦN THƠ", false],
    ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", true],
    [title, true],
  ];
  rows.forEach(([text, bold], i) => {
    ws.mergeCells(i + 1, 1, i + 1, width);
    put(ws, i + 1, 1, text, font(bold, i === 2 ? 14 : 12), false);
    ws.getCell(i + 1, 1).alignment = { horizontal: "center" };
  });
}

interface Col {
  header: string;
  /** Header of the group it sits under ("Tiêu chí thi đua"), spanning the second header row. */
  group?: string;
  width: number;
  value: (p: Person) => ExcelJS.CellValue;
}

function twoRowHeader(ws: ExcelJS.Worksheet, cols: Col[], top: number): void {
  cols.forEach((c, i) => {
    const col = i + 1;
    ws.getColumn(col).width = c.width;
    if (c.group) {
      put(ws, top + 1, col, c.header, font(true));
      if (i === 0 || cols[i - 1].group !== c.group) {
        const last = col + cols.slice(i).findIndex((x) => x.group !== c.group);
        const end = last > col ? last - 1 : cols.length;
        ws.mergeCells(top, col, top, end);
        put(ws, top, col, c.group, font(true));
      }
    } else {
      ws.mergeCells(top, col, top + 1, col);
      put(ws, top, col, c.header, font(true));
    }
    put(ws, top + 2, col, `(${col})`, font(false, 11));
  });
  for (let r = top; r <= top + 2; r++) {
    ws.getRow(r).eachCell((cell) => {
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    });
  }
}

function individualsSheet(
  wb: ExcelJS.Workbook,
  units: UnitDef[],
  people: Person[],
  proposals: boolean
): void {
  const ws = wb.addWorksheet("Cá nhân");
  const crit = "Tiêu chí thi đua";
  const cols: Col[] = [
    { header: "STT", width: 6, value: () => null },
    { header: "Họ và tên", width: 26, value: (p) => p.name },
    { header: "Chức vụ", width: 22, value: (p) => p.position },
    {
      header: "Kết quả đánh giá, xếp loại năm 2025",
      width: 20,
      value: (p) => p.ratingText || null,
    },
    { header: "Sáng kiến, đề tài", group: crit, width: 30, value: (p) => p.initiative || null },
    { header: "Tinh thần trách nhiệm", group: crit, width: 12, value: (p) => p.marks[0] || null },
    { header: "Chấp hành phân công", group: crit, width: 12, value: (p) => p.marks[1] || null },
    { header: "Văn hóa công sở", group: crit, width: 12, value: (p) => p.marks[2] || null },
    {
      header: "Hưởng ứng phong trào thi đua",
      group: crit,
      width: 14,
      value: (p) => p.marks[3] || null,
    },
    { header: "Hình thức kỷ luật", width: 14, value: (p) => p.discipline || null },
    { header: "Số tháng công tác trong năm", width: 11, value: (p) => p.months },
    { header: "Danh hiệu năm 2023", width: 12, value: (p) => p.history2023 || null },
    { header: "Danh hiệu năm 2024", width: 12, value: (p) => p.history2024 || null },
  ];
  if (proposals)
    cols.push({ header: "Hình thức đề nghị", width: 18, value: (p) => p.proposal || null });
  cols.push({ header: "Ghi chú", width: 16, value: () => null });
  titleRows(ws, cols.length, "BẢNG TỔNG HỢP KẾT QUẢ BÌNH XÉT THI ĐUA NĂM 2025");
  twoRowHeader(ws, cols, 5);
  let row = 8;
  let stt = 0;
  const firstData = row;
  units.forEach((u, ui) => {
    const members = people.filter((p) => p.unit === ui);
    put(ws, row, 1, null);
    put(ws, row, 2, u.group, font(true));
    for (let c = 3; c <= cols.length; c++) put(ws, row, c, null);
    row++;
    const first = row;
    for (const p of members) {
      stt++;
      cols.forEach((c, i) => put(ws, row, i + 1, i === 0 ? stt : c.value(p)));
      if (p.months !== null && p.months < 6 && ui > 0)
        ws.getCell(row, cols.length).value = "Tuyển dụng tháng 7/2025";
      row++;
    }
    put(ws, row, 1, null);
    put(ws, row, 2, "Cộng", font(true));
    put(
      ws,
      row,
      3,
      { formula: `COUNTA(B${first}:B${row - 1})`, result: members.length },
      font(true)
    );
    for (let c = 4; c <= cols.length; c++) put(ws, row, c, null);
    row++;
  });
  // A member who left mid-year: the clerk hid the row rather than delete it.
  if (row > firstData + 4) ws.getRow(firstData + 3).hidden = true;
  ws.views = [{ state: "frozen", ySplit: 7 }];
  // The office's own mark: ratings below "tốt" in red (it must survive every check and clear untouched).
  ws.addConditionalFormatting({
    ref: `D${firstData}:D${row - 1}`,
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: [`ISNUMBER(SEARCH("Không",D${firstData}))`],
        style: { font: { color: { argb: "FFC00000" }, bold: true } },
      },
    ],
  });
  ws.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "5:7",
  };
}

function unitsSheet(
  wb: ExcelJS.Workbook,
  units: UnitDef[],
  people: Person[],
  rng: Rng,
  proposals: boolean
): void {
  const ws = wb.addWorksheet("Tập thể");
  const crit = "Tiêu chí thi đua";
  type U = {
    def: UnitDef;
    index: number;
    rating: string;
    marks: string[];
    headcount: number;
    proposal: string;
  };
  const rows: U[] = units.map((def, index) => {
    const members = people.filter((p) => p.unit === index).length;
    const r = rng.next();
    const rating =
      r < 0.35
        ? "Hoàn thành xuất sắc nhiệm vụ"
        : r < 0.9
          ? "Hoàn thành tốt nhiệm vụ"
          : "Hoàn thành nhiệm vụ";
    const marks = [0, 1, 2, 3, 4].map(() =>
      rng.chance(0.93) ? "x" : rng.chance(0.5) ? "" : "Không"
    );
    const headcount = rng.chance(0.85) ? members : members + rng.int(1, 2);
    const proposal =
      index === 0
        ? ""
        : rating.includes("xuất sắc")
          ? "TTLĐXS"
          : rating.includes("tốt")
            ? "TTLĐTT"
            : "";
    return { def, index, rating, marks, headcount, proposal };
  });
  const cols: {
    header: string;
    group?: string;
    width: number;
    value: (u: U) => ExcelJS.CellValue;
  }[] = [
    { header: "STT", width: 6, value: (u) => u.index + 1 },
    { header: "Tên tập thể", width: 40, value: (u) => u.def.name },
    { header: "Tổng số CBCCVC", width: 10, value: (u) => u.headcount },
    { header: "Xếp loại tập thể", width: 22, value: (u) => u.rating },
    {
      header: "Hưởng ứng phong trào thi đua",
      group: crit,
      width: 12,
      value: (u) => u.marks[0] || null,
    },
    { header: "Kế hoạch công tác năm", group: crit, width: 12, value: (u) => u.marks[1] || null },
    {
      header: "Kỷ luật, văn hóa công sở",
      group: crit,
      width: 12,
      value: (u) => u.marks[2] || null,
    },
    { header: "Đoàn kết nội bộ", group: crit, width: 12, value: (u) => u.marks[3] || null },
    { header: "Điển hình tiên tiến", group: crit, width: 12, value: (u) => u.marks[4] || null },
  ];
  if (proposals) {
    cols.push({ header: "Hình thức đề nghị", width: 16, value: (u) => u.proposal || null });
    cols.push({
      header: "Tóm tắt thành tích",
      width: 40,
      value: (u) => (u.proposal ? ACHIEVEMENTS[u.index % ACHIEVEMENTS.length] : null),
    });
  }
  titleRows(ws, cols.length, "BẢNG TỔNG HỢP KẾT QUẢ BÌNH XÉT THI ĐUA TẬP THỂ NĂM 2025");
  const asPersonCols: Col[] = cols.map((c) => ({
    header: c.header,
    group: c.group,
    width: c.width,
    value: () => null,
  }));
  twoRowHeader(ws, asPersonCols, 5);
  rows.forEach((u, i) => cols.forEach((c, j) => put(ws, 8 + i, j + 1, c.value(u))));
  const total = 8 + rows.length;
  put(ws, total, 2, "Tổng cộng", font(true));
  put(
    ws,
    total,
    3,
    { formula: `SUM(C8:C${total - 1})`, result: rows.reduce((a, u) => a + u.headcount, 0) },
    font(true)
  );
}

function mixedSheet(wb: ExcelJS.Workbook, units: UnitDef[], people: Person[], rng: Rng): void {
  const ws = wb.addWorksheet("Danh sách đề nghị");
  const headers = [
    "STT",
    "Tên tập thể/cá nhân",
    "Chức vụ",
    "Đơn vị",
    "Phân loại khen thưởng",
    "Xếp loại chất lượng",
    "Hình thức đề nghị",
    "Tóm tắt thành tích",
  ];
  titleRows(ws, headers.length, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025");
  headers.forEach((h, i) => {
    put(ws, 5, i + 1, h, font(true));
    ws.getColumn(i + 1).width = [6, 30, 20, 32, 16, 22, 18, 40][i];
  });
  let row = 6;
  let stt = 0;
  for (const p of people.filter((x) => x.proposal)) {
    const values = [
      ++stt,
      p.name,
      p.position,
      units[p.unit].name,
      "Khen thưởng cá nhân",
      p.ratingText || null,
      p.proposal,
      null,
    ];
    values.forEach((v, i) => put(ws, row, i + 1, v));
    row++;
  }
  units.slice(1).forEach((u, i) => {
    const rating = rng.chance(0.4) ? "Hoàn thành xuất sắc nhiệm vụ" : "Hoàn thành tốt nhiệm vụ";
    const values = [
      ++stt,
      u.name,
      null,
      null,
      "Khen thưởng tập thể",
      rating,
      rating.includes("xuất sắc") ? "TTLĐXS" : "TTLĐTT",
      ACHIEVEMENTS[i % ACHIEVEMENTS.length],
    ];
    values.forEach((v, j) => put(ws, row, j + 1, v));
    row++;
  });
  const family = [
    ++stt,
    "Hộ ông Nguyễn Văn Tư",
    null,
    "Xã Thới Lai",
    "Khen thưởng hộ gia đình",
    null,
    "Giấy khen",
    "Hiến đất làm đường giao thông nông thôn",
  ];
  family.forEach((v, j) => put(ws, row, j + 1, v));
}

/** A small table the chart draws from (counts by rating), on its own sheet so the staff lists stay as clerks keep them. */
function chartDataSheet(wb: ExcelJS.Workbook, people: Person[]): void {
  const ws = wb.addWorksheet("Biểu đồ");
  put(ws, 1, 1, "Xếp loại", font(true));
  put(ws, 1, 2, "Số người", font(true));
  const levels: [string, string][] = [
    ["HTXSNV", "Hoàn thành xuất sắc"],
    ["HTTNV", "Hoàn thành tốt"],
    ["HTNV", "Hoàn thành"],
    ["KHTNV", "Không hoàn thành"],
  ];
  levels.forEach(([code, label], i) => {
    put(ws, i + 2, 1, label);
    put(ws, i + 2, 2, people.filter((p) => p.level === code).length);
  });
  ws.getColumn(1).width = 22;
}
