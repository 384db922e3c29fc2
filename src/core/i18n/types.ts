/** Message templates: every user-facing sentence exists in Vietnamese and English ({name} placeholders). */
export type Lang = "vi" | "en";

export interface Template {
  vi: string;
  en: string;
}

export type Catalogue = Record<string, Template>;

/** Fills `{name}` placeholders; an unknown placeholder is left as written so a missing value is visible. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole
  );
}
