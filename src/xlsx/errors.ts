/** Why a file cannot be opened as a workbook; the CLI turns these into exit status 3 with the Vietnamese message. */
import { format } from "../core/i18n/types";
import type { Msg } from "../core/records";
import { XLSX_MESSAGES } from "./messages";

export type XlsxInputCode =
  "NOT_XLSX" | "ENCRYPTED" | "TRUNCATED" | "EMPTY_WORKBOOK" | "UNSAFE_SHEET";

export class XlsxInputError extends Error {
  readonly code: XlsxInputCode;
  readonly msg: Msg;

  constructor(code: XlsxInputCode, msg: Msg) {
    super(renderMsg(msg, "vi"));
    this.name = "XlsxInputError";
    this.code = code;
    this.msg = msg;
  }

  /** The message with `{file}` filled in, in the asked language (the constructor's text says "tệp “{file}”"). */
  describe(file: string, lang: "vi" | "en" = "vi"): string {
    return renderMsg({ key: this.msg.key, params: { ...this.msg.params, file } }, lang);
  }
}

/**
 * Renders one of this module's messages; a `detail` param naming another key is rendered too, and so is a `why`
 * param (a reason, formatted with the same params).
 */
export function renderMsg(msg: Msg, lang: "vi" | "en"): string {
  const t = XLSX_MESSAGES[msg.key];
  if (!t) return msg.key;
  const params = { ...(msg.params ?? {}) };
  const detail = params.detail;
  if (typeof detail === "string" && XLSX_MESSAGES[detail])
    params.detail = XLSX_MESSAGES[detail][lang];
  const why = params.why;
  if (typeof why === "string" && XLSX_MESSAGES[why])
    params.why = format(XLSX_MESSAGES[why][lang], params);
  return format(t[lang], params);
}
