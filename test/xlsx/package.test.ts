import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCheck } from "../../src/core/check";
import { gridHash, parseStamp, STAMP_VERSION } from "../../src/core/render";
import { clearPackage, writePlanToPackage } from "../../src/xlsx/package";
import {
  patchWorksheet as patchBytes,
  WORKSHEET_ORDER,
  type BlockCells,
} from "../../src/xlsx/package/office-sheet";
import { StylesPart } from "../../src/xlsx/package/styles-part";
import { children, withPrefix } from "../../src/xlsx/package/xml";
import { sheetInfo } from "../../src/xlsx/owned";
import { loadWorkbook } from "../../src/xlsx/read";
import { makeSampleWorkbook } from "../../src/xlsx/sample";

async function text(bytes: Uint8Array, path: string): Promise<string | null> {
  return (await (await JSZip.loadAsync(bytes)).file(path)?.async("string")) ?? null;
}

async function check(bytes: Uint8Array): Promise<Uint8Array> {
  const loaded = await loadWorkbook(bytes);
  const out = runCheck({ grid: loaded.grid, sheetInfo: sheetInfo(loaded) });
  return (await writePlanToPackage(loaded, out.plan)).bytes;
}

const patchWorksheet = (...args: Parameters<typeof patchBytes>): string =>
  new TextDecoder().decode(patchBytes(...args));

/** Block cells given as each row's XML, written with the part's prefix as the writer does. */
function cellsOf(rows: Map<number, string>): BlockCells {
  return {
    rows: [...rows.keys()].sort((a, b) => a - b),
    write: (out, row, prefix) => out.add(withPrefix(rows.get(row) ?? "", prefix)),
  };
}

const NONE = {
  clear: null,
  span: null,
  cells: null,
  merges: [],
  cols: [],
  rules: [],
  removeFilter: false,
  setFilter: null,
};

describe("the office sheet's XML is edited, not rebuilt (package/office-sheet.ts)", () => {
  const office =
    '<?xml version="1.0"?><worksheet xmlns="m"><dimension ref="A1:B2"/><cols><col min="1" max="16384" width="9" style="3"/></cols>' +
    '<sheetData><row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row><row r="3"><c r="A3"><v>2</v></c></row></sheetData>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/>' +
    '<extLst><ext uri="{x}"><x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule priority="7"/></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst></worksheet>';
  const patch = {
    ...NONE,
    span: { first: 4, last: 5 },
    cells: cellsOf(
      new Map([
        [1, '<c r="D1"><v>9</v></c>'],
        [2, '<c r="D2"><v>8</v></c><c r="E2"><v>1</v></c>'],
      ])
    ),
    merges: [{ top: 1, left: 4, bottom: 1, right: 5 }],
    cols: [
      { col: 4, width: 20 },
      { col: 5, hidden: true },
    ],
    rules: [{ sqref: "A2:B3", formula: "$E2=1", dxfId: 4 }],
    setFilter: "A1:E3",
  };
  const out = patchWorksheet(office, patch);

  it("puts every element it adds where the schema's sequence wants it, before the drawing and extensions", () => {
    const ranks = children(out, "worksheet").map((c) => WORKSHEET_ORDER.indexOf(c.name));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(children(out, "worksheet").map((c) => c.name)).toEqual([
      "dimension",
      "cols",
      "sheetData",
      "autoFilter",
      "mergeCells",
      "conditionalFormatting",
      "pageMargins",
      "drawing",
      "extLst",
    ]);
  });

  it("adds the block's cells after the office's in their rows, and a row the office had not", () => {
    expect(out).toContain(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c><c r="D1"><v>9</v></c></row>'
    );
    expect(out).toContain(
      '<row r="2"><c r="D2"><v>8</v></c><c r="E2"><v>1</v></c></row><row r="3">'
    );
    // The dimension is written before the rows are counted, into room padded with white space.
    expect(out).toMatch(/<dimension ref="A1:E3"\s*\/>/);
  });

  it("keeps a row's own markup as it was, and moves a cell the office left right of the block after it", () => {
    const sheet = office.replace(
      '<row r="3"><c r="A3"><v>2</v></c></row>',
      '<row r="3" ht="30" customHeight="1">\n  <c r="A3"><v>2</v></c>\n</row>' +
        '<row r="4"><c r="A4"><v>3</v></c><c r="G4" s="2"/></row>'
    );
    const cells = cellsOf(
      new Map([
        [3, '<c r="D3"><v>7</v></c>'],
        [4, '<c r="D4"><v>6</v></c>'],
      ])
    );
    const p = patchWorksheet(sheet, { ...NONE, span: { first: 4, last: 5 }, cells });
    expect(p).toContain(
      '<row r="3" ht="30" customHeight="1">\n  <c r="A3"><v>2</v></c>\n<c r="D3"><v>7</v></c></row>'
    );
    expect(p).toContain(
      '<row r="4"><c r="A4"><v>3</v></c><c r="D4"><v>6</v></c><c r="G4" s="2"/></row>'
    );
  });

  it("copies the office's text as the bytes it was, Vietnamese included, in rows it edits and rows it does not", () => {
    // ễ is E1 BB 85 in UTF-8: a byte that a Windows-1252 reading would turn into another character.
    const name = "Nguyễn Văn Ấn — Phòng Tài nguyên “Môi trường” 😀";
    const sheet = office.replace(
      '<row r="3"><c r="A3"><v>2</v></c></row>',
      `<row r="3" spans="1:6"><c r="A3" t="inlineStr"><is><t>${name}</t></is></c>` +
        `<c r="D3" t="inlineStr"><is><t>${name} (cũ)</t></is></c><c r="F3" t="inlineStr"><is><t>${name}!</t></is></c></row>` +
        `<row r="4"><c r="A4" t="inlineStr"><is><t>${name}</t></is></c></row>`
    );
    const cells = cellsOf(new Map([[3, '<c r="D3"><v>7</v></c>']]));
    const p = patchWorksheet(sheet, {
      ...NONE,
      clear: { first: 4, last: 5 },
      span: { first: 4, last: 5 },
      cells,
    });
    expect(p).toContain(
      `<row r="3"><c r="A3" t="inlineStr"><is><t>${name}</t></is></c><c r="D3"><v>7</v></c>` +
        `<c r="F3" t="inlineStr"><is><t>${name}!</t></is></c></row>`
    );
    expect(p).toContain(`<row r="4"><c r="A4" t="inlineStr"><is><t>${name}</t></is></c></row>`);
    expect(p).not.toContain("(cũ)");
  });

  it("numbers its rule after every priority the sheet has, extensions included", () => {
    expect(out).toContain(
      '<cfRule type="expression" dxfId="4" priority="8"><formula>$E2=1</formula>'
    );
  });

  it("splits a whole-sheet column range around the block and keeps its style there", () => {
    expect(out).toContain(
      '<cols><col min="1" max="3" width="9" style="3"/><col min="4" max="4" style="3" width="20" customWidth="1"/>' +
        '<col min="5" max="5" style="3" hidden="1"/><col min="6" max="16384" width="9" style="3"/></cols>'
    );
  });

  it("clearing the block gives back the office's cells, columns and rules", () => {
    const cleared = patchWorksheet(out, {
      ...NONE,
      clear: { first: 4, last: 5 },
      removeFilter: true,
    });
    expect(cleared).not.toContain('r="D1"');
    expect(cleared).not.toContain("<mergeCells");
    expect(cleared).not.toContain("<autoFilter");
    expect(cleared).not.toContain("<conditionalFormatting");
    expect(cleared).toContain('<x14:cfRule priority="7"/>');
    expect(cleared).toContain(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row>'
    );
    // Columns 4–5 keep the office's style without the block's width: the range is one again.
    expect(cleared).toContain(
      '<col min="1" max="3" width="9" style="3"/><col min="4" max="5" style="3"/>'
    );
  });

  it("writes its elements with the prefix of a part whose main namespace is prefixed", () => {
    const prefixed = office
      .replace(/<(\/?)(?!x14:|\?)(\w+)/g, "<$1x:$2")
      .replace('xmlns="m"', 'xmlns:x="m"');
    const p = patchWorksheet(prefixed, patch);
    expect(p).toContain('<x:c r="D1"><x:v>9</x:v></x:c>');
    expect(p).toContain('<x:row r="2"><x:c r="D2">');
    expect(p).toContain('<x:mergeCells count="1"><x:mergeCell ref="D1:E1"/></x:mergeCells>');
    expect(p).toContain('<x:conditionalFormatting sqref="A2:B3">');
    expect(p).not.toMatch(/<(?:c|row|cols|col|autoFilter) /);
  });
});

describe("the styles part grows only by what the add-in adds (package/styles-part.ts)", () => {
  it("appends after the office's entries and reuses them on a second run", () => {
    const first = StylesPart.parse(undefined);
    const a = first.xf([{ bold: true, border: true }, { fill: "DDEBF7" }]);
    const d = first.dxf("FFC7CE", "9C0006");
    expect(a).toBe(1);
    expect(d).toBe(0);
    const again = StylesPart.parse(first.toXml());
    expect(again.xf([{ bold: true, border: true }, { fill: "DDEBF7" }])).toBe(a);
    expect(again.dxf("FFC7CE", "9C0006")).toBe(d);
    expect(again.changed).toBe(false);
  });
});

describe("the checked copy carries the office's package (package/package.ts)", () => {
  let original: Uint8Array;
  let checked: Uint8Array;
  beforeAll(async () => {
    original = await makeSampleWorkbook({ people: 30, units: 4, seed: 3 });
    checked = await check(original);
  });

  it("keeps every part of the original byte for byte except the ones the add-in edits", async () => {
    const a = await JSZip.loadAsync(original);
    const b = await JSZip.loadAsync(checked);
    const edited = new Set([
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/sharedStrings.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
    ]);
    for (const name of Object.keys(a.files)) {
      if (a.files[name].dir || edited.has(name)) continue;
      expect([name, await b.file(name)?.async("base64")]).toEqual([
        name,
        await a.file(name)?.async("base64"),
      ]);
    }
  });

  it("takes sheets stamped by version 1 (with that version's hash) as unedited and rewrites them in place", async () => {
    const loaded = await loadWorkbook(checked);
    const asVersion1 = async (hashOf: (s: (typeof loaded.grid.sheets)[number]) => string) => {
      const zip = await JSZip.loadAsync(checked);
      let wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
      for (const s of loaded.grid.sheets) {
        const stamp = parseStamp(s.stamp);
        if (!stamp) continue;
        const q = "&quot;&quot;";
        wb = wb.replace(
          `${q}version${q}:${STAMP_VERSION},${q}hash${q}:${q}${stamp.hash}${q}`,
          `${q}version${q}:1,${q}hash${q}:${q}${hashOf(s)}${q}`
        );
      }
      zip.file("xl/workbook.xml", wb);
      return zip.generateAsync({ type: "uint8array" });
    };
    const names = async (bytes: Uint8Array) =>
      (await loadWorkbook(bytes)).grid.sheets.map((s) => s.name);
    const before = await names(checked);
    expect(await names(await check(await asVersion1((s) => gridHash(s, 1))))).toEqual(before);
    // The same stamps holding the current form of the hash do not match: the sheets count as edited.
    const mismatched = await names(await check(await asVersion1((s) => gridHash(s))));
    expect(mismatched).toContain("Đề xuất khen thưởng (2)");
  });

  it("checking the checked copy again adds no style, and its parts are those of the first check", async () => {
    const twice = await check(checked);
    expect(await text(twice, "xl/styles.xml")).toBe(await text(checked, "xl/styles.xml"));
    const names = async (b: Uint8Array) => Object.keys((await JSZip.loadAsync(b)).files).sort();
    expect(await names(twice)).toEqual(await names(checked));
  });

  it("drops calculation-chain entries of the sheets it removes, and a chain left empty", async () => {
    const zip = await JSZip.loadAsync(checked);
    const wbXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    const reviewId = /name="Rà soát chi tiết" sheetId="(\d+)"/.exec(wbXml)?.[1];
    expect(reviewId).toBeDefined();
    zip.file(
      "xl/calcChain.xml",
      `<?xml version="1.0"?><calcChain xmlns="m"><c r="B2" i="${reviewId}"/><c r="B3"/><c r="Q9" i="1"/></calcChain>`
    );
    const withChain = await zip.generateAsync({ type: "uint8array" });
    const { bytes } = await clearPackage(await loadWorkbook(withChain));
    expect(await text(bytes, "xl/calcChain.xml")).toBe(
      '<?xml version="1.0"?><calcChain xmlns="m"><c r="Q9" i="1"/></calcChain>'
    );

    zip.file(
      "xl/calcChain.xml",
      `<?xml version="1.0"?><calcChain xmlns="m"><c r="B2" i="${reviewId}"/><c r="B3"/></calcChain>`
    );
    const ct = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    const calcType = "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml";
    zip.file(
      "[Content_Types].xml",
      ct.replace(
        "</Types>",
        `<Override PartName="/xl/calcChain.xml" ContentType="${calcType}"/></Types>`
      )
    );
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    const calcRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain";
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rId99" Type="${calcRel}" Target="calcChain.xml"/></Relationships>`
      )
    );
    const onlyReview = (
      await clearPackage(await loadWorkbook(await zip.generateAsync({ type: "uint8array" })))
    ).bytes;
    expect(await text(onlyReview, "xl/calcChain.xml")).toBeNull();
    expect(await text(onlyReview, "[Content_Types].xml")).not.toContain("calcChain");
    expect(await text(onlyReview, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
  });
});

describe("an Excel table on the office's sheet", () => {
  it("gets no sheet AutoFilter over it (Excel would refuse the file): the table's own filter serves", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Cá nhân");
    ws.addTable({
      name: "CaNhan",
      ref: "A1",
      headerRow: true,
      columns: ["STT", "Họ và tên", "Đơn vị", "Xếp loại chất lượng", "Hình thức đề nghị"].map(
        (name) => ({ name, filterButton: true })
      ),
      rows: [
        [1, "Nguyễn Văn An", "Văn phòng Sở", "HTXSNV", "LĐTT"],
        [2, "Lê Thị Cúc", "Văn phòng Sở", "HTTNV", "LĐTT"],
      ],
    });
    const checked = await check(new Uint8Array(await wb.xlsx.writeBuffer()));
    const sheet = (await text(checked, "xl/worksheets/sheet1.xml")) ?? "";
    expect(sheet).toContain("<tableParts");
    const grid = (await loadWorkbook(checked)).grid.sheets[0];
    expect(grid.values.flat().some((v) => String(v).startsWith("KẾT QUẢ RÀ SOÁT"))).toBe(true);
    expect(sheet).not.toContain("<autoFilter");
    expect(await text(checked, "xl/tables/table1.xml")).not.toBeNull();
  });

  it("says so to the clerk, with how reviewers filter, as the Excel host does", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Cá nhân");
    ws.addTable({
      name: "CaNhan",
      ref: "A1",
      headerRow: true,
      columns: ["STT", "Họ và tên", "Đơn vị", "Xếp loại chất lượng", "Hình thức đề nghị"].map(
        (name) => ({ name, filterButton: true })
      ),
      rows: [[1, "Nguyễn Văn An", "Văn phòng Sở", "HTXSNV", "LĐTT"]],
    });
    const loaded = await loadWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    const result = runCheck({ grid: loaded.grid, sheetInfo: sheetInfo(loaded) });
    const applied = await writePlanToPackage(loaded, result.plan);
    expect(applied.notices.map((n) => n.message)).toEqual([
      { key: "xlsx.tableNoFilter", params: { sheet: "Cá nhân" } },
    ]);
    expect(applied.notices[0].msg).toContain("Chuyển thành vùng (Convert to Range)");
  });
});
