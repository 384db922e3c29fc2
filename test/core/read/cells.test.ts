import { readWorkbook } from "../../../src/core/read";
import { displayOf } from "../../../src/core/read/cells";
import { book, person, PERSON_HEADER, settings, sheet } from "./grid-builder";

describe("field cells (records.ts FieldCell)", () => {
  it("converts TCVN3 text by the cell's font, keeps the encoding, and reports the first legacy cell once per sheet", () => {
    const fonts = [
      [],
      [null, ".VnTime", null, null, ".VnTime"],
      [null, ".VnTime", null, null, ".VnTime"],
    ];
    const wb = book(
      sheet(
        "Cá nhân",
        [
          PERSON_HEADER,
          person(1, "NguyÔn V¨n An", null, "Hoµn thµnh tèt nhiÖm vô"),
          person(2, "TrÇn ThÞ B×nh", null, "Hoµn thµnh tèt nhiÖm vô"),
        ],
        { fonts }
      )
    );
    const r = readWorkbook(wb, settings());
    expect(r.individuals[0].name).toBe("Nguyễn Văn An");
    expect(r.individuals[0].cells.rating).toMatchObject({
      value: "Hoàn thành tốt nhiệm vụ",
      text: "Hoàn thành tốt nhiệm vụ",
      legacy: "tcvn3",
    });
    const legacy = r.problems.filter((p) => p.code === "LEGACY_ENCODING");
    expect(legacy).toHaveLength(1);
    expect(legacy[0]).toMatchObject({
      level: "info",
      cell: "B2",
      msg: { params: { cell: "B2", encoding: "TCVN3" } },
    });
  });

  it("gives the cells of a column that read alike one shared cell, and tells apart those typed in another font", () => {
    const fonts = [[], [], [], [null, null, null, null, ".VnTime"]];
    const wb = book(
      sheet(
        "Cá nhân",
        [
          PERSON_HEADER,
          person(1, "Nguyễn Văn An", null, "HTTNV"),
          person(2, "Trần Thị Bình", null, "HTTNV"),
          person(3, "Lê Văn Cường", null, "HTTNV"),
        ],
        { fonts }
      )
    );
    const r = readWorkbook(wb, settings());
    const [a, b, c] = r.individuals.map((p) => p.cells.rating);
    expect(a).toBe(b);
    expect(a).toMatchObject({ col: 5, value: "HTTNV", text: "HTTNV" });
    // The same text in a TCVN3 font is another cell (it could have converted differently).
    expect(c).not.toBe(a);
    expect(c).toMatchObject({ col: 5, text: "HTTNV" });
    expect(r.individuals[0].cells.name).not.toBe(r.individuals[1].cells.name);
  });

  it("converts VNI text recognised by its telltale characters when no font is given", () => {
    const wb = book(
      sheet("Cá nhân", [
        PERSON_HEADER,
        person(1, "Nguyeãn Vaên An", null, "Hoaøn thaønh toát nhieäm vuï"),
      ])
    );
    const r = readWorkbook(wb, settings());
    expect(r.individuals[0].cells.rating?.text).toBe("Hoàn thành tốt nhiệm vụ");
    expect(r.individuals[0].cells.rating?.legacy).toBe("vni");
  });

  it("uses the host's display text where given, else the value; dates as dd/mm/yyyy; text cleaned", () => {
    const date = new Date(Date.UTC(2025, 2, 1));
    const text = [[], [null, null, null, null, null, null, null, null, "01/03/2025"]];
    const wb = book(
      sheet(
        "Cá nhân",
        [
          [...PERSON_HEADER, "Ngày tuyển dụng"],
          [1, "  Nguyễn\u00a0Văn   An ", "Chuyên viên", null, "HTTNV", null, null, null, 45717],
          [2, "Trần Thị Bình", "Chuyên viên", null, "HTTNV", null, null, null, date],
        ],
        { text }
      )
    );
    const r = readWorkbook(wb, settings());
    expect(r.individuals[0].name).toBe("Nguyễn Văn An");
    expect(r.individuals[0].row).toBe(2);
    expect(r.individuals[0].cells.service).toMatchObject({
      value: 45717,
      text: "01/03/2025",
      col: 9,
    });
    expect(r.individuals[1].cells.service).toMatchObject({ value: date, text: "01/03/2025" });
  });

  it("writes display text for booleans, numbers and blanks", () => {
    expect(displayOf(true)).toBe("TRUE");
    expect(displayOf(12.5)).toBe("12.5");
    expect(displayOf(null)).toBe("");
    expect(displayOf({ error: "#N/A" })).toBe("#N/A");
  });

  it("keeps formula errors as CellError and reports each errored cell in a mapped column", () => {
    const wb = book(
      sheet("Cá nhân", [
        [...PERSON_HEADER, "Cột không ghép"],
        [
          1,
          "Nguyễn Văn An",
          "Chuyên viên",
          null,
          { error: "#N/A" },
          null,
          null,
          null,
          { error: "#REF!" },
        ],
      ])
    );
    const r = readWorkbook(wb, settings());
    expect(r.individuals[0].cells.rating?.value).toEqual({ error: "#N/A" });
    const errs = r.problems.filter((p) => p.code === "FORMULA_ERROR");
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({
      level: "warning",
      cell: "E2",
      msg: { params: { error: "#N/A", header: "Xếp loại" } },
    });
  });

  it("caps formula-error problems at 50 per sheet, then one summary with the count", () => {
    const rows = Array.from({ length: 70 }, (_, i) => [
      i + 1,
      `Người ${i + 1}`,
      "Chuyên viên",
      null,
      { error: "#VALUE!" },
    ]);
    const r = readWorkbook(book(sheet("Cá nhân", [PERSON_HEADER, ...rows])), settings());
    expect(r.problems.filter((p) => p.code === "FORMULA_ERROR")).toHaveLength(50);
    expect(r.problems.find((p) => p.code === "FORMULA_ERROR_MORE")?.msg.params).toMatchObject({
      count: 20,
      shown: 50,
    });
  });

  it("reports a formula without a cached value in a mapped column", () => {
    const wb = book(
      sheet("Cá nhân", [PERSON_HEADER, [1, "Nguyễn Văn An", "Chuyên viên", null, null]], {
        noValueFormulas: ["E2", "Z9"],
      })
    );
    const r = readWorkbook(wb, settings());
    const p = r.problems.filter((x) => x.code === "FORMULA_NO_VALUE");
    expect(p.map((x) => x.cell)).toEqual(["E2"]);
  });
});
