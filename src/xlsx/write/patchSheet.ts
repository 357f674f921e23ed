/**
 * Applies a SheetEdit to an existing worksheet part in place: the rows through patchRows, then the elements
 * around them — dimension, cols, mergeCells, conditional formats, sheetPr, sheetViews, page setup — each replaced
 * only when an edit changes it, new ones inserted where CT_Worksheet's sequence puts them (§18.3.1.99).
 */
import { parseRange, rangeToA1, type PlanConditionalRule } from "../../core";
import type { SheetIndex } from "../read/readSheet";
import { ByteSink } from "../xml/byteSink";
import { childElements, findAll, tagAttrs, type Child } from "../xml/xmlScan";
import { applyConditionalOps, maxPriority, parseBlock, renderBlock, type CfBlock } from "./conditionalFormats";
import { PartEditor, setAttr, SHEET_PR_ORDER, WORKSHEET_ORDER } from "./editChildren";
import { patchRows } from "./patchRows";
import { boundingBox } from "./rangeMath";
import type { SheetEdit } from "./sheetEdit";
import {
  applyMerges,
  applyWidths,
  colsXml,
  columnStyle,
  frozenPaneXml,
  mergeCellsXml,
  parseCols,
  printXml,
  tabColorXml,
  type MergeEntry,
} from "./sheetParts";
import type { StyleBook } from "./styleBook";

const textOf = (xml: string, c: Child) => xml.slice(c.tag.start, c.end);

/** The x14 conditional formats inside the sheet's extLst (MS-XLSX §2.6.2), with where each one sits. */
function x14Blocks(xml: string, extLst: Child | undefined): Child[] {
  return extLst ? findAll(xml, "conditionalFormatting", extLst.tag.end, extLst.end) : [];
}

function patchConditional(editor: PartEditor, edit: SheetEdit, styles: StyleBook): void {
  if (!edit.conditional.length) return;
  const xml = editor.xml;
  const p = editor.prefix;
  const mainEls = editor.all("conditionalFormatting");
  const extLst = editor.first("extLst");
  const x14Els = x14Blocks(xml, extLst);
  const main = mainEls.map((c) => parseBlock(textOf(xml, c), false));
  const x14 = x14Els.map((c, i) => parseBlock(textOf(xml, c), true, i));
  const result = applyConditionalOps(main, x14, edit.conditional);
  // Ours come after every rule that stays (the user's; our own earlier ones are cleared first).
  const staying = [...(result.main ?? main), ...(result.x14 ?? x14)].flatMap((b) => (b.text !== null ? [b.text] : []));
  let priority = maxPriority(staying);
  if (result.main) {
    const dxf = (r: PlanConditionalRule) => styles.dxfFor(r.fill, r.fontColor);
    const text = result.main.map((b: CfBlock) => renderBlock(p, b, () => ++priority, dxf)).join("");
    if (mainEls.length) mainEls.forEach((c, i) => editor.replace(c.tag.start, c.end, i === 0 ? text : ""));
    else if (text) editor.insert("conditionalFormatting", text);
  }
  if (result.x14 && extLst) {
    const now = new Map(result.x14.map((b) => [b.origin, b.text]));
    const out: string[] = [];
    let pos = extLst.tag.start;
    x14Els.forEach((el, i) => {
      out.push(xml.slice(pos, el.tag.start), now.get(i) ?? "");
      pos = el.end;
    });
    out.push(xml.slice(pos, extLst.end));
    // An extension left without rules goes, and an extLst left empty with it.
    let ext = out
      .join("")
      .replace(
        /<([\w.-]+:)?ext\b[^>]*>\s*<([\w.-]+:)?conditionalFormattings[^>]*>\s*<\/\2conditionalFormattings>\s*<\/\1ext>/g,
        "",
      );
    if (/^<[^>]*>\s*<\/[^>]*>$/.test(ext)) ext = "";
    editor.replace(extLst.tag.start, extLst.end, ext);
  }
}

function patchSheetPr(editor: PartEditor, edit: SheetEdit): void {
  if (!edit.tabColor && !edit.print) return;
  const p = editor.prefix;
  const pr = editor.first("sheetPr");
  const xml = editor.xml;
  const inner = pr ? new PartEditor(textOf(xml, pr), SHEET_PR_ORDER) : new PartEditor(`<${p}sheetPr/>`, SHEET_PR_ORDER);
  if (edit.tabColor) inner.set("tabColor", tabColorXml(p, edit.tabColor));
  if (edit.print) {
    const setUp = inner.first("pageSetUpPr");
    const text = setUp ? setAttr(textOf(inner.xml, setUp), "fitToPage", "1") : `<${p}pageSetUpPr fitToPage="1"/>`;
    inner.set("pageSetUpPr", text);
  }
  if (pr) editor.replace(pr.tag.start, pr.end, inner.toString());
  else editor.insert("sheetPr", inner.toString());
}

function patchFreeze(editor: PartEditor, edit: SheetEdit): void {
  if (!edit.freezeRows) return;
  const p = editor.prefix;
  const xml = editor.xml;
  const pane = frozenPaneXml(p, edit.freezeRows);
  const views = editor.first("sheetViews");
  if (!views) {
    editor.insert(
      "sheetViews",
      `<${p}sheetViews><${p}sheetView workbookViewId="0">${pane}</${p}sheetView></${p}sheetViews>`,
    );
    return;
  }
  const view = childElements(xml, views.tag).find((c) => c.tag.local === "sheetView");
  if (!view) return;
  const kids = childElements(xml, view.tag).filter((c) => c.tag.local !== "pane" && c.tag.local !== "selection");
  const open =
    view.tag.kind === "empty"
      ? `${xml.slice(view.tag.start, view.tag.end - 2).trimEnd()}>`
      : xml.slice(view.tag.start, view.tag.end);
  editor.replace(
    view.tag.start,
    view.end,
    `${open}${pane}${kids.map((k) => textOf(xml, k)).join("")}</${view.tag.name}>`,
  );
}

export interface PatchContext {
  xml: string;
  index: SheetIndex;
  edit: SheetEdit;
  styles: StyleBook;
}

/** The patched part, as UTF-8. */
export function patchSheet({ xml, index, edit, styles }: PatchContext): Uint8Array {
  const editor = new PartEditor(xml, WORKSHEET_ORDER);
  const p = editor.prefix;
  const colsEl = editor.first("cols");
  const cols = parseCols(xml, colsEl);
  const widened = applyWidths(cols, edit.widths);
  if (widened) editor.set("cols", colsXml(p, widened));

  const rows = patchRows({ xml, index, edit, styles, columnStyle: (c) => columnStyle(cols, c) });
  const data = editor.first("sheetData");
  if (data) {
    const open =
      data.tag.kind === "empty"
        ? `${xml.slice(data.tag.start, data.tag.end - 2).trimEnd()}>`
        : xml.slice(data.tag.start, data.tag.end);
    // The rows go in as bytes where this marker stands (a character no XML text can hold).
    editor.replace(data.tag.start, data.end, `${open}${ROWS}</${data.tag.name}>`);
  } else editor.insert("sheetData", `<${p}sheetData>${ROWS}</${p}sheetData>`);

  const dim = editor.first("dimension");
  const extent = edit.extent();
  if (dim && extent) {
    const ref = tagAttrs(xml, dim.tag).get("ref");
    const was = ref ? parseRange(ref) : null;
    const box = boundingBox(was ? [was, extent] : [extent])!;
    if (!was || rangeToA1(box) !== rangeToA1(was))
      editor.replace(dim.tag.start, dim.end, setAttr(textOf(xml, dim), "ref", rangeToA1(box)));
  }

  const mergesEl = editor.first("mergeCells");
  const existing: MergeEntry[] = mergesEl
    ? childElements(xml, mergesEl.tag).flatMap((c) => {
        const range = parseRange(tagAttrs(xml, c.tag).get("ref") ?? "");
        return range ? [{ range, text: textOf(xml, c) }] : [];
      })
    : [];
  const merges = applyMerges(existing, edit.merges);
  if (merges) editor.set("mergeCells", merges.length ? mergeCellsXml(p, merges) : null);

  patchConditional(editor, edit, styles);
  patchSheetPr(editor, edit);
  patchFreeze(editor, edit);
  if (edit.print) {
    const x = printXml(p, edit.print);
    editor.set("printOptions", x.printOptions || null);
    editor.set("pageMargins", x.pageMargins);
    editor.set("pageSetup", x.pageSetup);
  }
  const [before, after] = editor.toString().split(ROWS) as [string, string];
  const sink = new ByteSink(rows.length + before.length + after.length + 1024);
  sink.text(before);
  sink.bytes(rows);
  sink.text(after);
  return sink.result();
}

const ROWS = "\u0000rows\u0000";
