/**
 * A generated sheet written from scratch as worksheet XML (ECMA-376 Part 1 §18.3.1.99), children in the order the
 * schema's sequence requires: sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData, mergeCells,
 * conditionalFormatting, printOptions, pageMargins, pageSetup. Rows ascend and cells ascend within their row
 * (§18.3.1.73, §18.3.1.4).
 */
import { rangeToA1, toA1, type PlanConditionalRule } from "../../core";
import { cellXml } from "./cellXml";
import { COLS } from "../read/readSheet";
import { ByteSink } from "../xml/byteSink";
import { planShared } from "./sharedFormulas";
import { applyConditionalOps, renderBlock } from "./conditionalFormats";
import type { KeptParts } from "./keptParts";
import { CLEARED, type RowCells, type SheetEdit } from "./sheetEdit";
import { applyMerges, applyWidths, colsXml, frozenPaneXml, mergeCellsXml, printXml, tabColorXml } from "./sheetParts";
import type { StyleBook } from "./styleBook";

export interface Namespaces {
  main: string;
  rel: string;
}

/** `kept`: what an emptied sheet keeps of its former self, laid under what the steps set. */
export function renderSheet(edit: SheetEdit, styles: StyleBook, ns: Namespaces, kept?: KeptParts): Uint8Array {
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns.main}" xmlns:r="${ns.rel}">`,
  ];
  const tab = edit.tabColor ? tabColorXml("", edit.tabColor) : kept?.tabColor ? `<tabColor${kept.tabColor}/>` : "";
  const fit = edit.print || (!edit.print && kept?.fitToPage);
  const pr = [tab, fit ? `<pageSetUpPr fitToPage="1"/>` : ""].join("");
  if (pr) out.push(`<sheetPr>${pr}</sheetPr>`);
  const extent = edit.extent();
  out.push(`<dimension ref="${extent ? rangeToA1({ ...extent, top: 0, left: 0 }) : "A1"}"/>`);
  const freeze = edit.freezeRows ?? kept?.freezeRows;
  const pane = freeze ? frozenPaneXml("", freeze) : "";
  out.push(
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`,
    `<sheetFormatPr defaultRowHeight="15"/>`,
  );
  const cols = applyWidths(kept?.cols ?? [], edit.widths) ?? kept?.cols;
  if (cols?.length) out.push(colsXml("", cols));

  out.push("<sheetData>");
  for (const k of kept?.heights ?? [])
    if (edit.heightOf(k.row) === undefined) edit.heights.unshift({ first: k.row, last: k.row, height: k.height });
  const shared = planShared(edit);
  const heights = edit.heightRows();
  let h = 0;
  // The rows go straight into the part's bytes, after the elements before them.
  const sink = new ByteSink(1 << 20);
  sink.text(out.join(""));
  out.length = 0;
  const rowXml = (r: number, cells: RowCells | null) => {
    const height = edit.heightOf(r);
    const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : "";
    let body = "";
    const n = cells ? cells.cols.length : 0;
    for (let i = 0; i < n; i++) {
      const c = cells!.cols[i]!;
      const value = cells!.values[i];
      if (value === CLEARED) continue;
      const style = styles.xfFor(cells!.bases[i] ?? 0, edit, cells!.fmts[i]!);
      if (value === undefined && !style) continue;
      body += cellXml("", toA1(r, c), style, value ?? null, shared.get(r * COLS + c));
    }
    sink.text(body ? `<row r="${r + 1}"${ht}>${body}</row>` : `<row r="${r + 1}"${ht}/>`);
  };
  const sweep = edit.sweep();
  while (sweep.next()) {
    const row = sweep.row;
    while (h < heights.length && heights[h]! < row) rowXml(heights[h++]!, null);
    if (heights[h] === row) h++;
    rowXml(row, sweep.cells);
  }
  while (h < heights.length) rowXml(heights[h++]!, null);
  out.push("</sheetData>");

  out.push(mergeCellsXml("", applyMerges([], edit.merges) ?? []));
  const cf = applyConditionalOps([], [], edit.conditional).main ?? [];
  let priority = 0;
  const dxf = (r: PlanConditionalRule) => styles.dxfFor(r.fill, r.fontColor);
  for (const b of cf) out.push(renderBlock("", b, () => ++priority, dxf));
  if (edit.print) {
    const p = printXml("", edit.print);
    out.push(p.printOptions, p.pageMargins, p.pageSetup);
  } else if (kept?.print) out.push(...kept.print);
  out.push("</worksheet>");
  sink.text(out.join(""));
  return sink.result();
}
