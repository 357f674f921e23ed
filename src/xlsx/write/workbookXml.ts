/**
 * The workbook part as the writer changes it (ECMA-376 Part 1 §18.2.27 workbook): the `<sheets>` list (§18.2.19;
 * existing entries kept, renamed ones changed, new ones appended), `<definedNames>` (§18.2.6; the user's names
 * kept as written, `localSheetId` moved when a sheet before theirs goes), `<bookViews>` tab indexes, and
 * `<calcPr fullCalcOnLoad="1">` (§18.2.2) so Excel recalculates every formula when it opens the file.
 */

import { childElements, findFirst, rootTag, tagAttrs } from "../xml/xmlScan";
import { escapeAttr, escapeText } from "../xml/xmlText";
import type { BookEdit } from "./bookEdit";
import { PartEditor, setAttr, WORKBOOK_ORDER } from "./editChildren";
import { renameInFormula } from "./renameRefs";
import type { Namespaces } from "./renderSheet";

export interface BookNamespaces extends Namespaces {
  relType(kind: string): string;
}

const TRANSITIONAL = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};
const STRICT = {
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
};

/** The namespaces new parts use: the workbook's own (strict or transitional). */
export function namespacesOf(xml: string, strict: boolean): BookNamespaces {
  const base = strict ? STRICT : TRANSITIONAL;
  const root = rootTag(xml);
  const attrs = root ? tagAttrs(xml, root) : new Map<string, string>();
  const prefix = root?.name.includes(":") ? `xmlns:${root.name.split(":")[0]}` : "xmlns";
  const main = attrs.get(prefix) ?? base.main;
  return { main, rel: base.rel, relType: (kind) => `${base.rel}/${kind}` };
}

/** The text of each `<definedName>` element, in order (to keep the user's names exactly as written). */
export function definedNameTexts(xml: string): string[] {
  const el = findFirst(xml, "definedNames");
  if (!el) return [];
  return childElements(xml, el.tag)
    .filter((c) => c.tag.local === "definedName")
    .map((c) => xml.slice(c.tag.start, c.end));
}

/** The prefix bound to the relationships namespace on the root, e.g. "r", or null. */
function relPrefix(xml: string): string | null {
  const root = rootTag(xml);
  if (!root) return null;
  for (const [k, v] of tagAttrs(xml, root))
    if (k.startsWith("xmlns:") && (v === TRANSITIONAL.rel || v === STRICT.rel)) return k.slice(6);
  return null;
}

export function editWorkbookXml(xml: string, book: BookEdit, ns: BookNamespaces): string {
  const editor = new PartEditor(xml, WORKBOOK_ORDER);
  const p = editor.prefix;
  const r = relPrefix(xml);
  const rid = (id: string) => (r ? `${r}:id="${escapeAttr(id)}"` : `xmlns:r="${ns.rel}" r:id="${escapeAttr(id)}"`);

  const sheetsEl = editor.first("sheets");
  const originals = sheetsEl ? childElements(xml, sheetsEl.tag).filter((c) => c.tag.local === "sheet") : [];
  const sheetXml = book.sheets.map((s) => {
    const original = s.originalIndex !== null ? originals[s.originalIndex] : undefined;
    if (original) {
      let text = xml.slice(original.tag.start, original.end);
      if (s.source?.entry.name !== s.name) text = setAttr(text, "name", escapeAttr(s.name));
      if (s.source && s.source.entry.state !== s.state) text = setAttr(text, "state", s.state);
      return text;
    }
    // ST_SheetState (§18.18.68): "visible" is the default, "veryHidden" hides a sheet from Excel's Unhide list.
    const state = s.state ? ` state="${s.state}"` : "";
    return `<${p}sheet name="${escapeAttr(s.name)}" sheetId="${s.sheetId}"${state} ${rid(s.rId)}/>`;
  });
  const sheetsText = `<${p}sheets>${sheetXml.join("")}</${p}sheets>`;
  if (sheetsEl) editor.replace(sheetsEl.tag.start, sheetsEl.end, sheetsText);
  else editor.insert("sheets", sheetsText);

  const renamed = (formula: string) => book.renames.reduce((f, x) => renameInFormula(f, x.from, x.to), formula);
  const names = book.names.flatMap((n) => {
    const local = n.scope ? book.sheets.indexOf(n.scope) : null;
    if (local !== null && local < 0) return [];
    const formula = n.marks ? book.formulaOf(n) : renamed(n.formula);
    if (n.text !== null && formula === n.formula) {
      const was = /\slocalSheetId\s*=\s*["'](\d+)["']/.exec(n.text)?.[1];
      return [
        was !== undefined && local !== null && Number(was) !== local
          ? setAttr(n.text, "localSheetId", String(local))
          : n.text,
      ];
    }
    if (n.text !== null) {
      const open = n.text.slice(0, n.text.indexOf(">") + 1);
      const head = local !== null ? setAttr(open, "localSheetId", String(local)) : open;
      return [`${head}${escapeText(formula)}</${n.text.slice(1, n.text.search(/[\s>]/))}>`];
    }
    const scope = local !== null ? ` localSheetId="${local}"` : "";
    return [`<${p}definedName name="${escapeAttr(n.name)}"${scope}>${escapeText(formula)}</${p}definedName>`];
  });
  editor.set("definedNames", names.length ? `<${p}definedNames>${names.join("")}</${p}definedNames>` : null);

  const calc = editor.first("calcPr");
  if (calc)
    editor.replace(calc.tag.start, calc.end, setAttr(xml.slice(calc.tag.start, calc.end), "fullCalcOnLoad", "1"));
  else editor.insert("calcPr", `<${p}calcPr fullCalcOnLoad="1"/>`);

  if (book.deleted.length) {
    const views = editor.first("bookViews");
    if (views) {
      const count = book.sheets.length;
      const text = xml
        .slice(views.tag.start, views.end)
        .replace(/(\s(?:activeTab|firstSheet)\s*=\s*["'])(\d+)(["'])/g, (_, a: string, n: string, b: string) => {
          const removedBefore = book.deleted.filter(
            (d) => d.originalIndex !== null && d.originalIndex < Number(n),
          ).length;
          return `${a}${Math.max(0, Math.min(count - 1, Number(n) - removedBefore))}${b}`;
        });
      editor.replace(views.tag.start, views.end, text);
    }
  }
  return editor.toString();
}
