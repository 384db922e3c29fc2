import type { CellValue } from "../../../src/core/grid";
import { readWorkbook } from "../../../src/core/read";
import { book, person, PERSON_HEADER, settings, sheet, UNIT_HEADER } from "./grid-builder";

describe("readWorkbook", () => {
  it("lists the fields present on individuals and on units sheets (they decide `skipped`)", () => {
    const wb = book(
      sheet("Cá nhân", [PERSON_HEADER, person(1, "Nguyễn Văn An")]),
      sheet("Tập thể", [UNIT_HEADER, [1, "Phòng Quản lý đất đai", "HTTNV", 1]])
    );
    const r = readWorkbook(wb, settings());
    expect([...r.fieldsPresent.individuals].sort()).toEqual(
      ["discipline", "initiative", "name", "position", "proposed", "rating", "stt", "unit"].sort()
    );
    expect([...r.fieldsPresent.units].sort()).toEqual(
      ["headcount", "proposed", "stt", "unit", "unitRating"].sort()
    );
  });

  it("numbers records in input order across sheets, individuals and units separately", () => {
    const wb = book(
      sheet("Cá nhân 1", [PERSON_HEADER, person(1, "A"), person(2, "B")]),
      sheet("Tập thể", [UNIT_HEADER, [1, "Phòng Quản lý đất đai", "HTTNV", 1]]),
      sheet("Cá nhân 2", [PERSON_HEADER, person(1, "C")])
    );
    const r = readWorkbook(wb, settings());
    expect(r.individuals.map((p) => [p.sheet, p.name, p.order])).toEqual([
      ["Cá nhân 1", "A", 0],
      ["Cá nhân 1", "B", 1],
      ["Cá nhân 2", "C", 2],
    ]);
    expect(r.units.map((u) => u.order)).toEqual([0]);
  });

  it("gives every problem a message key from its own code", () => {
    const wb = book(
      sheet("Danh sách", [
        ["Họ và tên", "Đơn vị", "Hình thức đề nghị"],
        ["A", "B", "C"],
      ])
    );
    const r = readWorkbook(wb, settings());
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) expect(p.msg.key).toBe(p.code);
  });

  it("reads 10,000 rows × 20 columns quickly", () => {
    const header: CellValue[] = [
      ...PERSON_HEADER,
      "Tinh thần trách nhiệm",
      "Chấp hành phân công",
      "Văn hóa công sở",
      "Hưởng ứng phong trào",
      "Số tháng công tác",
      "Đang xem xét kỷ luật",
      "Thành tích",
      "Cấp công nhận",
      "Xếp loại năm 2024",
      "Danh hiệu năm 2024",
      "Ghi chú",
      "Phân công khác",
    ];
    const ratings = ["HTXSNV", "HTTNV", "HTNV", "Hoàn thành tốt nhiệm vụ"];
    const rows: CellValue[][] = [header];
    for (let i = 0; i < 10_000; i++) {
      if (i % 50 === 0) rows.push([null, `${i / 50 + 1}. Phòng số ${i / 50}`]);
      rows.push([
        i + 1,
        `Nguyễn Văn ${i}`,
        "Chuyên viên",
        null,
        ratings[i % 4],
        i % 3 === 0 ? "Sáng kiến số hóa" : null,
        null,
        "LĐTT",
        "x",
        "x",
        "x",
        "x",
        12,
        null,
        "Hoàn thành tốt",
        "cơ sở",
        "HTTNV",
        "LĐTT",
        null,
        "abc",
      ]);
    }
    const wb = book(sheet("Cá nhân", rows));
    const s = settings();
    readWorkbook(book(sheet("x", rows.slice(0, 2000))), s); // warm up the JIT
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const r = readWorkbook(wb, s);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    // Printed, not asserted tightly: wall time depends on the machine's load (CPU time less so).
    console.log(
      `readWorkbook 10,000 rows × 20 columns: ${ms.toFixed(1)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms CPU`
    );
    expect(r.individuals).toHaveLength(10_000);
    expect(r.individuals[9_999].unit).toBe("Phòng số 199");
    // CPU time, not wall time: on a shared 2-core machine wall time mostly measures the wait for a core.
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(2000);
  });
});
