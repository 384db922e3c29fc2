// A very small XML reader for the manifest tests: elements, attributes, text, comments and the XML
// declaration — no DTDs, CDATA or processing instructions (the manifest has none, and an unexpected
// construct throws). Throws on mismatched tags so the tests also prove the file is well formed.

export interface XmlElement {
  /** qualified name as written, e.g. "bt:Image" */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|\w+);/g, (whole, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    const value = ENTITIES[body];
    if (value === undefined) throw new Error(`unknown entity ${whole}`);
    return value;
  });
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function parseXml(source: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let at = 0;
  const lineAt = (index: number): number => source.slice(0, index).split("\n").length;

  while (at < source.length) {
    const open = source.indexOf("<", at);
    const text = source.slice(at, open === -1 ? source.length : open);
    if (text.trim() !== "") {
      if (stack.length === 0)
        throw new Error(`text outside the root element at line ${lineAt(at)}`);
      stack[stack.length - 1].text += decodeEntities(text);
    }
    if (open === -1) break;

    if (source.startsWith("<?xml", open)) {
      const end = source.indexOf("?>", open);
      if (open !== 0 || end === -1) throw new Error("the XML declaration must open the file");
      at = end + 2;
      continue;
    }
    if (source.startsWith("<!--", open)) {
      const end = source.indexOf("-->", open + 4);
      if (end === -1) throw new Error(`unclosed comment at line ${lineAt(open)}`);
      at = end + 3;
      continue;
    }

    TAG.lastIndex = open;
    const match = TAG.exec(source);
    if (!match) throw new Error(`unreadable markup at line ${lineAt(open)}`);
    const [whole, closing, name, rawAttributes, selfClosing] = match;
    at = open + whole.length;

    if (closing) {
      const top = stack.pop();
      if (!top || top.name !== name) {
        throw new Error(`</${name}> at line ${lineAt(open)} closes <${top?.name ?? "nothing"}>`);
      }
      continue;
    }

    const attributes: Record<string, string> = {};
    for (const [, key, doubleQuoted, singleQuoted] of rawAttributes.matchAll(ATTRIBUTE)) {
      if (key in attributes) throw new Error(`attribute ${key} repeated at line ${lineAt(open)}`);
      attributes[key] = decodeEntities(doubleQuoted ?? singleQuoted ?? "");
    }
    const element: XmlElement = { name, attributes, children: [], text: "", line: lineAt(open) };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else if (root) throw new Error(`second root element <${name}> at line ${element.line}`);
    else root = element;
    if (!selfClosing) stack.push(element);
  }

  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new Error("no root element");
  return root;
}

/** Local name without its namespace prefix ("bt:Image" → "Image"). */
export function localName(element: XmlElement): string {
  const colon = element.name.indexOf(":");
  return colon === -1 ? element.name : element.name.slice(colon + 1);
}

/** Every element below (and including) `element`, in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

export function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((c) => localName(c) === name);
  if (!found) throw new Error(`<${element.name}> at line ${element.line} has no <${name}>`);
  return found;
}
