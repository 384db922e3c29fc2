import { readWorkbook } from "../../../src/core/read";
import { parseTitles } from "../../../src/core/vocab/titles";
import { book, settings, sheet } from "./grid-builder";

describe("revision-2 header words (spec/vocabulary.md, Revision 2 additions)", () => {
  const r = readWorkbook(
    book(
      sheet("Cá nhân", [
        ["STT", "Họ và tên", "Đơn vị", "Xếp loại", "Tỷ lệ phiếu bầu (%)", "Ghi chú", "Lý do nghỉ"],
        [1, "Nguyễn Văn An", "Văn phòng", "HTTNV", "90%", "Nghỉ thai sản 6 tháng", ""],
      ]),
      sheet("Tập thể", [
        [
          "STT",
          "Tên tập thể",
          "Xếp loại",
          "Danh hiệu năm 2024 (tập thể)",
          "Xếp loại đơn vị năm 2024",
          "Đang xem xét kỷ luật/thanh tra",
          "Hình thức đề nghị",
        ],
        [1, "Văn phòng", "HTXSNV", "TTLĐXS", "HTXSNV", "", "Bằng khen"],
      ]),
      sheet("Phiếu", [
        [
          "STT",
          "Họ và tên",
          "Xếp loại",
          "Số phiếu đồng ý",
          "Tổng số thành viên Hội đồng",
          "TTLĐXS 2024",
        ],
        [1, "Trần Văn Bình", "HTTNV", 9, 11, "x"],
      ])
    ),
    settings()
  );
  const [ind, units, votes] = r.sheets;

  it("finds the council vote as a share, or as a count beside the council's size", () => {
    expect(ind.mapping.vote).toMatchObject({ header: "Tỷ lệ phiếu bầu (%)", variant: "share" });
    expect(votes.mapping.vote).toMatchObject({ header: "Số phiếu đồng ý", variant: "count" });
    expect(votes.mapping.voteTotal?.header).toBe("Tổng số thành viên Hội đồng");
  });

  it("reads a units sheet's history of titles and ratings and its pending column", () => {
    expect(units.role).toBe("units");
    expect(units.mapping["history.2024"]?.header).toBe("Danh hiệu năm 2024 (tập thể)");
    expect(units.mapping["history.2024.rating"]?.header).toBe("Xếp loại đơn vị năm 2024");
    expect(units.mapping.pending?.header).toBe("Đang xem xét kỷ luật/thanh tra");
    expect(votes.mapping["history.2024"]?.impliedTitle).toBe("TTLDXS");
  });

  it("keeps the note column for leave written in words (criteria.md §5.8)", () => {
    expect(ind.mapping.note?.header).toBe("Ghi chú");
    expect(ind.mapping.leave?.variant).toBe("reason");
  });

  it("reads “Bằng khen” on a units-sheet row as the collective's Bằng khen", () => {
    const cell = r.units[0].cells.proposed;
    expect(cell?.text).toBe("Bằng khen");
    expect(parseTitles(cell?.value ?? null, "unit")).toEqual({
      kind: "ok",
      value: { codes: ["BK_TT"], outside: [] },
    });
    expect(parseTitles("Bằng khen của Chủ tịch UBND thành phố", "individual")).toEqual({
      kind: "ok",
      value: { codes: ["BK_TINH"], outside: [] },
    });
  });
});
