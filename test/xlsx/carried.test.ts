/**
 * Every part of the office's file carried (issue 15 item 4, spec/workbook.md "Parts the add-in does not write are
 * carried"): workbooks with a chart, a pivot table with its cache, a slicer, a text box and a VBA project go through
 * check and clear, and every part the add-in does not write comes out with the same bytes.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { runCheck } from "../../src/core/check";
import type { WritePlan } from "../../src/core/render/plan";
import { clearToBytes, writeCheckedBytes } from "../../src/xlsx/check-file";
import { XlsxInputError } from "../../src/xlsx/errors";
import { clearPackage, writePlanToPackage } from "../../src/xlsx/package";
import { patchWorksheet, UnsafeSheetError } from "../../src/xlsx/package/office-sheet";
import { sheetInfo } from "../../src/xlsx/owned";
import { loadWorkbook, type LoadedWorkbook } from "../../src/xlsx/read";
import { parseDefinedNames } from "../../src/xlsx/workbook-xml";
import { CARRIED, MACRO_MAIN_TYPE, pivotInBlock, vbaBytes } from "../fixtures/carried";
import { excel, officeChanges, sheetsOf } from "../hostile/preserve";
import {
  partsOf,
  relationships,
  resolveTarget,
  sameBytes,
  textOf,
  worksheetOrderProblems,
} from "../support/ooxml";

/** The parts the add-in edits in every checked copy, besides the sheets it writes (issue 15 item 4). */
const EDITED = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/sharedStrings.xml",
  "docProps/app.xml",
];
const ADDIN_SHEETS = ["Đề xuất khen thưởng", "Rà soát chi tiết", "Cấu hình rà soát"];

interface Run {
  original: Uint8Array;
  loaded: LoadedWorkbook;
  plan: WritePlan;
  checked: Uint8Array;
  resultsOnly: string | null;
  clean: Uint8Array;
}

async function checkAndClear(original: Uint8Array): Promise<Run> {
  const loaded = await loadWorkbook(original);
  const plan = runCheck({ grid: loaded.grid, sheetInfo: sheetInfo(loaded) }).plan;
  const written = await writeCheckedBytes(loaded, plan, "vi");
  const clean = await clearToBytes(await loadWorkbook(written.bytes));
  return {
    original,
    loaded,
    plan,
    checked: written.bytes,
    resultsOnly: written.resultsOnly,
    clean,
  };
}

/** The package with one part edited as text (what another program saving the file would do). */
function withPart(bytes: Uint8Array, path: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files[path] = strToU8(edit(strFromU8(files[path])));
  return zipSync(files);
}

/** Sheet name → part path, from workbook.xml and its relationships. */
function sheetParts(parts: Map<string, Uint8Array>): Map<string, string> {
  const wb = textOf(parts, "xl/workbook.xml");
  const rels = new Map(
    relationships(textOf(parts, "xl/_rels/workbook.xml.rels")).map((r) => [r.id, r.target])
  );
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*\/>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1] ?? "";
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1] ?? "";
    out.set(name, resolveTarget("xl/workbook.xml", rels.get(id) ?? ""));
  }
  return out;
}

/** Parts whose bytes differ between two packages, and parts only in the first. */
function changed(a: Map<string, Uint8Array>, b: Map<string, Uint8Array>): string[] {
  return [...a.keys()].filter((p) => !sameBytes(a.get(p), b.get(p))).sort();
}

/** An office sheet's part without what clearing may leave different in form only: rows' optional `spans` hints and
 *  the white space the writer pads the dimension with. */
const sheetForm = (xml: string) =>
  xml.replace(/\s+spans="[^"]*"/g, "").replace(/(<(?:\w+:)?dimension\b[^>]*?)\s+\/>/, "$1/>");

describe.each(CARRIED.map((c) => [c.id, c] as const))("a workbook with %s", (_id, c) => {
  let run: Run;
  let before: Map<string, Uint8Array>;
  let after: Map<string, Uint8Array>;
  let clean: Map<string, Uint8Array>;
  /** Parts of the office's sheets the plan writes a block into. */
  let checkedSheetParts: string[];

  beforeAll(async () => {
    run = await checkAndClear(await c.make());
    before = partsOf(run.original);
    after = partsOf(run.checked);
    clean = partsOf(run.clean);
    const byName = sheetParts(before);
    checkedSheetParts = run.plan.checked.map((x) => byName.get(x.sheet) ?? "");
  }, 60_000);

  it(`(${c.what}) is checked into the office's own workbook: the block and marks on its sheets, the add-in's sheets after them`, async () => {
    expect(run.resultsOnly).toBeNull();
    expect(run.plan.checked.map((x) => x.sheet)).toEqual(["Cá nhân", "Cá nhân (2)"]);
    const names = [...sheetParts(after).keys()];
    expect(names.slice(0, -ADDIN_SHEETS.length)).toEqual([...sheetParts(before).keys()]);
    expect(names.slice(-ADDIN_SHEETS.length)).toEqual(ADDIN_SHEETS);
    const read = await loadWorkbook(run.checked);
    for (const plan of run.plan.checked) {
      const sheet = read.grid.sheets.find((s) => s.name === plan.sheet);
      const header = sheet?.values[plan.firstRow - sheet.top]?.[plan.firstCol - sheet.left];
      expect(header).toMatch(/^KẾT QUẢ RÀ SOÁT/);
      const xml = textOf(after, sheetParts(after).get(plan.sheet) ?? "");
      expect(xml).toContain(`<conditionalFormatting sqref="${plan.marks[0].range}">`);
    }
  });

  it("carries every part the add-in does not write with the same bytes (the calculation chain among them)", () => {
    const allowed = new Set([...EDITED, ...checkedSheetParts]);
    expect([...before.keys()].filter((p) => !after.has(p))).toEqual([]);
    expect(changed(before, after).filter((p) => !allowed.has(p))).toEqual([]);
    // The subject of the case and what every fixture has are among the parts compared.
    expect(before.has("xl/calcChain.xml")).toBe(true);
    const subject: Record<string, RegExp> = {
      chart: /^xl\/charts\/chart\d+\.xml$/,
      pivot: /^xl\/pivotCache\/pivotCacheRecords\d+\.xml$/,
      slicer: /^xl\/slicerCaches\/slicerCache\d+\.xml$/,
      textbox: /^xl\/drawings\/drawing\d+\.xml$/,
      vba: /^xl\/vbaProject\.bin$/,
      all: /^xl\/slicers\/slicer\d+\.xml$/,
    };
    expect([...before.keys()].some((p) => subject[c.id].test(p))).toBe(true);
  });

  it("adds only the add-in's own sheets, as worksheet parts", () => {
    const added = [...after.keys()].filter((p) => !before.has(p)).sort();
    const addin = ADDIN_SHEETS.map((n) => sheetParts(after).get(n)).sort();
    expect(added).toEqual(addin);
    for (const p of added) expect(p).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
  });

  it("keeps the office's defined names (the filter database, the slicer's), the workbook's pivotCaches and extLst as they were", () => {
    const wbBefore = textOf(before, "xl/workbook.xml");
    const wbAfter = textOf(after, "xl/workbook.xml");
    const sheetNames = (xml: string) =>
      [...xml.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => m[1]);
    const office = parseDefinedNames(wbBefore, sheetNames(wbBefore));
    const now = parseDefinedNames(wbAfter, sheetNames(wbAfter));
    expect(office.map((n) => n.name)).toContain("_xlnm._FilterDatabase");
    for (const n of office) expect(now).toContainEqual(n);
    for (const el of ["pivotCaches", "extLst", "workbookPr", "calcPr", "bookViews"]) {
      const m = new RegExp(`<${el}\\b[\\s\\S]*?(?:</${el}>|/>)`).exec(wbBefore);
      if (m) expect(wbAfter).toContain(m[0]);
    }
  });

  it("gives every relationship a unique id, and each r:id of the workbook and its sheets points to an existing part of the right kind", () => {
    const relsParts = [...after.keys()].filter((p) => p.endsWith(".rels"));
    for (const rp of relsParts) {
      const rels = relationships(textOf(after, rp));
      expect(new Set(rels.map((r) => r.id)).size).toBe(rels.length);
      const source = rp.replace(/_rels\/([^/]*)\.rels$/, "$1");
      for (const r of rels.filter((x) => !x.external))
        expect([rp, after.has(resolveTarget(source, r.target))]).toEqual([rp, true]);
    }
    const wbRels = new Map(
      relationships(textOf(after, "xl/_rels/workbook.xml.rels")).map((r) => [r.id, r.type])
    );
    const wb = textOf(after, "xl/workbook.xml");
    const kinds: [RegExp, RegExp][] = [
      [/<sheet\b[^>]*\br:id="([^"]+)"/g, /\/(worksheet|chartsheet)$/],
      [/<pivotCache\b[^>]*\br:id="([^"]+)"/g, /\/pivotCacheDefinition$/],
      [/<x14:slicerCache\b[^>]*\br:id="([^"]+)"/g, /\/slicerCache$/],
    ];
    for (const [ref, type] of kinds)
      for (const m of wb.matchAll(ref)) expect(wbRels.get(m[1])).toMatch(type);
  });

  it("keeps each worksheet's elements in the schema's order (CT_Worksheet), in the checked copy and the cleared one", () => {
    for (const pkg of [after, clean]) {
      const sheets = [...pkg.keys()].filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p));
      expect(sheets.length).toBeGreaterThanOrEqual(3);
      for (const p of sheets) expect([p, worksheetOrderProblems(textOf(pkg, p))]).toEqual([p, []]);
    }
  });

  it("never changes a value, format, merge, width or conditional format of the office's own", async () => {
    const b = sheetsOf(await excel(run.original));
    const a = sheetsOf(await excel(run.checked));
    const changes = b.flatMap((s) =>
      officeChanges(
        s,
        a.find((x) => x.name === s.name)
      ).map((d) => `${s.name}: ${d}`)
    );
    expect(changes).toEqual([]);
  });

  it("clears back to the original: the same parts, the same bytes except the sheets it wrote (same XML but for row span hints), styles and shared strings", () => {
    expect([...clean.keys()].sort()).toEqual([...before.keys()].sort());
    const kept = new Set(["xl/styles.xml", "xl/sharedStrings.xml", ...checkedSheetParts]);
    expect(changed(before, clean).filter((p) => !kept.has(p))).toEqual([]);
    for (const p of checkedSheetParts)
      expect(sheetForm(textOf(clean, p))).toBe(sheetForm(textOf(before, p)));
  });

  if (c.ext === "xlsm") {
    it("stays macro-enabled: the workbook's content type, vbaProject.bin and its relationship are carried byte for byte", () => {
      for (const pkg of [after, clean]) {
        const ct = textOf(pkg, "[Content_Types].xml");
        expect(ct).toContain(
          `<Override PartName="/xl/workbook.xml" ContentType="${MACRO_MAIN_TYPE}"/>`
        );
        expect(ct).toContain(
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        );
        expect(sameBytes(pkg.get("xl/vbaProject.bin"), vbaBytes())).toBe(true);
        const vbaRel = (p: Map<string, Uint8Array>) =>
          relationships(textOf(p, "xl/_rels/workbook.xml.rels")).find((r) =>
            /vbaProject$/.test(r.type)
          );
        expect(vbaRel(pkg)?.element).toBe(vbaRel(before)?.element);
      }
    });
  }
});

describe("a sheet the writer cannot edit safely", () => {
  it("a pivot table in the block's columns makes the copy a results-only workbook that names the sheet, the part and why", async () => {
    const run = await checkAndClear(await pivotInBlock());
    expect(run.resultsOnly).toBe(
      "trang tính “Cá nhân”, phần xl/pivotTables/pivotTable1.xml: bảng tổng hợp (PivotTable) “PivotTable1” ở vùng L3:M8 nằm trong các cột J:R, nơi phải ghi kết quả rà soát"
    );
    const parts = partsOf(run.checked);
    expect([...parts.keys()].filter((p) => /pivot|vba|calcChain/i.test(p))).toEqual([]);
    expect([...sheetParts(parts).keys()]).toEqual(["Cá nhân", "Cá nhân (2)", ...ADDIN_SHEETS]);
  });

  it("the writer itself refuses that sheet, writes nothing into it and still writes the other sheets (the standalone page's safety)", async () => {
    const loaded = await loadWorkbook(await pivotInBlock());
    const plan = runCheck({ grid: loaded.grid, sheetInfo: sheetInfo(loaded) }).plan;
    const applied = await writePlanToPackage(loaded, plan);
    expect(applied.unsafe.map((u) => [u.sheet, u.part, u.why.key])).toEqual([
      ["Cá nhân", "xl/pivotTables/pivotTable1.xml", "xlsx.unsafe.pivot"],
    ]);
    expect(applied.refused.map((r) => r.msg)).toEqual([
      "Trang tính “Cá nhân” không ghi kết quả rà soát vào được một cách an toàn (xl/pivotTables/pivotTable1.xml): bảng tổng hợp (PivotTable) “PivotTable1” ở vùng L3:M8 nằm trong các cột J:R, nơi phải ghi kết quả rà soát. Kết quả vẫn có trong báo cáo và các trang của công cụ.",
    ]);
    const before = partsOf(await pivotInBlock());
    const after = partsOf(applied.bytes);
    const part = sheetParts(before).get("Cá nhân") ?? "";
    expect(sameBytes(after.get(part), before.get(part))).toBe(true);
    const other = plan.checked.find((x) => x.sheet === "Cá nhân (2)");
    const read = (await loadWorkbook(applied.bytes)).grid.sheets.find(
      (s) => s.name === "Cá nhân (2)"
    );
    expect(other && read?.values[other.firstRow - read.top]?.[other.firstCol - read.left]).toMatch(
      /^KẾT QUẢ RÀ SOÁT/
    );
    const names = strFromU8(after.get("xl/workbook.xml") ?? new Uint8Array());
    expect(names).not.toMatch(/_thidua_block" localSheetId="0"/);
  });

  const sheet = (body: string) =>
    `<worksheet xmlns="m" xmlns:r="r" xmlns:mc="mc"><dimension ref="A1:B2"/>${body}</worksheet>`;
  const data =
    '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row></sheetData>';
  const patch = {
    clear: null,
    span: { first: 4, last: 5 },
    cells: { rows: [1], write: () => undefined },
    merges: [],
    cols: [{ col: 4, width: 20 }],
    rules: [{ sqref: "A1:B2", formula: "$E1=1", dxfId: 0 }],
    removeFilter: false,
    setFilter: "A1:E2",
  };
  const why = (xml: string) => {
    try {
      patchWorksheet(xml, patch);
      return null;
    } catch (e) {
      if (e instanceof UnsafeSheetError) return e.why;
      throw e;
    }
  };

  it.each([
    ["has no sheetData", sheet("<pageMargins/>"), { key: "xlsx.unsafe.noSheetData" }],
    [
      "has a top-level element the schema does not place",
      sheet(`${data}<x14ac:spanRange/>`),
      { key: "xlsx.unsafe.element", params: { element: "spanRange" } },
    ],
    [
      "has its elements out of the schema's order",
      sheet(`${data}<drawing r:id="rId1"/><pageMargins/>`),
      { key: "xlsx.unsafe.order", params: { element: "pageMargins", before: "drawing" } },
    ],
    [
      "has its rows out of order",
      sheet(
        '<sheetData><row r="2"><c r="A2"><v>2</v></c></row><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'
      ),
      { key: "xlsx.unsafe.rowOrder", params: { row: 1, before: 2 } },
    ],
  ])("a worksheet part that %s is refused before anything is written", (_what, xml, expected) => {
    expect(why(xml)).toEqual(expected);
  });

  it("an mc:AlternateContent (form controls) is placed by the element it holds: the add-in's formats and filter go before it", () => {
    const controls =
      '<mc:AlternateContent><mc:Choice Requires="x14"><controls><control r:id="rId2"/></controls></mc:Choice>' +
      "<mc:Fallback><controls/></mc:Fallback></mc:AlternateContent>";
    const xml = sheet(
      `${data}<pageMargins/><drawing r:id="rId1"/>${controls}<tableParts count="0"/>`
    );
    const out = new TextDecoder().decode(patchWorksheet(xml, patch));
    expect(worksheetOrderProblems(out)).toEqual([]);
    expect(out).toContain(`${controls}<tableParts count="0"/>`);
  });

  it("clearing a copy whose checked sheet became unreadable to the writer stops with a message naming the sheet and why", async () => {
    const { checked } = await checkAndClear(
      await (CARRIED.find((c) => c.id === "chart") as (typeof CARRIED)[number]).make()
    );
    // Another program added an element the schema does not place at the sheet's top level.
    const part = sheetParts(partsOf(checked)).get("Cá nhân") ?? "";
    const loaded = await loadWorkbook(
      withPart(checked, part, (x) => x.replace("</worksheet>", "<x14ac:note/></worksheet>"))
    );
    const err = await clearToBytes(loaded).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(XlsxInputError);
    expect((err as XlsxInputError).describe("ban.xlsx")).toBe(
      "Không xóa đánh dấu trong tệp “ban.xlsx”: trang tính “Cá nhân” (xl/worksheets/sheet1.xml) không sửa an toàn được: phần XML của trang tính có phần tử <note> không thuộc lược đồ OOXML của trang tính, nên không biết chèn định dạng và bộ lọc vào đâu. Hãy mở tệp trong Excel và dùng nút “Xóa đánh dấu” của add-in."
    );
  });
});

describe("the add-in's filter and Excel's name for it", () => {
  it("clearing removes the _xlnm._FilterDatabase name Excel made for the add-in's filter, and keeps the office's own", async () => {
    const c = CARRIED.find((x) => x.id === "pivot") as (typeof CARRIED)[number];
    const loaded = await loadWorkbook(await c.make());
    const plan = runCheck({ grid: loaded.grid, sheetInfo: sheetInfo(loaded) }).plan;
    const checked = await writePlanToPackage(loaded, plan);
    const filter = plan.checked.find((x) => x.sheet === "Cá nhân")?.autoFilter ?? "";
    expect(filter).not.toBe("");
    // As Excel saves the checked copy: a hidden _FilterDatabase name for the add-in's filter on "Cá nhân".
    const abs = filter.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    const saved = withPart(checked.bytes, "xl/workbook.xml", (x) =>
      x.replace(
        "<definedNames>",
        `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Cá nhân'!${abs}</definedName>`
      )
    );
    const { bytes } = await clearPackage(await loadWorkbook(saved));
    const names = (await loadWorkbook(bytes)).info.names.filter(
      (n) => n.name === "_xlnm._FilterDatabase"
    );
    expect(names.map((n) => n.sheet)).toEqual(["Cá nhân (2)"]);
  });
});
