/**
 * Order of the summary's lists (spec/workbook.md item 3, vocabulary.md "Position rank").
 * - `workbook`: units in units-sheet order, then units seen only among individuals in their order, rows with no
 *   unit last; within a unit by position rank, then input order.
 * - `alphabetical`: decision — the whole list by name (compareNames: given name, middle, family; Vietnamese letter
 *   order), not within each unit, because that is how alphabetical council lists are kept; ties by unit order, then
 *   input order. Collectives have no given name: their names are compared with Intl.Collator("vi").
 */
import type { ReadResult } from "../records";
import type { IndividualResult, UnitResult } from "../review";
import { compareNames } from "../text/names";
import { positionRank } from "../vocab/positions";

export type ListOrder = "workbook" | "alphabetical";

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

function keyOf(unitKey: string | null, unit: string | null): string | null {
  return unitKey ?? (unit ? unit.normalize("NFC").trim().toLocaleLowerCase("vi") : null);
}

/** Rank of each unit key: units sheet first, then units met only among individuals. */
export function unitRanks(read: ReadResult): Map<string, number> {
  const ranks = new Map<string, number>();
  const add = (k: string | null): void => {
    if (k !== null && !ranks.has(k)) ranks.set(k, ranks.size);
  };
  for (const u of [...read.units].sort((a, b) => a.order - b.order)) add(keyOf(u.unitKey, u.unit));
  for (const p of [...read.individuals].sort((a, b) => a.order - b.order))
    add(keyOf(p.unitKey, p.unit));
  return ranks;
}

export class Orderer {
  private readonly ranks: Map<string, number>;
  /** Positions repeat a lot in a large roll-up: rank each distinct text once. */
  private readonly positionRanks = new Map<string, number>();

  constructor(
    private readonly read: ReadResult,
    private readonly order: ListOrder
  ) {
    this.ranks = unitRanks(read);
  }

  /** Rank of a unit key or name; unknown units after every known one. */
  unitRank(unitKey: string | null, unit: string | null): number {
    const k = keyOf(unitKey, unit);
    return k === null
      ? Number.MAX_SAFE_INTEGER
      : (this.ranks.get(k) ?? Number.MAX_SAFE_INTEGER - 1);
  }

  private positionRank(position: string): number {
    let rank = this.positionRanks.get(position);
    if (rank === undefined) {
      rank = positionRank(position);
      this.positionRanks.set(position, rank);
    }
    return rank;
  }

  private individualUnitRank(r: IndividualResult): number {
    const rec = this.read.individuals[r.index];
    return this.unitRank(rec?.unitKey ?? null, r.unit);
  }

  private individualOrder(r: IndividualResult): number {
    return this.read.individuals[r.index]?.order ?? r.index;
  }

  private unitOwnRank(r: UnitResult): number {
    const rec = this.read.units[r.index];
    return this.unitRank(rec?.unitKey ?? null, r.unit);
  }

  individuals(list: readonly IndividualResult[]): IndividualResult[] {
    const keyed = list.map((r) => ({
      r,
      unit: this.individualUnitRank(r),
      pos: this.positionRank(r.position),
      order: this.individualOrder(r),
    }));
    keyed.sort((a, b) =>
      this.order === "alphabetical"
        ? compareNames(a.r.name, b.r.name) || a.unit - b.unit || a.order - b.order
        : a.unit - b.unit || a.pos - b.pos || a.order - b.order
    );
    return keyed.map((k) => k.r);
  }

  units(list: readonly UnitResult[]): UnitResult[] {
    const keyed = list.map((r) => ({
      r,
      unit: this.unitOwnRank(r),
      order: this.read.units[r.index]?.order ?? r.index,
    }));
    keyed.sort((a, b) =>
      this.order === "alphabetical"
        ? collator.compare(a.r.unit ?? "", b.r.unit ?? "") || a.unit - b.unit || a.order - b.order
        : a.unit - b.unit || a.order - b.order
    );
    return keyed.map((k) => k.r);
  }
}
