/**
 * What a generated sheet that is emptied in place keeps from its former self when the steps say so
 * (PrepareSheetStep.keep): column widths and row heights, the frozen pane, the tab colour, the page setup.
 * Read from the former sheet's XML, in a form renderSheet writes out again.
 */
import type { PreparedPart } from "../../core";
import { childElements, findAll, findFirst, rootTag, tagAttrs } from "../xml/xmlScan";
import { parseCols, type ColEntry } from "./sheetParts";

export interface KeptParts {
  cols?: ColEntry[];
  heights?: { row: number; height: number }[];
  freezeRows?: number;
  /** The tabColor element's attributes, as text (` rgb="FF2F5597"`). */
  tabColor?: string;
  /** printOptions, pageMargins and pageSetup as they were (without a printer-settings relationship). */
  print?: string[];
  fitToPage?: boolean;
}

/** Drops the prefix of every element in a fragment (generated sheets use the default namespace). */
const unprefixed = (text: string) => text.replace(/<(\/?)[\w.-]+:/g, "<$1");

export function keptParts(xml: string, keep: Set<PreparedPart>): KeptParts | undefined {
  if (!keep.size) return undefined;
  const root = rootTag(xml);
  if (!root) return undefined;
  const kids = childElements(xml, root);
  const child = (local: string) => kids.find((k) => k.tag.local === local);
  const out: KeptParts = {};
  if (keep.has("sizes")) {
    out.cols = parseCols(xml, child("cols")).map((c) => ({ ...c, text: c.text && unprefixed(c.text) }));
    out.heights = findAll(xml, "row").flatMap(({ tag }) => {
      const a = tagAttrs(xml, tag);
      const ht = a.get("ht");
      return ht !== undefined && (a.get("customHeight") === "1" || a.get("customHeight") === "true")
        ? [{ row: Number(a.get("r")) - 1, height: Number(ht) }]
        : [];
    });
  }
  if (keep.has("frozenRows")) {
    const pane = findFirst(xml, "pane");
    if (pane) {
      const a = tagAttrs(xml, pane.tag);
      if (a.get("state") === "frozen" && a.get("ySplit")) out.freezeRows = Number(a.get("ySplit"));
    }
  }
  const pr = child("sheetPr");
  if (keep.has("tabColor") && pr) {
    const tab = childElements(xml, pr.tag).find((k) => k.tag.local === "tabColor");
    if (tab) out.tabColor = xml.slice(tab.tag.start + 1 + tab.tag.name.length, tab.tag.end).replace(/\/?>$/, "");
  }
  if (keep.has("printSetup")) {
    out.print = ["printOptions", "pageMargins", "pageSetup"].flatMap((local) => {
      const c = child(local);
      return c ? [unprefixed(xml.slice(c.tag.start, c.end)).replace(/\s[\w.-]+:id\s*=\s*"[^"]*"/, "")] : [];
    });
    const setUp = pr && childElements(xml, pr.tag).find((k) => k.tag.local === "pageSetUpPr");
    out.fitToPage = !!setUp && /fitToPage\s*=\s*["'](1|true)/.test(xml.slice(setUp.tag.start, setUp.end));
  }
  return out;
}
