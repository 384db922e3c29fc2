/**
 * render: from the evaluation to the WritePlan both hosts apply (design.md). Pure: everything the hosts write —
 * values, marks, styles, sheet names, stamps, print setup — is decided here.
 */
import { localityParams } from "../locality";
import { getRuleSet, LAW } from "../rules";
import type { Finding } from "../review";
import type { RenderInput } from "./input";
import { sayer } from "./labels";
import type { CheckedSheetPlan, OwnedSheetPlan, WritePlan } from "./plan";
import { plainFor } from "./plain";
import { renderResultBlock } from "./result-block";
import { REVIEW_WIDTHS, renderReviewSheet } from "./review-sheet";
import { renderSettingsSheet, SETTINGS_WIDTHS } from "./settings-sheet";
import type { SheetBuilder } from "./sheet-builder";
import { chooseSheetName } from "./sheet-name";
import { contentHash, makeStamp } from "./stamp";
import { renderSummary } from "./summary";
import type { OwnedKind } from "./constants";

export { BLOCK_NAME, MARKER, OWNER_NAME, SHEET_NAMES, STAMP_VERSION } from "./constants";
export type { OwnedKind } from "./constants";
export type { RenderInput } from "./input";
export { chooseSheetName, type ExistingSheet, type SheetChoice } from "./sheet-name";
export {
  contentHash,
  gridHash,
  makeStamp,
  parseBlockStamp,
  parseStamp,
  type BlockStamp,
  type Stamp,
} from "./stamp";
export { parseSettingsSheet } from "./settings-sheet";
export { renderMessages } from "./messages";
export { dropCells, plainFor, IDENTIFIER, PLAN_CODE, type Plain } from "./plain";
export {
  headerForSigner,
  headerLines,
  headerSignerMismatch,
  numberSymbol,
  numberText,
  signerOf,
  type Signer,
} from "./header";
export type * from "./plan";

function owned(
  input: RenderInput,
  kind: OwnedKind,
  b: SheetBuilder,
  widths: number[],
  extra: Partial<OwnedSheetPlan> = {}
): OwnedSheetPlan {
  const choice = chooseSheetName(kind, input.existing);
  return {
    kind,
    name: choice.name,
    inPlace: choice.inPlace,
    visibility: kind === "settings" ? "hidden" : "visible",
    values: b.values,
    merges: b.merges,
    styles: b.styles,
    widths: widths.map((width, i) => ({ col: i + 1, width })),
    rowHeights: b.rowHeights,
    links: b.links,
    pageSetup: null,
    stamp: makeStamp(kind, contentHash(b.values)),
    ...extra,
  };
}

export function renderPlan(input: RenderInput): WritePlan {
  const say = sayer(input.lang, localityParams(input.settings));
  const plain = plainFor(input.settings, input.lang, input.text, input.ruleSetId);
  const findingText = (f: Finding): string => plain.finding(f);

  const checked: CheckedSheetPlan[] = [];
  const rows = [...input.review.individuals, ...input.review.units];
  const fallback = (getRuleSet(input.ruleSetId) ?? LAW).judgedWithoutProposal;
  for (const sheet of input.read.sheets) {
    if (sheet.role === "ignored") continue;
    checked.push(
      renderResultBlock(
        sheet,
        rows.filter((r) => r.sheet === sheet.name),
        {
          say,
          text: findingText,
          short: plain.short,
          judgedWithoutProposal: fallback,
          hasAutoFilter: input.sheetInfo?.[sheet.name]?.hasAutoFilter === true,
        }
      )
    );
  }

  const summary = renderSummary({
    read: input.read,
    review: input.review,
    settings: input.settings,
    ruleSetTitle: input.ruleSetTitle,
    say,
    text: input.text,
    plain,
  });
  const sheets: OwnedSheetPlan[] = [
    owned(input, "summary", summary.builder, summary.widths, { pageSetup: summary.pageSetup }),
  ];
  const remove: WritePlan["remove"] = [];
  if (input.settings["review.sheet"]) {
    const review = renderReviewSheet({
      read: input.read,
      review: input.review,
      say,
      text: input.text,
    });
    const last = review.lastRow;
    sheets.push(
      owned(input, "review", review, REVIEW_WIDTHS, {
        autoFilter: last > 1 ? `A1:G${last}` : null,
      })
    );
  } else {
    remove.push("review");
  }
  sheets.push(
    owned(
      input,
      "settings",
      renderSettingsSheet(input.persistedSettings ?? input.settings, say, input.plan),
      SETTINGS_WIDTHS
    )
  );
  return { checked, sheets, remove };
}
