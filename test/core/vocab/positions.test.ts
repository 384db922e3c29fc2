import {
  isDepartmentDirector,
  isHeadOfUnit,
  positionRank,
} from "../../../src/core/vocab/positions";

describe("isHeadOfUnit (spec/vocabulary.md, positions that head a unit)", () => {
  it.each([
    "Giám đốc",
    "Giám đốc Sở",
    "Giám đốc Trung tâm Khuyến nông",
    "Chánh Văn phòng",
    "Chánh Thanh tra",
    "Trưởng phòng",
    "Trưởng phòng Kế hoạch - Tài chính",
    "Chi cục trưởng",
    "Trưởng ban",
    "Hạt trưởng",
    "Trạm trưởng",
    "Thủ trưởng",
    "Quyền Trưởng phòng",
    "Q. Chi cục trưởng",
    "Phụ trách phòng",
    "Phụ trách Sở",
    "Phó Trưởng phòng phụ trách",
    "Phó Trưởng phòng, phụ trách phòng",
    "Phó Giám đốc phụ trách Trung tâm",
    "TRƯỞNG PHÒNG",
    "Truong phong",
  ])("counts %p as a head", (p) => {
    expect(isHeadOfUnit(p)).toBe(true);
  });

  it.each([
    "Phó Trưởng phòng",
    "Phó Giám đốc",
    "Phó Chánh Văn phòng",
    "Phó Chi cục trưởng",
    "Phó Giám đốc phụ trách lĩnh vực đất đai",
    "Kế toán trưởng",
    "Chuyên viên",
    "Chuyên viên phụ trách công tác thi đua",
    "Phụ trách kế toán",
    "",
  ])("does not count %p as a head", (p) => {
    expect(isHeadOfUnit(p)).toBe(false);
  });
});

describe("isDepartmentDirector", () => {
  it.each([
    "Giám đốc Sở",
    "Giám đốc",
    "Quyền Giám đốc Sở",
    "Phụ trách Sở",
    "GĐ",
    "Phó Giám đốc phụ trách Sở",
  ])("counts %p as the department's director", (p) => {
    expect(isDepartmentDirector(p)).toBe(true);
  });

  it.each([
    "Giám đốc Trung tâm",
    "Giám đốc Chi nhánh Văn phòng Đăng ký đất đai",
    "Phó Giám đốc Sở",
    "Phó Giám đốc",
    "Trưởng phòng",
    "Phụ trách phòng",
  ])("does not count %p as the department's director", (p) => {
    expect(isDepartmentDirector(p)).toBe(false);
  });
});

describe("positionRank (spec/vocabulary.md, position rank)", () => {
  it("orders the spec's ranks from Giám đốc down to contract staff", () => {
    const ladder = [
      "Giám đốc Sở",
      "Phó Giám đốc Sở",
      "Trưởng phòng",
      "Phó Trưởng phòng",
      "Kế toán trưởng",
      "Chuyên viên cao cấp",
      "Chuyên viên chính",
      "Chuyên viên",
      "Nhân viên",
      "Lái xe",
    ];
    const ranks = ladder.map(positionRank);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(ladder.length);
  });

  it("ranks the heads of one level together, with their Quyền / Phụ trách", () => {
    const heads = [
      "Chánh Văn phòng",
      "Chánh Thanh tra",
      "Trưởng phòng",
      "Chi cục trưởng",
      "Giám đốc Trung tâm",
      "Quyền Trưởng phòng",
      "Phụ trách Chánh Văn phòng",
    ];
    expect(new Set(heads.map(positionRank)).size).toBe(1);
    const deputies = [
      "Phó Chánh Văn phòng",
      "Phó Chánh Thanh tra",
      "Phó Trưởng phòng",
      "Phó Chi cục trưởng",
      "Phó Giám đốc Trung tâm",
    ];
    expect(new Set(deputies.map(positionRank)).size).toBe(1);
    expect(positionRank("Phó Giám đốc Trung tâm")).toBeGreaterThan(
      positionRank("Giám đốc Trung tâm")
    );
    expect(positionRank("Phó Giám đốc Trung tâm")).toBeGreaterThan(positionRank("Phó Giám đốc"));
  });

  it("ranks the same-level staff titles together", () => {
    expect(positionRank("Thanh tra viên cao cấp")).toBe(positionRank("Chuyên viên cao cấp"));
    expect(positionRank("Thanh tra viên chính")).toBe(positionRank("Chuyên viên chính"));
    expect(positionRank("Kế toán viên")).toBe(positionRank("Chuyên viên"));
    expect(positionRank("Văn thư")).toBe(positionRank("Cán sự"));
    expect(positionRank("Thủ quỹ")).toBe(positionRank("Nhân viên"));
    expect(positionRank("Bảo vệ")).toBe(positionRank("Tạp vụ"));
    expect(positionRank("Hợp đồng 68")).toBe(positionRank("Lái xe"));
  });

  it("gives 999 to unrecognised or empty positions", () => {
    expect(positionRank("Đoàn viên")).toBe(999);
    expect(positionRank("")).toBe(999);
  });
});
