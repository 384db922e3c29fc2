import { benchExcelHost } from "../../bench/excel-host";

describe("benchExcelHost", () => {
  it("reports syncs and request bytes as the real Office.js serializes them, with syncs following bytes (design.md: few round trips)", async () => {
    const lines = await benchExcelHost([100, 10_000]);
    expect(lines.map((l) => [l.bench, l.serializer, l.rows])).toEqual([
      ["excel-host", "office-js", 100],
      ["excel-host", "office-js", 10_000],
    ]);
    for (const l of lines) {
      expect(l.maxRequestBytes).toBeLessThan(5_000_000);
      expect(l.syncs).toBeLessThanOrEqual(8 + Math.ceil(l.totalBytes / 4_000_000));
      expect(l.withinBar).toBe(true);
      expect(l.clearMaxRequestBytes).toBeLessThan(5_000_000);
      expect(l.clearMaxResponseBytes).toBeLessThan(5_000_000);
    }
    expect(lines[1].totalBytes).toBeGreaterThan(lines[0].totalBytes * 20);
  });
});
