/**
 * Single cells of a sheet read from its XML on demand, as the originals need them: the raw value (a number stays a
 * number, whatever its format shows), the formula text (a shared formula's member gets the master's formula moved
 * to it, §18.3.1.40) and the style index. Only the cells asked for are read, a row at a time.
 */
import type { CapturedCell, CaptureCells, CellValue, KeptFormat, WorkbookGrid } from "../../core";
import { FIRST_RECORD_ROW, ORIGINALS_COLUMNS, readKeptOriginals, sameSheetName } from "../../core";
import { shiftFormula } from "../write/shiftFormula";
import { decodeXstring } from "../xml/xmlText";
import type { StyleReader } from "./readCellStyle";
import type { SheetIndex } from "./readSheet";
import { scanSheetData, type RawCell } from "./scanSheetData";

/** A cell as stored. */
export interface StoredCell {
  /** Whether the sheet has an element for the cell at all. */
  exists: boolean;
  s: number;
  value: CellValue;
  /** Without "=", or null. */
  formula: string | null;
}

const NONE: StoredCell = { exists: false, s: 0, value: null, formula: null };

/** Reads cells of one worksheet part. */
export class CellReader {
  private readonly rows = new Map<number, Map<number, StoredCell>>();

  /** `keepRows` false: only the last row read is remembered (for cells asked for in row order). */
  constructor(
    private readonly xml: string,
    private readonly index: SheetIndex,
    private readonly strings: string[],
    private readonly keepRows = true,
  ) {}

  private rowElement(row: number): number {
    const rows = this.index.rowNumbers;
    let lo = 0;
    let hi = rows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid]! === row) return mid;
      if (rows[mid]! < row) lo = mid + 1;
      else hi = mid - 1;
    }
    // Rows out of order (legal only in broken files): look through them all.
    return rows.indexOf(row);
  }

  private typed(c: RawCell): CellValue {
    const raw = c.t === "inlineStr" ? c.inline : c.v === "" ? undefined : c.v;
    if (raw === undefined) return null;
    switch (c.t) {
      case "s":
        return this.strings[parseInt(raw, 10)] ?? null;
      case "str":
        return decodeXstring(raw);
      case "inlineStr":
      case "e":
      case "d":
        return raw;
      case "b":
        return raw.trim() !== "0" && raw.trim().toLowerCase() !== "false";
      default: {
        const n = parseFloat(raw);
        return Number.isFinite(n) ? n : raw;
      }
    }
  }

  private formulaOf(c: RawCell, row: number): string | null {
    if (c.f !== undefined && c.f !== "") return c.f;
    if (c.fType === "shared" && c.fSi !== undefined) {
      const group = this.index.shared.get(c.fSi);
      if (group && group.row >= 0) return shiftFormula(group.formula, row - group.row, c.col - group.col);
    }
    return null;
  }

  private readRow(row: number): Map<number, StoredCell> {
    const known = this.rows.get(row);
    if (known) return known;
    const cells = new Map<number, StoredCell>();
    const i = this.rowElement(row);
    if (i >= 0) {
      scanSheetData(this.xml, this.index.rowStarts[i]!, this.index.rowEnds[i]!, this.index.prefix, {
        row: () => undefined,
        cell: (c) => {
          cells.set(c.col, { exists: true, s: c.s, value: this.typed(c), formula: this.formulaOf(c, row) });
        },
      });
    }
    if (!this.keepRows) this.rows.clear();
    this.rows.set(row, cells);
    return cells;
  }

  at(row: number, col: number): StoredCell {
    return this.readRow(row).get(col) ?? NONE;
  }
}

/** A sheet's parts the readers need. */
export interface ReadableSheet {
  name: string;
  xml: string;
  index: SheetIndex;
}

/** Sets a formula text in a grid's sparse `formulaTexts`. */
function setFormulaText(grid: WorkbookGrid["sheets"][number], row: number, col: number, text: string | null): void {
  const texts = (grid.formulaTexts ??= []);
  (texts[row] ??= [])[col] = text;
}

/**
 * Fills `formulaTexts` where the originals need them: the originals sheet's references (A2 and column A), then
 * every kept cell, so the engine can tell our output from the officer's edits. Nothing is read when the workbook
 * keeps no originals.
 */
export function readKeptFormulas(grid: WorkbookGrid, sheets: ReadableSheet[], strings: string[]): void {
  const name = grid.generated?.originals;
  const originals = name === undefined ? undefined : grid.sheets.find((g) => g.name === name);
  const part = sheets.find((s) => s.name === name);
  if (!originals || !part) return;
  const reader = new CellReader(part.xml, part.index, strings);
  setFormulaText(originals, 1, 0, reader.at(1, 0).formula);
  for (let r = FIRST_RECORD_ROW; r < originals.values.length; r++)
    setFormulaText(originals, r, ORIGINALS_COLUMNS.ref, reader.at(r, ORIGINALS_COLUMNS.ref).formula);
  const readers = new Map<string, CellReader>();
  for (const { sheet, row, col } of readKeptOriginals(originals).cells) {
    const target = grid.sheets.find((g) => sameSheetName(g.name, sheet));
    const source = sheets.find((s) => sameSheetName(s.name, sheet));
    if (!target || !source) continue;
    const r =
      readers.get(source.name) ??
      readers.set(source.name, new CellReader(source.xml, source.index, strings)).get(source.name)!;
    setFormulaText(target, row, col, r.at(row, col).formula);
  }
}

/**
 * The file adapter's capture of the cells a run writes for the first time: value and formula as stored, the cell's
 * style index (restored exactly) and its format in the plan's terms. A cell without an element is empty.
 */
export function fileCapture(sheets: ReadableSheet[], strings: string[], styles: StyleReader): CaptureCells {
  return ({ sheet, cells }) => {
    const part = sheets.find((s) => s.name === sheet);
    const reader = part ? new CellReader(part.xml, part.index, strings, false) : null;
    // Read in row order, each row once, into the order asked; cells of one cell format share its format object.
    const order = cells.map((_, i) => i).sort((a, b) => cells[a]!.row - cells[b]!.row || a - b);
    const formats = new Map<number, KeptFormat>();
    const none: KeptFormat = { style: {} };
    const out = new Array<CapturedCell>(cells.length);
    for (const i of order) {
      const { row, col } = cells[i]!;
      const stored = reader?.at(row, col) ?? NONE;
      if (!stored.exists) {
        out[i] = { row, col, empty: true, value: null, formula: null, format: none };
        continue;
      }
      let format = formats.get(stored.s);
      if (!format) formats.set(stored.s, (format = { style: styles.style(stored.s), xf: stored.s }));
      out[i] = { row, col, empty: false, value: stored.value, formula: stored.formula, format };
    }
    return out;
  };
}
