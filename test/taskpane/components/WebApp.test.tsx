/** @jest-environment jsdom */
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { WebApp } from "../../../src/taskpane/components/WebApp";
import type { Envelope, Reply, WorkerLike } from "../../../src/taskpane/hosts/protocol";
import { inspection } from "../fake-host";

jest.setTimeout(30_000);
// A loaded machine (CI, parallel suites) can take more than the default second to render Fluent the first time.
configure({ asyncUtilTimeout: 10_000 });

class NoResize {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: typeof NoResize }).ResizeObserver ??= NoResize;

/** A worker that answers "open" and "inspect" like the real one, and records what it was sent. */
class FakeWorker implements WorkerLike {
  static sent: Envelope[] = [];
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  postMessage(m: Envelope): void {
    FakeWorker.sent.push(m);
    const value = m.op === "inspect" ? inspection : null;
    setTimeout(() =>
      this.onmessage?.({ data: { id: m.id, ok: true, value } } as MessageEvent<Reply>)
    );
  }
  terminate(): void {}
}

function xlsx(name: string): File {
  const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], name);
  // jsdom's File has no arrayBuffer(); the page reads the bytes with it.
  Object.defineProperty(file, "arrayBuffer", {
    value: async () => new Uint8Array([0x50, 0x4b, 3, 4]).buffer,
  });
  return file;
}

describe("the standalone page", () => {
  beforeEach(() => (FakeWorker.sent = []));

  it("asks for an .xlsx file, in Vietnamese first", () => {
    render(<WebApp createWorker={() => new FakeWorker()} saveFile={() => undefined} />);
    expect(screen.getByRole("button", { name: "Chọn tệp .xlsx" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Vùng kéo thả tệp .xlsx" })).toBeTruthy();
  });

  it("refuses a file that is not .xlsx, naming it", async () => {
    render(<WebApp createWorker={() => new FakeWorker()} saveFile={() => undefined} />);
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [xlsx("bang.xls")] } });
    expect(await screen.findByText("Tệp “bang.xls” không phải .xlsx.")).toBeTruthy();
    expect(FakeWorker.sent).toEqual([]);
  });

  it("opens a dropped .xlsx in the worker and shows its sheets", async () => {
    render(<WebApp createWorker={() => new FakeWorker()} saveFile={() => undefined} />);
    const zone = screen.getByRole("region", { name: "Vùng kéo thả tệp .xlsx" });
    fireEvent.drop(zone, { dataTransfer: { files: [xlsx("mau.xlsx")] } });
    await screen.findByText("Các trang tính tìm thấy");
    expect(screen.getByText("Tệp: mau.xlsx")).toBeTruthy();
    await waitFor(() => expect(FakeWorker.sent.map((m) => m.op)).toEqual(["open", "inspect"]));
    const open = FakeWorker.sent[0] as Extract<Envelope, { op: "open" }>;
    expect(open.file).toBe("mau.xlsx");
    expect([...open.bytes]).toEqual([0x50, 0x4b, 3, 4]);
  });
});
