/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import type { Lang } from "../../../src/core/i18n/types";
import { Pane } from "../../../src/taskpane/components/Pane";
import { identifiersIn } from "../../../src/taskpane/labels";
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
    const list = screen.getByRole("list", { name: "Các trang tính tìm thấy" });
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

  it("says once, by their labels, which checks the missing columns cost (criteria.md §0 skipped)", async () => {
    await start();
    const cost = screen.getAllByTestId("missing-cost");
    expect(cost).toHaveLength(1);
    expect(cost[0].textContent).toMatch(
      /^Không có cột .*Sáng kiến, đề tài.* nên chưa kiểm tra: .*Sáng kiến/
    );
    expect(cost[0].textContent).not.toMatch(/\bI2\b|[A-Z]+_[A-Z]/);
  });

  it("shows the required and unsure fields first and folds the others", async () => {
    await start();
    const first = screen.getByRole("list", {
      name: /Ghép cột của trang “Cá nhân” — Trường cần xem/,
    });
    const shown = [...first.querySelectorAll("li")].map((li) => li.getAttribute("data-field"));
    expect(shown).toContain("name");
    expect(shown).toContain("rating");
    expect(shown).toContain("initiative");
    expect(shown).not.toContain("position");
    const folded = screen
      .getByText(/^Các trường khác \(\d+\)$/)
      .closest("details") as HTMLDetailsElement;
    expect(folded.open).toBe(false);
    expect(folded.querySelector('[data-field="position"]')).toBeTruthy();
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
    fireEvent.click(screen.getByRole("checkbox", { name: /^Tinh thần trách nhiệm cao/ }));
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
    const cards = screen.getByRole("region", { name: "Cá nhân theo kết quả" });
    const gaps = within(cards).getByText("✗ Chưa đạt").closest("li") as HTMLElement;
    expect(within(gaps).getByTestId("Cá nhân theo kết quả-gaps").textContent).toBe("1");
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

  it("groups findings by criterion label; clicking one selects its cell", async () => {
    const host = await start();
    await runCheck(host);
    fireEvent.click(screen.getByRole("button", { name: /^Sáng kiến \(2\)$/ }));
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

describe("from a finding to its cell", () => {
  it("shows labels, never identifiers, in the results step's visible text", async () => {
    const host = await start();
    await runCheck(host);
    fireEvent.click(screen.getByRole("button", { name: /^Sáng kiến \(2\)$/ }));
    await screen.findByRole("button", { name: /Chọn ô H8 trên trang “Cá nhân”/ });
    const text = document.body.textContent ?? "";
    expect(identifiersIn(text)).toEqual([]);
    expect(text).toContain("Tỷ lệ Hoàn thành xuất sắc");
  });

  it("says once, in the results, what the missing columns cost", async () => {
    const host = await start();
    await runCheck(host);
    const said = screen.getAllByTestId("missing-cost");
    expect(said).toHaveLength(1);
    expect(said[0].textContent).toMatch(/Cá nhân: Không có cột .* nên chưa kiểm tra: /);
  });

  it("walks the filtered findings with “Tiếp theo” and “Trước”, selecting each cell", async () => {
    const host = await start();
    await runCheck(host);
    const next = screen.getByRole("button", { name: "Tiếp theo" });
    fireEvent.click(next);
    await waitFor(() =>
      expect(screen.getByTestId("nav-position").textContent).toBe("Phát hiện 1/3")
    );
    expect(host.calls.at(-1)).toEqual({ op: "select", args: ["Cá nhân", "H8"] });
    fireEvent.click(next);
    await waitFor(() => expect(host.calls.at(-1)?.args).toEqual(["Cá nhân", "H10"]));
    fireEvent.click(next);
    await waitFor(() => expect(host.calls.at(-1)?.args).toEqual(["Cá nhân", "J10"]));
    expect(screen.getByTestId("nav-current").textContent).toMatch(/Tinh thần trách nhiệm/);
    expect((next as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Trước" }));
    await waitFor(() =>
      expect(screen.getByTestId("nav-position").textContent).toBe("Phát hiện 2/3")
    );
  });

  it("filters findings by kind and by unit, and walks only those", async () => {
    const host = await start();
    await runCheck(host);
    fireEvent.change(screen.getByRole("combobox", { name: "Loại phát hiện" }), {
      target: { value: "unknown" },
    });
    expect(await screen.findByRole("heading", { name: "Phát hiện (1)" })).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "Loại phát hiện" }), {
      target: { value: "" },
    });
    fireEvent.change(screen.getByRole("combobox", { name: "Đơn vị" }), {
      target: { value: "Phòng Quản lý đất đai" },
    });
    expect(await screen.findByRole("heading", { name: "Phát hiện (1)" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Tiếp theo" }));
    await waitFor(() =>
      expect(host.calls.at(-1)).toEqual({ op: "select", args: ["Cá nhân", "H8"] })
    );
  });

  it("“Rà soát lại” keeps the filter and the finding reached", async () => {
    const host = await start();
    await runCheck(host);
    fireEvent.change(screen.getByRole("combobox", { name: "Loại phát hiện" }), {
      target: { value: "gap" },
    });
    await screen.findByRole("heading", { name: "Phát hiện (2)" });
    const next = screen.getByRole("button", { name: "Tiếp theo" });
    fireEvent.click(next);
    fireEvent.click(next);
    await waitFor(() =>
      expect(screen.getByTestId("nav-position").textContent).toBe("Phát hiện 2/2")
    );
    fireEvent.click(screen.getByRole("button", { name: "Rà soát lại" }));
    await waitFor(() => expect(host.ops().filter((o) => o === "check")).toHaveLength(2));
    await waitFor(() =>
      expect(screen.getByTestId("nav-position").textContent).toBe("Phát hiện 2/2")
    );
    expect(
      (screen.getByRole("combobox", { name: "Loại phát hiện" }) as HTMLSelectElement).value
    ).toBe("gap");
    expect(screen.getByTestId("nav-current").textContent).toMatch(/Lê Hoàng Cường/);
  });

  it("moves between the findings of a group with the arrow keys", async () => {
    const host = await start();
    await runCheck(host);
    fireEvent.click(screen.getByRole("button", { name: /^Sáng kiến \(2\)$/ }));
    const list = await screen.findByRole("list", { name: /^Sáng kiến \(2\): danh sách phát hiện/ });
    const items = within(list).getAllByRole("button");
    items[0].focus();
    fireEvent.keyDown(list, { key: "ArrowDown" });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(list, { key: "ArrowUp" });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(list, { key: "End" });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.click(items[1]);
    await waitFor(() =>
      expect(host.calls.at(-1)).toEqual({ op: "select", args: ["Cá nhân", "H10"] })
    );
    expect(items[1].getAttribute("aria-current")).toBe("true");
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
