import { buildView, flattenFindings, groupFindings, localFindings } from "../../src/taskpane/view";
import { sampleReport } from "./report-fixture";

describe("the results view", () => {
  it("shows the report's own totals by outcome", () => {
    const v = buildView(sampleReport());
    expect(v.totals.outcomes).toEqual({ eligible: 1, gaps: 1, needs_info: 1, not_checked: 0 });
    expect(v.totals.individuals).toBe(3);
  });

  it("counts by title both the eligible rows and the units' proposals with their verdicts", () => {
    const v = buildView(sampleReport());
    expect(v.byTitle.find((t) => t.title === "LDTT")).toMatchObject({
      eligible: 2,
      proposed: 1,
      proposedEligible: 1,
    });
    expect(v.byTitle.find((t) => t.title === "CSTDCS")).toMatchObject({
      eligible: 0,
      proposed: 1,
      proposedNotEligible: 1,
    });
  });

  it("counts individuals by unit and outcome", () => {
    const v = buildView(sampleReport());
    const land = v.byUnit.find((u) => u.unit === "Phòng Quản lý đất đai");
    expect(land).toMatchObject({
      rows: 2,
      outcomes: { eligible: 1, gaps: 1, needs_info: 0, not_checked: 0 },
    });
    expect(v.byUnit.find((u) => u.unit === "Văn phòng Sở")?.outcomes.needs_info).toBe(1);
  });

  it("flattens every finding with its sheet, cell and person, and counts them in the view", () => {
    const items = flattenFindings(sampleReport());
    expect(items).toHaveLength(3);
    expect(buildView(sampleReport()).findingCount).toBe(3);
    expect(items[0]).toMatchObject({
      sheet: "Cá nhân",
      cell: "H8",
      who: "Nguyễn Văn An",
      code: "I2",
    });
  });
});

describe("grouping and filtering findings", () => {
  const items = flattenFindings(sampleReport());
  const all = { text: "", verdicts: [], decidingOnly: false };

  it("groups findings by code in order of first appearance", () => {
    const groups = groupFindings(items, all);
    expect(groups.map((g) => [g.code, g.items.length])).toEqual([
      ["I2", 2],
      ["I3", 1],
    ]);
  });

  it("matches the text filter without case or diacritics", () => {
    const groups = groupFindings(items, { ...all, text: "le hoang" });
    expect(groups.flatMap((g) => g.items.map((i) => i.who))).toEqual([
      "Lê Hoàng Cường",
      "Lê Hoàng Cường",
    ]);
  });

  it("keeps only the chosen verdict and, when asked, only the findings that decide the outcome", () => {
    expect(groupFindings(items, { ...all, verdicts: ["unknown"] }).map((g) => g.code)).toEqual([
      "I3",
    ]);
    const deciding = groupFindings(items, { ...all, decidingOnly: true });
    expect(deciding.flatMap((g) => g.items.map((i) => i.cell))).toEqual(["H8", "J10"]);
  });
});

describe("findings served a page at a time", () => {
  const source = localFindings(flattenFindings(sampleReport()));
  const all = { text: "", verdicts: [], decidingOnly: false };

  it("gives the groups with their counts under a filter", async () => {
    expect(await source.groups(all)).toEqual([
      { code: "I2", count: 2 },
      { code: "I3", count: 1 },
    ]);
    expect(await source.groups({ ...all, decidingOnly: true })).toEqual([
      { code: "I2", count: 1 },
      { code: "I3", count: 1 },
    ]);
  });

  it("gives one group's items from an offset", async () => {
    const page = await source.items(all, "I2", 1, 10);
    expect(page.map((f) => f.cell)).toEqual(["H10"]);
    expect(await source.items(all, "nope", 0, 10)).toEqual([]);
  });
});
