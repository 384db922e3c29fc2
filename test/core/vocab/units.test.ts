import { isDepartmentGroup, unitDisplay, unitKey } from "../../../src/core/vocab/units";

describe("unitKey (spec/vocabulary.md, unit names)", () => {
  it("gives a numbered upper-case group row and the units-sheet name the same key", () => {
    expect(unitKey("II. PHÒNG QUẢN LÝ ĐẤT ĐAI")).toBe(unitKey("Phòng Quản lý đất đai"));
    expect(unitKey("2. Phòng  Quản lý\nđất đai:")).toBe(unitKey("Phòng Quản lý đất đai"));
    expect(unitKey("a) Chi cục Thủy lợi")).toBe(unitKey("Chi cục Thuỷ lợi"));
    expect(unitKey("- Văn phòng Sở")).toBe("van phong so");
  });

  it("keeps different units apart", () => {
    expect(unitKey("Phòng Môi trường")).not.toBe(unitKey("Phòng Tài nguyên nước"));
  });
});

describe("unitDisplay", () => {
  it("removes the numbering and keeps the clerk's case, NFC-cleaned", () => {
    expect(unitDisplay("II. PHÒNG QUẢN LÝ ĐẤT ĐAI")).toBe("PHÒNG QUẢN LÝ ĐẤT ĐAI");
    expect(unitDisplay(" I.Văn\u00A0phòng Sở ".normalize("NFD"))).toBe("Văn phòng Sở");
  });
});

describe("isDepartmentGroup (spec/vocabulary.md: members belong to the department)", () => {
  it.each(["Ban Giám đốc", "I. BAN GIÁM ĐỐC", "Lãnh đạo Sở", "Ban lãnh đạo", "Ban Giám đốc Sở"])(
    "recognises %p",
    (n) => {
      expect(isDepartmentGroup(n)).toBe(true);
    }
  );

  it.each(["Văn phòng Sở", "Ban Quản lý dự án", "Phòng Kế hoạch"])(
    "does not take %p for it",
    (n) => {
      expect(isDepartmentGroup(n)).toBe(false);
    }
  );
});
