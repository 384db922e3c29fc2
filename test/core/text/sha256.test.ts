import { createHash } from "node:crypto";
import { sha256Hex } from "../../../src/core/text/sha256";

describe("sha256 of the plan's canonical JSON", () => {
  it("gives Node's digest for empty, ASCII, Vietnamese, astral and multi-block texts", () => {
    const texts = [
      "",
      "abc",
      "Kế hoạch thi đua năm 2025 — Sở Nông nghiệp và Môi trường",
      "𝕏 emoji 😀",
      "x".repeat(55),
      "y".repeat(56),
      "z".repeat(1000),
    ];
    for (const t of texts) {
      expect(sha256Hex(t)).toBe(createHash("sha256").update(t, "utf8").digest("hex"));
    }
  });
});
