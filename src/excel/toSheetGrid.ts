import type { CellFont, CellRange, CellValue, SheetFonts, SheetGrid } from "../core";

/** One block of cells as loaded (Office.js `Range.values` and/or `Range.numberFormat` of one rectangle). */
export interface LoadedRows {
  /** 0-based sheet row and column of the block's top-left cell. */
  rowIndex: number;
  columnIndex: number;
  values?: unknown[][] | null;
  numberFormat?: unknown[][] | null;
  /** `Range.formulas`: a formula with its "=", else the cell's constant. */
  formulas?: unknown[][] | null;
  /** The cells' looks (ExcelApi 1.9 getCellProperties). */
  fonts?: CellFont[][];
}

/** Shares equal looks: each distinct font is kept once and cells point at it. */
function internFonts(blocks: LoadedRows[]): SheetFonts | undefined {
  if (!blocks.some((b) => b.fonts)) return undefined;
  const list: CellFont[] = [];
  const index = new Map<string, number>();
  const cells: (number | undefined)[][] = [];
  for (const block of blocks) {
    block.fonts?.forEach((row, r) => {
      const out = (cells[block.rowIndex + r] ??= []);
      row.forEach((font, c) => {
        const key = `${font.name ?? ""}|${font.size ?? ""}|${font.bold ? 1 : 0}|${font.italic ? 1 : 0}|${font.indent ?? 0}`;
        let at = index.get(key);
        if (at === undefined) index.set(key, (at = list.push(font) - 1));
        out[block.columnIndex + c] = at;
      });
    });
  }
  return { list, cells };
}

/** Office.js reads a blank cell as ""; the engine wants null. Error values already arrive as text ("#DIV/0!"). */
function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/**
 * Builds the engine's grid from what was loaded: values in 0-based sheet coordinates (the used range may start
 * below or right of A1), number formats where they were read ("General" and unread cells are null), merges as
 * given (each once, though bands that meet may both report one), and the looks of the cells whose fonts were read,
 * each distinct look once.
 * Example: a used range starting at B3 puts its first value at `values[2][1]`.
 */
export function toSheetGrid(name: string, blocks: LoadedRows[], merges: CellRange[]): SheetGrid {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const texts: (string | null)[][] = [];
  const row = <V>(grid: V[][], r: number): V[] => (grid[r] ??= []);
  for (const block of blocks) {
    block.values?.forEach((cells, r) => {
      const out = row(values, block.rowIndex + r);
      cells.forEach((v, c) => (out[block.columnIndex + c] = toCellValue(v)));
    });
    // Formula text where it was read (kept cells, the originals' references): null where the cell holds none.
    block.formulas?.forEach((cells, r) => {
      const out = row(texts, block.rowIndex + r);
      cells.forEach(
        (f, c) => (out[block.columnIndex + c] = typeof f === "string" && f.startsWith("=") ? f.slice(1) : null),
      );
    });
    block.numberFormat?.forEach((cells, r) => {
      const out = row(formats, block.rowIndex + r);
      cells.forEach((f, c) => (out[block.columnIndex + c] = typeof f === "string" && f !== "General" ? f : null));
    });
  }
  // Holes (rows above the used range, cells left of it) are blank.
  for (let r = 0; r < values.length; r++) {
    const cells = (values[r] ??= []);
    for (let c = 0; c < cells.length; c++) cells[c] ??= null;
  }
  for (let r = 0; r < formats.length; r++) formats[r] ??= [];
  const seen = new Set<string>();
  const unique = merges.filter((m) => {
    const key = `${m.top},${m.left},${m.bottom},${m.right}`;
    return !seen.has(key) && (seen.add(key), true);
  });
  const fonts = internFonts(blocks);
  return {
    name,
    values,
    formats,
    merges: unique,
    ...(fonts ? { fonts } : {}),
    ...(texts.length ? { formulaTexts: texts } : {}),
  };
}
