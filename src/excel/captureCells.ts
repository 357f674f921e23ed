/**
 * The capture of the cells a run is about to overwrite for the first time, in one sync (more only beyond the read
 * budget), after the engine has planned and before anything is written: each cell's formula, number format and
 * format — with ExcelApi 1.9 its whole format through `getCellProperties`
 * (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1)), which
 * `setCellProperties` puts back exactly; below it the alignment, wrap and fill of each run of cells.
 */
import {
  rangeToA1,
  type CaptureRequest,
  type CapturedCell,
  type CellRange,
  type KeptStyle,
  type SheetGrid,
} from "../core";
import type { ApiSupport } from "./detectApiSupport";
import { packByBytes, READ_BUDGET } from "./measurePayload";
import { isPayloadError, syncBatches } from "./syncBatches";

/** The format properties kept with ExcelApi 1.9 (and set back by setCellProperties). */
export const KEPT_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: {
    font: { name: true, size: true, bold: true, italic: true, color: true, underline: true, strikethrough: true },
    fill: { color: true, pattern: true },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
    indentLevel: true,
    // The border options apply to every edge; the answer holds each edge (CellBorderCollection).
    borders: { style: true, color: true, weight: true },
  },
};

/** Bytes a cell's answer takes: its formula, number format and (1.9) properties. */
const CELL_BYTES = 160;
const PROPS_BYTES = 480;

/** Runs of consecutive rows of one column. */
function columnRuns(cells: { row: number; col: number }[]): CellRange[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: CellRange[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.left === c.col && last.bottom === c.row - 1) last.bottom = c.row;
    else runs.push({ top: c.row, left: c.col, bottom: c.row, right: c.col });
  }
  return runs;
}

const H = { Left: "left", Center: "center", Right: "right" } as const;
const V = { Top: "top", Center: "middle", Bottom: "bottom" } as const;
const hex = (c: unknown) => (typeof c === "string" && /^#[0-9a-f]{6}$/i.test(c) ? c.toUpperCase() : undefined);

/**
 * A cell's properties in the plan's terms; the Normal style's values (Calibri 11, black, no fill, General, Bottom,
 * no wrap) count as unset, as the plan's styles leave them.
 */
export function keptStyleOf(format: Excel.CellPropertiesFormat | undefined): KeptStyle {
  const out: KeptStyle = {};
  if (!format) return out;
  const f = format.font;
  if (f?.name && f.name !== "Calibri") out.fontName = f.name;
  if (f?.size && f.size !== 11) out.fontSize = f.size;
  if (f?.bold) out.bold = true;
  if (f?.italic) out.italic = true;
  const color = hex(f?.color);
  if (color && color !== "#000000") out.fontColor = color;
  const fill = hex(format.fill?.color);
  if (fill && format.fill?.pattern !== "None" && fill !== "#FFFFFF") out.fill = fill;
  const h = H[format.horizontalAlignment as keyof typeof H];
  if (h) out.horizontal = h;
  const v = V[format.verticalAlignment as keyof typeof V];
  if (v && v !== "bottom") out.vertical = v;
  if (format.wrapText) out.wrap = true;
  const edges = (["top", "bottom", "left", "right"] as const).filter((e) => {
    const style = format.borders?.[e]?.style;
    return style !== undefined && style !== "None";
  });
  if (edges.length) out.borders = edges;
  return out;
}

interface Run {
  range: CellRange;
  bytes: number;
}

/**
 * Captures the requested cells of a sheet as they are now. Values come from the grid already read; the rest is
 * loaded. A cell holding nothing and formatted as the Normal style is empty (restore clears it).
 */
export async function captureCells(
  context: Excel.RequestContext,
  request: CaptureRequest,
  grid: SheetGrid | undefined,
  support: ApiSupport,
): Promise<CapturedCell[]> {
  const perCell = CELL_BYTES + (support.cellFormats ? PROPS_BYTES : 0);
  // A run longer than one sync's budget is cut beforehand, so no answer is refused for its size and sent again.
  const most = Math.max(1, Math.floor(READ_BUDGET / perCell));
  const runs: Run[] = columnRuns(request.cells).flatMap((whole) => {
    const out: Run[] = [];
    for (let top = whole.top; top <= whole.bottom; top += most) {
      const range = { ...whole, top, bottom: Math.min(whole.bottom, top + most - 1) };
      out.push({ range, bytes: (range.bottom - range.top + 1) * perCell });
    }
    return out;
  });
  const sheet = () => context.workbook.worksheets.getItem(request.sheet);
  const captured = await syncBatches(context, packByBytes(runs, READ_BUDGET), {
    queue(batch) {
      const ws = sheet();
      const queued = batch.map(({ range }) => {
        const r = ws.getRange(rangeToA1(range)).load("formulas,numberFormat");
        const props = support.cellFormats ? r.getCellProperties(KEPT_PROPERTIES) : null;
        const format = support.cellFormats ? null : r.format.load("horizontalAlignment,verticalAlignment,wrapText");
        const fill = support.cellFormats ? null : r.format.fill.load("color");
        return { range, r, props, format, fill };
      });
      return () =>
        queued.flatMap(({ range, r, props, format, fill }) =>
          Array.from({ length: range.bottom - range.top + 1 }, (_, i): CapturedCell => {
            const row = range.top + i;
            const col = range.left;
            const raw = r.formulas[i]?.[0];
            const formula = typeof raw === "string" && raw.startsWith("=") ? raw.slice(1) : null;
            const nf = r.numberFormat[i]?.[0];
            const numberFormat = typeof nf === "string" && nf !== "General" ? nf : undefined;
            const office = props?.value[i]?.[0]?.format;
            const style: KeptStyle = office ? keptStyleOf(office) : rangeStyle(format, fill);
            if (numberFormat) style.numberFormat = numberFormat;
            const value = grid?.values[row]?.[col] ?? null;
            return {
              row,
              col,
              empty: value === null && formula === null && Object.keys(style).length === 0,
              value,
              formula,
              format: office ? { style, office } : { style },
            };
          }),
        );
    },
    retry: isPayloadError,
    split: (run) => {
      if (run.range.bottom === run.range.top) return null;
      const mid = Math.floor((run.range.top + run.range.bottom) / 2);
      const half = run.bytes / 2;
      return [
        { range: { ...run.range, bottom: mid }, bytes: half },
        { range: { ...run.range, top: mid + 1 }, bytes: half },
      ];
    },
  });
  return captured.flat();
}

/**
 * Below ExcelApi 1.9: the alignment, wrap and fill of a run, the same for each of its cells (a property that
 * differs within the run reads null and is not kept). Explicit values are kept as read, so restoring them gives
 * the same cells back.
 */
function rangeStyle(format: Excel.RangeFormat | null, fill: Excel.RangeFill | null): KeptStyle {
  const out: KeptStyle = {};
  if (!format) return out;
  const h = H[format.horizontalAlignment as keyof typeof H];
  if (h) out.horizontal = h;
  const v = V[format.verticalAlignment as keyof typeof V];
  if (v) out.vertical = v;
  if (format.wrapText === true || format.wrapText === false) out.wrap = format.wrapText;
  const color = hex(fill?.color);
  if (color && color !== "#FFFFFF") out.fill = color;
  return out;
}
