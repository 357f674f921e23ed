import type { CellFont } from "../core";
import type { ApiSupport } from "./detectApiSupport";
import { READ_BUDGET } from "./measurePayload";
import type { ReadItem } from "./readBands";
import type { SheetShape } from "./readWorkbook";

/**
 * What a cell's look costs in a response: `{"format":{"font":{"bold":false,"italic":false,"name":"Times New
 * Roman","size":13},"indentLevel":0}}` and its comma.
 */
export const FONT_BYTES = 100;

/** The properties read of each cell: font name, size, bold, italic, and the alignment indent. */
export const FONT_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: { font: { name: true, size: true, bold: true, italic: true }, indentLevel: true },
};

/**
 * The loads of the fonts of a sheet's table, for the appendix and our columns: the header cells of the table's
 * columns and the label column below the header to the used range's end, banded to stay within READ_BUDGET (so
 * they ride in the body's syncs, a constant number for any table within the budget). Range.getCellProperties
 * needs ExcelApi 1.9 (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1));
 * below it nothing is read and the plan keeps the report font.
 */
export function planFontReads(shape: SheetShape, support: ApiSupport): ReadItem[] {
  const table = shape.headTable;
  if (!support.cellFormats || !table) return [];
  const { used, name } = shape;
  const left = Math.max(
    used.left,
    Math.min(...Object.values(table.columns).filter((c): c is number => c !== undefined)),
  );
  const right = Math.min(used.right, table.lastColumn);
  const items: ReadItem[] = [];
  const rows = table.headerBottom - table.headerTop + 1;
  if (right >= left)
    items.push({
      sheet: name,
      what: "fonts",
      top: table.headerTop,
      left,
      rows,
      cols: right - left + 1,
      bytes: rows * (right - left + 1) * FONT_BYTES,
    });
  const label = table.columns.label;
  const band = Math.max(1, Math.floor(READ_BUDGET / FONT_BYTES));
  for (let top = table.headerBottom + 1; top <= used.bottom; top += band) {
    const count = Math.min(band, used.bottom - top + 1);
    items.push({ sheet: name, what: "fonts", top, left: label, rows: count, cols: 1, bytes: count * FONT_BYTES });
  }
  return items;
}

/** A cell's look from what getCellProperties gave, unset where Excel gave nothing. */
function toFont(p: Excel.CellProperties | undefined): CellFont {
  const font = p?.format?.font;
  const out: CellFont = {};
  if (typeof font?.name === "string" && font.name) out.name = font.name;
  if (typeof font?.size === "number") out.size = font.size;
  if (typeof font?.bold === "boolean") out.bold = font.bold;
  if (typeof font?.italic === "boolean") out.italic = font.italic;
  const indent = p?.format?.indentLevel;
  if (typeof indent === "number" && indent > 0) out.indent = indent;
  return out;
}

/** The looks of a block of cells as getCellProperties returned them. */
export function toCellFonts(value: Excel.CellProperties[][]): CellFont[][] {
  return value.map((row) => row.map(toFont));
}
