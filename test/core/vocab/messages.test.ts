import { VOCAB_MESSAGES } from "../../../src/core/vocab/messages";

describe("VOCAB_MESSAGES", () => {
  it("has Vietnamese (with diacritics) and English text for every note the vocabularies return", () => {
    // A legacy encoding is a reading problem: its message is read/messages.ts's LEGACY_ENCODING.
    for (const key of ["RATING_SCORE", "RATING_LEGACY_HTNV", "DISCIPLINE_NOT_COUNTED"]) {
      const t = VOCAB_MESSAGES[key];
      expect(t).toBeDefined();
      expect(t.vi).toMatch(/[ăâêôơưđàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i);
      expect(t.en).not.toBe(t.vi);
    }
  });

  it("uses the same placeholders in both languages", () => {
    for (const t of Object.values(VOCAB_MESSAGES)) {
      const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(names(t.en)).toEqual(names(t.vi));
    }
  });
});
