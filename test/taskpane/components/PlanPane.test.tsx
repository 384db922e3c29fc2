/** @jest-environment jsdom */
/** The plan in force in the pane (issue 16): named on the "Tiêu chí" step, a plan sheet offered and confirmed, its
 * mistakes, and the question asked when a plan is for another year. The host checks for real (GridHost). */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { runCheck } from "../../../src/core/check";
import type { Lang } from "../../../src/core/i18n/types";
import { Pane } from "../../../src/taskpane/components/Pane";
import { identifiersIn } from "../../../src/taskpane/labels";
import {
  criterionRow,
  department,
  GridHost,
  KH2026,
  planRow,
  planSheet,
  storeSettings,
} from "../grid-host";

jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 10_000 });

class NoResize {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: typeof NoResize }).ResizeObserver ??= NoResize;

function Harness(props: { host: GridHost; lang?: Lang }) {
  const [lang, setLang] = useState<Lang>(props.lang ?? "vi");
  return (
    <FluentProvider theme={webLightTheme}>
      <Pane host={props.host} lang={lang} onLangChange={setLang} />
    </FluentProvider>
  );
}

async function criteria(host: GridHost) {
  const view = render(<Harness host={host} />);
  await screen.findByText("Các trang tính tìm thấy");
  fireEvent.click(screen.getByRole("tab", { name: /Tiêu chí/ }));
  await screen.findByTestId("plan-in-force");
  return view;
}

const inForce = () => screen.getByTestId("plan-in-force").textContent ?? "";
const I4 = /^Chấp hành nghiêm sự phân công/;
const I7 = /^Tích cực ứng dụng công nghệ thông tin, chuyển đổi số/;
const QUESTION =
  "Kế hoạch kh-2026 là kế hoạch năm 2026 nhưng năm rà soát là 2025. Đặt năm rà soát là 2026?";

/** Last year's book: its settings sheet says 2025, and this year's plan sheet was pasted in. */
function lastYearsBook() {
  const grid = department();
  storeSettings(grid, runCheck({ grid, overrides: { year: "2025" }, saveOverrides: true }));
  grid.sheets.push(planSheet());
  return grid;
}

describe("the plan in force on the Tiêu chí step", () => {
  it("names the year's default plan, where it came from, and lists its criteria by label", async () => {
    await criteria(new GridHost(department()));
    expect(inForce()).toMatch(
      /^Kế hoạch đang áp dụng: .+ \(kh-2025, phiên bản 2025\.1\)Lấy từ: mặc định của năm; năm 2025\.$/
    );
    expect(screen.queryByTestId("plan-sheet")).toBeNull();
    expect(screen.getByRole("checkbox", { name: I4 })).toBeTruthy();
    expect(screen.queryByRole("checkbox", { name: I7 })).toBeNull();
    // One plan ships: no list to pick from.
    expect(screen.queryByRole("combobox", { name: "Bộ tiêu chí" })).toBeNull();
    expect(identifiersIn(screen.getByRole("main").textContent ?? "")).toEqual([]);
  });

  it("in English, names the plan in English", async () => {
    render(<Harness host={new GridHost(department())} lang="en" />);
    fireEvent.click(await screen.findByRole("tab", { name: /Criteria/ }));
    expect((await screen.findByTestId("plan-in-force")).textContent).toMatch(
      /^Plan in force: .+ \(kh-2025, version 2025\.1\)From: the year's default; year 2025\.$/
    );
  });
});

describe("a plan sheet found in the workbook", () => {
  it("is offered, not used, until the clerk confirms it; then every call asks for it and its criteria are listed", async () => {
    const grid = department();
    grid.sheets.push(planSheet());
    const host = new GridHost(grid);
    await criteria(host);
    const card = screen.getByTestId("plan-sheet");
    expect(within(card).getByText("Sổ có trang kế hoạch “Kế hoạch thi đua” (kh-2026, năm 2026)")).toBeTruthy();
    expect(inForce()).toMatch(/\(kh-2025, phiên bản 2025\.1\)/);

    fireEvent.click(within(card).getByRole("button", { name: "Dùng kế hoạch này" }));
    await waitFor(() => expect(inForce()).toMatch(/\(kh-2026, phiên bản 2026\.1\)/));
    expect(inForce()).toMatch(/^Kế hoạch đang áp dụng: Kế hoạch thi đua năm 2026 \(mẫu\)/);
    expect(inForce()).toMatch(/Lấy từ: trang kế hoạch trong sổ; năm 2026\./);
    expect(screen.queryByTestId("plan-sheet")).toBeNull();
    expect(screen.getByText(/Các lần rà soát sẽ dùng kế hoạch kh-2026/)).toBeTruthy();
    expect(host.optionsOf("inspect").at(-1)?.usePlanSheet).toBe(true);
    // The 2026 plan's criteria: I7 is new, I4 is dropped.
    expect(screen.getByRole("checkbox", { name: I7 })).toBeTruthy();
    expect(screen.queryByRole("checkbox", { name: I4 })).toBeNull();

    // The check asks for the plan sheet, and checks with it.
    fireEvent.click(screen.getByRole("tab", { name: /Rà soát/ }));
    fireEvent.click(screen.getByRole("button", { name: "Rà soát" }));
    await screen.findByText("Kết quả rà soát");
    expect(host.optionsOf("check")[0].usePlanSheet).toBe(true);
    expect(host.optionsOf("check")[0].ruleSetId).toBeUndefined();
    expect(host.lastReport().plan?.id).toBe("kh-2026");

    // “Lưu” stores the plan's hash: a pane opened later on the same book uses the plan sheet without asking.
    fireEvent.click(screen.getByRole("tab", { name: /Bảng dữ liệu/ }));
    fireEvent.click(screen.getByRole("button", { name: /Lưu ghép cột/ }));
    await screen.findByText("Đã lưu ghép cột và cấu hình vào bảng tính.");
    expect(host.optionsOf("saveSettings")[0].usePlanSheet).toBe(true);
    const later = await new GridHost(grid).inspect({});
    expect(later.plan).toMatchObject({ id: "kh-2026", from: "sheet" });
    expect(later.planSheet).toMatchObject({ inForce: true, mistakes: [] });
  });

  it("once saved, stays in force in a pane opened later, which can stop using it", async () => {
    const grid = department();
    grid.sheets.push(planSheet());
    storeSettings(
      grid,
      runCheck({ grid, usePlanSheet: true, overrides: { year: "2026" }, saveOverrides: true })
    );
    const host = new GridHost(grid);
    await criteria(host);
    expect(inForce()).toMatch(/\(kh-2026, phiên bản 2026\.1\)/);
    expect(inForce()).toMatch(/Lấy từ: trang kế hoạch trong sổ/);
    expect(host.optionsOf("inspect")[0].usePlanSheet).toBeUndefined();
    fireEvent.click(screen.getByRole("button", { name: "Không dùng trang kế hoạch" }));
    await waitFor(() => expect(inForce()).toMatch(/\(kh-2025, phiên bản 2025\.1\)/));
    expect(host.optionsOf("inspect").at(-1)?.usePlanSheet).toBe(false);
    expect(screen.getByTestId("plan-sheet")).toBeTruthy();
  });

  it("with mistakes: lists them, one sentence per mistake naming the sheet's row, and offers no button", async () => {
    const grid = department();
    grid.sheets.push(
      planSheet(KH2026, (rows) => {
        criterionRow(rows, "I3")[4] = "Huân chương Lao động";
        criterionRow(rows, "I5")[6] = "Trắc nghiệm";
      })
    );
    await criteria(new GridHost(grid));
    const card = screen.getByTestId("plan-sheet");
    expect(within(card).getByText("Sổ có trang kế hoạch “Kế hoạch thi đua” (kh-2026, năm 2026)")).toBeTruthy();
    const list = within(card).getByRole("list");
    expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      expect.stringMatching(
        new RegExp(`^Trang “Kế hoạch thi đua”, dòng ${planRow(KH2026, "I3")}: .*Huân chương Lao động`)
      ),
      expect.stringMatching(
        new RegExp(`^Trang “Kế hoạch thi đua”, dòng ${planRow(KH2026, "I5")}: .*Trắc nghiệm`)
      ),
    ]);
    expect(within(card).queryByRole("button")).toBeNull();
    expect(inForce()).toMatch(/\(kh-2025, phiên bản 2025\.1\)/);
  });

  it("a confirmed plan sheet that has since got mistakes: the check shows them and checks nothing", async () => {
    const grid = department();
    grid.sheets.push(planSheet());
    const host = new GridHost(grid);
    await criteria(host);
    fireEvent.click(screen.getByRole("button", { name: "Dùng kế hoạch này" }));
    await waitFor(() => expect(inForce()).toMatch(/kh-2026/));
    // The clerk edits the plan sheet after confirming it.
    const at = grid.sheets.findIndex((s) => s.name === "Kế hoạch thi đua");
    grid.sheets[at] = planSheet(KH2026, (rows) => {
      criterionRow(rows, "I5")[6] = "Trắc nghiệm";
    });
    fireEvent.click(screen.getByRole("tab", { name: /Rà soát/ }));
    fireEvent.click(screen.getByRole("button", { name: "Rà soát" }));
    const question = await screen.findByRole("region", { name: "Câu hỏi về kế hoạch thi đua" });
    expect(question.textContent).toMatch(
      /^Trang kế hoạch “Kế hoạch thi đua” có lỗi nên chưa rà soát gì; cần sửa trong trang:/
    );
    expect(within(question).getByRole("listitem").textContent).toMatch(
      new RegExp(`^Trang “Kế hoạch thi đua”, dòng ${planRow(KH2026, "I5")}: .*Trắc nghiệm`)
    );
    expect(host.ops()).not.toContain("write");
    const results = screen.getByRole("tab", { name: /Kết quả/ });
    expect(results.hasAttribute("disabled") || results.getAttribute("aria-disabled") === "true").toBe(
      true
    );
    // Declining checks with the year's plan.
    fireEvent.click(within(question).getByRole("button", { name: "Không dùng kế hoạch này" }));
    await screen.findByText("Kết quả rà soát");
    expect(host.optionsOf("check").at(-1)?.usePlanSheet).toBe(false);
    expect(screen.queryByRole("region", { name: "Câu hỏi về kế hoạch thi đua" })).toBeNull();
  });
});

describe("a plan for another year", () => {
  async function confirmInLastYearsBook() {
    const host = new GridHost(lastYearsBook());
    await criteria(host);
    fireEvent.click(screen.getByRole("button", { name: "Dùng kế hoạch này" }));
    const question = await screen.findByRole("region", { name: "Câu hỏi về kế hoạch thi đua" });
    expect(question.textContent).toContain(QUESTION);
    // Not used silently: the plan in force is still the year's.
    expect(inForce()).toMatch(/\(kh-2025, phiên bản 2025\.1\)/);
    return { host, question };
  }

  it("asks; “Đặt năm 2026” sets the year and uses the plan", async () => {
    const { host, question } = await confirmInLastYearsBook();
    fireEvent.click(within(question).getByRole("button", { name: "Đặt năm 2026" }));
    await waitFor(() => expect(inForce()).toMatch(/\(kh-2026, phiên bản 2026\.1\)/));
    expect(screen.queryByRole("region", { name: "Câu hỏi về kế hoạch thi đua" })).toBeNull();
    expect(host.optionsOf("inspect").at(-1)).toMatchObject({
      usePlanSheet: true,
      overrides: { year: "2026" },
    });
    expect((screen.getByRole("spinbutton", { name: "Năm đánh giá" }) as HTMLInputElement).value).toBe(
      "2026"
    );
    // The check goes with the year and the plan sheet.
    fireEvent.click(screen.getByRole("tab", { name: /Rà soát/ }));
    fireEvent.click(screen.getByRole("button", { name: "Rà soát" }));
    await screen.findByText("Kết quả rà soát");
    expect(host.calls.find((c) => c.op === "check")?.args[0]).toEqual({ year: "2026" });
    expect(host.optionsOf("check")[0].usePlanSheet).toBe(true);
  });

  it("asks; “Không dùng kế hoạch này” keeps the year's plan and drops the plan sheet", async () => {
    const { host, question } = await confirmInLastYearsBook();
    fireEvent.click(within(question).getByRole("button", { name: "Không dùng kế hoạch này" }));
    await waitFor(() =>
      expect(screen.queryByRole("region", { name: "Câu hỏi về kế hoạch thi đua" })).toBeNull()
    );
    expect(host.optionsOf("inspect").at(-1)?.usePlanSheet).toBe(false);
    expect(inForce()).toMatch(/\(kh-2025, phiên bản 2025\.1\)/);
    expect(screen.getByTestId("plan-sheet")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: /Rà soát/ }));
    fireEvent.click(screen.getByRole("button", { name: "Rà soát" }));
    await screen.findByText("Kết quả rà soát");
    expect(host.optionsOf("check")[0].usePlanSheet).toBe(false);
  });

  it("asks when the check refuses the plan, and “Đặt năm 2026” checks again with it", async () => {
    // This year's book, with the plan sheet saved as confirmed; the clerk then types last year.
    const grid = department();
    grid.sheets.push(planSheet());
    storeSettings(
      grid,
      runCheck({ grid, usePlanSheet: true, overrides: { year: "2026" }, saveOverrides: true })
    );
    const host = new GridHost(grid);
    await criteria(host);
    fireEvent.change(screen.getByRole("spinbutton", { name: "Năm đánh giá" }), {
      target: { value: "2025" },
    });
    fireEvent.click(screen.getByRole("tab", { name: /Rà soát/ }));
    fireEvent.click(screen.getByRole("button", { name: "Rà soát" }));
    const question = await screen.findByRole("region", { name: "Câu hỏi về kế hoạch thi đua" });
    expect(question.textContent).toContain(QUESTION);
    expect(host.ops()).not.toContain("write");
    fireEvent.click(within(question).getByRole("button", { name: "Đặt năm 2026" }));
    await screen.findByText("Kết quả rà soát");
    expect(host.calls.filter((c) => c.op === "check").map((c) => c.args[0])).toEqual([
      { year: "2025" },
      { year: "2026" },
    ]);
    expect(host.ops()).toContain("write");
  });
});
