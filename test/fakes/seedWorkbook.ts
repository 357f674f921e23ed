/**
 * Seeding the fake workbook from grids, and reading it back for assertions.
 */
import { ERROR_VALUES } from "./fakeCells";
import type { FakeCell, FakeSheet, FakeStyle, FakeValue, FakeWorkbook, Rect } from "./fakeModel";

/** A sheet described like the engine's SheetGrid, with formulas given as text. */
export interface SeedSheet {
  name: string;
  /** values[row][col] from A1; for formula cells, the cached result. */
  values: FakeValue[][];
  formats?: (string | null | undefined)[][];
  /** Formula text with "=" for cells holding a formula. */
  formulas?: (string | null | undefined)[][];
  merges?: Rect[];
  protected?: boolean;
  /** Cell formatting (font, bold, indent …) by row and column, as the officer left it. */
  styles?: (FakeStyle | null | undefined)[][];
}

/** Adds a sheet holding the given cells; strings are stored as they are (seeding is not typing). */
export function seedSheet(workbook: FakeWorkbook, seed: SeedSheet): FakeSheet {
  const sheet = workbook.addSheet(seed.name);
  seed.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const format = seed.formats?.[r]?.[c];
      const formula = seed.formulas?.[r]?.[c];
      const style = seed.styles?.[r]?.[c];
      if (value === null && !format && !formula && !style) return;
      const cell: FakeCell = sheet.ensure(r, c);
      cell.value = value === "" ? null : value;
      if (typeof value === "string" && ERROR_VALUES.includes(value)) cell.error = true;
      if (format) cell.numberFormat = format;
      if (formula) cell.formula = formula;
      if (style) cell.style = { ...style };
    }),
  );
  sheet.merges = (seed.merges ?? []).map((m) => ({ ...m }));
  sheet.protected = seed.protected === true;
  return sheet;
}

/** Values of a rectangle (null for blanks), for assertions. */
export function sheetValues(sheet: FakeSheet, rect?: Rect): FakeValue[][] {
  return mapRect(sheet, rect, (cell) => cell?.value ?? null);
}

/** Formulas of a rectangle (null where a cell holds no formula). */
export function sheetFormulas(sheet: FakeSheet, rect?: Rect): (string | null)[][] {
  return mapRect(sheet, rect, (cell) => cell?.formula ?? null);
}

/** Number formats of a rectangle (null where none was set). */
export function sheetFormats(sheet: FakeSheet, rect?: Rect): (string | null)[][] {
  return mapRect(sheet, rect, (cell) => cell?.numberFormat ?? null);
}

function mapRect<V>(sheet: FakeSheet, rect: Rect | undefined, read: (cell: FakeCell | undefined) => V): V[][] {
  // Without a rectangle: from A1 to the bottom-right of the used range.
  const used = sheet.usedRange(false) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const box = rect ?? { top: 0, left: 0, bottom: used.bottom, right: used.right };
  const out: V[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row: V[] = [];
    for (let c = box.left; c <= box.right; c++) row.push(read(sheet.cell(r, c)));
    out.push(row);
  }
  return out;
}
