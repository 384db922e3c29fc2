import { compareNames, splitName } from "../../../src/core/text/names";

describe("splitName", () => {
  it("takes the first word as family name and the last as given name", () => {
    expect(splitName("Nguyễn Thị Minh Khai")).toEqual({
      family: "Nguyễn",
      middle: "Thị Minh",
      given: "Khai",
    });
    expect(splitName("  Lê\u00A0Lợi ")).toEqual({ family: "Lê", middle: "", given: "Lợi" });
    expect(splitName("Hùng")).toEqual({ family: "", middle: "", given: "Hùng" });
  });

  it("splits the Khmer-origin name Thạch Sô Phia with Phia as the given name", () => {
    expect(splitName("Thạch Sô Phia")).toEqual({ family: "Thạch", middle: "Sô", given: "Phia" });
  });
});

function sorted(names: string[]): string[] {
  return [...names].sort(compareNames);
}

describe("compareNames (design.md: given name, then middle, then family, Vietnamese letter order)", () => {
  it("sorts by given name before family name", () => {
    expect(sorted(["Anh Văn Tùng", "Trần Văn An"])).toEqual(["Trần Văn An", "Anh Văn Tùng"]);
  });

  it("puts Đ after D, Ư after U and Ơ after O", () => {
    expect(sorted(["Lê Văn Đức", "Lê Văn Dũng", "Lê Văn Em"])).toEqual([
      "Lê Văn Dũng",
      "Lê Văn Đức",
      "Lê Văn Em",
    ]);
    expect(sorted(["Lê Thị Ưng", "Lê Thị Vân", "Lê Thị Uyên"])).toEqual([
      "Lê Thị Uyên",
      "Lê Thị Ưng",
      "Lê Thị Vân",
    ]);
    expect(sorted(["Lê Văn Ơn", "Lê Văn Phúc", "Lê Văn Ông", "Lê Văn Oanh"])).toEqual([
      "Lê Văn Oanh",
      "Lê Văn Ông",
      "Lê Văn Ơn",
      "Lê Văn Phúc",
    ]);
  });

  it("orders tone marks after the letter without them and breaks ties on middle then family name", () => {
    expect(sorted(["Lê Văn Hà", "Lê Văn Ha", "Lê Văn Hạ"])[0]).toBe("Lê Văn Ha");
    expect(sorted(["Trần Văn An", "Lê Thị An", "Bùi Thị An"])).toEqual([
      "Bùi Thị An",
      "Lê Thị An",
      "Trần Văn An",
    ]);
  });

  it("sorts Thạch Sô Phia among the P given names", () => {
    expect(sorted(["Nguyễn Văn Quân", "Thạch Sô Phia", "Lê Văn Nam"])).toEqual([
      "Lê Văn Nam",
      "Thạch Sô Phia",
      "Nguyễn Văn Quân",
    ]);
  });

  it("treats NFC and NFD spellings of one name as equal", () => {
    expect(compareNames("Nguyễn Thị Hương", "Nguyễn Thị Hương".normalize("NFD"))).toBe(0);
  });
});
