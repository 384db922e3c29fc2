/** Catalogue keys of the shipped kh-2025 plan's sentences and sources, as the composed rule set names them. */
import { kh2025, sourceKey } from "../../src/core/rules";

export function planKey(suffix: string): string {
  return `${kh2025.ns}.${suffix}`;
}

export function planSource(code: string): string {
  return sourceKey(kh2025, code);
}
