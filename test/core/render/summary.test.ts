import { sayer } from "../../../src/core/render/labels";
import { renderSummary, type SummaryContext } from "../../../src/core/render/summary";
import type { CellValue } from "../../../src/core/grid";
import { defaultSettings } from "../../../src/core/settings-defaults";
import type { Settings } from "../../../src/core/settings";
import type { Review } from "../../../src/core/review";
import { build, finding, msgText, person, unitResult } from "./builders";

type Built = ReturnType<typeof build>;

function summary(built: Built, settings: Settings = defaultSettings(), lang: "vi" | "en" = "vi") {
  const ctx: SummaryContext = {
    ...built,
    settings,
    ruleSetTitle: "Kế hoạch thi đua năm 2025",
    say: sayer(lang),
    text: msgText,
  };
  return renderSummary(ctx);
}

const rowOf = (values: CellValue[][], text: string): number => {
  const i = values.findIndex((r) => r.some((v) => typeof v === "string" && v.startsWith(text)));
  if (i < 0) throw new Error(`no row starting with ${text}`);
  return i;
};
/** Names (column B) of the numbered rows right below a heading. */
const listUnder = (values: CellValue[][], heading: string): CellValue[] => {
  const out: CellValue[] = [];
  for (
    let i = rowOf(values, heading) + 1;
    i < values.length && typeof values[i][0] === "number";
    i++
  )
    out.push(values[i][1]);
  return out;
};
const LDTT = { title: "LDTT", verdict: "eligible" } as const;
/** The cells of a row that hold something (a merged block shows in its first cell). */
const filled = (row: CellValue[]): CellValue[] => row.filter((v) => v !== null);

describe("summary order (spec/workbook.md item 3, vocabulary.md position rank)", () => {
  const units = [
    unitResult({ unit: "Phòng Kế hoạch", row: 5 }),
    unitResult({ unit: "Văn phòng", row: 6 }),
  ];
  const people = [
    person({
      name: "Nguyễn Văn An",
      row: 6,
      unit: "Văn phòng",
      position: "Chuyên viên",
      proposals: [LDTT],
    }),
    person({
      name: "Trần Thị Bình",
      row: 7,
      unit: "Phòng Kế hoạch",
      position: "Chuyên viên",
      proposals: [LDTT],
    }),
    person({
      name: "Lê Văn Cường",
      row: 8,
      unit: "Văn phòng",
      position: "Chánh Văn phòng",
      proposals: [LDTT],
    }),
    person({
      name: "Phạm Thị Dung",
      row: 9,
      unit: "Chi cục Thủy lợi",
      position: "Chuyên viên",
      proposals: [LDTT],
    }),
    person({
      name: "Võ Văn Em",
      row: 10,
      unit: "Phòng Kế hoạch",
      position: "Trưởng phòng",
      proposals: [LDTT],
    }),
    person({
      name: "Đỗ Thị Giang",
      row: 11,
      unit: "Phòng Kế hoạch",
      position: "Chuyên viên chính",
      proposals: [LDTT],
    }),
  ];

  it("lists units in units-sheet order, then units seen only among individuals; within a unit by rank, then input order", () => {
    const { values } = summary(build(people, units)).builder;
    const heading = rowOf(values, "IV. Lao động tiên tiến");
    expect(listUnder(values.slice(heading), "a) Đủ điều kiện (6)")).toEqual([
      "Võ Văn Em",
      "Đỗ Thị Giang",
      "Trần Thị Bình",
      "Lê Văn Cường",
      "Nguyễn Văn An",
      "Phạm Thị Dung",
    ]);
  });

  it("sorts by given name, then middle and family names with summary.order=alphabetical", () => {
    const settings = defaultSettings();
    settings["summary.order"] = "alphabetical";
    const { values } = summary(build(people, units), settings).builder;
    const heading = rowOf(values, "IV. Lao động tiên tiến");
    expect(listUnder(values.slice(heading), "a) Đủ điều kiện (6)")).toEqual([
      "Nguyễn Văn An",
      "Trần Thị Bình",
      "Lê Văn Cường",
      "Phạm Thị Dung",
      "Võ Văn Em",
      "Đỗ Thị Giang",
    ]);
  });
});

describe("summary parts and lists (criteria.md §4)", () => {
  const gap = finding({ code: "I2", cell: "H7", titles: ["CSTDCS"], msg: { key: "MSG_I2" } });
  const unknown = finding({
    code: "I3",
    verdict: "unknown",
    cell: "I8",
    titles: ["CSTDCS"],
    msg: { key: "MSG_I3" },
  });
  const built = build(
    [
      person({
        name: "Nguyễn Văn Chưa",
        row: 7,
        proposals: [{ title: "CSTDCS", verdict: "not_eligible" }],
        findings: [gap],
      }),
      person({
        name: "Nguyễn Văn Thiếu",
        row: 8,
        proposals: [{ title: "CSTDCS", verdict: "needs_info" }],
        findings: [unknown],
      }),
      person({
        name: "Nguyễn Văn Đạt",
        row: 9,
        proposals: [{ title: "CSTDCS", verdict: "eligible" }],
      }),
      person({ name: "Nguyễn Văn Lặng", row: 10, proposals: [] }),
      person({
        name: "Nguyễn Văn Tỉnh",
        row: 11,
        proposals: [{ title: "CSTD_TINH", verdict: "eligible" }],
      }),
      person({
        name: "Nguyễn Văn Khác",
        row: 12,
        proposals: [{ title: "Huân chương Lao động hạng Ba", verdict: "not_evaluated" }],
      }),
    ],
    [
      unitResult({
        unit: "Văn phòng",
        row: 5,
        proposals: [{ title: "TTLDXS", verdict: "eligible" }],
      }),
    ]
  );
  const { values } = summary(built).builder;

  it("puts the Director's titles in part A and the provincial ones in part B, in the spec's order", () => {
    const a = rowOf(values, "A. DANH HIỆU");
    const b = rowOf(values, "B. DANH HIỆU");
    const headings = values
      .map((r) => r[0])
      .filter((v): v is string => typeof v === "string" && /^[IV]+\. /.test(v));
    expect(headings).toEqual([
      "I. Tập thể lao động tiên tiến",
      "II. Giấy khen của Giám đốc Sở (tập thể)",
      "III. Chiến sĩ thi đua cơ sở",
      "IV. Lao động tiên tiến",
      "V. Giấy khen của Giám đốc Sở (cá nhân)",
      "I. Tập thể lao động xuất sắc",
      "II. Bằng khen của Chủ tịch UBND thành phố Cần Thơ (tập thể)",
      "III. Chiến sĩ thi đua thành phố",
      "IV. Bằng khen của Chủ tịch UBND thành phố Cần Thơ",
    ]);
    expect(rowOf(values, "III. Chiến sĩ thi đua cơ sở")).toBeGreaterThan(a);
    expect(rowOf(values, "III. Chiến sĩ thi đua cơ sở")).toBeLessThan(b);
    expect(rowOf(values, "I. Tập thể lao động xuất sắc")).toBeGreaterThan(b);
  });

  it("lists a title's proposals eligible first, then not eligible, then needing information, with the reasons", () => {
    const start = rowOf(values, "III. Chiến sĩ thi đua cơ sở");
    const part = values.slice(start, rowOf(values, "IV. Lao động tiên tiến"));
    expect(part.map((r) => r[0]).filter((v) => typeof v === "string")).toEqual([
      "III. Chiến sĩ thi đua cơ sở",
      "a) Đủ điều kiện (1)",
      "b) Chưa đủ điều kiện (1)",
      "c) Cần bổ sung (1)",
    ]);
    expect(part[rowOf(part, "b) Chưa đủ") + 1]).toEqual([
      1,
      "Nguyễn Văn Chưa",
      "Chuyên viên",
      "Văn phòng",
      "Chưa đủ điều kiện",
      "MSG_I2",
    ]);
    expect(part[rowOf(part, "c) Cần bổ sung") + 1][5]).toBe("MSG_I3");
  });

  it("gives each reason of a row its own line in the note", () => {
    const two = build([
      person({
        name: "Nguyễn Văn Hai",
        row: 7,
        proposals: [{ title: "CSTDCS", verdict: "not_eligible" }],
        findings: [
          gap,
          finding({ code: "I6", titles: ["CSTDCS"], msg: { key: "MSG_I6" } }),
          finding({ code: "I5", titles: ["LDTT"] }),
        ],
      }),
    ]);
    const v = summary(two).builder.values;
    expect(v[rowOf(v, "a) Chưa đủ điều kiện (1)") + 1][5]).toBe("MSG_I2\nMSG_I6");
  });

  it("puts rows eligible but not proposed in the annex after the signature, leaving out those who proposed a higher title", () => {
    const annex = rowOf(values, "PHỤ LỤC: ĐỦ ĐIỀU KIỆN NHƯNG CHƯA ĐƯỢC ĐỀ NGHỊ");
    expect(annex).toBeGreaterThan(rowOf(values, "Nơi nhận:"));
    expect(listUnder(values.slice(annex), "1. Lao động tiên tiến (2)")).toEqual([
      "Nguyễn Văn Lặng",
      "Nguyễn Văn Khác",
    ]);
    const lists = values.slice(0, rowOf(values, "Nơi nhận:"));
    expect(lists.some((r) => String(r[0]).includes("chưa được đề nghị"))).toBe(false);
  });

  it("prints '(Không có)' under a title nobody was proposed for", () => {
    const start = rowOf(values, "V. Giấy khen của Giám đốc Sở (cá nhân)");
    expect(values[start + 1][0]).toBe("(Không có)");
  });

  it("lists proposals outside the rule set in a part C, not checked", () => {
    expect(listUnder(values, "C. ĐỀ NGHỊ KHÁC")).toEqual(["Nguyễn Văn Khác"]);
    expect(values[rowOf(values, "C. ĐỀ NGHỊ KHÁC") + 1][5]).toBe("Huân chương Lao động hạng Ba");
  });

  it("counts proposals by title and by unit as values, people and collectives in separate columns", () => {
    const byTitle = rowOf(values, "TỔNG HỢP THEO DANH HIỆU");
    const cstdcs = values.slice(byTitle).find((r) => r[1] === "Chiến sĩ thi đua cơ sở");
    expect(cstdcs?.slice(2)).toEqual([3, 1, 1, 1]);
    const byUnit = rowOf(values, "TỔNG HỢP THEO ĐƠN VỊ");
    expect(values[byUnit + 1].slice(2)).toEqual([
      "Cá nhân: đề nghị",
      "Cá nhân: đủ điều kiện",
      "Tập thể: đề nghị",
      "Tập thể: đủ điều kiện",
    ]);
    expect(values[byUnit + 2]).toEqual([1, "Văn phòng", 4, 2, 1, 1]);
  });
});

describe("summary without any proposal column (criteria.md §4)", () => {
  it("lists rows by eligibleUpTo under the heading for units that proposed nothing", () => {
    const built = build(
      [
        person({ name: "Nguyễn Văn An", row: 6, eligibleUpTo: "LDTT" }),
        person({ name: "Trần Văn Bình", row: 7, eligibleUpTo: "CSTDCS" }),
        person({ name: "Lê Văn Cường", row: 8, eligibleUpTo: null }),
      ],
      [],
      { noProposalColumn: true }
    );
    const { values } = summary(built).builder;
    // Giấy khen is checked only when proposed, so it has no list here and the numbering closes up
    const ldtt = rowOf(values, "III. Lao động tiên tiến");
    expect(values[ldtt + 1][0]).toBe(
      "a) Đủ điều kiện theo kết quả rà soát (đơn vị chưa đề nghị) (1)"
    );
    expect(listUnder(values.slice(ldtt), "a) Đủ điều kiện theo kết quả")).toEqual([
      "Nguyễn Văn An",
    ]);
    const cstdcs = rowOf(values, "II. Chiến sĩ thi đua cơ sở");
    expect(listUnder(values.slice(cstdcs), "a) Đủ điều kiện theo kết quả")).toEqual([
      "Trần Văn Bình",
    ]);
    expect(values.some((r) => typeof r[0] === "string" && r[0].includes("Giấy khen"))).toBe(false);
  });
});

describe("summary header, footer and print (spec/workbook.md item 3, Nghị định 30/2020)", () => {
  const built = build([person({ name: "Nguyễn Văn An", row: 6, proposals: [LDTT] })], [], {
    quotas: [
      { id: "Q_HTXS", scope: "workbook", limit: 2, actual: 3, excess: 1, ok: false, rows: [] },
    ],
    skipped: [{ code: "I3", field: "responsibility" }],
  } satisfies Partial<Review>);

  it("writes the agency block, the national motto, number and date lines, title and reference", () => {
    const settings = defaultSettings();
    settings.print.date = "5/12/2025";
    const { values, merges } = summary(built, settings).builder;
    expect(filled(values[0])).toEqual([
      "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ]);
    expect(filled(values[1])).toEqual([
      "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
      "Độc lập - Tự do - Hạnh phúc",
    ]);
    expect(filled(values[3])).toEqual(["Số: …/DS-HĐTĐKT", "Cần Thơ, ngày 05 tháng 12 năm 2025"]);
    expect(values[5][0]).toBe("DANH SÁCH ĐỀ XUẤT KHEN THƯỞNG NĂM 2025");
    expect(values[6][0]).toBe(
      "(Căn cứ: Kế hoạch thi đua năm 2025. Kết quả rà soát hồ sơ theo tiêu chuẩn; Hội đồng xem xét, quyết định)"
    );
    // the two blocks split where the motto's block is wide enough for "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    const left = merges.find((m) => m.top === 1 && m.left === 1);
    const right = merges.find((m) => m.top === 1 && m.left > 1);
    expect(right).toEqual({ top: 1, left: (left?.right ?? 0) + 1, bottom: 1, right: 6 });
    expect(values[0][(right?.left ?? 0) - 1]).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });

  it("leaves dots for the date when print.date is blank", () => {
    expect(filled(summary(built).builder.values[3])[1]).toBe("Cần Thơ, ngày … tháng … năm …");
  });

  it("repeats the one column-title row on every page", () => {
    const { builder, pageSetup } = summary(built);
    const [from, to] = (pageSetup.printTitleRows ?? "").split(":").map(Number);
    expect(from).toBe(to);
    expect(builder.values[from - 1]).toEqual([
      "STT",
      "Họ và tên / Tên tập thể",
      "Chức vụ",
      "Đơn vị",
      "Kết quả rà soát",
      "Ghi chú",
    ]);
    expect(pageSetup).toMatchObject({
      paper: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      gridlines: false,
      pageNumberTopFromPage2: true,
    });
    expect(pageSetup.printArea).toBe(`A1:F${builder.lastRow}`);
  });

  it("writes the quota control table and the criteria not checked", () => {
    const { values } = summary(built).builder;
    const q = rowOf(values, "KIỂM SOÁT TỶ LỆ");
    expect(values[q + 2]).toEqual([
      1,
      "Số xếp loại HTXSNV không quá 20% số xếp loại HTTNV — Toàn cơ quan",
      2,
      3,
      1,
      "Vượt tỷ lệ",
    ]);
    expect(values[rowOf(values, "Chưa kiểm tra:")][0]).toBe(
      "Chưa kiểm tra: Tinh thần trách nhiệm (không tìm thấy cột Tinh thần trách nhiệm)."
    );
  });

  it("ends with 'Nơi nhận' beside the signer's title and name", () => {
    const settings = defaultSettings();
    settings.print.signerName = "Nguyễn Văn Hùng";
    const { values } = summary(built, settings).builder;
    const r = rowOf(values, "Nơi nhận:");
    expect(filled(values[r])).toEqual(["Nơi nhận:", "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"]);
    expect(filled(values[r + 1])).toEqual(["- Như trên;", "CHỦ TỊCH"]);
    expect(values[r + 2][0]).toBe("- Lưu: VT, TĐKT.");
    expect(filled(values[values.length - 1])).toEqual(["Nguyễn Văn Hùng"]);
  });

  it("centres STT and the result in the lists but keeps names and notes left-aligned", () => {
    const { styles, values } = summary(built).builder;
    const row = rowOf(values, "a) Đủ điều kiện (1)") + 2;
    const centred = styles.filter((s) => s.style.hAlign === "center").map((s) => s.range);
    expect(centred).toContain(`A${row}:A${row}`);
    expect(centred).toContain(`E${row}:E${row}`);
    expect(centred.some((r) => r.startsWith(`F${row}`) || r.endsWith(`F${row}`))).toBe(false);
  });

  it("uses Times New Roman throughout", () => {
    const { styles } = summary(built).builder;
    expect(styles.every((s) => s.style.fontName === "Times New Roman")).toBe(true);
  });

  it("prints portrait for short names and turns landscape when the columns grow wider than portrait A4 allows", () => {
    expect(summary(built).pageSetup.orientation).toBe("portrait");
    const long = build([
      person({
        name: "Tôn Nữ Thị Hoàng Phương Thảo Nguyên",
        row: 6,
        position: "Phó Giám đốc Trung tâm Kỹ thuật",
        unit: "Trung tâm Kỹ thuật Tài nguyên và Môi trường",
        proposals: [LDTT],
      }),
    ]);
    const s = summary(long);
    expect(s.pageSetup.orientation).toBe("landscape");
    expect(s.widths[1]).toBeGreaterThan(summary(built).widths[1]);
  });

  it("writes the English summary in the English UI", () => {
    const { values } = summary(built, defaultSettings(), "en").builder;
    expect(values[5][0]).toBe("LIST OF PROPOSED AWARDS FOR 2025");
  });
});

describe("summary overview before the lists (criteria.md §3; the repeated column titles only above the lists)", () => {
  const built = build(
    [
      person({ name: "Nguyễn Văn An", row: 6, proposals: [LDTT] }),
      person({
        name: "Trần Văn Bình",
        row: 7,
        proposals: [{ title: "LDTT", verdict: "not_eligible" }],
      }),
    ],
    [],
    {
      quotas: [
        { id: "Q_HTXS", scope: "workbook", limit: 2, actual: 1, excess: 0, ok: true, rows: [] },
        {
          id: "Q_HTXS",
          scope: "Văn phòng",
          limit: 0,
          actual: 1,
          excess: 1,
          ok: false,
          rows: [],
          informational: true,
        },
        {
          id: "Q_HTXS",
          scope: "Phòng Kế hoạch",
          limit: 1,
          actual: 0,
          excess: 0,
          ok: true,
          rows: [],
          informational: true,
        },
        {
          id: "Q_CSTDCS",
          scope: "workbook",
          limit: null,
          actual: 0,
          excess: 0,
          ok: null,
          rows: [],
          informational: true,
        },
        {
          id: "Q_PROPOSED",
          scope: "workbook",
          limit: 0,
          actual: 1,
          excess: 1,
          ok: false,
          rows: [],
        },
      ],
    } satisfies Partial<Review>
  );
  const { builder, pageSetup } = summary(built);
  const values = builder.values;

  it("prints Q_PROPOSED as its own line, not as a ratio in the quota table (criteria.md §3)", () => {
    expect(values.some((r) => r[1] === "Số đề nghị của đơn vị chưa đủ điều kiện")).toBe(false);
    expect(values[rowOf(values, "Đề nghị chưa đủ điều kiện:")][0]).toBe(
      "Đề nghị chưa đủ điều kiện: 1 (Hội đồng xem xét từng trường hợp trong danh sách)."
    );
    const table = values.slice(rowOf(values, "KIỂM SOÁT TỶ LỆ"), rowOf(values, "Đề nghị chưa đủ"));
    expect(table.filter((r) => r[0] !== null && typeof r[0] === "number")).toHaveLength(1);
  });

  it("shows only the scope in force of the HTXSNV control; the unit breakdown for information stays off paper", () => {
    const q = rowOf(values, "KIỂM SOÁT TỶ LỆ");
    expect(values[q + 2]).toEqual([
      1,
      "Số xếp loại HTXSNV không quá 20% số xếp loại HTTNV — Toàn cơ quan",
      2,
      1,
      0,
      "Đạt",
    ]);
    expect(values[q + 3][0]).not.toBe(2);
    expect(
      values.some((r) => r[1] === "- Văn phòng" || r[1] === "Để tham khảo, theo từng đơn vị:")
    ).toBe(false);
  });

  it("shows a switched-off CSTĐCS control as its share, for information", () => {
    expect(values[rowOf(values, "Tỷ lệ Chiến sĩ thi đua cơ sở")][0]).toContain(
      "0 đủ điều kiện so với 2 đủ điều kiện Lao động tiên tiến (0%)"
    );
  });

  it("ends the overview with a page break; the lists start with the repeated column-title row", () => {
    const [titleRow] = (pageSetup.printTitleRows ?? "").split(":").map(Number);
    expect(pageSetup.rowBreaks).toEqual([titleRow - 1]);
    expect(rowOf(values, "TỔNG HỢP THEO ĐƠN VỊ")).toBeLessThan(titleRow - 1);
    expect(rowOf(values, "A. DANH HIỆU")).toBe(titleRow);
    const byTitle = rowOf(values, "TỔNG HỢP THEO DANH HIỆU");
    const total = values.slice(byTitle).find((r) => r[1] === "Tổng cộng cá nhân");
    expect(total?.slice(2)).toEqual([2, 1, 1, 0]);
  });
});
