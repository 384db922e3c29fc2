import { messageText } from "../../../src/core/i18n/catalogue";
import { ruleMessages } from "../../../src/core/rules/messages";
import { dropCells, IDENTIFIER, PLAN_CODE, plainFor } from "../../../src/core/render/plain";
import { defaultSettings } from "../../../src/core/settings-defaults";
import { planKey, planSource } from "../../support/plan-keys";

const plain = plainFor(defaultSettings(), "vi", (m) => messageText(m, "vi"));
const PARAMS = {
  cell: "F12",
  disciplineCell: "'Cá nhân'!G7",
  text: "Không",
  code: "C4",
  unit: "Văn phòng",
  position: "Trưởng phòng",
  failedVi: "Xếp loại tập thể",
  names: "Nguyễn Văn An",
  year: 2025,
  prev: 2024,
  histYear: 2024,
  count: 1,
  n: 4,
  lo: 1,
  hi: 2,
  needsInfo: 1,
  pct: 50,
  months: 5,
  headcount: 5,
  rows: 4,
  discipline: "Khiển trách",
  error: "#N/A",
  date: "01/02/2023",
};

describe("plain sentences for paper and the result block (criteria.md §7)", () => {
  it("puts the short label where the review sheet's message has its identifier and drops the cell", () => {
    const review = messageText(
      { key: planKey("I1.gap"), params: { cell: "F12", text: "Hoàn thành nhiệm vụ" } },
      "vi"
    );
    expect(review).toBe(
      "I1 — Xếp loại “Hoàn thành nhiệm vụ” (ô F12) chưa đạt mức Hoàn thành tốt nhiệm vụ trở lên."
    );
    expect(plain.sentence(review, "I1", planSource("I1"))).toBe(
      "Xếp loại — Xếp loại “Hoàn thành nhiệm vụ” chưa đạt mức Hoàn thành tốt nhiệm vụ trở lên (Kế hoạch thi đua năm 2025, tiêu chí 1.2)."
    );
  });

  it("names the source of a criterion from the law by its article", () => {
    const t = messageText({ key: "ACHIEVEMENT.gap", params: { cell: "K9" } }, "vi");
    expect(plain.sentence(t, "ACHIEVEMENT", planSource("ACHIEVEMENT"))).toBe(
      "Thành tích — Chưa có nội dung thành tích (để trống): Giấy khen cần tóm tắt thành tích (Luật Thi đua, khen thưởng 2022, Điều 75)."
    );
  });

  it("keeps a message's own citation instead of adding a second one", () => {
    const t = messageText({ key: "PENDING.gap", params: { cell: "K9", text: "x" } }, "vi");
    const s = plain.sentence(t, "PENDING", planSource("PENDING"));
    expect(s).toBe(
      "Đang xem xét kỷ luật — Ghi “x”: đang bị xem xét kỷ luật hoặc thanh tra, kiểm tra nên chưa xét khen thưởng (Nghị định 152/2025/NĐ-CP, Điều 4)."
    );
  });

  it("drops cell mentions in every form the messages use, sheet-qualified ones too", () => {
    expect(dropCells("Ô F12 để trống: cần ghi")).toBe("để trống: cần ghi");
    expect(dropCells("Chưa có sáng kiến (ô H15 trống): cần")).toBe(
      "Chưa có sáng kiến (để trống): cần"
    );
    expect(dropCells("Bị kỷ luật “A” (ô 'Cá nhân'!G7) nhưng")).toBe("Bị kỷ luật “A” nhưng");
    expect(dropCells("Ô đề nghị D9 báo lỗi")).toBe("Ô đề nghị báo lỗi");
    expect(dropCells("The rating “x” (cell F12) is below")).toBe("The rating “x” is below");
    expect(dropCells("Chưa rõ kỷ luật (ô kỷ luật không đọc được)")).toBe(
      "Chưa rõ kỷ luật (ô kỷ luật không đọc được)"
    );
  });

  it("leaves no identifier, plan code, cell address or mention of software in any rule message", () => {
    for (const key of Object.keys(ruleMessages)) {
      const code = key.split(".")[0];
      const s = plain.sentence(messageText({ key, params: PARAMS }, "vi"), code, planSource(code));
      expect([key, s]).not.toEqual([key, expect.stringMatching(IDENTIFIER)]);
      expect([key, s]).not.toEqual([key, expect.stringMatching(PLAN_CODE)]);
      expect([key, s]).not.toEqual([key, expect.stringMatching(/\b[A-Z]{1,3}\d+\b/)]);
      expect(s).not.toContain("phần mềm");
      expect(s).not.toContain("✗");
    }
  });

  it("gives the provincial title's label after the locality", () => {
    expect(plain.short("CSTD_TINH")).toBe("Chiến sĩ thi đua thành phố");
    const tinh = {
      ...defaultSettings(),
      "locality.kind": "tinh" as const,
      "locality.name": "Bắc Ninh",
    };
    expect(plainFor(tinh, "vi", (m) => messageText(m, "vi")).short("CSTD_TINH")).toBe(
      "Chiến sĩ thi đua cấp tỉnh"
    );
  });
});
