import { parseMark, parseNamedItem } from "../../../src/core/vocab/marks";

describe("parseMark (spec/vocabulary.md, yes / no marks)", () => {
  it.each(["x", "X", "✓", "✔", "v", "Có", "Đạt", "Đ", "Yes", "Y", "1", "TRUE", "có", "dat"])(
    "reads %p as yes",
    (v) => {
      expect(parseMark(v)).toEqual({ kind: "ok", value: true });
    }
  );

  it.each(["Không", "Không đạt", "K", "KĐ", "No", "N", "0", "-", "FALSE", "khong dat"])(
    "reads %p as no",
    (v) => {
      expect(parseMark(v)).toEqual({ kind: "ok", value: false });
    }
  );

  it("reads booleans and the numbers 1 and 0", () => {
    expect(parseMark(true)).toEqual({ kind: "ok", value: true });
    expect(parseMark(false)).toEqual({ kind: "ok", value: false });
    expect(parseMark(1)).toEqual({ kind: "ok", value: true });
    expect(parseMark(0)).toEqual({ kind: "ok", value: false });
  });

  it("leaves blanks blank and other values unknown", () => {
    expect(parseMark(null)).toEqual({ kind: "blank" });
    expect(parseMark("")).toEqual({ kind: "blank" });
    expect(parseMark(2)).toEqual({ kind: "unknown", text: "2" });
    expect(parseMark("Tích cực")).toEqual({ kind: "unknown", text: "Tích cực" });
    expect(parseMark("CC")).toEqual({ kind: "unknown", text: "CC" });
    expect(parseMark({ error: "#VALUE!" })).toEqual({ kind: "error", error: "#VALUE!" });
  });
});

describe("parseNamedItem (criteria.md I2, C2, C6: a named item or decision)", () => {
  it("reads a yes mark, a positive number or a named item as yes", () => {
    expect(parseNamedItem("x")).toEqual({ kind: "ok", value: true });
    expect(parseNamedItem(2)).toEqual({ kind: "ok", value: true });
    expect(parseNamedItem("Sáng kiến “Số hóa hồ sơ địa chính”")).toEqual({
      kind: "ok",
      value: true,
    });
    expect(parseNamedItem("QĐ số 15/QĐ-SNN ngày 10/11/2025")).toEqual({ kind: "ok", value: true });
  });

  it.each([
    "Không",
    "Không có",
    "Chưa có sáng kiến",
    "chưa",
    "ko có",
    "k/có",
    "khong co",
    "0",
    "-",
  ])("reads %p as no (a no mark or text beginning with a negation)", (v) => {
    expect(parseNamedItem(v)).toEqual({ kind: "ok", value: false });
  });

  it("does not take a word that only starts like a negation for one", () => {
    expect(parseNamedItem("Chùa Ông — đề tài bảo tồn")).toEqual({ kind: "ok", value: true });
    expect(parseNamedItem("Kho dữ liệu đất đai")).toEqual({ kind: "ok", value: true });
  });

  it("reads 0 as no, blanks as blank and punctuation alone as unknown", () => {
    expect(parseNamedItem(0)).toEqual({ kind: "ok", value: false });
    expect(parseNamedItem(null)).toEqual({ kind: "blank" });
    expect(parseNamedItem("...")).toEqual({ kind: "unknown", text: "..." });
  });
});
