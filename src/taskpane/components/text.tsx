/** The clerk's language and the pane's translator, for every component below the App. */
import { createContext, useContext } from "react";
import type { Lang } from "../../core/i18n/types";
import { translator, type T } from "../i18n";

export interface TextValue {
  lang: Lang;
  t: T;
}

export const TextContext = createContext<TextValue>({ lang: "vi", t: translator("vi") });

export function useText(): TextValue {
  return useContext(TextContext);
}
