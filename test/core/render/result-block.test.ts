import { renderResultBlock, type BlockContext } from "../../../src/core/render/result-block";
import { sayer } from "../../../src/core/render/labels";
import { MARKER } from "../../../src/core/render/constants";
import type { Finding } from "../../../src/core/review";
import { finding, msgText, person, sheetRead } from "./builders";
import { IDENTIFIER, PLAN_CODE, plainFor } from "../../../src/core/render/plain";
import { messageText } from "../../../src/core/i18n/catalogue";
import { defaultSettings } from "../../../src/core/settings-defaults";
import { planKey, planSource } from "../../support/plan-keys";

const ctx = (over: Partial<BlockContext> = {}): BlockContext => ({
  say: sayer("vi"),
  text: (f: Finding) => msgText(f.msg),
  short: (code: string) => `label ${code.toLowerCase()}`,
  judgedWithoutProposal: { individual: "LDTT", unit: "TTLDTT" },
  hasAutoFilter: false,
  ...over,
});

describe("result block placement (spec/workbook.md item 1)", () => {
  it("starts two columns right of the office's last column, leaving one empty spacer column", () => {
    const plan = renderResultBlock(sheetRead({ name: "Cá nhân", lastOfficeCol: 12 }), [], ctx());
    expect(plan.firstCol).toBe(14);
    expect(plan.clearCols).toBeNull();
    expect(plan.firstRow).toBe(4);
  });

  it("replaces an older block in place and clears its columns first", () => {
    const sheet = sheetRead({
      name: "Cá nhân",
      lastOfficeCol: 12,
      resultBlock: { firstCol: 15, lastCol: 25 },
    });
    const plan = renderResultBlock(sheet, [], ctx());
    expect(plan.firstCol).toBe(15);
    expect(plan.clearCols).toEqual({ first: 15, last: 25 });
  });
});

describe("result block header", () => {
  it("puts the marker in the first header row, merged over the visible columns, and titles in the last", () => {
    const plan = renderResultBlock(sheetRead({ name: "Cá nhân", headerRows: [4, 5] }), [], ctx());
    expect(plan.values[0][0]).toBe(MARKER);
    expect(plan.values[1].slice(0, 6)).toEqual([
      "Đơn vị",
      "Kết quả",
      "Đề nghị của đơn vị",
      "Đủ điều kiện đến",
      "Tiêu chí chưa đạt",
      "Ghi chú rà soát",
    ]);
    expect(plan.merges).toEqual([{ top: 4, left: 14, bottom: 4, right: 19 }]);
  });

  it("joins the marker to the first title when the sheet has a single header row", () => {
    const plan = renderResultBlock(
      sheetRead({ name: "Cá nhân", headerRows: [3], firstDataRow: 4 }),
      [],
      ctx()
    );
    expect(plan.values[0][0]).toBe(`${MARKER}\nĐơn vị`);
    expect(plan.merges).toEqual([]);
  });

  it("writes English titles in the English UI but keeps the Vietnamese marker the reader looks for", () => {
    const plan = renderResultBlock(sheetRead({ name: "Cá nhân" }), [], ctx({ say: sayer("en") }));
    expect(plan.values[0][0]).toBe(MARKER);
    expect(plan.values[1][1]).toBe("Result");
  });
});

describe("result block values", () => {
  const rows = [
    person({
      name: "Nguyễn Văn An",
      row: 6,
      outcome: "gaps",
      proposals: [{ title: "CSTDCS", verdict: "not_eligible" }],
      proposedByUnit: ["CSTDCS"],
      findings: [
        finding({ code: "I2", verdict: "gap", cell: "H6", titles: ["CSTDCS"] }),
        finding({ code: "I3", verdict: "unknown", cell: "I6", titles: ["CSTDCS"] }),
        finding({
          code: "R_DISC_RATING",
          verdict: "warning",
          cell: "F6",
          decides: false,
          titles: [],
        }),
      ],
    }),
    person({
      name: "Trần Thị Bình",
      row: 8,
      outcome: "needs_info",
      eligibleUpTo: null,
      findings: [finding({ code: "I1", verdict: "unknown", cell: "F8" })],
    }),
    person({ name: "Lê Văn Cường", row: 9 }),
  ];
  const plan = renderResultBlock(sheetRead({ name: "Cá nhân", lastDataRow: 10 }), rows, ctx());
  const dataRow = (row: number) => plan.values[row - plan.firstRow];

  it("covers every row from the header to the last data row, blank where the row is not a record", () => {
    expect(plan.values).toHaveLength(10 - 4 + 1);
    expect(dataRow(7).every((v) => v === null)).toBe(true);
    expect(dataRow(10).every((v) => v === null)).toBe(true);
  });

  it("writes unit, outcome with its symbol, proposal, eligibleUpTo, the deciding criteria's labels and notes (deciding first)", () => {
    expect(dataRow(6).slice(0, 6)).toEqual([
      "Văn phòng",
      "✗ Chưa đạt",
      "CSTĐCS",
      "LĐTT",
      "label i2; label i3",
      "MSG_I2\nMSG_I3\nMSG_R_DISC_RATING",
    ]);
    expect(dataRow(8)[1]).toBe("? Cần bổ sung");
    expect(dataRow(8)[3]).toBeNull();
    expect(dataRow(9)[1]).toBe("✓ Đủ điều kiện");
  });

  it("flags the columns of deciding gaps and unknowns, plus the Kết quả column, and eligible rows with 1", () => {
    // H = 8, I = 9, F = 6; the Kết quả column is 15 (block starts at 14)
    expect(dataRow(6).slice(6)).toEqual(["|8|15|", "|9|", 0]);
    expect(dataRow(8).slice(6)).toEqual([null, "|6|15|", 0]);
    expect(dataRow(9).slice(6)).toEqual([null, null, 1]);
    expect(plan.hiddenCols).toEqual([20, 21, 22]);
  });

  it("does not flag a cell on another row (the finding stays in the notes)", () => {
    const p = person({
      name: "X",
      row: 6,
      outcome: "gaps",
      findings: [finding({ code: "I6H", cell: "C5" })],
    });
    const one = renderResultBlock(sheetRead({ name: "Cá nhân" }), [p], ctx());
    expect(one.values[2].slice(6)).toEqual(["|15|", null, 0]);
  });
});

describe("marks (spec/workbook.md item 2: a constant number of rules per sheet)", () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      person({
        name: `Người ${i}`,
        row: 6 + i,
        outcome: i % 2 ? "gaps" : "eligible",
        findings: [finding({ code: "I1", cell: `F${6 + i}` })],
      })
    );

  it("writes exactly three rules whatever the number of rows", () => {
    for (const n of [3, 300]) {
      const plan = renderResultBlock(
        sheetRead({ name: "Cá nhân", lastDataRow: 5 + n }),
        many(n),
        ctx()
      );
      expect(plan.marks.map((m) => m.kind)).toEqual(["gap", "unknown", "eligible"]);
    }
  });

  it("reads the flag columns with an absolute column and relative row, over the office range and Kết quả column", () => {
    const plan = renderResultBlock(
      sheetRead({ name: "Cá nhân", lastDataRow: 305 }),
      many(300),
      ctx()
    );
    const [gap, unknown, eligible] = plan.marks;
    expect(gap).toMatchObject({
      range: "A6:O305",
      formula: 'ISNUMBER(SEARCH("|"&COLUMN()&"|",$T6))',
      fill: "FFC7CE",
      fontColor: "9C0006",
      flagRange: "T6:T305",
    });
    expect(unknown).toMatchObject({
      formula: 'ISNUMBER(SEARCH("|"&COLUMN()&"|",$U6))',
      fill: "FFEB9C",
      fontColor: "9C5700",
    });
    expect(eligible).toMatchObject({
      range: "O6:O305",
      formula: "$V6=1",
      fill: "C6EFCE",
      fontColor: "006100",
    });
  });
});

describe("filter and protection", () => {
  it("filters the header's last row across office columns and the block", () => {
    const plan = renderResultBlock(sheetRead({ name: "Cá nhân" }), [], ctx());
    expect(plan.autoFilter).toBe("A5:V10");
  });

  it("keeps the office's own filter", () => {
    expect(
      renderResultBlock(sheetRead({ name: "Cá nhân" }), [], ctx({ hasAutoFilter: true })).autoFilter
    ).toBeNull();
  });

  it("still plans a protected sheet and marks it protected (criteria.md §5.7)", () => {
    const plan = renderResultBlock(
      sheetRead({ name: "Cá nhân", protected: true }),
      [person({ name: "A", row: 6 })],
      ctx()
    );
    expect(plan.protected).toBe(true);
    expect(plan.values[2][1]).toBe("✓ Đủ điều kiện");
  });
});

describe("result block in the reader's words (spec/workbook.md item 1, criteria.md §7)", () => {
  const settings = defaultSettings();
  const plain = plainFor(settings, "vi", (m) => messageText(m, "vi"));
  const real = ctx({ text: plain.finding, short: plain.short });
  const head = person({
    name: "Võ Văn Em",
    row: 6,
    outcome: "gaps",
    isHead: true,
    position: "Trưởng phòng",
    proposals: [{ title: "CSTDCS", verdict: "not_eligible" }],
    findings: [
      finding({
        code: "I1",
        cell: "F6",
        titles: ["CSTDCS"],
        msg: { key: planKey("I1.gap"), params: { cell: "F6", text: "Hoàn thành nhiệm vụ" } },
        source: planSource("I1"),
      }),
      finding({
        code: "I6H",
        cell: null,
        refs: ["'Tập thể'!C5"],
        titles: ["CSTDCS"],
        msg: {
          key: planKey("I6H.gap"),
          params: {
            position: "Trưởng phòng",
            unit: "Phòng Kế hoạch",
            failedVi: "Xếp loại tập thể",
            failedEn: "Unit rating",
          },
        },
        source: planSource("I6H"),
      }),
      finding({
        code: "R_DISC_RATING",
        verdict: "warning",
        decides: false,
        cell: "F6",
        titles: [],
        msg: {
          key: "R_DISC_RATING.warning",
          params: { discipline: "Khiển trách", disciplineCell: "G6", text: "HTTNV", cell: "F6" },
        },
        source: "",
      }),
    ],
  });
  const plan = renderResultBlock(sheetRead({ name: "Cá nhân" }), [head], real);
  const row = plan.values[2];

  it("names the criteria not met by their short labels, not by their ids", () => {
    expect(row[4]).toBe("Xếp loại; Người đứng đầu");
  });

  it("writes the review notes as plain sentences: label, what the row holds, the source; no ids, no cells", () => {
    const notes = String(row[5]).split("\n");
    expect(notes[0]).toBe(
      "Xếp loại — Xếp loại “Hoàn thành nhiệm vụ” chưa đạt mức Hoàn thành tốt nhiệm vụ trở lên (Kế hoạch thi đua năm 2025, tiêu chí 1.2)."
    );
    expect(notes[1]).toMatch(
      /^Người đứng đầu — Trưởng phòng: đơn vị “Phòng Kế hoạch” chưa đủ điều kiện/
    );
    expect(notes[2]).toMatch(
      /^Xếp loại và kỷ luật — Bị kỷ luật “Khiển trách” nhưng xếp loại “HTTNV”/
    );
    for (const text of [row[4], row[5]].map(String)) {
      expect(text).not.toMatch(IDENTIFIER);
      expect(text).not.toMatch(PLAN_CODE);
      expect(text).not.toMatch(/\b[A-Z]{1,3}\d+\b/);
      expect(text).not.toContain("phần mềm");
    }
  });

  it("keeps its symbols in the Kết quả column", () => {
    expect(row[1]).toBe("✗ Chưa đạt");
  });
});

describe("the review note holds the findings of the titles judged (criteria.md §4)", () => {
  it("an LĐTT-only row is not annotated for lacking an initiative, which only CSTĐCS needs", () => {
    const row = person({
      name: "Lê Văn Ba",
      row: 9,
      proposedByUnit: ["LDTT"],
      proposals: [{ title: "LDTT", verdict: "eligible" }],
      findings: [
        finding({
          code: "I2",
          verdict: "gap",
          decides: false,
          titles: ["CSTDCS", "CSTD_TINH"],
          msg: { key: "I2_GAP" },
        }),
        finding({
          code: "R_DISC_RATING",
          verdict: "warning",
          decides: false,
          titles: [],
          msg: { key: "WARN" },
        }),
      ],
    });
    const plan = renderResultBlock(
      sheetRead({ name: "Cá nhân", lastOfficeCol: 12 }),
      [row],
      ctx({ text: (f) => f.msg.key })
    );
    const values = plan.values[9 - plan.firstRow];
    expect(values[5]).toBe("WARN");
  });

  it("a carried title's findings stay in the note: the row is judged on it too", () => {
    const row = person({
      name: "Trần Văn Dũng",
      row: 9,
      proposedByUnit: ["CSTDCS"],
      proposals: [
        { title: "CSTDCS", verdict: "not_eligible" },
        { title: "LDTT", verdict: "not_eligible", carriedFrom: "CSTDCS" },
      ],
      findings: [
        finding({
          code: "SERVICE",
          verdict: "gap",
          decides: false,
          titles: ["LDTT"],
          msg: { key: "SERVICE_GAP" },
        }),
      ],
    });
    const plan = renderResultBlock(
      sheetRead({ name: "Cá nhân", lastOfficeCol: 12 }),
      [row],
      ctx({ text: (f) => f.msg.key })
    );
    expect(plan.values[9 - plan.firstRow][5]).toBe("SERVICE_GAP");
  });
});
