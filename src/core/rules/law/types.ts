/** The law layer's shape (rules/law/luat-2022.ts): the rule set's titles, conditions and controls before a plan. */
import type { Template } from "../../i18n/types";
import type { Criterion, QuotaDef, RuleSet, TitleDef, WarningDef } from "../types";
import type { ColumnKind } from "../plan/types";
import type { IndividualTitle } from "../../vocab/codes";
import type { LAW_THRESHOLDS } from "./thresholds";

export interface LawTitle extends Omit<TitleDef, "terms" | "termsFor" | "essential"> {
  /** Conditions by id; "@rating" stands for the plan's rating criteria of this title, "@plan" for its others. */
  terms: string[];
  /** Ids the title cannot do without; "@rating" as in `terms`. */
  essential: string[];
  /** A council vote condition that joins the title while its threshold setting is not "off". */
  vote?: { condition: string; setting: "vote.cstdcs" | "vote.cstdTinh" };
  /** In `cstdcs.mode` "law", the plan's initiative criterion is met by this condition as well. */
  lawModeAlternative?: string;
  /** The form printed in a result-block cell ("LĐTT"); the short label when absent. */
  abbr?: Template;
  /** The heading of the title's lists on the printed summary; the label when absent. */
  heading?: Template;
  /**
   * Spellings clerks write in proposal cells besides the ones derived from the title (rules/law/title-lists.ts:
   * the Vietnamese label, short label and abbreviation in a province and in a city, and a code of letters only).
   */
  forms?: string[];
  /** Header words of a history column that holds this title ("CSTĐCS 2024"); when absent, the Vietnamese
   * abbreviation and short label in a province. */
  historyHeaders?: string[];
  /** A collective's award written in the words of an individual's: on a units-sheet row those words mean this title
   * (“Giấy khen” is GK_TT there). Such a title has no words of its own. */
  writtenAs?: IndividualTitle;
}

/** A warning whose source is the plan's criterion of a kind (the repeated initiative cites the plan's section). */
export type LawWarning = WarningDef | (Omit<WarningDef, "source"> & { sourceFrom: ColumnKind });

export interface LawLayer {
  id: string;
  /** The legal basis it is versioned by. */
  version: string;
  basis: Template[];
  /** The numbers and words the law fixes (rules/law/thresholds.ts). */
  thresholds: typeof LAW_THRESHOLDS;
  conditions: Criterion[];
  titles: LawTitle[];
  quotas: QuotaDef[];
  warnings: LawWarning[];
  /** The head-of-unit rule's titles; its criterion is the plan's "head" criterion. */
  headRule: Omit<RuleSet["headRule"], "criterion">;
  judgedWithoutProposal: RuleSet["judgedWithoutProposal"];
}
