/**
 * The package-level parts the writer edits besides sheets: relationships (OPC §9.3), content types (OPC §10.1,
 * Override elements), and the application properties' sheet titles (ECMA-376 Part 1 §22.2, TitlesOfParts and
 * HeadingPairs). Each edit keeps the elements it does not touch as they were.
 */
import { childElements, rootTag, tagAttrs } from "../xml/xmlScan";
import { escapeAttr, escapeText } from "../xml/xmlText";

/** A .rels part without some relationships and with new ones appended. */
export function editRels(xml: string, drop: Set<string>, add: { id: string; type: string; target: string }[]): string {
  const root = rootTag(xml);
  if (!root) throw new Error("editRels: no root");
  const kept = childElements(xml, root)
    .filter((c) => !drop.has(tagAttrs(xml, c.tag).get("Id") ?? ""))
    .map((c) => xml.slice(c.tag.start, c.end));
  const added = add.map(
    (r) => `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"/>`,
  );
  const close = root.kind === "empty" ? "" : xml.slice(xml.lastIndexOf("</"), xml.length);
  const open =
    root.kind === "empty" ? `${xml.slice(root.start, root.end - 2).trimEnd()}>` : xml.slice(root.start, root.end);
  return `${xml.slice(0, root.start)}${open}${[...kept, ...added].join("")}${close || `</${root.name}>`}`;
}

/** `[Content_Types].xml` without the Overrides of some parts and with Overrides for new ones. */
export function editContentTypes(xml: string, drop: Set<string>, add: { part: string; type: string }[]): string {
  const root = rootTag(xml);
  if (!root) throw new Error("editContentTypes: no root");
  const lower = new Set([...drop].map((p) => `/${p}`.toLowerCase()));
  const kept = childElements(xml, root)
    .filter(
      (c) => !(c.tag.local === "Override" && lower.has((tagAttrs(xml, c.tag).get("PartName") ?? "").toLowerCase())),
    )
    .map((c) => xml.slice(c.tag.start, c.end));
  const added = add.map((o) => `<Override PartName="/${escapeAttr(o.part)}" ContentType="${escapeAttr(o.type)}"/>`);
  const close = xml.slice(xml.lastIndexOf("</"));
  return `${xml.slice(0, root.start)}${xml.slice(root.start, root.end)}${[...kept, ...added].join("")}${close}`;
}

export interface TitleChanges {
  /** Every worksheet and chart sheet name before the run, in order, to recognise the pair that lists them. */
  before: string[];
  renamed: Map<string, string>;
  removed: Set<string>;
  added: string[];
}

/**
 * docProps/app.xml with the sheet titles updated: TitlesOfParts lists the worksheets under the first HeadingPairs
 * entry that holds them; new sheets join that entry, renamed ones change, removed ones go. Null when the part
 * has no such list (it is then left as it was: these titles are informative only).
 */
export function editAppTitles(xml: string, c: TitleChanges): string | null {
  const heading = /<([\w.-]+:)?HeadingPairs>([\s\S]*?)<\/\1?HeadingPairs>/.exec(xml);
  const titles =
    /<([\w.-]+:)?TitlesOfParts>\s*<([\w.-]+:)?vector([^>]*)>([\s\S]*?)<\/\2vector>\s*<\/\1?TitlesOfParts>/.exec(xml);
  if (!heading || !titles) return null;
  const vt = titles[2] ?? "";
  const items = [...titles[4]!.matchAll(/<([\w.-]+:)?lpstr>([^<]*)<\/\1?lpstr>/g)].map((m) => m[2]!);
  const pairs = [
    ...heading[2]!.matchAll(/<([\w.-]+:)?variant>\s*<([\w.-]+:)?(lpstr|i4)>([^<]*)<\/\2\3>\s*<\/\1?variant>/g),
  ];
  // HeadingPairs alternate a label and a count.
  const counts: { index: number; count: number; match: RegExpMatchArray }[] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2)
    counts.push({ index: i + 1, count: Number(pairs[i + 1]![4]), match: pairs[i + 1]! });
  let start = 0;
  let target = -1;
  for (let k = 0; k < counts.length; k++) {
    const slice = items.slice(start, start + counts[k]!.count);
    if (slice.some((t) => c.before.includes(decodeTitle(t)))) {
      target = k;
      break;
    }
    start += counts[k]!.count;
  }
  if (target < 0) return null;
  const group = items.slice(start, start + counts[target]!.count);
  const next = group
    .filter((t) => !c.removed.has(decodeTitle(t)))
    .map((t) => {
      const renamed = c.renamed.get(decodeTitle(t));
      return renamed !== undefined ? escapeText(renamed) : t;
    })
    .concat(c.added.map(escapeText));
  const all = [...items.slice(0, start), ...next, ...items.slice(start + group.length)];
  const vector = `<${vt}vector${titles[3]!.replace(/\ssize\s*=\s*"\d+"/, ` size="${all.length}"`)}>${all.map((t) => `<${vt}lpstr>${t}</${vt}lpstr>`).join("")}</${vt}vector>`;
  let out = xml.replace(titles[0], titles[0].replace(/<([\w.-]+:)?vector[\s\S]*<\/\1?vector>/, vector));
  const m = counts[target]!.match;
  const newCount = m[0].replace(/(<([\w.-]+:)?i4>)\d+(<\/)/, `$1${next.length}$3`);
  const headingText = heading[0];
  let seen = 0;
  const newHeading = headingText.replace(
    /<([\w.-]+:)?variant>\s*<([\w.-]+:)?(lpstr|i4)>([^<]*)<\/\2\3>\s*<\/\1?variant>/g,
    (v) => (seen++ === counts[target]!.index ? newCount : v),
  );
  out = out.replace(headingText, newHeading);
  return out;
}

const decodeTitle = (t: string) =>
  t
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
