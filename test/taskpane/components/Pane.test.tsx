/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import type { Lang } from "../../../src/core/i18n/types";
import { Pane } from "../../../src/taskpane/components/Pane";
import { FakeHost } from "../fake-host";

jest.setTimeout(30_000);
// A loaded machine (CI, parallel suites) can take more than the default second to render Fluent the first time.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no ResizeObserver; Fluent's tab list measures itself with one. Nothing here depends on sizes.
class NoResize {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: typeof NoResize }).ResizeObserver ??= NoResize;

function Harness(props: { host: FakeHost; lang?: Lang }) {
  const [lang, setLang] = useState<Lang>(props.lang ?? "vi");
  return (
    <FluentProvider theme={webLightTheme}>
      <Pane host={props.host} lang={lang} onLangChange={setLang} />
    </FluentProvider>
  );
}

async function start(host = new FakeHost()) {
  render(<Harness host={host} />);
  await screen.findByText("Các trang tính tìm thấy");
  return host;
}

async function runCheck(host: FakeHost) {
  fireEvent.click(screen.getByRole("tab", { name: /Rà soát/ }));
  fireEvent.click(screen.getByRole("button", { name: "Rà soát" }));
  await screen.findByText("Kết quả rà soát");
  return host;
}

describe("the Bảng dữ liệu step", () => {
  it("lists the sheets found with their roles, ignored ones included", async () => {
    await start();
    const list = screen.getByRole("list");
    expect(within(list).getByText("Cá nhân", { selector: "span" })).toBeTruthy();
    expect(within(list).getByText("Bỏ qua")).toBeTruthy();
  });

  it("shows each field's column as a list of the sheet's headers, with its confidence", async () => {
    await start();
    const rating = screen.getByRole("combobox", { name: "Xếp loại — Cột" }) as HTMLSelectElement;
    expect(rating.value).toBe("F");
    expect([...rating.options].map((o) => o.textContent)).toContain("H — Sáng kiến");
    expect(screen.getByText(/Cần xác nhận \(60%\)/)).toBeTruthy();
  });

  it("says which criteria an unmapped optional field leaves unchecked (criteria.md §0 skipped)", async () => {
    await start();
    const row = screen.getByText("Sáng kiến, đề tài").closest("tr") as HTMLElement;
    expect(within(row).getByText(/không kiểm tra .*I2/)).toBeTruthy();
  });

  it("passes a changed mapping to the next check as a settings key", async () => {
    const host = await start();
    fireEvent.change(screen.getByRole("combobox", { name: "Sáng kiến, đề tài — Cột" }), {
      target: { value: "H" },
    });
    await runCheck(host);
    const check = host.calls.find((c) => c.op === "check");
    expect(check?.args[0]).toEqual({ "mapping[Cá nhân].initiative": "H" });
  });

  it("saves the mapping with “Lưu”", async () => {
    const host = await start();
    fireEvent.change(screen.getByRole("combobox", { name: "Sáng kiến, đề tài — Cột" }), {
      target: { value: "H" },
    });
    fireEvent.click(screen.getByRole("button", { name: /Lưu ghép cột/ }));
    await screen.findByText("Đã lưu ghép cột và cấu hình vào bảng tính.");
    expect(host.calls.find((c) => c.op === "saveSettings")?.args[0]).toEqual({
      "mapping[Cá nhân].initiative": "H",
    });
  });
});

describe("the Tiêu chí step", () => {
  it("shows every setting of criteria.md §6 with its legal note", async () => {
    await start();
    fireEvent.click(screen.getByRole("tab", { name: /Tiêu chí/ }));
    expect(screen.getByText(/Nghị định 48\/2023 và Quy định 366-QĐ\/TW/)).toBeTruthy();
    expect(screen.getByText(/Luật 2022 Điều 28/)).toBeTruthy();
    expect(screen.getByRole("spinbutton", { name: "Năm đánh giá" })).toBeTruthy();
  });

  it("switching off a plan criterion and changing a setting reach the check", async () => {
    const host = await start();
    fireEvent.click(screen.getByRole("tab", { name: /Tiêu chí/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: /^I3 — / }));
    fireEvent.click(screen.getByRole("radio", { name: "Theo Luật (sáng kiến hoặc HTXSNV)" }));
    await runCheck(host);
    expect(host.calls.find((c) => c.op === "check")?.args[0]).toEqual({
      "criteria.off": "I3",
      "cstdcs.mode": "law",
    });
  });

  it("warns when a header set by hand disagrees with the signer (NĐ 30/2020), and not while it follows the signer", async () => {
    await start();
    fireEvent.click(screen.getByRole("tab", { name: /Tiêu chí/ }));
    expect(screen.queryByTestId("header-signer-mismatch")).toBeNull();
    fireEvent.change(screen.getByRole("textbox", { name: /Cơ quan chủ quản/ }), {
      target: { value: "UBND THÀNH PHỐ CẦN THƠ" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: /Cơ quan ban hành/ }), {
      target: { value: "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG THÀNH PHỐ CẦN THƠ" },
    });
    expect(screen.getByTestId("header-signer-mismatch").textContent).toMatch(
      /Người ký là Hội đồng Thi đua - Khen thưởng nhưng phần đầu văn bản ghi/
    );
  });

  it("shows the parser's complaint for an invalid share", async () => {
    await start();
    fireEvent.click(screen.getByRole("tab", { name: /Tiêu chí/ }));
    const input = screen.getByRole("textbox", { name: /Tỷ lệ Hoàn thành xuất sắc/ });
    fireEvent.change(input, { target: { value: "abc" } });
    expect(screen.getByText(/Giá trị không hợp lệ/)).toBeTruthy();
  });
});

describe("the Rà soát and Kết quả steps", () => {
  it("checks, then writes the marks, then shows the counts of the report", async () => {
    const host = await start();
    await runCheck(host);
    expect(host.ops()).toEqual(["inspect", "check", "write"]);
    expect(host.calls[2].args[0]).toEqual(["marks"]);
    const counts = screen.getByRole("table", { name: "Cá nhân theo kết quả" });
    const row = within(counts).getByText("✗ Chưa đạt").closest("tr") as HTMLElement;
    expect(within(row).getByText("1")).toBeTruthy();
    expect(screen.getByText("Đã rà soát 3 cá nhân và 0 tập thể.")).toBeTruthy();
  });

  it("a cancelled run writes nothing and says so", async () => {
    const host = new FakeHost();
    let open: () => void = () => undefined;
    host.gate = new Promise<void>((r) => (open = r));
    await start(host);
    fireEvent.click(screen.getByRole("tab", { name: /Rà soát/ }));
    fireEvent.click(screen.getByRole("button", { name: "Rà soát" }));
    expect(await screen.findByRole("progressbar")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
    await screen.findByText("Đã hủy: chưa ghi gì vào bảng tính.");
    await act(async () => open());
    expect(host.ops()).toEqual(["inspect", "check"]);
  });

  it("groups findings by code; clicking one selects its cell", async () => {
    const host = await start();
    await runCheck(host);
    fireEvent.click(screen.getByRole("button", { name: /^I2 — .*\(2\)/ }));
    fireEvent.click(await screen.findByRole("button", { name: /Chọn ô H8 trên trang “Cá nhân”/ }));
    await waitFor(() =>
      expect(host.calls.at(-1)).toEqual({ op: "select", args: ["Cá nhân", "H8"] })
    );
  });

  it("filters findings by text, without diacritics", async () => {
    const host = await start();
    await runCheck(host);
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "cuong" } });
    expect(await screen.findByRole("heading", { name: "Phát hiện (2)" })).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: /Chỉ những phát hiện quyết định/ }));
    expect(await screen.findByRole("heading", { name: "Phát hiện (1)" })).toBeTruthy();
  });

  it("the result buttons filter rows, write the summary and clear the marks", async () => {
    const host = await start();
    await runCheck(host);
    fireEvent.click(screen.getByRole("button", { name: "Lọc dòng cần xem" }));
    await screen.findByText(/Đã lọc các trang tính/);
    fireEvent.click(screen.getByRole("button", { name: "Ghi bảng đề xuất" }));
    await screen.findByText("Đã ghi: Đề xuất khen thưởng.");
    fireEvent.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    await screen.findByText("Đã xóa cột kết quả và đánh dấu trên 1 trang tính.");
    expect(host.ops().slice(3)).toEqual(["applyFilter", "write", "clear"]);
    expect(host.calls[4].args[0]).toEqual(["summary"]);
  });

  it("quota controls re-run the check with the new share", async () => {
    const host = await start();
    await runCheck(host);
    fireEvent.change(screen.getByRole("textbox", { name: /Tỷ lệ Hoàn thành xuất sắc/ }), {
      target: { value: "0.3" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Áp dụng và rà soát lại" }));
    await waitFor(() => expect(host.ops().filter((o) => o === "check")).toHaveLength(2));
    expect(host.calls.filter((c) => c.op === "check")[1].args[0]).toEqual({ "quota.htxs": "0.3" });
  });
});

describe("language", () => {
  it("is Vietnamese by default and switches to English", async () => {
    await start();
    expect(screen.getByRole("tab", { name: /Bảng dữ liệu/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Chuyển giao diện sang tiếng Anh" }));
    expect(screen.getByRole("tab", { name: /Data sheets/ })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Emulation review" })).toBeTruthy();
  });
});
