/** Message templates: every user-facing sentence exists in Vietnamese and English ({name} placeholders). */
export type Lang = "vi" | "en";

export interface Template {
  vi: string;
  en: string;
}

export type Catalogue = Record<string, Template>;

/** Templates split once into literal text (even indices) and placeholder names (odd indices). */
const compiled = new Map<string, string[]>();

function parts(template: string): string[] {
  let p = compiled.get(template);
  if (!p) {
    p = template.split(/\{(\w+)\}/);
    compiled.set(template, p);
  }
  return p;
}

/** Fills `{name}` placeholders; an unknown placeholder is left as written so a missing value is visible. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return fill(template, (key) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : undefined
  );
}

/** Fills `{name}` placeholders from `value` (undefined: left as written). Thousands of findings are put into words
 * per check, so templates are split once rather than matched by a regular expression each time. */
export function fill(template: string, value: (key: string) => string | undefined): string {
  const p = parts(template);
  let out = p[0];
  for (let i = 1; i < p.length; i += 2) {
    const v = value(p[i]);
    out += (v === undefined ? `{${p[i]}}` : v) + p[i + 1];
  }
  return out;
}
