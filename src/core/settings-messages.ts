import type { Catalogue } from "./i18n/types";

/** Settings the check could not use; each key is also the code of the problem it is reported as. */
export const settingsMessages = {
  SETTING_INVALID: {
    vi: "Thiết lập “{key}” có giá trị “{value}” không dùng được (ví dụ hợp lệ: {expected}); đã dùng giá trị mặc định.",
    en: "Setting “{key}” has the unusable value “{value}” (valid example: {expected}); the default was used.",
  },
  SETTING_UNKNOWN: {
    vi: "Không có thiết lập tên “{key}”; dòng này được bỏ qua.",
    en: "There is no setting named “{key}”; the entry was ignored.",
  },
} satisfies Catalogue;

export type SettingIssueCode = keyof typeof settingsMessages;
