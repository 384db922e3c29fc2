/**
 * Diacritic-insensitive folding for the few free-text cells rules read themselves (leave reasons, initiative level,
 * decision dates). Vocabulary columns go through src/core/vocab instead.
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the folded text contains any of the folded keys as whole words. */
export function mentions(text: string, keys: readonly string[]): boolean {
  const t = ` ${fold(text).replace(/[^a-z0-9]+/g, " ")} `;
  return keys.some((k) => t.includes(` ${k} `));
}
