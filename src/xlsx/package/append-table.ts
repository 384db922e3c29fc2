/**
 * A list in a package part that the add-in appends to (cell formats in xl/styles.xml, texts in the shared strings):
 * the entries already in the part keep their positions, a new entry gets the next free one, and an entry asked for
 * twice gets the same one.
 */
export class AppendTable {
  private readonly index = new Map<string, number>();
  /** The entries appended, in order. */
  readonly added: string[] = [];

  /** `existing` entries are in the part; those of them given in `items` are found again by their text. */
  constructor(
    readonly existing: number,
    items: readonly string[] = []
  ) {
    items.forEach((x, i) => {
      if (!this.index.has(x)) this.index.set(x, i);
    });
  }

  /** Position of the entry, appended if new. */
  of(entry: string): number {
    let i = this.index.get(entry);
    if (i === undefined) {
      i = this.existing + this.added.length;
      this.index.set(entry, i);
      this.added.push(entry);
    }
    return i;
  }

  /** Entries in the part once the appended ones are written. */
  get size(): number {
    return this.existing + this.added.length;
  }
}
