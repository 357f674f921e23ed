/**
 * A small XML scanner over a part's text: it finds tags and their positions so that parts can be read and patched
 * in place, keeping every byte it was not asked to change. Names are compared by local name (the part after a
 * prefix), so `<x:row>` and `<row>` are the same element; comments, processing instructions, CDATA sections and the
 * document type declaration are skipped.
 */
import { decodeXml } from "./xmlText";

export interface Tag {
  /** Index of "<". */
  start: number;
  /** Index after ">". */
  end: number;
  /** The name as written, with its prefix ("x:row"). */
  name: string;
  /** The name without its prefix ("row"). */
  local: string;
  kind: "open" | "close" | "empty";
}

const isNameEnd = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62;

/** Index after the ">" that closes the tag starting at `from`, skipping ">" inside quoted attribute values. */
function tagClose(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
  }
  return -1;
}

/** The next element tag at or after `from`, or null at the end of the text (or of a malformed tail). */
export function nextTag(xml: string, from: number): Tag | null {
  let i = xml.indexOf("<", from);
  while (i >= 0) {
    const c = xml.charCodeAt(i + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      const close = xml.startsWith("<!--", i) ? "-->" : xml.startsWith("<![CDATA[", i) ? "]]>" : c === 63 ? "?>" : ">";
      const at = xml.indexOf(close, i + 2);
      if (at < 0) return null;
      i = xml.indexOf("<", at + close.length);
      continue;
    }
    const closing = c === 47;
    const nameStart = closing ? i + 2 : i + 1;
    let j = nameStart;
    while (j < xml.length && !isNameEnd(xml.charCodeAt(j))) j++;
    const end = tagClose(xml, j);
    if (end < 0) return null;
    const name = xml.slice(nameStart, j);
    const colon = name.indexOf(":");
    return {
      start: i,
      end,
      name,
      local: colon < 0 ? name : name.slice(colon + 1),
      kind: closing ? "close" : xml.charCodeAt(end - 2) === 47 ? "empty" : "open",
    };
  }
  return null;
}

/** The attributes of a start tag, by qualified name, values decoded. */
export function tagAttrs(xml: string, tag: Tag): Map<string, string> {
  const out = new Map<string, string>();
  const text = xml.slice(tag.start + 1 + tag.name.length, tag.end - 1);
  const re = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.set(m[1]!, decodeXml(m[2] ?? m[3] ?? ""));
  return out;
}

/** One attribute of a start tag by qualified name, or by local name with any prefix when `anyPrefix` is set. */
export function attrOf(attrs: Map<string, string>, local: string, anyPrefix = false): string | undefined {
  const direct = attrs.get(local);
  if (direct !== undefined || !anyPrefix) return direct;
  for (const [k, v] of attrs) if (k.endsWith(`:${local}`)) return v;
  return undefined;
}

/**
 * Index after the element whose start tag is `open` (after its matching end tag; the tag's own end if empty).
 * Elements that never nest (`sheetData`, `row`, `c`) are found by their end tag directly when `flat` is set.
 */
export function elementEnd(xml: string, open: Tag, flat = false): number {
  if (open.kind === "empty") return open.end;
  if (flat) {
    const at = xml.indexOf(`</${open.name}>`, open.end);
    if (at >= 0) return at + open.name.length + 3;
  }
  let depth = 1;
  for (let t = nextTag(xml, open.end); t; t = nextTag(xml, t.end)) {
    if (t.name !== open.name) continue;
    if (t.kind === "open") depth++;
    else if (t.kind === "close" && --depth === 0) return t.end;
  }
  return xml.length;
}

/** The text between an element's start and end tags, decoded (its markup, if any, left in). */
export function innerText(xml: string, open: Tag): string {
  if (open.kind === "empty") return "";
  const end = elementEnd(xml, open);
  return decodeXml(xml.slice(open.end, xml.lastIndexOf("<", end - 1)));
}

/** The document's root element's start tag. */
export function rootTag(xml: string): Tag | null {
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) if (t.kind !== "close") return t;
  return null;
}

/** Elements that hold no element of their own name, found by their end tag without scanning what they hold. */
const FLAT: ReadonlySet<string> = new Set(["sheetData", "mergeCells", "cols", "hyperlinks", "dataValidations"]);

export interface Child {
  tag: Tag;
  /** Index after the child element. */
  end: number;
}

/** The direct child elements of the element whose start tag is `parent`, in document order. */
export function childElements(xml: string, parent: Tag, flat: ReadonlySet<string> = FLAT): Child[] {
  const out: Child[] = [];
  if (parent.kind === "empty") return out;
  for (let t = nextTag(xml, parent.end); t && t.kind !== "close";) {
    const end = elementEnd(xml, t, flat.has(t.local));
    out.push({ tag: t, end });
    t = nextTag(xml, end);
  }
  return out;
}

/** Every element with this local name at any depth, in document order (elements of the same name not nested). */
export function findAll(xml: string, local: string, from = 0, to = xml.length): Child[] {
  const out: Child[] = [];
  for (let t = nextTag(xml, from); t && t.start < to;) {
    if (t.local === local && t.kind !== "close") {
      const end = elementEnd(xml, t);
      out.push({ tag: t, end });
      t = nextTag(xml, end);
    } else t = nextTag(xml, t.end);
  }
  return out;
}

/** The first element with this local name, or null. */
export function findFirst(xml: string, local: string, from = 0, to = xml.length): Child | null {
  for (let t = nextTag(xml, from); t && t.start < to; t = nextTag(xml, t.end)) {
    if (t.local === local && t.kind !== "close") return { tag: t, end: elementEnd(xml, t) };
  }
  return null;
}
