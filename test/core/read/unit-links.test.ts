import { readWorkbook } from "../../../src/core/read";
import { book, person, PERSON_HEADER, settings, sheet, UNIT_HEADER } from "./grid-builder";

describe("matching members to units (spec/vocabulary.md, Unit names)", () => {
  const units = sheet("Tập thể", [
    UNIT_HEADER,
    [1, "Phòng Quản lý đất đai", "HTTNV", 2],
    [2, "II. PHÒNG KẾ HOẠCH", "HTTNV", 1],
    [3, "Phòng Không Người", "HTTNV", 3],
  ]);

  it("matches units after removing numbering and ignoring case, and warns once per member unit with no units row", () => {
    const people = sheet("Cá nhân", [
      PERSON_HEADER,
      person(1, "Nguyễn Văn An", "Phòng Quản lý đất đai"),
      person(2, "Trần Thị Bình", "Phòng Kế hoạch"),
      person(3, "Lê Văn Cường", "Phòng Lạ"),
      person(4, "Phạm Thị Dung", "Phòng Lạ"),
    ]);
    const r = readWorkbook(book(people, units), settings());
    const missing = r.problems.filter((p) => p.code === "UNIT_NOT_FOUND");
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({
      level: "warning",
      sheet: "Cá nhân",
      cell: "D4",
      msg: { params: { unit: "Phòng Lạ" } },
    });
    const empty = r.problems.filter((p) => p.code === "UNIT_NO_MEMBERS");
    expect(empty.map((p) => p.msg.params?.unit)).toEqual(["Phòng Không Người"]);
    expect(empty[0]).toMatchObject({ sheet: "Tập thể", cell: "B4" });
  });

  it("does not report units without members when the workbook has no individuals sheet", () => {
    const r = readWorkbook(book(units), settings());
    expect(r.problems.filter((p) => p.code.startsWith("UNIT_"))).toEqual([]);
    expect(r.units).toHaveLength(3);
  });

  it("does not report member units when the workbook has no units at all", () => {
    const people = sheet("Cá nhân", [PERSON_HEADER, person(1, "Nguyễn Văn An", "Phòng Lạ")]);
    const r = readWorkbook(book(people), settings());
    expect(r.problems.filter((p) => p.code.startsWith("UNIT_"))).toEqual([]);
  });

  it("reports a group-row unit at the group row's cell", () => {
    const people = sheet("Cá nhân", [
      PERSON_HEADER,
      ["I", "PHÒNG LẠ"],
      person(1, "Nguyễn Văn An", null),
    ]);
    const r = readWorkbook(book(people, units), settings());
    expect(r.problems.find((p) => p.code === "UNIT_NOT_FOUND")?.cell).toBe("B2");
  });
});
