/** Package relationships (ECMA-376 Part 2, OPC §9.3): parsing a .rels part and resolving its targets to part names. */
import { findAll, tagAttrs } from "../xml/xmlScan";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The relationship type's last segment, the same in transitional and strict OOXML ("worksheet", "styles"). */
export const relKind = (type: string): string => type.slice(type.lastIndexOf("/") + 1);

export function parseRels(xml: string): Relationship[] {
  return findAll(xml, "Relationship").map(({ tag }) => {
    const a = tagAttrs(xml, tag);
    return {
      id: a.get("Id") ?? "",
      type: a.get("Type") ?? "",
      target: a.get("Target") ?? "",
      external: a.get("TargetMode") === "External",
    };
  });
}

/** The .rels part of a part. Example: `relsPathOf("xl/workbook.xml") === "xl/_rels/workbook.xml.rels"`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The part name a relative target points to from `source` (no leading "/"), percent-escapes decoded.
 * Example: `resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml") === "xl/worksheets/sheet1.xml"`.
 */
export function resolveTarget(source: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray "%" is taken literally.
  }
  const base = decoded.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of decoded.replace(/\\/g, "/").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** A target for a new relationship from `source` to `part`. Example: ("xl/workbook.xml", "xl/worksheets/sheet3.xml") → "worksheets/sheet3.xml". */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}
