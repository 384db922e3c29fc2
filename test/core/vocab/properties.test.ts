import fc from "fast-check";
import type { CellValue } from "../../../src/core/grid";
import { defaultSettings } from "../../../src/core/settings-defaults";
import { toUnicode } from "../../../src/core/text/legacy";
import { parseDate, parseNumber } from "../../../src/core/vocab/dates";
import { parseDiscipline } from "../../../src/core/vocab/discipline";
import { parseMark, parseNamedItem } from "../../../src/core/vocab/marks";
import {
  isDepartmentDirector,
  isHeadOfUnit,
  positionRank,
} from "../../../src/core/vocab/positions";
import { parseRating } from "../../../src/core/vocab/ratings";
import { parseTitles } from "../../../src/core/vocab/titles";
import { unitKey } from "../../../src/core/vocab/units";

const bands = defaultSettings()["rating.scoreBands"];
const KINDS = ["ok", "blank", "unknown", "error"];

/** Strings mixing Vietnamese letters, legacy-looking Latin-1, marks and punctuation. */
const text = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({
    unit: fc.constantFrom(..."aăâđeêoôơuưy µ¸«ªÖøùïä.,-+/\n\u00A0\u200B\u0300\u0301HTNVXSKĐ0129"),
  })
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  text,
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
  fc.record({ error: fc.constantFrom("#N/A", "#REF!") })
);

describe("vocabulary parsers on arbitrary input", () => {
  it("never throw and always return one of the four Parsed kinds", () => {
    fc.assert(
      fc.property(cell, (v) => {
        for (const r of [
          parseRating(v, bands),
          parseDiscipline(v),
          parseMark(v),
          parseNamedItem(v),
          parseTitles(v, "individual"),
          parseTitles(v, "unit"),
        ]) {
          expect(KINDS).toContain(r.kind);
        }
        const date = parseDate(v);
        expect(date === null || !Number.isNaN(date.getTime())).toBe(true);
        const n = parseNumber(v);
        expect(n === null || Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 400 }
    );
  });

  it("position, unit and legacy helpers never throw on arbitrary strings", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(typeof isHeadOfUnit(s)).toBe("boolean");
        expect(typeof isDepartmentDirector(s)).toBe("boolean");
        expect(Number.isInteger(positionRank(s))).toBe(true);
        expect(typeof unitKey(s)).toBe("string");
        expect(typeof toUnicode(s).text).toBe("string");
      }),
      { numRuns: 400 }
    );
  });
});
