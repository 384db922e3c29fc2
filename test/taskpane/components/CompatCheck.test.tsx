/** @jest-environment jsdom */
/**
 * "Kiểm tra tương thích Excel" in the pane: offered only where the host can run it, asks before running (the undo
 * history), shows the report of the real self-test run on the strict fake, and copies it as text.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, configure, fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import type { Lang } from "../../../src/core/i18n/types";
import { runSelfTest, type SelfTestReport } from "../../../src/excel/self-test";
import { Pane } from "../../../src/taskpane/components/Pane";
import type { RunOptions } from "../../../src/taskpane/host";
import { MockExcel } from "../../excel/mock-excel";
import { officeSheet } from "../../excel/plans";
import { FakeHost } from "../fake-host";

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

class NoResize {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: typeof NoResize }).ResizeObserver ??= NoResize;

/** The pane's fake host with the self-test of src/excel run on the strict fake Excel. */
class SelfTestHost extends FakeHost {
  readonly mock = new MockExcel([officeSheet("Cá nhân", 10)]);
  async selfTest(opts: RunOptions = {}): Promise<SelfTestReport> {
    this.calls.push({ op: "selfTest", args: [opts.lang] });
    return runSelfTest(this.mock.context, {
      diagnostics: { host: "Excel", platform: "PC", version: "16.0.18827.20000" },
      isSetSupported: (_, v) => Number(v.split(".")[1]) <= 17,
      officeJs: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      now: () => Date.UTC(2025, 11, 1, 2, 30),
      payloadBytes: 50_000,
    });
  }
}

function Harness(props: { host: FakeHost; lang?: Lang }) {
  const [lang, setLang] = useState<Lang>(props.lang ?? "vi");
  return (
    <FluentProvider theme={webLightTheme}>
      <Pane host={props.host} lang={lang} onLangChange={setLang} />
    </FluentProvider>
  );
}

async function open(host: FakeHost, lang: Lang = "vi") {
  render(<Harness host={host} lang={lang} />);
  await screen.findByText(lang === "vi" ? "Các trang tính tìm thấy" : "Sheets found");
  fireEvent.click(
    screen.getByRole("button", {
      name: lang === "vi" ? /^Kiểm tra tương thích Excel/ : /^Excel compatibility check/,
    })
  );
}

async function runIt(host: SelfTestHost) {
  await open(host);
  fireEvent.click(screen.getByRole("button", { name: "Chạy kiểm tra" }));
  await screen.findByRole("table", { name: "Kết quả từng chức năng" });
}

function rows(): string[][] {
  const table = screen.getByRole("table", { name: "Kết quả từng chức năng" });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((tr) =>
      within(tr)
        .getAllByRole("cell")
        .map((td) => td.textContent ?? "")
    );
}

afterEach(() => {
  delete (navigator as unknown as { clipboard?: unknown }).clipboard;
  delete (document as unknown as { execCommand?: unknown }).execCommand;
});

describe("the Excel compatibility check in the pane", () => {
  it("is offered below the steps where the host can run it, and not elsewhere", async () => {
    render(<Harness host={new FakeHost()} />);
    await screen.findByText("Các trang tính tìm thấy");
    expect(screen.queryByRole("button", { name: /Kiểm tra tương thích Excel/ })).toBeNull();
    await open(new SelfTestHost());
    expect(screen.getByRole("heading", { name: "Kiểm tra tương thích Excel" })).toBeTruthy();
  });

  it("says what it does and that adding a sheet clears Excel's undo history, and runs nothing before the clerk confirms", async () => {
    const host = new SelfTestHost();
    await open(host);
    expect(screen.getByText(/trang tính tạm, được xóa khi kiểm tra xong/)).toBeTruthy();
    expect(screen.getByText(/xóa lịch sử hoàn tác \(Undo\)/)).toBeTruthy();
    expect(host.ops()).not.toContain("selfTest");
    fireEvent.click(screen.getByRole("button", { name: "Đóng" }));
    expect(screen.queryByRole("heading", { name: "Kiểm tra tương thích Excel" })).toBeNull();
    expect(host.ops()).not.toContain("selfTest");
  });

  it("shows a row per capability with its result, Excel's platform and version, and the API sets", async () => {
    const host = new SelfTestHost();
    await runIt(host);
    expect(host.calls.filter((c) => c.op === "selfTest")).toEqual([
      { op: "selfTest", args: ["vi"] },
    ]);
    const table = rows();
    expect(table).toHaveLength(12);
    expect(table[0]).toEqual(["Thêm trang tính tạm", "✓ Đạt"]);
    expect(table[2]).toEqual(["Định dạng có điều kiện: thêm, đọc lại, xóa", "✓ Đạt"]);
    expect(table.every(([, r]) => r === "✓ Đạt")).toBe(true);
    expect(screen.getByTestId("compat-excel").textContent).toBe(
      "Excel: Excel, PC, phiên bản 16.0.18827.20000"
    );
    expect(screen.getByTestId("compat-counts").textContent).toBe(
      "12 đạt, 0 lỗi, 0 không kiểm tra được"
    );
    expect(screen.getByTestId("compat-sets").textContent).toBe(
      "Các bộ ExcelApi phần bổ trợ dùng (cần tối thiểu 1.13): 1.1 ✓, 1.2 ✓, 1.4 ✓, 1.6 ✓, 1.7 ✓, 1.9 ✓, 1.13 ✓"
    );
    expect(screen.getByText("Excel này làm được mọi việc phần bổ trợ cần.")).toBeTruthy();
    // the office's sheet is all that is left
    expect(host.mock.book.sheets.map((s) => s.name)).toEqual(["Cá nhân"]);
  });

  it("shows a failing capability with Excel's error code, the others passed", async () => {
    const host = new SelfTestHost();
    // syncs: 1 workbook, 2 add, 3 values, 4–5 conditional formats
    host.mock.failSync(4, "InvalidArgument");
    await runIt(host);
    const cf = screen.getByTestId("compat-cf");
    expect(cf.textContent).toContain("✗ Lỗi");
    expect(cf.textContent).toContain("Mã lỗi InvalidArgument");
    expect(rows().filter(([, r]) => r === "✓ Đạt")).toHaveLength(11);
    expect(screen.getByText(/Excel này chưa làm được một số việc/)).toBeTruthy();
  });

  it("in a structure-protected workbook says which capabilities it could not test, instead of failing", async () => {
    const host = new SelfTestHost();
    host.mock.book.structureProtected = true;
    await runIt(host);
    expect(rows().map(([, r]) => r)).toEqual(
      Array(12).fill("– Không kiểm tra được: sổ đang khóa cấu trúc")
    );
    expect(
      screen.getByText(/Sổ tính đang khóa cấu trúc/, { selector: ".fui-MessageBarBody" })
    ).toBeTruthy();
    expect(screen.getByTestId("compat-counts").textContent).toBe(
      "0 đạt, 0 lỗi, 12 không kiểm tra được"
    );
  });

  it("copies the result as text with “Sao chép”", async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await runIt(new SelfTestHost());
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /^Sao chép/ }));
    });
    expect(writeText).toHaveBeenCalledTimes(1);
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text.split("\n").slice(0, 3)).toEqual([
      "Rà soát thi đua — Kiểm tra tương thích Excel",
      "Thời điểm: 2025-12-01T02:30:00.000Z",
      "Excel: Excel, PC, phiên bản 16.0.18827.20000",
    ]);
    expect(text).toContain("\nGộp ô và đọc vùng gộp (ExcelApi 1.13; 0 ms): ✓ Đạt\n");
    expect(screen.getByText(/Đã sao chép kết quả/)).toBeTruthy();
  });

  it("copies through a selected text box when the clipboard refuses", async () => {
    const writeText = jest.fn(() => Promise.reject(new Error("NotAllowedError")));
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const execCommand = jest.fn(() => true);
    Object.defineProperty(document, "execCommand", { value: execCommand, configurable: true });
    await runIt(new SelfTestHost());
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /^Sao chép/ }));
    });
    expect(execCommand).toHaveBeenCalledWith("copy");
    expect(screen.getByText(/Đã sao chép kết quả/)).toBeTruthy();
  });

  it("leaves the text shown for Ctrl+C when it cannot be copied at all", async () => {
    await runIt(new SelfTestHost());
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /^Sao chép/ }));
    });
    expect(screen.getByText(/Không sao chép tự động được/)).toBeTruthy();
    const box = screen.getByRole("textbox", { name: "Kết quả kiểm tra dạng văn bản" });
    expect((box as HTMLTextAreaElement).value).toMatch(
      /^Rà soát thi đua — Kiểm tra tương thích Excel\n/
    );
    expect(box.closest("details")?.open).toBe(true);
  });

  it("speaks English when the pane does", async () => {
    const host = new SelfTestHost();
    await open(host, "en");
    expect(screen.getByText(/clear its undo history/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Run the check" }));
    const table = await screen.findByRole("table", { name: "Result per capability" });
    expect(within(table).getAllByText("✓ Passed")).toHaveLength(12);
    expect(host.calls.find((c) => c.op === "selfTest")?.args).toEqual(["en"]);
  });
});
