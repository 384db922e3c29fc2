import { convertLegacy, detectLegacy } from "../../src/core/text/legacy";
import { TCVN3_TEXT, VNI_TEXT } from "../fixtures/hostile";

describe("the corpus's legacy-encoded text is what it claims to be (spec/vocabulary.md, legacy encodings)", () => {
  it.each(TCVN3_TEXT)(
    "TCVN3 “%s” decodes to “%s” and is detected under .VnTime",
    (legacy, unicode) => {
      expect(convertLegacy(legacy, "tcvn3")).toBe(unicode);
      expect(detectLegacy(legacy, ".VnTime")).toBe("tcvn3");
    }
  );

  it.each(VNI_TEXT)(
    "VNI “%s” decodes to “%s” and is detected under VNI-Times",
    (legacy, unicode) => {
      expect(convertLegacy(legacy, "vni")).toBe(unicode);
      expect(detectLegacy(legacy, "VNI-Times")).toBe("vni");
    }
  );
});
