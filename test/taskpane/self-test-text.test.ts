import type { SelfTestReport } from "../../src/excel/self-test";
import { translator } from "../../src/taskpane/i18n";
import { selfTestText } from "../../src/taskpane/self-test-text";

const report: SelfTestReport = {
  diagnostics: null,
  apiSets: [
    { version: "1.9", supported: true },
    { version: "1.13", supported: false },
  ],
  requiredSet: "1.13",
  newestSet: "1.12",
  officeJs: null,
  structureProtected: false,
  results: [
    { id: "sheet.add", apiSet: "1.1", outcome: "pass", ms: 40 },
    {
      id: "merges",
      apiSet: "1.13",
      outcome: "fail",
      code: "TypeError",
      detail: "r.getMergedAreasOrNullObject is not a function",
      ms: 3,
    },
    {
      id: "sheet.delete",
      apiSet: "1.1",
      outcome: "fail",
      code: "GeneralException",
      detail: "x",
      ms: 9,
    },
  ],
  tempSheet: { name: "Kiểm tra tương thích (tạm)", removed: false, leftovers: [] },
  syncs: 18,
  at: "2025-12-01T02:30:00.000Z",
};

describe("the compatibility check as text", () => {
  it("gives one line per fact and per capability, with the error of a failed one and what to do with a sheet left", () => {
    expect(selfTestText(translator("vi"), report).split("\n")).toEqual([
      "Rà soát thi đua — Kiểm tra tương thích Excel",
      "Thời điểm: 2025-12-01T02:30:00.000Z",
      "Excel: không cho biết nền tảng và phiên bản",
      "Bộ ExcelApi mới nhất Excel này có: 1.12",
      "Các bộ ExcelApi phần bổ trợ dùng (cần tối thiểu 1.13): 1.9 ✓, 1.13 ✗",
      "Kết quả: 1 đạt, 2 lỗi, 0 không kiểm tra được",
      "Thêm trang tính tạm (ExcelApi 1.1; 40 ms): ✓ Đạt",
      "Gộp ô và đọc vùng gộp (ExcelApi 1.13; 3 ms): ✗ Lỗi — Mã lỗi TypeError: r.getMergedAreasOrNullObject is not a function",
      "Xóa trang tính tạm (ExcelApi 1.1; 9 ms): ✗ Lỗi — Mã lỗi GeneralException: x",
      "Chưa xóa được trang tính tạm “Kiểm tra tương thích (tạm)”: hãy xóa trang này bằng tay (bấm chuột phải vào tên trang › Xóa).",
      "",
    ]);
  });

  it("is written in English when the pane is", () => {
    const text = selfTestText(translator("en"), report);
    expect(text).toContain("Merge cells and read merged areas (ExcelApi 1.13; 3 ms): ✗ Failed");
    expect(text).toContain("Result: 1 passed, 2 failed, 0 not tested");
  });
});
