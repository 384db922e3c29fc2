import { Orderer } from "../../../src/core/render/order";
import { build, person, unitResult } from "./builders";

const names = (list: { name: string }[]): string[] => list.map((r) => r.name);

describe("Orderer, summary.order=alphabetical (spec/workbook.md item 3: given, middle, family; Intl.Collator vi)", () => {
  function alphabetical(list: string[]): string[] {
    const built = build(list.map((name, i) => person({ name, row: 6 + i })));
    return names(new Orderer(built.read, "alphabetical").individuals(built.review.individuals));
  }

  it("puts Đ after D, Ơ after Ô after O and Ư after U in the given name", () => {
    expect(
      alphabetical(["Lê Văn Đông", "Lê Văn Dũng", "Trần Thị Ơn", "Trần Thị Oanh", "Lê Thị Ổn"])
    ).toEqual(["Lê Văn Dũng", "Lê Văn Đông", "Trần Thị Oanh", "Lê Thị Ổn", "Trần Thị Ơn"]);
    expect(alphabetical(["Phạm Văn Ưng", "Phạm Văn Vũ", "Phạm Văn Uy"])).toEqual([
      "Phạm Văn Uy",
      "Phạm Văn Ưng",
      "Phạm Văn Vũ",
    ]);
  });

  it("sorts a letter with a tone mark after the bare letter, then by middle and family name", () => {
    expect(alphabetical(["Ngô Văn Hà", "Bùi Văn Ha", "Lê Thị Hà", "Lê Anh Hà"])).toEqual([
      "Bùi Văn Ha",
      "Lê Anh Hà",
      "Lê Thị Hà",
      "Ngô Văn Hà",
    ]);
  });

  it("files the Khmer name Thạch Sô Phia under its given name Phia, and reads upper-case names alike", () => {
    expect(
      alphabetical(["Lâm Thị Sa Ra", "THẠCH SÔ PHIA", "Nguyễn Văn Quân", "Danh Thị Phương"])
    ).toEqual(["THẠCH SÔ PHIA", "Danh Thị Phương", "Nguyễn Văn Quân", "Lâm Thị Sa Ra"]);
  });

  it("keeps input order between two people of the same name in the same unit", () => {
    const built = build([
      person({ name: "Nguyễn Văn An", row: 6, position: "Chuyên viên" }),
      person({ name: "Nguyễn Văn An", row: 7, position: "Trưởng phòng" }),
    ]);
    const out = new Orderer(built.read, "alphabetical").individuals(built.review.individuals);
    expect(out.map((r) => r.row)).toEqual([6, 7]);
  });
});

describe("Orderer, summary.order=workbook (spec/workbook.md item 3, vocabulary.md position rank)", () => {
  it("orders units as the units sheet, then by position rank within a unit, then input order", () => {
    const built = build(
      [
        person({ name: "Võ Văn A", row: 6, unit: "Phòng B", position: "Chuyên viên" }),
        person({ name: "Võ Văn B", row: 7, unit: "Phòng A", position: "Chuyên viên" }),
        person({ name: "Võ Văn C", row: 8, unit: "Phòng B", position: "Trưởng phòng" }),
        person({ name: "Võ Văn D", row: 9, unit: "Phòng B", position: "Phó Trưởng phòng" }),
        person({ name: "Võ Văn E", row: 10, unit: "Phòng B", position: "Chuyên viên" }),
      ],
      [unitResult({ unit: "Phòng B", row: 5 }), unitResult({ unit: "Phòng A", row: 6 })]
    );
    const out = new Orderer(built.read, "workbook").individuals(built.review.individuals);
    expect(names(out)).toEqual(["Võ Văn C", "Võ Văn D", "Võ Văn A", "Võ Văn E", "Võ Văn B"]);
  });
});
