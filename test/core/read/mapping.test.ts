import { readWorkbook } from "../../../src/core/read";
import { resolveYear } from "../../../src/core/read/mapping";
import { book, person, PERSON_HEADER, settings, sheet } from "./grid-builder";

describe("column mapping (spec/vocabulary.md, Header synonyms)", () => {
  it("gives confidence 1 to one clear match per field", () => {
    const r = readWorkbook(book(sheet("Cá nhân", [PERSON_HEADER, person(1, "An")])), settings());
    expect(r.sheets[0].mapping.rating).toEqual({
      columns: ["E"],
      header: "Xếp loại",
      confidence: 1,
    });
    expect(r.problems.filter((p) => p.code === "MAPPING_AMBIGUOUS")).toEqual([]);
  });

  it("lowers the confidence and asks the clerk to confirm when two headers match one field", () => {
    const wb = book(
      sheet("Cá nhân", [
        ["STT", "Họ và tên", "Xếp loại", "Mức xếp loại"],
        [1, "Nguyễn Văn An", "HTTNV", "HTXSNV"],
      ])
    );
    const r = readWorkbook(wb, settings());
    const entry = r.sheets[0].mapping.rating!;
    expect(entry.columns).toEqual(["D"]); // "Mức xếp loại" is the longer, more specific key
    expect(entry.confidence).toBeLessThan(1);
    const note = r.problems.find((p) => p.code === "MAPPING_AMBIGUOUS");
    expect(note).toMatchObject({ level: "info", sheet: "Cá nhân", cell: "D1" });
    expect(note?.msg.params).toMatchObject({
      field: "Kết quả đánh giá, xếp loại",
      candidates: "D, C",
      chosen: "D",
    });
  });

  it("picks the leftmost of two equal headers with confidence 0.5", () => {
    const wb = book(
      sheet("Cá nhân", [
        ["Họ và tên", "Xếp loại", "Xếp loại"],
        ["Nguyễn Văn An", "HTTNV", "HTXSNV"],
      ])
    );
    const m = readWorkbook(wb, settings()).sheets[0].mapping.rating!;
    expect(m).toMatchObject({ columns: ["B"], confidence: 0.5 });
  });

  it("lowers the confidence when one header matches two fields equally", () => {
    const wb = book(
      sheet("Cá nhân", [
        ["Họ và tên", "Xếp loại", "Kỷ luật, ghi chú"],
        ["Nguyễn Văn An", "HTTNV", "Không"],
      ])
    );
    const r = readWorkbook(wb, settings());
    const m = r.sheets[0].mapping;
    const picked = m.discipline ?? m.note;
    expect(picked?.columns).toEqual(["C"]);
    expect(picked?.confidence).toBe(0.5);
    expect(r.problems.some((p) => p.code === "MAPPING_AMBIGUOUS")).toBe(true);
  });

  it("lets the clerk's saved mapping override detection, marked confirmed", () => {
    const wb = book(
      sheet("Cá nhân", [
        ["Họ và tên", "Xếp loại", "Kết quả bình xét"],
        ["Nguyễn Văn An", "HTTNV", "HTXSNV"],
      ])
    );
    const s = settings({ mapping: { "Cá nhân": { rating: ["C"] } } });
    const r = readWorkbook(wb, s);
    expect(r.sheets[0].mapping.rating).toEqual({
      columns: ["C"],
      header: "Kết quả bình xét",
      confidence: 1,
      confirmed: true,
    });
    expect(r.individuals[0].cells.rating?.text).toBe("HTXSNV");
  });

  it("takes a column the clerk gave to one field away from the field detection gave it to", () => {
    const wb = book(
      sheet("Cá nhân", [
        ["Họ và tên", "Xếp loại", "Ghi chú"],
        ["Nguyễn Văn An", "HTTNV", "x"],
      ])
    );
    const r = readWorkbook(wb, settings({ mapping: { "Cá nhân": { emulation: ["C"] } } }));
    expect(r.sheets[0].mapping.note).toBeUndefined();
    expect(r.sheets[0].mapping.emulation?.columns).toEqual(["C"]);
  });

  it("ignores a saved mapping that points outside the table, with a warning", () => {
    const wb = book(sheet("Cá nhân", [PERSON_HEADER, person(1, "An")]));
    const r = readWorkbook(wb, settings({ mapping: { "Cá nhân": { rating: ["ZZ"] } } }));
    expect(r.sheets[0].mapping.rating?.columns).toEqual(["E"]);
    expect(r.problems.find((p) => p.code === "MAPPING_OVERRIDE_INVALID")?.level).toBe("warning");
  });

  it("uses years in headers to tell this year's rating from history (settings.year)", () => {
    const wb = book(
      sheet("Cá nhân", [
        [
          "Họ và tên",
          "Xếp loại năm 2024",
          "Xếp loại năm 2025",
          "Danh hiệu năm 2024",
          "CSTĐCS 2023",
        ],
        ["Nguyễn Văn An", "HTTNV", "HTXSNV", "LĐTT", "x"],
      ])
    );
    const m = readWorkbook(wb, settings()).sheets[0].mapping;
    expect(m.rating?.columns).toEqual(["C"]);
    expect(m["history.2024.rating"]?.columns).toEqual(["B"]);
    expect(m["history.2024"]?.columns).toEqual(["D"]);
    expect(m["history.2023"]).toMatchObject({ columns: ["E"], impliedTitle: "CSTDCS" });

    const m2024 = readWorkbook(wb, settings({ year: 2024 })).sheets[0].mapping;
    expect(m2024.rating?.columns).toEqual(["B"]);
    expect(m2024.proposed?.columns).toEqual(["D"]);
  });

  it("keeps the variant of fields whose headers carry different kinds of value", () => {
    const wb = book(
      sheet("Cá nhân", [
        ["Họ và tên", "Xếp loại", "Ngày tuyển dụng", "Lý do nghỉ"],
        ["Nguyễn Văn An", "HTTNV", "01/03/2025", "Thai sản"],
      ])
    );
    const m = readWorkbook(wb, settings()).sheets[0].mapping;
    expect(m.service?.variant).toBe("startDate");
    expect(m.leave?.variant).toBe("reason");
  });

  it("leaves fields with a later year, or a past year they have no history form for, unmapped", () => {
    expect(resolveYear({ field: "rating", score: 7, year: 2026 }, 2025)).toBeNull();
    expect(resolveYear({ field: "discipline", score: 6, year: 2024 }, 2025)).toBeNull();
    expect(resolveYear({ field: "initiative", score: 8, year: 2024 }, 2025)?.field).toBe(
      "history.2024.initiative"
    );
    expect(resolveYear({ field: "history.2025", score: 8, year: 2025 }, 2025)?.field).toBe(
      "proposed"
    );
  });
});
