/** The workbook part (ECMA-376 Part 1 §18.2): its sheets, defined names and date system. */
import { attrOf, childElements, findFirst, innerText, rootTag, tagAttrs } from "../xml/xmlScan";

export interface SheetEntry {
  name: string;
  sheetId: string;
  /** The relationship id that names the sheet's part (`r:id`). */
  rId: string;
  /** "visible" (absent), "hidden" or "veryHidden". */
  state: string | null;
}

export interface DefinedName {
  name: string;
  /** The index in `<sheets>` of the sheet the name belongs to, or null for a workbook-level name (§18.2.5). */
  localSheetId: number | null;
  /** The name's formula, decoded ("'Phụ lục'!$A$1"). */
  formula: string;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  names: DefinedName[];
  /** Serial dates count from 1904-01-01 (§18.2.28 workbookPr date1904). */
  date1904: boolean;
  /** The part uses the strict namespace (ECMA-376 Part 1 strict, http://purl.oclc.org/ooxml/). */
  strict: boolean;
}

const bool = (v: string | undefined) => v === "1" || v === "true";

export function readWorkbookXml(xml: string): WorkbookInfo | null {
  const root = rootTag(xml);
  if (!root || root.local !== "workbook") return null;
  const ns = [...tagAttrs(xml, root).entries()].find(
    ([k]) => k === "xmlns" || k === `xmlns:${root.name.split(":")[0]}`,
  );
  const sheets: SheetEntry[] = [];
  const sheetsEl = findFirst(xml, "sheets");
  if (sheetsEl) {
    for (const { tag } of childElements(xml, sheetsEl.tag)) {
      if (tag.local !== "sheet") continue;
      const a = tagAttrs(xml, tag);
      sheets.push({
        name: a.get("name") ?? "",
        sheetId: a.get("sheetId") ?? "",
        rId: attrOf(a, "id", true) ?? "",
        state: a.get("state") ?? null,
      });
    }
  }
  const names: DefinedName[] = [];
  const namesEl = findFirst(xml, "definedNames");
  if (namesEl) {
    for (const { tag } of childElements(xml, namesEl.tag)) {
      if (tag.local !== "definedName") continue;
      const a = tagAttrs(xml, tag);
      const local = a.get("localSheetId");
      names.push({
        name: a.get("name") ?? "",
        localSheetId: local === undefined ? null : Number(local),
        formula: innerText(xml, tag),
      });
    }
  }
  const pr = findFirst(xml, "workbookPr");
  return {
    sheets,
    names,
    date1904: pr ? bool(tagAttrs(xml, pr.tag).get("date1904")) : false,
    strict: (ns?.[1] ?? "").startsWith("http://purl.oclc.org/ooxml/"),
  };
}
