/** The council's printout, revision 2 (spec/workbook.md item 3; criteria.md §2, §3, §5.10, §5.11, §6, §7). */
import { messageText } from "../../../src/core/i18n/catalogue";
import type { CellValue } from "../../../src/core/grid";
import {
  headerLines,
  headerSignerMismatch,
  numberSymbol,
  numberText,
} from "../../../src/core/render/header";
import { sayer } from "../../../src/core/render/labels";
import { IDENTIFIER, PLAN_CODE } from "../../../src/core/render/plain";
import { renderSummary } from "../../../src/core/render/summary";
import type { Settings } from "../../../src/core/settings";
import { defaultSettings } from "../../../src/core/settings-defaults";
import type { Review } from "../../../src/core/review";
import { build, finding, person, sheetRead, unitResult } from "./builders";
import { planKey, planSource } from "../../support/plan-keys";

type Built = ReturnType<typeof build>;
const realText = (m: { key: string; params?: Record<string, string | number> }) =>
  messageText(m, "vi");

function summary(built: Built, settings: Settings = defaultSettings()) {
  return renderSummary({
    ...built,
    settings,
    ruleSetTitle: "Kế hoạch thi đua năm 2025",
    say: sayer("vi"),
    text: realText,
  });
}

const rowOf = (values: CellValue[][], text: string, from = 0): number => {
  const i = values.findIndex(
    (r, k) => k >= from && r.some((v) => typeof v === "string" && v.startsWith(text))
  );
  if (i < 0) throw new Error(`no row starting with ${text}`);
  return i;
};
const filled = (row: CellValue[]): CellValue[] => row.filter((v) => v !== null);
const allText = (values: CellValue[][]): string[] =>
  values.flat().filter((v): v is string => typeof v === "string");
/** Rows of the numbered table right below a heading. */
const tableUnder = (values: CellValue[][], heading: string, from = 0): CellValue[][] => {
  const out: CellValue[][] = [];
  for (
    let i = rowOf(values, heading, from) + 1;
    i < values.length && typeof values[i][0] === "number";
    i++
  )
    out.push(values[i]);
  return out;
};

const withPrint = (p: Partial<Settings["print"]>, over: Partial<Settings> = {}): Settings => {
  const s = { ...defaultSettings(), ...over };
  s.print = { ...s.print, ...p };
  return s;
};

const one = build([
  person({ name: "Nguyễn Văn An", row: 6, proposals: [{ title: "LDTT", verdict: "eligible" }] }),
]);

describe("the header block follows the signer (workbook.md item 3, NĐ 30/2020)", () => {
  it("signed for the council by default: the department over the council, number symbol DS-HĐTĐKT", () => {
    const { values } = summary(one).builder;
    expect(filled(values[0])[0]).toBe("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
    expect(filled(values[1])[0]).toBe("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG");
    expect(filled(values[3])[0]).toBe("Số: …/DS-HĐTĐKT");
    expect(headerSignerMismatch(defaultSettings())).toBeNull();
  });

  it("signed by the director: the city's People's Committee over the department, number symbol DS-SNNMT", () => {
    const s = withPrint({ signerTitle: "GIÁM ĐỐC", number: "15" });
    const { values } = summary(one, s).builder;
    expect(filled(values[0])[0]).toBe("UBND THÀNH PHỐ CẦN THƠ");
    expect(filled(values[1])[0]).toBe("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
    expect(filled(values[3])[0]).toBe("Số: 15/DS-SNNMT");
    const deputy = withPrint({ signerTitle: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" });
    expect(headerLines(deputy).parent).toBe("UBND THÀNH PHỐ CẦN THƠ");
  });

  it("names a province's People's Committee over the department when the locality is a province", () => {
    const s = withPrint(
      { signerTitle: "GIÁM ĐỐC" },
      { "locality.kind": "tinh", "locality.name": "Bắc Ninh" }
    );
    expect(headerLines(s)).toEqual({
      parent: "UBND TỈNH BẮC NINH",
      agency: "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    });
  });

  it("keeps a pair set by hand, and warns when it disagrees with the signer", () => {
    const s = withPrint({
      parent: "UBND THÀNH PHỐ CẦN THƠ",
      agency: "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG THÀNH PHỐ",
    });
    const { values } = summary(one, s).builder;
    expect(filled(values[0])[0]).toBe("UBND THÀNH PHỐ CẦN THƠ");
    expect(filled(values[1])[0]).toBe("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG THÀNH PHỐ");
    const msg = headerSignerMismatch(s);
    expect(msg?.key).toBe("RENDER_HEADER_MISMATCH_COUNCIL");
    expect(messageText(msg!, "vi")).toContain(
      "ghi “SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG” trên “HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG”"
    );
    const director = withPrint({ ...s.print, signerTitle: "GIÁM ĐỐC" });
    expect(headerSignerMismatch(director)).toBeNull();
    const wrong = withPrint({
      signerTitle: "GIÁM ĐỐC",
      parent: "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
      agency: "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
    });
    expect(headerSignerMismatch(wrong)?.key).toBe("RENDER_HEADER_MISMATCH_DIRECTOR");
  });

  it("the first release's saved defaults follow the signer: they were never the clerk's choice", () => {
    const saved = withPrint({
      parent: "UBND THÀNH PHỐ CẦN THƠ",
      agency: "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    });
    expect(headerLines(saved)).toEqual({
      parent: "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
      agency: "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
    });
    expect(headerSignerMismatch(saved)).toBeNull();
  });

  it("derives the number's symbol from the issuing body's initials and keeps a number written with its symbol", () => {
    expect(numberSymbol("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG")).toBe("DS-HĐTĐKT");
    expect(numberSymbol("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")).toBe("DS-SNNMT");
    expect(numberText(withPrint({ number: "27/BB-HĐTĐKT" }))).toBe("27/BB-HĐTĐKT");
  });

  it("prints the '(Kèm theo …)' line under the title when print.attachedTo is set", () => {
    const s = withPrint({ attachedTo: "Biên bản họp Hội đồng số 05/BB-HĐTĐKT ngày 10/12/2025" });
    const { values } = summary(one, s).builder;
    const t = rowOf(values, "DANH SÁCH ĐỀ XUẤT KHEN THƯỞNG");
    expect(values[t + 1][0]).toBe(
      "(Kèm theo Biên bản họp Hội đồng số 05/BB-HĐTĐKT ngày 10/12/2025)"
    );
    expect(summary(one).builder.values[t + 1][0]).toMatch(/^\(Căn cứ:/);
  });
});

describe("the register of a document for signature (workbook.md item 3, criteria.md §7)", () => {
  const gap = finding({
    code: "I1",
    cell: "F7",
    titles: ["LDTT", "CSTDCS"],
    msg: { key: planKey("I1.gap"), params: { cell: "F7", text: "Hoàn thành nhiệm vụ" } },
    source: planSource("I1"),
  });
  const share = finding({
    code: "SHARE_LDTT_50",
    cell: null,
    titles: ["TTLDTT"],
    msg: { key: "SHARE_LDTT_50.gap.more", params: { hi: 1, lo: 1, n: 4, pct: 50, share: 25 } },
    source: planSource("SHARE_LDTT_50"),
  });
  const unknown = finding({
    code: "I6",
    verdict: "unknown",
    cell: "J8",
    titles: ["LDTT"],
    msg: { key: planKey("I6.blank"), params: { cell: "J8" } },
    source: planSource("I6"),
  });
  const built = build(
    [
      person({
        name: "Trần Văn Bình",
        row: 7,
        proposals: [{ title: "LDTT", verdict: "not_eligible" }],
        findings: [gap],
      }),
      person({
        name: "Lê Thị Cúc",
        row: 8,
        proposals: [{ title: "LDTT", verdict: "needs_info" }],
        findings: [unknown],
      }),
    ],
    [
      unitResult({
        unit: "Văn phòng",
        row: 5,
        proposals: [{ title: "TTLDTT", verdict: "not_eligible" }],
        findings: [share],
      }),
    ]
  );
  const { values } = summary(built).builder;

  it("writes the review result in words, with no ✓ ✗ ? symbols anywhere on the sheet", () => {
    const ldtt = tableUnder(values, "b) Cần bổ sung", rowOf(values, "IV. Lao động tiên tiến"));
    expect(ldtt[0][4]).toBe("Cần bổ sung");
    expect(tableUnder(values, "a) Chưa đủ điều kiện", rowOf(values, "IV. Lao động"))[0][4]).toBe(
      "Chưa đủ điều kiện"
    );
    for (const t of allText(values)) expect(t).not.toMatch(/[✓✗?]/u);
  });

  it("names each criterion in the notes by its short label and its source, with no identifier, cell or software", () => {
    const ldtt = rowOf(values, "IV. Lao động tiên tiến");
    const [row] = tableUnder(values, "a) Chưa đủ điều kiện", ldtt);
    expect(row[5]).toBe(
      "Xếp loại — Xếp loại “Hoàn thành nhiệm vụ” chưa đạt mức Hoàn thành tốt nhiệm vụ trở lên (Kế hoạch thi đua năm 2025, tiêu chí 1.2)."
    );
    const [unit] = tableUnder(
      values,
      "a) Chưa đủ điều kiện",
      rowOf(values, "I. Tập thể lao động tiên tiến")
    );
    expect(unit[5]).toMatch(/^Tỷ lệ Lao động tiên tiến — \S.*1\/4 người/);
    expect(unit[5]).toContain("(Luật Thi đua, khen thưởng 2022, Điều 28)");
    for (const t of allText(values)) {
      expect(t).not.toMatch(IDENTIFIER);
      expect(t).not.toMatch(PLAN_CODE);
      expect(t).not.toMatch(/\bô [A-Z]{1,3}\d+/);
      expect(t).not.toContain("phần mềm");
    }
  });

  it("says a criterion unknown for one row next to that name", () => {
    const [row] = tableUnder(values, "b) Cần bổ sung", rowOf(values, "IV. Lao động tiên tiến"));
    expect(row[1]).toBe("Lê Thị Cúc");
    expect(row[5]).toMatch(/^Hưởng ứng phong trào — Để trống: cần ghi/);
  });
});

describe("the title ladder in the lists (criteria.md §2)", () => {
  const people = [
    person({
      name: "Nguyễn Văn Cao",
      row: 6,
      proposedByUnit: ["CSTDCS"],
      carried: ["LDTT"],
      proposals: [
        { title: "CSTDCS", verdict: "not_eligible" },
        { title: "LDTT", verdict: "eligible", carriedFrom: "CSTDCS" },
      ],
    }),
    person({
      name: "Trần Thị Đạt",
      row: 7,
      proposedByUnit: ["CSTDCS"],
      carried: ["LDTT"],
      proposals: [
        { title: "CSTDCS", verdict: "eligible" },
        { title: "LDTT", verdict: "eligible", carriedFrom: "CSTDCS" },
      ],
    }),
    person({
      name: "Lê Văn Thường",
      row: 8,
      proposedByUnit: ["LDTT"],
      proposals: [{ title: "LDTT", verdict: "eligible" }],
    }),
  ];
  const { values } = summary(build(people)).builder;
  const ldtt = rowOf(values, "IV. Lao động tiên tiến");

  it("lists a carried title in its own list with the note naming the unit's higher proposal", () => {
    const eligible = tableUnder(values, "a) Đủ điều kiện (3)", ldtt);
    expect(eligible.map((r) => [r[1], r[5]])).toEqual([
      ["Nguyễn Văn Cao", "Đề nghị Chiến sĩ thi đua cơ sở chưa đủ điều kiện."],
      ["Trần Thị Đạt", "Đơn vị đề nghị Chiến sĩ thi đua cơ sở."],
      ["Lê Văn Thường", null],
    ]);
  });

  it("counts a title's proposals and the entries its higher proposals carry, giving both numbers", () => {
    const byTitle = rowOf(values, "TỔNG HỢP THEO DANH HIỆU");
    const at = values.findIndex((r, k) => k > byTitle && r[1] === "Lao động tiên tiến");
    expect(values[at].slice(2)).toEqual([3, 3, 0, 0]);
    expect(values[at + 1].slice(1)).toEqual(["- đơn vị đề nghị", 1, 1, 0, 0]);
    expect(values[at + 2].slice(1)).toEqual(["- theo đề nghị cao hơn", 2, 2, 0, 0]);
    const cstdcs = values.find((r, k) => k > byTitle && r[1] === "Chiến sĩ thi đua cơ sở");
    expect(cstdcs?.slice(2)).toEqual([2, 1, 1, 0]);
  });
});

describe("a head's conditional CSTĐCS (criteria.md §5.10)", () => {
  it("lists a head of unit eligible for CSTĐCS with the note 'khi đơn vị được tặng Tập thể lao động xuất sắc', not in the LĐTT list", () => {
    const built = build([
      person({
        name: "Võ Văn Em",
        row: 6,
        position: "Trưởng phòng",
        isHead: true,
        proposals: [
          { title: "CSTDCS", verdict: "eligible" },
          { title: "LDTT", verdict: "eligible", carriedFrom: "CSTDCS" },
        ],
        // what evaluate adds for a head whose CSTĐCS rests on the unit's TTLĐXS
        findings: [
          finding({
            code: "CSTDCS_IF_TTLDXS",
            verdict: "info",
            decides: false,
            titles: ["CSTDCS", "CSTD_TINH"],
            msg: { key: "CSTDCS_IF_TTLDXS.info", params: { unit: "Phòng Kế hoạch", cell: "C6" } },
          }),
        ],
      }),
      person({
        name: "Đỗ Thị Giang",
        row: 7,
        proposals: [{ title: "CSTDCS", verdict: "eligible" }],
      }),
    ]);
    const { values } = summary(built).builder;
    const rows = tableUnder(
      values,
      "a) Đủ điều kiện (2)",
      rowOf(values, "III. Chiến sĩ thi đua cơ sở")
    );
    expect(rows.map((r) => [r[1], r[5]])).toEqual([
      ["Võ Văn Em", "khi đơn vị được tặng Tập thể lao động xuất sắc"],
      ["Đỗ Thị Giang", null],
    ]);
    const ldtt = tableUnder(values, "a) Đủ điều kiện (1)", rowOf(values, "IV. Lao động tiên tiến"));
    expect(ldtt.map((r) => [r[1], r[5]])).toEqual([
      ["Võ Văn Em", "Đơn vị đề nghị Chiến sĩ thi đua cơ sở."],
    ]);
  });
});

describe("criteria not checked, said once under each list they affect (workbook.md item 3)", () => {
  it("says 'Chưa kiểm tra: <label> — bảng không có cột này' under LĐTT and under CSTĐCS, which requires it", () => {
    const built = build(
      [
        person({ name: "A", row: 6, proposals: [{ title: "LDTT", verdict: "eligible" }] }),
        person({ name: "B", row: 7, proposals: [{ title: "LDTT", verdict: "eligible" }] }),
        person({ name: "C", row: 8, proposals: [{ title: "CSTDCS", verdict: "eligible" }] }),
      ],
      [],
      {
        skipped: [{ code: "PENDING", field: "pending", reason: "missing_column" }],
      } satisfies Partial<Review>
    );
    const { values } = summary(built).builder;
    const lines = values
      .map((r) => r[0])
      .filter((v): v is string => typeof v === "string" && v.startsWith("Chưa kiểm tra"));
    expect(lines).toEqual([
      "Chưa kiểm tra: Đang xem xét kỷ luật — bảng không có cột này.",
      "Chưa kiểm tra: Đang xem xét kỷ luật — bảng không có cột này.",
      "Chưa kiểm tra: Đang xem xét kỷ luật (không tìm thấy cột Đang xem xét kỷ luật).",
    ]);
    const ldtt = rowOf(values, "IV. Lao động tiên tiến");
    expect(values[ldtt + 4][0]).toBe(
      "Chưa kiểm tra: Đang xem xét kỷ luật — bảng không có cột này."
    );
  });
});

describe("people and collectives are never added into one number (workbook.md item 3)", () => {
  const built = build(
    [
      person({
        name: "A",
        row: 6,
        unit: "Văn phòng",
        proposals: [{ title: "LDTT", verdict: "eligible" }],
      }),
      person({
        name: "B",
        row: 7,
        unit: "Phòng Kế hoạch",
        proposals: [{ title: "LDTT", verdict: "not_eligible" }],
      }),
    ],
    [
      unitResult({
        unit: "Văn phòng",
        row: 5,
        proposals: [{ title: "TTLDTT", verdict: "eligible" }],
      }),
      unitResult({
        unit: "Phòng Kế hoạch",
        row: 6,
        proposals: [{ title: "TTLDXS", verdict: "eligible" }],
      }),
    ]
  );
  const { values } = summary(built).builder;

  it("totals the counts by title for individuals and for collectives on separate rows", () => {
    const byTitle = rowOf(values, "TỔNG HỢP THEO DANH HIỆU");
    const totals = values
      .slice(byTitle)
      .filter((r) => typeof r[1] === "string" && r[1].startsWith("Tổng cộng"));
    expect(totals.slice(0, 2).map((r) => r.slice(1))).toEqual([
      ["Tổng cộng cá nhân", 2, 1, 1, 0],
      ["Tổng cộng tập thể", 2, 2, 0, 0],
    ]);
  });

  it("counts by unit in separate columns for people and collectives, each column totalled on its own", () => {
    const rows = tableUnder(values, "STT", rowOf(values, "TỔNG HỢP THEO ĐƠN VỊ"));
    expect(rows).toEqual([
      [1, "Văn phòng", 1, 1, 1, 1],
      [2, "Phòng Kế hoạch", 1, 0, 1, 1],
    ]);
    const total = values[rowOf(values, "TỔNG HỢP THEO ĐƠN VỊ") + 4];
    expect(total).toEqual([null, "Tổng cộng", 2, 1, 2, 2]);
  });
});

describe("the council's vote (criteria.md §5.11)", () => {
  it("adds a 'Tỷ lệ phiếu' column to the lists when a sheet maps the vote, with each row's vote as written", () => {
    const built = build(
      [
        person({
          name: "Nguyễn Văn An",
          row: 6,
          proposals: [{ title: "CSTDCS", verdict: "eligible" }],
        }),
        person({
          name: "Trần Văn Bình",
          row: 7,
          proposals: [{ title: "CSTDCS", verdict: "eligible" }],
        }),
      ],
      [],
      {},
      [
        sheetRead({
          name: "Cá nhân",
          mapping: { vote: { columns: ["N"], header: "Tỷ lệ phiếu", confidence: 1 } },
        }),
      ]
    );
    built.read.individuals[0].cells.vote = { col: 14, value: 0.9, text: "90%" };
    const s = summary(built);
    const { values } = s.builder;
    expect(s.widths).toHaveLength(7);
    const titles = values.find((r) => r[0] === "STT" && r[5] === "Tỷ lệ phiếu");
    expect(titles).toEqual([
      "STT",
      "Họ và tên / Tên tập thể",
      "Chức vụ",
      "Đơn vị",
      "Kết quả rà soát",
      "Tỷ lệ phiếu",
      "Ghi chú",
    ]);
    const rows = tableUnder(values, "a) Đủ điều kiện (2)", rowOf(values, "III. Chiến sĩ thi đua"));
    expect(rows.map((r) => [r[1], r[5]])).toEqual([
      ["Nguyễn Văn An", "90%"],
      ["Trần Văn Bình", null],
    ]);
    // the overview keeps six cells: its label spans the extra column
    const byTitle = rowOf(values, "TỔNG HỢP THEO DANH HIỆU");
    expect(values[byTitle + 1]).toEqual([
      "STT",
      "Danh hiệu, hình thức",
      null,
      "Đề nghị",
      "Đủ điều kiện",
      "Chưa đủ điều kiện",
      "Cần bổ sung",
    ]);
    expect(s.builder.merges).toContainEqual({
      top: byTitle + 2,
      left: 2,
      bottom: byTitle + 2,
      right: 3,
    });
    expect(s.pageSetup.printArea).toBe(`A1:G${s.builder.lastRow}`);
  });

  it("has no vote column when no sheet maps one", () => {
    expect(summary(one).widths).toHaveLength(6);
  });
});

describe("titles named after the locality (criteria.md §6)", () => {
  const built = build(
    [person({ name: "A", row: 6, proposals: [{ title: "CSTD_TINH", verdict: "eligible" }] })],
    [
      unitResult({
        unit: "Văn phòng",
        row: 5,
        proposals: [{ title: "BK_TT", verdict: "eligible" }],
      }),
    ]
  );
  const headings = (s: Settings): string[] =>
    summary(built, s)
      .builder.values.map((r) => r[0])
      .filter((v): v is string => typeof v === "string" && /^(B\.|[IV]+\. )/.test(v))
      .slice(-5);

  it("names the city's titles and its Chairman by default (Cần Thơ), BK_TT among them in part B", () => {
    expect(headings(defaultSettings())).toEqual([
      "B. DANH HIỆU, HÌNH THỨC KHEN THƯỞNG ĐỀ NGHỊ CHỦ TỊCH UBND THÀNH PHỐ CẦN THƠ XÉT TẶNG",
      "I. Tập thể lao động xuất sắc",
      "II. Bằng khen của Chủ tịch UBND thành phố Cần Thơ (tập thể)",
      "III. Chiến sĩ thi đua thành phố",
      "IV. Bằng khen của Chủ tịch UBND thành phố Cần Thơ",
    ]);
  });

  it("names a province's titles 'cấp tỉnh' and its People's Committee by name", () => {
    const s = {
      ...defaultSettings(),
      "locality.kind": "tinh" as const,
      "locality.name": "Bắc Ninh",
    };
    expect(headings(s)).toEqual([
      "B. DANH HIỆU, HÌNH THỨC KHEN THƯỞNG ĐỀ NGHỊ CHỦ TỊCH UBND TỈNH BẮC NINH XÉT TẶNG",
      "I. Tập thể lao động xuất sắc",
      "II. Bằng khen của Chủ tịch UBND tỉnh Bắc Ninh (tập thể)",
      "III. Chiến sĩ thi đua cấp tỉnh",
      "IV. Bằng khen của Chủ tịch UBND tỉnh Bắc Ninh",
    ]);
  });
});
