/**
 * One worksheet part (ECMA-376 Part 1 §18.3.1.99) read into the engine's grid, plus an index of where each row
 * sits in the text so the writer can patch rows without reading the sheet again.
 * Cell values (§18.3.1.4 c, §18.18.11 ST_CellType): shared strings, inline strings (§18.3.1.53 is), numbers,
 * booleans, errors (as their text), ISO dates (t="d"), and formulas by their cached value (§18.3.1.40 f; a formula
 * without one reads as blank). Numbers in a date format read as ISO dates ("2021-12-31"). Rows and cells without
 * an `r` follow the previous one (§18.3.1.73, §18.3.1.4). Cells covered by a merged area other than its top-left
 * cell read as blank (Excel shows only the top-left value).
 */
import type { CellRange, CellValue, SheetGrid } from "../../core";
import { parseRange } from "../../core";
import { decodeXstring } from "../xml/xmlText";
import { elementEnd, findAll, nextTag, rootTag, tagAttrs } from "../xml/xmlScan";
import type { CellFormats } from "./readStyles";
import { scanSheetData, type RawCell } from "./scanSheetData";

/** A shared formula group (§18.3.1.40 t="shared"): its master cell and the cells that use it. */
export interface SharedFormula {
  /** The master cell (the one with `ref` and the formula text); -1 when the group has none. */
  row: number;
  col: number;
  formula: string;
  /** Every cell of the group, master included, as row * COLS + col. */
  cells: number[];
}

export interface SheetIndex {
  /** The main namespace's prefix with its colon ("x:"), or "" for the default namespace. */
  prefix: string;
  /** Where `<sheetData>` starts, where its content ends (its end tag) and where the element ends; -1 if absent. */
  sheetDataStart: number;
  sheetDataInner: number;
  sheetDataEnd: number;
  /** Each `<row>` element in document order: 0-based row number, start and end index in the text. */
  rowNumbers: number[];
  rowStarts: number[];
  rowEnds: number[];
  /** Each row's first cell in the cell arrays below, and how many cells it has. */
  rowFirstCell: number[];
  rowCellCount: number[];
  /** Each `<c>` element in document order: column, start and end index, style, whether it has no `r`. */
  cellCols: number[];
  cellStarts: number[];
  cellEnds: number[];
  cellStyles: number[];
  cellImplicit: boolean[];
  /** Some row or cell has no `r` attribute. */
  implicitRefs: boolean;
  shared: Map<string, SharedFormula>;
  /** Array formulas (§18.3.1.40 t="array") and data tables (t="dataTable"): the master cell and the range it fills. */
  arrays: { row: number; col: number; ref: CellRange }[];
}

export interface ReadContext {
  strings: string[];
  formats: CellFormats;
  date1904: boolean;
}

/** Columns per sheet row (XFD), for packing a cell into one number. */
export const COLS = 16384;

/** Excel serial date to an ISO date, as a JavaScript Date counts from 1970 (serial 25569). Null when out of range. */
function serialToIso(serial: number, date1904: boolean): string | null {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

function typed(raw: string, type: string | undefined, style: number, ctx: ReadContext): CellValue {
  switch (type) {
    case "s":
      return ctx.strings[parseInt(raw, 10)] ?? null;
    case "str":
      return decodeXstring(raw);
    case "inlineStr":
      return raw; // already decoded run by run
    case "b":
      return raw.trim() !== "0" && raw.trim().toLowerCase() !== "false";
    case "e":
      return raw;
    case "d":
      return /^\d{4}-\d\d-\d\d/.test(raw) ? raw.slice(0, 10) : raw;
    default: {
      const n = parseFloat(raw);
      if (style > 0 && ctx.formats.dates[style]) return serialToIso(n, ctx.date1904) ?? n;
      return n;
    }
  }
}

/**
 * A cell's value: undefined when it holds none (only a style), null for a formula without a cached value.
 * A formula is an `<f>` with text or with a type (shared formula cells carry no text).
 */
function valueOf(cell: RawCell, ctx: ReadContext): { value: CellValue | undefined; formula: boolean } {
  const raw = cell.t === "inlineStr" ? cell.inline : cell.v === "" ? undefined : cell.v;
  const formula = (cell.f !== undefined && cell.f !== "") || cell.fType !== undefined;
  if (formula) return { value: raw === undefined ? null : typed(raw, cell.t, cell.s, ctx), formula };
  return { value: raw === undefined ? undefined : typed(raw, cell.t, cell.s, ctx), formula };
}

/** Merged areas in document order (§18.3.1.55 mergeCell). */
function readMerges(xml: string, from: number): CellRange[] {
  const out: CellRange[] = [];
  for (const { tag } of findAll(xml, "mergeCell", from)) {
    const ref = tagAttrs(xml, tag).get("ref");
    const range = ref ? parseRange(ref) : null;
    if (range) out.push(range);
  }
  return out;
}

/** Blanks the cells a merged area covers other than its top-left one, keeping arrays as short as their last cell. */
function blankMerged(grids: unknown[][][], present: boolean[], merges: CellRange[]): void {
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        present[r] = true;
        for (const grid of grids) {
          const cells = grid[r];
          if (!cells || c >= cells.length) continue;
          delete cells[c];
          let n = cells.length;
          while (n > 0 && !(n - 1 in cells)) n--;
          cells.length = n;
        }
      }
    }
  }
}

/** The sheet's grid and index, or null when the part is not a worksheet. */
export function readSheet(name: string, xml: string, ctx: ReadContext): { grid: SheetGrid; index: SheetIndex } | null {
  const root = rootTag(xml);
  if (!root || root.local !== "worksheet") return null;
  const prefix = root.name.includes(":") ? root.name.slice(0, root.name.indexOf(":") + 1) : "";
  const index: SheetIndex = {
    prefix,
    sheetDataStart: -1,
    sheetDataInner: -1,
    sheetDataEnd: -1,
    rowNumbers: [],
    rowStarts: [],
    rowEnds: [],
    rowFirstCell: [],
    rowCellCount: [],
    cellCols: [],
    cellStarts: [],
    cellEnds: [],
    cellStyles: [],
    cellImplicit: [],
    implicitRefs: false,
    shared: new Map(),
    arrays: [],
  };
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const formulas: (boolean | undefined)[][] = [];
  // Each valued cell's style index: the looks are shared by style (`ctx.formats.fonts`), so this stays cheap.
  const fonts: (number | undefined)[][] = [];
  const looks = ctx.formats.looks.length > 0;
  const present: boolean[] = [];
  let t = nextTag(xml, root.end);
  while (t && t.local !== "sheetData") t = nextTag(xml, t.kind === "open" ? elementEnd(xml, t) : t.end);
  let after = xml.length;
  if (t) {
    const dataEnd = elementEnd(xml, t, true);
    index.sheetDataStart = t.start;
    index.sheetDataEnd = after = dataEnd;
    index.sheetDataInner = t.kind === "empty" ? t.end : xml.lastIndexOf("<", dataEnd - 1);
    let firstCell = 0;
    scanSheetData(xml, t.end, index.sheetDataInner, prefix, {
      row(row, start, end, implicit) {
        index.rowNumbers.push(row);
        index.rowStarts.push(start);
        index.rowEnds.push(end);
        index.rowFirstCell.push(firstCell);
        index.rowCellCount.push(index.cellCols.length - firstCell);
        firstCell = index.cellCols.length;
        if (implicit) index.implicitRefs = true;
      },
      cell(cell) {
        index.cellCols.push(cell.col);
        index.cellStarts.push(cell.start);
        index.cellEnds.push(cell.end);
        index.cellStyles.push(cell.s);
        index.cellImplicit.push(cell.implicit);
        if (cell.implicit) index.implicitRefs = true;
        if (cell.fType === "shared" && cell.fSi !== undefined) {
          const group = index.shared.get(cell.fSi) ?? { row: -1, col: -1, formula: "", cells: [] };
          group.cells.push(cell.row * COLS + cell.col);
          if (cell.fRef !== undefined && cell.f)
            Object.assign(group, { row: cell.row, col: cell.col, formula: cell.f });
          index.shared.set(cell.fSi, group);
        }
        if ((cell.fType === "array" || cell.fType === "dataTable") && cell.fRef) {
          const ref = parseRange(cell.fRef);
          if (ref) index.arrays.push({ row: cell.row, col: cell.col, ref });
        }
        const { value, formula } = valueOf(cell, ctx);
        const { row, col } = cell;
        if (value !== undefined) {
          (values[row] ??= [])[col] = value;
          const code = ctx.formats.codes[cell.s];
          if (code) (formats[row] ??= [])[col] = code;
          if (formula) (formulas[row] ??= [])[col] = true;
          const look = looks ? ctx.formats.lookOf[cell.s] : undefined;
          if (look !== undefined) (fonts[row] ??= [])[col] = look;
          present[row] = true;
        } else if (cell.s === 0) present[row] = true; // a bare <c/>: the grid has always kept its row
      },
    });
  }
  const merges = readMerges(xml, after);
  blankMerged([values, formats, formulas, fonts], present, merges);
  const rows = present.length;
  for (let r = 0; r < rows; r++) {
    if (present[r]) {
      values[r] ??= [];
      formats[r] ??= [];
      formulas[r] ??= [];
    } else {
      values[r] = [];
      formats[r] = [];
      formulas[r] = [];
    }
  }
  values.length = formats.length = formulas.length = rows;
  const grid: SheetGrid = { name, values, formats, formulas, merges };
  if (looks) grid.fonts = { list: ctx.formats.looks, cells: fonts };
  return { grid, index };
}
