import { colNumber } from "../../src/core/address";
import { readsColumns } from "../../src/excel/marks";

describe("readsColumns", () => {
  it("finds a flag column a rule's formula refers to", () => {
    expect(readsColumns("=$AN2=1", new Set([colNumber("AN")]))).toBe(true);
    expect(readsColumns("=AND($B2<>\"\",'Cá nhân'!$AO$2=1)", new Set([colNumber("AO")]))).toBe(
      true
    );
  });

  it("ignores text inside string literals, so an office rule quoting “AN2” is not taken for the add-in's", () => {
    expect(readsColumns('=ISNUMBER(SEARCH("AN2",$B2))', new Set([colNumber("AN")]))).toBe(false);
    expect(readsColumns('=$C2="Tổ AN1 ""AO3"""', new Set([colNumber("AN"), colNumber("AO")]))).toBe(
      false
    );
  });

  it("does not take a function name ending in digits (LOG10, ATAN2) for a cell reference", () => {
    expect(readsColumns("=LOG10($D2)>1", new Set([colNumber("LOG")]))).toBe(false);
    expect(readsColumns("=ATAN2($D2,1)>1", new Set([colNumber("TAN")]))).toBe(false);
  });
});
