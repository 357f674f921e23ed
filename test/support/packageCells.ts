/**
 * Every stored cell of a worksheet as the package holds it (value, formula text, style index and that style in
 * the plan's terms), read with the file adapter's own cell reader, for cell-by-cell comparisons of workbook files.
 */
import { rangeToA1, type KeptStyle } from "../../src/core";
import { readWorkbook } from "../../src/xlsx";
import { StyleReader } from "../../src/xlsx/read/readCellStyle";
import { CellReader } from "../../src/xlsx/read/readKeptCells";
import { nodeCodec } from "./sample";

export interface StoredCellView {
  value: unknown;
  formula: string | null;
  style: KeptStyle;
}

/** The stored cells of `sheet`, by A1 address; a cell element that holds nothing and has the default style is left out. */
export function packageCells(bytes: Uint8Array, sheet: string): Map<string, StoredCellView> {
  const opened = readWorkbook(bytes, nodeCodec);
  if (!opened.ok) throw new Error(`not readable: ${opened.error}`);
  const part = opened.value.source.sheets.find((s) => s.entry.name === sheet);
  if (!part?.xml || !part.index) throw new Error(`no sheet "${sheet}"`);
  const cells = new CellReader(part.xml, part.index, opened.value.read.strings);
  const styles = new StyleReader(opened.value.source.styles?.xml ?? "", opened.value.read.formats);
  const out = new Map<string, StoredCellView>();
  const index = part.index;
  index.rowNumbers.forEach((row, i) => {
    const first = index.rowFirstCell[i]!;
    for (let k = first; k < first + index.rowCellCount[i]!; k++) {
      const col = index.cellCols[k]!;
      const c = cells.at(row, col);
      const style = styles.style(c.s);
      if (c.value === null && c.formula === null && Object.keys(style).length === 0) continue;
      out.set(rangeToA1({ top: row, left: col, bottom: row, right: col }), {
        value: c.value,
        formula: c.formula,
        style,
      });
    }
  });
  return out;
}

/** The differences between two sheets' cells, one line each ("E21: {…} ≠ {…}"); empty when they are equal. */
export function cellDifferences(actual: Map<string, StoredCellView>, expected: Map<string, StoredCellView>): string[] {
  const out: string[] = [];
  for (const address of new Set([...actual.keys(), ...expected.keys()])) {
    const a = JSON.stringify(actual.get(address) ?? null);
    const e = JSON.stringify(expected.get(address) ?? null);
    if (a !== e) out.push(`${address}: ${a} ≠ ${e}`);
  }
  return out;
}

/** The worksheet part's XML of `sheet`. */
export function sheetXml(bytes: Uint8Array, sheet: string): string {
  const opened = readWorkbook(bytes, nodeCodec);
  if (!opened.ok) throw new Error(`not readable: ${opened.error}`);
  const xml = opened.value.source.sheets.find((s) => s.entry.name === sheet)?.xml;
  if (xml === undefined) throw new Error(`no sheet "${sheet}"`);
  return xml;
}
