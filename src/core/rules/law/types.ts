/** The law layer's shape (rules/law/luat-2022.ts): the rule set's titles, conditions and controls before a plan. */
import type { Template } from "../../i18n/types";
import type { Criterion, QuotaDef, RuleSet, TitleDef, WarningDef } from "../types";
import type { ColumnKind } from "../plan/types";
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
