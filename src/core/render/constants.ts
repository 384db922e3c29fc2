/** Names by which the add-in recognises what it wrote (spec/workbook.md "What goes out" items 1 and 6). */

/** Sheet-scoped hidden defined name holding an owned sheet's JSON stamp. */
export const OWNER_NAME = "_thidua_owner";
/** Sheet-scoped hidden defined name holding a checked sheet's result-block stamp. */
export const BLOCK_NAME = "_thidua_block";
/**
 * Marker in the first header cell of the result block. It stays Vietnamese in the English UI too: it is how the
 * reader recognises the block, whatever language the previous run used.
 */
export const MARKER = "KẾT QUẢ RÀ SOÁT";

export type OwnedKind = "summary" | "review" | "settings";

/** The names the add-in's sheets should have; the same in both languages so re-runs find them. */
export const SHEET_NAMES: Readonly<Record<OwnedKind, string>> = {
  summary: "Đề xuất khen thưởng",
  review: "Rà soát chi tiết",
  settings: "Cấu hình rà soát",
};

/**
 * Version of the stamps and of the layout they describe; bump when a reader must tell old layouts apart.
 * 2: content hashes in two 32-bit lanes per code unit (stamp.ts). A stamp of version 1 is checked with its own hash,
 * so sheets an earlier version wrote are still recognised as unedited.
 */
export const STAMP_VERSION = 2;
