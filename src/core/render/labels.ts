/** Fixed texts of the render module in the run's language. */
import { format, type Lang } from "../i18n/types";
import type { Outcome, TitleVerdict } from "../review";
import { hasMessage } from "../i18n/catalogue";
import { renderMessages } from "./messages";

export type Say = (key: string, params?: Record<string, string | number>) => string;

/** A lookup of this module's own catalogue; a missing key shows itself rather than an empty cell. `defaults` fill
 * placeholders every call may use (the locality's names: localityParams). */
export function sayer(lang: Lang, defaults: Record<string, string | number> = {}): Say {
  // a 10,000-row roll-up asks for the same few labels over and over
  const fixed = new Map<string, string>();
  return (key, params) => {
    if (!params) {
      const known = fixed.get(key);
      if (known !== undefined) return known;
    }
    const t = renderMessages[key];
    const text = t ? format(t[lang], params ? { ...defaults, ...params } : defaults) : key;
    if (!params) fixed.set(key, text);
    return text;
  };
}

export function outcomeLabel(say: Say, outcome: Outcome): string {
  return say(`RENDER_OUTCOME_${outcome}`);
}

export function verdictLabel(say: Say, verdict: TitleVerdict): string {
  return say(`RENDER_VERDICT_${verdict}`);
}

/** Short title for cells; a title outside the rule set is the clerk's own text. */
export function titleShort(say: Say, title: string): string {
  const key = `RENDER_TITLE_SHORT_${title}`;
  return key in renderMessages ? say(key) : title;
}

export function titleFull(say: Say, title: string): string {
  const key = `RENDER_TITLE_${title}`;
  return key in renderMessages ? say(key) : title;
}

export function fieldLabel(say: Say, field: string): string {
  const key = field.startsWith("history.") ? "RENDER_FIELD_history" : `RENDER_FIELD_${field}`;
  return key in renderMessages || hasMessage(key) ? say(key) : field;
}
