/**
 * Office.js writes of the restore steps (see RestoreFormatStep, ClearCellsStep, SetNoteStep): a kept cell's format
 * back, by `setCellProperties` where the kept format holds Office.js cell properties and the host has ExcelApi 1.9
 * (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-setcellproperties-member(1)), else the
 * kept style laid over the properties the product changes (number format, alignment, wrap, fill).
 */
import { rangeToA1, sameSheetName, type CellRange, type KeptFormat, type KeptStyle, type SetNoteStep } from "../core";
import type { ApiSupport } from "./detectApiSupport";
import { jsonBytes, OPERATION_BYTES } from "./measurePayload";
import type { LocatedComment } from "./readComments";

const H = { left: "Left", center: "Center", right: "Right" } as const;
const V = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" } as const;

export interface FormatRun {
  range: CellRange;
  formats: KeptFormat[];
  bytes: number;
}

/** The cells of a restoreFormat step as column runs of consecutive rows. */
export function formatRuns(cells: { row: number; col: number; format: KeptFormat }[]): FormatRun[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: FormatRun[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.range.left === c.col && last.range.bottom === c.row - 1) {
      last.range.bottom = c.row;
      last.formats.push(c.format);
    } else
      runs.push({ range: { top: c.row, left: c.col, bottom: c.row, right: c.col }, formats: [c.format], bytes: 0 });
  }
  for (const run of runs) run.bytes = OPERATION_BYTES * 12 + jsonBytes(run.formats);
  return runs;
}

/** Lays a kept style over one range: number format, alignment, wrap and fill always (their defaults when unset). */
function queueKeptStyle(range: Excel.Range, style: KeptStyle): void {
  const { format } = range;
  range.numberFormat = [[style.numberFormat ?? "General"]];
  format.horizontalAlignment = style.horizontal ? H[style.horizontal] : "General";
  format.verticalAlignment = style.vertical ? V[style.vertical] : "Bottom";
  format.wrapText = style.wrap ?? false;
  if (style.fill) format.fill.color = style.fill;
  else format.fill.clear();
  if (style.fontName !== undefined) format.font.name = style.fontName;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  for (const edge of style.borders ?? []) {
    const border = format.borders.getItem(EDGES[edge]);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = "#000000";
  }
}

/** Queues one run's formats back. */
export function queueFormatRun(sheet: Excel.Worksheet, run: FormatRun, support: ApiSupport): void {
  const range = sheet.getRange(rangeToA1(run.range));
  if (support.cellFormats && run.formats.every((f) => f.office !== undefined)) {
    range.setCellProperties(run.formats.map((f) => [{ format: f.office as Excel.CellPropertiesFormat }]));
    range.numberFormat = run.formats.map((f) => [f.style.numberFormat ?? "General"]);
    return;
  }
  run.formats.forEach((f, i) => {
    const cell = run.range.top + i;
    queueKeptStyle(sheet.getRange(rangeToA1({ ...run.range, top: cell, bottom: cell })), f.style);
  });
}

/**
 * The product's note on a cell (a threaded comment, ExcelApi 1.10): replaced or removed when the comment there is
 * ours, added when the cell has none, left alone when the comment is the officer's.
 */
export function queueNote(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  step: SetNoteStep,
  comments: LocatedComment[],
): void {
  const there = comments.find((c) => sameSheetName(c.sheet, step.sheet) && c.row === step.row && c.col === step.col);
  if (there && !there.ours) return;
  if (there) {
    const comment = context.workbook.comments.getItem(there.id);
    if (step.text === null) comment.delete();
    else comment.content = step.text;
    return;
  }
  if (step.text !== null)
    context.workbook.comments.add(
      sheet.getRange(rangeToA1({ top: step.row, left: step.col, bottom: step.row, right: step.col })),
      step.text,
    );
}
