/**
 * Vietnamese personal names (design.md, "Vietnamese first"): family name first, given name last, sorted by given name,
 * then middle, then family name, in Vietnamese letter order (Intl.Collator "vi": Đ after D, Ư after U, Ơ after O).
 *
 * Decision where the spec is silent: the last word is always the given name, also for Khmer-origin names such as
 * "Thạch Sô Phia" (family Thạch, middle Sô, given Phia). No rule can tell a two-word given name from a middle name
 * reliably, and a fixed rule keeps the order stable and explainable.
 */
import { clean } from "./normalize";

export interface NameParts {
  family: string;
  middle: string;
  given: string;
}

export function splitName(full: string): NameParts {
  const words = clean(full)
    .split(" ")
    .filter((w) => w !== "");
  if (words.length === 0) return { family: "", middle: "", given: "" };
  if (words.length === 1) return { family: "", middle: "", given: words[0] };
  return {
    family: words[0],
    middle: words.slice(1, -1).join(" "),
    given: words[words.length - 1],
  };
}

const collator = new Intl.Collator("vi", { sensitivity: "variant", usage: "sort" });

/** Vietnamese order: given name, then middle name, then family name. */
export function compareNames(a: string, b: string): number {
  const x = splitName(a);
  const y = splitName(b);
  return (
    collator.compare(x.given, y.given) ||
    collator.compare(x.middle, y.middle) ||
    collator.compare(x.family, y.family)
  );
}
