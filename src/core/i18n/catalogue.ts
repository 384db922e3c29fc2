/**
 * The one catalogue of every message the core can emit: each module keeps its own templates beside its code, and
 * this file is the only place that knows them all (the report, the pane and the CLI render through it).
 */
import { evaluateMessages } from "../evaluate/messages";
import { READ_MESSAGES } from "../read/messages";
import { renderMessages } from "../render/messages";
import { ruleCatalogue } from "../rules";
import { planMessages } from "../rules/plan/messages";
import { settingsMessages } from "../settings-messages";
import { checkMessages } from "../check-messages";
import { VOCAB_MESSAGES } from "../vocab/messages";
import type { Msg } from "../records";
import { fill, type Catalogue, type Lang } from "./types";

export const catalogue: Catalogue = {
  ...VOCAB_MESSAGES,
  ...READ_MESSAGES,
  ...ruleCatalogue,
  ...planMessages,
  ...evaluateMessages,
  ...renderMessages,
  ...settingsMessages,
  ...checkMessages,
};

/**
 * A message in words. A key missing from the catalogue is a bug: it is shown as the key itself so tests catch it.
 * `defaults` fill parameters a message does not carry: the run's locality names ({levelVi}, {ubndVi} …), which any
 * template may use.
 */
export function messageText(
  msg: Msg,
  lang: Lang,
  defaults: Readonly<Record<string, string>> = {}
): string {
  const t = catalogue[msg.key];
  if (!t) return msg.key;
  const params = msg.params ?? {};
  return fill(t[lang], (k) => {
    if (!Object.prototype.hasOwnProperty.call(params, k)) {
      return Object.prototype.hasOwnProperty.call(defaults, k) ? defaults[k] : undefined;
    }
    const v = params[k];
    // A parameter may itself name a catalogue entry (a field's or a title's label): put it into words too.
    return typeof v === "string" && v.startsWith("@") && catalogue[v.slice(1)]
      ? catalogue[v.slice(1)][lang]
      : String(v);
  });
}

export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalogue, key);
}

/** Adds the entries of a rule set composed at run time (a plan from a file or a plan sheet) to the catalogue. */
export function addToCatalogue(entries: Catalogue): void {
  Object.assign(catalogue, entries);
}
