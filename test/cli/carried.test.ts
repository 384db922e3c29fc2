/**
 * The command line on workbooks with parts it does not write (issue 15 item 4): a macro-enabled workbook keeps its
 * kind, its copy is never named .xlsx, the kind is sniffed from the file's content rather than its name, and a
 * results-only workbook (a sheet the writer cannot edit safely) says where and why.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { CARRIED, MACRO_MAIN_TYPE, pivotInBlock } from "../fixtures/carried";
import { partsOf, sameBytes, textOf } from "../support/ooxml";
import { tempDir } from "../support/tmp";
import { thidua } from "./run";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const make = (id: string) => (CARRIED.find((c) => c.id === id) as (typeof CARRIED)[number]).make();
const read = (path: string) => new Uint8Array(readFileSync(path));

/** The same workbook without its VBA project and with the ordinary workbook type (an .xlsx). */
function withoutMacros(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  delete files["xl/vbaProject.bin"];
  const edit = (p: string, f: (x: string) => string) =>
    (files[p] = strToU8(f(strFromU8(files[p]))));
  edit("[Content_Types].xml", (x) =>
    x.replace(
      MACRO_MAIN_TYPE,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    )
  );
  edit("xl/_rels/workbook.xml.rels", (x) =>
    x.replace(/<Relationship\b[^>]*vbaProject[^>]*\/>/, "")
  );
  return zipSync(files);
}

describe("thidua on a macro-enabled workbook (.xlsm)", () => {
  let input: string;

  beforeAll(async () => {
    input = tmp.path("bang-tong-hop.xlsm");
    writeFileSync(input, await make("vba"));
  });

  it("refuses --out with an .xlsx name (exit 2), asks for .xlsm in Vietnamese and writes nothing", async () => {
    const out = tmp.path("da-ra-soat.xlsx");
    const run = await thidua("check", input, "--out", out);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `Tệp “bang-tong-hop.xlsm” là sổ tính có macro (VBA) và bản ghi ra giữ nguyên macro, nên tên tệp ghi ra phải có đuôi .xlsm (Excel không mở tệp có macro mang đuôi .xlsx). Hãy dùng --out ${tmp.path("da-ra-soat.xlsm")}`
    );
    expect(existsSync(out)).toBe(false);
  });

  it("refuses an output name without one of Excel's extensions too (never a macro file under another name)", async () => {
    const out = tmp.path("da-ra-soat");
    const run = await thidua("check", input, "--out", out);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`Hãy dùng --out ${out}.xlsm`);
    expect(existsSync(out)).toBe(false);
  });

  it("checks into an .xlsm that keeps the macro-enabled type and the VBA project, and clears it back to the original's parts", async () => {
    const out = tmp.path("da-ra-soat.xlsm");
    const checked = await thidua("check", input, "--out", out);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain(`Đã ghi bảng đã rà soát: ${out}`);
    const after = partsOf(read(out));
    const before = partsOf(read(input));
    expect(textOf(after, "[Content_Types].xml")).toContain(MACRO_MAIN_TYPE);
    expect(sameBytes(after.get("xl/vbaProject.bin"), before.get("xl/vbaProject.bin"))).toBe(true);

    const refused = await thidua("clear", out, "--out", tmp.path("sach.xlsx"));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("phải có đuôi .xlsm");
    const clean = tmp.path("sach.xlsm");
    const cleared = await thidua("clear", out, "--out", clean);
    expect(cleared.code).toBe(0);
    expect([...partsOf(read(clean)).keys()].sort()).toEqual([...before.keys()].sort());
    expect(
      sameBytes(partsOf(read(clean)).get("xl/workbook.xml"), before.get("xl/workbook.xml"))
    ).toBe(true);
  });

  it("knows the workbook by its content, not its name: a macro workbook renamed .xlsx still needs an .xlsm copy", async () => {
    const renamed = tmp.path("doi-ten.xlsx");
    writeFileSync(renamed, await make("vba"));
    const run = await thidua("check", renamed, "--out", tmp.path("doi-ten-da-ra-soat.xlsx"));
    expect(run.code).toBe(2);
    expect(run.err).toContain("“doi-ten.xlsx” là sổ tính có macro (VBA)");
    const ok = await thidua("check", renamed, "--out", tmp.path("doi-ten-da-ra-soat.xlsm"));
    expect(ok.code).toBe(0);
    expect(
      textOf(partsOf(read(tmp.path("doi-ten-da-ra-soat.xlsm"))), "[Content_Types].xml")
    ).toContain(MACRO_MAIN_TYPE);
  });

  it("and a workbook without macros named .xlsm is written as .xlsx (Excel opens a file only under its kind's extension)", async () => {
    const plain = tmp.path("khong-macro.xlsm");
    writeFileSync(plain, withoutMacros(await make("vba")));
    const run = await thidua("check", plain, "--out", tmp.path("khong-macro-da-ra-soat.xlsm"));
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `Tệp “khong-macro.xlsm” là sổ tính không có macro, nên tên tệp ghi ra phải có đuôi .xlsx (Excel không mở tệp mang đuôi khác với loại của nó). Hãy dùng --out ${tmp.path("khong-macro-da-ra-soat.xlsx")}`
    );
    const ok = await thidua("check", plain, "--out", tmp.path("khong-macro-da-ra-soat.xlsx"));
    expect(ok.code).toBe(0);
  });
});

describe("thidua check when a sheet cannot be edited safely", () => {
  it("writes a results-only workbook and names the sheet, the part and why", async () => {
    const input = tmp.path("pivot-trong-cot.xlsx");
    writeFileSync(input, await pivotInBlock());
    const out = tmp.path("pivot-trong-cot-da-ra-soat.xlsx");
    const run = await thidua("check", input, "--out", out);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      `Đã ghi bảng kết quả riêng, không sửa sổ gốc (không ghi an toàn được vào trang tính “Cá nhân”, phần xl/pivotTables/pivotTable1.xml: bảng tổng hợp (PivotTable) “PivotTable1” ở vùng L3:M8 nằm trong các cột J:R, nơi phải ghi kết quả rà soát): ${out}`
    );
    expect([...partsOf(read(out)).keys()].filter((p) => p.includes("pivot"))).toEqual([]);
  });

  it("writes that workbook, which holds no macros, as .xlsx when an .xlsm name was given, and says so", async () => {
    const input = tmp.path("pivot-macro.xlsm");
    writeFileSync(input, await pivotInBlock(true));
    const out = tmp.path("pivot-macro-da-ra-soat.xlsm");
    const run = await thidua("check", input, "--out", out);
    expect(run.code).toBe(0);
    const target = tmp.path("pivot-macro-da-ra-soat.xlsx");
    expect(run.err).toBe(
      `Bảng kết quả riêng không chứa macro nên được ghi với đuôi .xlsx: “${target}” thay cho “${out}”.`
    );
    expect(run.out).toContain(`: ${target}`);
    expect(existsSync(out)).toBe(false);
    const ct = textOf(partsOf(read(target)), "[Content_Types].xml");
    expect(ct).not.toContain("macroEnabled");
  });
});

describe("thidua clear on a copy it cannot edit safely", () => {
  it("exits 3, names the file, the sheet and why, and writes nothing", async () => {
    const input = tmp.path("bieu-do.xlsx");
    writeFileSync(input, await make("chart"));
    const checked = tmp.path("bieu-do-da-ra-soat.xlsx");
    expect((await thidua("check", input, "--out", checked)).code).toBe(0);
    // Another program added an element CT_Worksheet does not place at the checked sheet's top level.
    const files = unzipSync(read(checked));
    const part = "xl/worksheets/sheet1.xml";
    files[part] = strToU8(
      strFromU8(files[part]).replace("</worksheet>", "<x14ac:note/></worksheet>")
    );
    writeFileSync(checked, zipSync(files));
    const clean = tmp.path("bieu-do-sach.xlsx");
    const run = await thidua("clear", checked, "--out", clean);
    expect(run.code).toBe(3);
    expect(run.err).toBe(
      "Không xóa đánh dấu trong tệp “bieu-do-da-ra-soat.xlsx”: trang tính “Cá nhân” (xl/worksheets/sheet1.xml) không sửa an toàn được: phần XML của trang tính có phần tử <note> không thuộc lược đồ OOXML của trang tính, nên không biết chèn định dạng và bộ lọc vào đâu. Hãy mở tệp trong Excel và dùng nút “Xóa đánh dấu” của add-in."
    );
    expect(existsSync(clean)).toBe(false);
  });
});
