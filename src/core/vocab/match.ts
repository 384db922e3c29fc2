/**
 * The shared matcher of spec/vocabulary.md, "Matching rules". A vocabulary is an ordered list of entries; negative
 * forms come first, so "Không hoàn thành nhiệm vụ" is never read as "hoàn thành nhiệm vụ". A value matches a form when
 * its key equals the form's key, or begins with it followed only by filler ("được giao"). Keys are compared with
 * diacritics first (toneKey) and, only when no entry matched that way, without them (fold).
 */
import { toUnicode } from "../text/legacy";
import { expandAbbreviations, fold, toneKey } from "../text/normalize";

export interface VocabEntry<T> {
  value: T;
  forms: readonly string[];
  /** Catalogue key of a note the match carries (e.g. legacy wording). */
  note?: string;
  /** When false the entry only matches exactly (short forms such as "x", "-", "0"). Default true. */
  prefix?: boolean;
}

export interface Vocabulary<T> {
  entries: readonly VocabEntry<T>[];
  /** Tail allowed after a form, as a pattern on the diacritic-free key; default: words that add nothing. */
  filler?: RegExp;
}

export interface Match<T> {
  value: T;
  note?: string;
  /** Whether the match needed the diacritic-free fallback. */
  folded: boolean;
}

/** Words that add nothing after a rating or a mark: "được giao", "được phân công", "trong năm", "năm 2025", dots. */
export const DEFAULT_FILLER =
  /^(?:[\s.,;:!()-]|duoc giao|duoc phan cong|trong nam|nam\b|\d{4}\b)*$/;

/** The matching key with diacritics: toneKey, spelled abbreviations joined and expanded, edge punctuation gone. */
export function matchKey(text: string): string {
  const key = expandAbbreviations(toneKey(text));
  return key.replace(/^[\s.,;:!?"'“”]+|[\s.,;:!?"'“”]+$/g, "").replace(/\s+/g, " ");
}

interface Compiled<T> {
  entry: VocabEntry<T>;
  tone: string[];
  folded: string[];
}

const compiledCache = new WeakMap<object, Compiled<unknown>[]>();

function compile<T>(vocab: Vocabulary<T>): Compiled<T>[] {
  const cached = compiledCache.get(vocab);
  if (cached) return cached as Compiled<T>[];
  const compiled = vocab.entries.map((entry) => {
    const tone = entry.forms.map(matchKey);
    return { entry, tone, folded: tone.map((k) => fold(k)) };
  });
  compiledCache.set(vocab, compiled as Compiled<unknown>[]);
  return compiled;
}

function tailIsFiller(tail: string, filler: RegExp): boolean {
  if (tail === "") return true;
  // The form must end on a word boundary: "tốt" must not match "tốt nghiệp" through "tốt n…".
  if (!/^[\s.,;:!()-]/.test(tail)) return false;
  return filler.test(fold(tail));
}

function find<T>(
  key: string,
  compiled: Compiled<T>[],
  pick: (c: Compiled<T>) => string[],
  filler: RegExp
): VocabEntry<T> | undefined {
  for (const c of compiled) if (pick(c).includes(key)) return c.entry;
  for (const c of compiled) {
    if (c.entry.prefix === false) continue;
    for (const form of pick(c)) {
      if (form !== "" && key.startsWith(form) && tailIsFiller(key.slice(form.length), filler)) {
        return c.entry;
      }
    }
  }
  return undefined;
}

/** Matches clean text against a vocabulary; undefined when nothing matches. */
export function matchVocab<T>(text: string, vocab: Vocabulary<T>): Match<T> | undefined {
  const key = matchKey(text);
  if (key === "") return undefined;
  const compiled = compile(vocab);
  const filler = vocab.filler ?? DEFAULT_FILLER;
  const exact = find(key, compiled, (c) => c.tone, filler);
  if (exact) return { value: exact.value, note: exact.note, folded: false };
  const loose = find(fold(key), compiled, (c) => c.folded, filler);
  if (loose) return { value: loose.value, note: loose.note, folded: true };
  return undefined;
}

/** A string cell's text in Unicode (legacy encodings converted when confidently detected), cleaned of nothing else. */
export function unicodeText(s: string): string {
  return toUnicode(s).text;
}
