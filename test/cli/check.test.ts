import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { thidua } from "./run";
import { handWorkedWorkbook, proposalListOnly } from "./hand-worked";
import { expectValidReport } from "../support/schema";
import { tempDir } from "../support/tmp";
import type { Report } from "../../src/core/report/types";
import { csvRenamed, emptyWorkbook, encryptedLike, truncatedZip, xlsLike } from "../fixtures/make";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function sha(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function readReport(path: string): Report {
  const r: unknown = JSON.parse(readFileSync(path, "utf8"));
  expectValidReport(r);
  return r;
}

describe("thidua check on a hand-worked department (spec/criteria.md)", () => {
  let report: Report;
  const book = tmp.path("phong-ban.xlsx");

  beforeAll(async () => {
    writeFileSync(book, await handWorkedWorkbook());
    const before = sha(book);
    const run = await thidua(
      "check",
      book,
      "--report",
      tmp.path("r.json"),
      "--out",
      tmp.path("checked.xlsx")
    );
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(sha(book)).toBe(before);
    report = readReport(tmp.path("r.json"));
  });

  const person = (row: number) => {
    const p = report.individuals.find((i) => i.row === row);
    if (!p) throw new Error(`no individual at row ${row}`);
    return p;
  };

  it("finds one individuals sheet and one units sheet", () => {
    expect(report.workbook.sheets.map((s) => [s.name, s.role])).toEqual([
      ["Cá nhân", "individuals"],
      ["Tập thể", "units"],
    ]);
    expect(report.totals.individuals).toBe(7);
    expect(report.totals.units).toBe(2);
  });

  it("makes a head eligible for CSTĐCS when her unit's only CSTĐCS member is herself (§2 head-of-unit cycle)", () => {
    const an = person(2);
    expect(an.isHead).toBe(true);
    expect(an.criteria.I6H).toBe("met");
    expect(an.titles.CSTDCS).toBe("eligible");
    expect(an.outcome).toBe("eligible");
    expect(an.eligibleUpTo).toBe("CSTDCS");
    const unit = report.units.find((u) => u.unit === "Phòng Quản lý đất đai");
    expect(unit?.titles.TTLDXS).toBe("eligible");
    expect(unit?.counts.CSTDCS.eligible).toBe(1);
  });

  it("refuses CSTĐCS without an initiative (I2, plan 1.2) and keeps LĐTT", () => {
    const binh = person(3);
    expect(binh.criteria.I2).toBe("gap");
    // The ladder (criteria.md §2): the CSTĐCS proposal carries LĐTT, for which he qualifies.
    expect(binh.proposals).toEqual([
      { title: "CSTDCS", verdict: "not_eligible" },
      { title: "LDTT", verdict: "eligible", carriedFrom: "CSTDCS" },
    ]);
    expect(binh.carried).toEqual(["LDTT"]);
    expect(binh.titles.LDTT).toBe("eligible");
    expect(binh.outcome).toBe("gaps");
    const i2 = binh.findings.find((f) => f.code === "I2");
    expect(i2?.decides).toBe(true);
    expect(i2?.cell).toBe("F3");
  });

  it("reads 'Hoàn thành tốt NV' as HTTNV and 'Không hoàn thành nhiệm vụ' as KHTNV (vocabulary traps)", () => {
    expect(person(4).criteria.I1).toBe("met");
    expect(person(4).outcome).toBe("eligible");
    expect(person(7).criteria.I1).toBe("gap");
    expect(person(7).findings.find((f) => f.code === "I1")?.message).toContain("E7");
  });

  it("asks for information when the rating is blank rather than guessing (§0)", () => {
    expect(person(5).criteria.I1).toBe("unknown");
    expect(person(5).outcome).toBe("needs_info");
  });

  it("refuses LĐTT under six months of service (TT 01/2024/TT-BNV)", () => {
    expect(person(6).conditions.SERVICE).toBe("gap");
    expect(person(6).titles.LDTT).toBe("not_eligible");
  });

  it("keeps the written rating of a disciplined row but flags I5 and R_DISC_RATING (§5.1)", () => {
    const hung = person(8);
    expect(hung.criteria.I5).toBe("gap");
    expect(hung.findings.map((f) => f.code)).toContain("R_DISC_RATING");
  });

  it("refuses TTLĐTT to a unit where not more than half the members are LĐTT-eligible (Luật 2022 Đ28)", () => {
    const vp = report.units.find((u) => u.unit === "Văn phòng Sở");
    expect(vp?.conditions.SHARE_LDTT_50).toBe("gap");
    expect(vp?.titles.TTLDTT).toBe("not_eligible");
    expect(vp?.outcome).toBe("gaps");
  });

  it("leaves out of the HTXSNV quota a rating given under 6 months worked, so one HTXSNV exceeds it (§3 Q_HTXS, §5.9)", () => {
    // HTTNV rows 3, 4, 8 and the blank rating of row 5: at most ⌊0.2 × 4⌋ = 0 even if the blank were HTTNV. Row 6
    // (5 months, rated HTTNV) is not rated under NĐ 90/2020 Đ2 and does not count.
    const q = report.quotas.find((x) => x.id === "Q_HTXS" && x.scope === "workbook");
    expect(q).toMatchObject({ actual: 1, limit: 0, excess: 1, ok: false });
    expect(person(6).findings.map((f) => f.code)).toContain("R_SERVICE_RATING");
    expect(q?.rows).toEqual(["'Cá nhân'!E2"]);
  });

  it("counts outcomes per row", () => {
    expect(report.totals.outcomes).toEqual({ eligible: 2, gaps: 4, needs_info: 1, not_checked: 0 });
  });

  it("writes the same report when the checked copy is checked again (idempotence)", async () => {
    const again = await thidua(
      "check",
      tmp.path("checked.xlsx"),
      "--report",
      tmp.path("r2.json"),
      "--out",
      tmp.path("checked2.xlsx")
    );
    expect(again.code).toBe(0);
    const second = readReport(tmp.path("r2.json"));
    const strip = (r: Report) => ({ ...r, workbook: { ...r.workbook, file: null, sha256: null } });
    expect(strip(second)).toEqual(strip(report));
    const block = async (p: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(p) as unknown as ArrayBuffer);
      const ws = wb.getWorksheet("Cá nhân");
      const out: unknown[][] = [];
      ws?.eachRow({ includeEmpty: true }, (row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    expect(await block(tmp.path("checked2.xlsx"))).toEqual(await block(tmp.path("checked.xlsx")));
  });

  it("gives back the office's sheets exactly after check then clear", async () => {
    const cleared = await thidua(
      "clear",
      tmp.path("checked.xlsx"),
      "--out",
      tmp.path("clean.xlsx")
    );
    expect(cleared.code).toBe(0);
    const cells = async (p: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(p) as unknown as ArrayBuffer);
      return wb.worksheets.map((ws) => {
        const rows: unknown[] = [];
        ws.eachRow({ includeEmpty: true }, (row, n) =>
          row.eachCell({ includeEmpty: true }, (c) =>
            rows.push([
              n,
              c.address,
              c.value,
              c.numFmt,
              JSON.stringify(c.font),
              JSON.stringify(c.fill),
            ])
          )
        );
        return {
          name: ws.name,
          rows,
          cf: JSON.stringify(
            (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? []
          ),
        };
      });
    };
    expect(await cells(tmp.path("clean.xlsx"))).toEqual(await cells(book));
  });
});

describe("thidua check: unreadable ratings", () => {
  it("lists a rating the vocabulary cannot read as an UNKNOWN_RATING problem naming sheet, cell and text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Cá nhân");
    ws.addRow(["STT", "Họ và tên", "Xếp loại", "Hình thức đề nghị"]);
    ws.addRow([1, "Nguyễn Văn A", "Khá", "LĐTT"]);
    ws.addRow([2, "Trần Thị B", "HTTNV", "LĐTT"]);
    const file = tmp.path("kha.xlsx");
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const run = await thidua("check", file, "--report", tmp.path("kha.json"));
    expect(run.code).toBe(0);
    const report = readReport(tmp.path("kha.json"));
    const p = report.problems.filter((x) => x.code === "UNKNOWN_RATING");
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ level: "warning", sheet: "Cá nhân", cell: "C2" });
    expect(p[0].message).toContain("“Khá”");
    expect(report.individuals[0].criteria.I1).toBe("unknown");
  });
});

describe("thidua check: bad invocations exit 2 (spec/report.md)", () => {
  it("refuses --out equal to the input and never writes the input", async () => {
    const book = tmp.path("same.xlsx");
    writeFileSync(book, await handWorkedWorkbook());
    const before = sha(book);
    const run = await thidua("check", book, "--out", book);
    expect(run.code).toBe(2);
    expect(run.err).toContain("không ghi đè tệp gốc");
    expect(sha(book)).toBe(before);
  });

  it("rejects an unknown option with the usage text", async () => {
    const run = await thidua("check", "x.xlsx", "--colour", "red");
    expect(run.code).toBe(2);
    expect(run.err).toContain("Cách dùng");
  });

  it("rejects a --set value the setting cannot take", async () => {
    const book = tmp.path("set.xlsx");
    writeFileSync(book, await handWorkedWorkbook());
    const run = await thidua("check", book, "--set", "quota.htxs=2");
    expect(run.code).toBe(2);
    expect(run.err).toContain("quota.htxs");
  });

  it("rejects an unknown rule set", async () => {
    const run = await thidua("check", "x.xlsx", "--rules", "kh-1999");
    expect(run.code).toBe(2);
    expect(run.err).toContain("kh-2025");
  });
});

describe("thidua check: workbooks that cannot be checked exit 3 with a Vietnamese message", () => {
  const cases: [string, () => Promise<Uint8Array>, RegExp][] = [
    ["a CSV renamed .xlsx", csvRenamed, /không phải|CSV|văn bản/i],
    ["a truncated file", truncatedZip, /hỏng|không đầy đủ|bị cắt/i],
    ["an old .xls file", xlsLike, /xls|Excel 97|định dạng cũ/i],
    ["an encrypted file", encryptedLike, /mật khẩu|mã hóa/i],
    ["an empty workbook", emptyWorkbook, /không có dữ liệu/i],
  ];
  it.each(cases)("%s", async (_label, make, words) => {
    const file = tmp.path(`bad-${_label.replace(/\W+/g, "-")}.xlsx`);
    writeFileSync(file, await make());
    const run = await thidua("check", file, "--report", tmp.path("bad.json"));
    expect(run.code).toBe(3);
    expect(run.err).toMatch(words);
    expect(run.err).toContain(file.split("/").pop());
    expect(run.err).not.toMatch(/\n\s+at /);
  });

  it("a proposal list without a rating column, naming the sheet and the columns found", async () => {
    const file = tmp.path("de-nghi.xlsx");
    writeFileSync(file, await proposalListOnly());
    const run = await thidua("check", file, "--report", tmp.path("list.json"));
    expect(run.code).toBe(3);
    expect(run.err).toContain("Đề nghị");
    expect(run.err).toMatch(/xếp loại/i);
    const report = readReport(tmp.path("list.json"));
    expect(report.problems.some((p) => p.code === "NO_RATING_COLUMN" && p.level === "error")).toBe(
      true
    );
  });

  it("a file that does not exist", async () => {
    const run = await thidua("check", tmp.path("missing.xlsx"));
    expect(run.code).toBe(3);
    expect(run.err).toContain("không tìm thấy tệp");
  });
});

describe("thidua demo", () => {
  it("makes the sample workbook, checks it and writes the checked copy and a valid report", async () => {
    const dir = tmp.path("demo");
    const run = await thidua("demo", "--out-dir", dir);
    expect(run.code).toBe(0);
    expect(run.out).toContain("KẾT QUẢ RÀ SOÁT");
    const report = readReport(`${dir}/bao-cao.json`);
    expect(report.totals.individuals).toBeGreaterThan(200);
    expect(report.totals.units).toBeGreaterThanOrEqual(10);
  }, 120_000);
});
