import type { CellStyle } from "../core";
import { jsonBytes, OPERATION_BYTES } from "./measurePayload";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** Size of a 2-D array filled with one string, as `Range.numberFormat` needs it (no single-value form exists). */
const filled = <V>(rows: number, cols: number, v: V): V[][] =>
  Array.from({ length: rows }, () => new Array<V>(cols).fill(v));

/**
 * Queues the Office.js writes for one plan style on a range of `rows` × `cols` cells (ExcelApi 1.1, and 1.9 for an
 * indent level, which the core plans only where the host has it).
 * Thin borders go on every edge of every cell; the inside edges only where the range has more than one row or column.
 */
export function queueStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number): void {
  const { format } = range;
  if (style.fontName !== undefined) format.font.name = style.fontName;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  // ExcelApi 1.9 (learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-indentlevel-member):
  // the core lowers no indent for a host without it.
  if (style.indent !== undefined) format.indentLevel = style.indent;
  if (style.border) {
    for (const edge of borderEdges(rows, cols)) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#000000";
    }
  }
  if (style.numberFormat !== undefined) range.numberFormat = filled(rows, cols, style.numberFormat);
}

function borderEdges(
  rows: number,
  cols: number,
): ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical")[] {
  return [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
    ...(rows > 1 ? (["InsideHorizontal"] as const) : []),
    ...(cols > 1 ? (["InsideVertical"] as const) : []),
  ];
}

/** Estimated request bytes of `queueStyle` for the same arguments. */
export function styleBytes(style: CellStyle, rows: number, cols: number): number {
  const scalar = Object.entries(style).filter(([k, v]) => v !== undefined && k !== "numberFormat" && k !== "border");
  let bytes = OPERATION_BYTES * (1 + scalar.length) + jsonBytes(scalar);
  if (style.border) bytes += OPERATION_BYTES * 3 * borderEdges(rows, cols).length;
  if (style.numberFormat !== undefined)
    bytes += OPERATION_BYTES + rows * (cols * (jsonBytes(style.numberFormat) + 1) + 2);
  return bytes;
}
