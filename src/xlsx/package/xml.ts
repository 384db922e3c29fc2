/**
 * Just enough XML handling to edit package parts as text: the top-level children of a part's root element, and
 * inserting an element where the schema's sequence puts it (Excel refuses a part whose children are out of order).
 * The parts edited are written by spreadsheet programs, not by hand: no DTDs, and elements the add-in looks for do
 * not nest inside themselves except where `balanced` counts them.
 */

export interface Child {
  /** Local name (without prefix). */
  name: string;
  start: number;
  end: number;
}

/** The prefix of the root element (`x:` or ""), for parts written with a prefixed main namespace. */
export function rootPrefix(xml: string, root: string): string {
  return new RegExp(`<(\\w+:)?${root}\\b`).exec(xml)?.[1] ?? "";
}

/** Top-level children of `root`, in document order. */
export function children(xml: string, root: string): Child[] {
  const open = new RegExp(`<(?:\\w+:)?${root}\\b[^>]*>`).exec(xml);
  if (!open) return [];
  const out: Child[] = [];
  let pos = open.index + open[0].length;
  const tag = /<([\w.-]+:)?([\w.-]+)\b[^>]*?(\/?)>|<\/|<!--|<\?/g;
  for (;;) {
    tag.lastIndex = pos;
    const m = tag.exec(xml);
    if (!m || m[0] === "</") break;
    if (m[0] === "<!--") {
      pos = xml.indexOf("-->", m.index) + 3;
      continue;
    }
    if (m[0] === "<?") {
      pos = xml.indexOf("?>", m.index) + 2;
      continue;
    }
    const name = m[2];
    const start = m.index;
    const end = m[3]
      ? m.index + m[0].length
      : balanced(xml, (m[1] ?? "") + name, m.index + m[0].length);
    out.push({ name, start, end });
    pos = end;
  }
  return out;
}

/** End (after the close tag) of the element `qname` whose open tag ends at `from`. */
function balanced(xml: string, qname: string, from: number): number {
  const close = `</${qname}>`;
  const openRe = new RegExp(`<${qname.replace(/[.]/g, "\\.")}(?=[\\s>/])`, "g");
  let depth = 1;
  let pos = from;
  for (;;) {
    const c = xml.indexOf(close, pos);
    if (c < 0) return xml.length;
    openRe.lastIndex = pos;
    let o: RegExpExecArray | null;
    while ((o = openRe.exec(xml)) && o.index < c) {
      const gt = xml.indexOf(">", o.index);
      if (xml[gt - 1] !== "/") depth++;
    }
    depth--;
    pos = c + close.length;
    if (depth === 0) return pos;
  }
}

/**
 * Inserts `element` as a child of `root` before the first child that comes after `name` in `order` (or before
 * the root's close tag).
 */
export function insertInOrder(
  xml: string,
  root: string,
  order: string[],
  name: string,
  element: string,
  prefix = ""
): string {
  const rank = order.indexOf(name);
  const later = children(xml, root).find((c) => order.indexOf(c.name) > rank);
  const at = later ? later.start : xml.lastIndexOf(`</${prefix}${root}>`);
  return xml.slice(0, at) + element + xml.slice(at);
}

/** Adds the prefix to every element of a fragment written without one. */
export function withPrefix(fragment: string, prefix: string): string {
  return prefix ? fragment.replace(/<(\/?)([A-Za-z]+)(?=[\s>/])/g, `<$1${prefix}$2`) : fragment;
}
