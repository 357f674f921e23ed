/**
 * Range and RangeAreas proxies of the fake host.
 */
import { formatAddress, intersects, quoteSheetName } from "./fakeAddress";
import { enterInput, readFormula, readValue, readValueType } from "./fakeCells";
import { FakeClientObject } from "./fakeClientObject";
import type { FakeRequestContext } from "./fakeContext";
import { FakeOfficeError, ERROR_CODES, invalidArgument, protectedSheet } from "./fakeErrors";
import { hiddenByMerge, type FakeSheet, type Rect } from "./fakeModel";
import { clearRulesFrom } from "./fakeConditionalFormats";
import { FakeConditionalFormatCollection } from "./fakeConditionalFormats";
import { FakeRangeAreas } from "./fakeRangeAreas";
import { FakeRangeFormat } from "./fakeRangeFormat";
import { applyFormatProperties, cellFormatProperties, FakeClientResult } from "./fakeCellProperties";

export { FakeClientResult };

/** What a range proxy resolves to: a sheet and a rectangle on it. */
export interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

/** Fails a write on a protected sheet, as Excel does. */
export function assertWritable(target: RangeTarget, location: string): void {
  if (target.sheet.protected) throw protectedSheet(location);
}

function grid<V>(t: RangeTarget, read: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: V[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(read(r, c));
    out.push(row);
  }
  return out;
}

/** Excel.Range in the fake. */
export class FakeRange extends FakeClientObject<RangeTarget> {
  private bound: RangeTarget | null | undefined;

  /** `locate` runs at sync time; its answer is kept, as Excel keeps a used range once computed. */
  constructor(
    context: FakeRequestContext,
    pathArgs: unknown[],
    private readonly locate: () => RangeTarget | null,
  ) {
    super(context, "Range", pathArgs);
  }

  protected resolve(): RangeTarget | null {
    if (this.bound === undefined) this.bound = this.locate();
    return this.bound;
  }
  protected sheetName(): string | undefined {
    try {
      return this.resolve()?.sheet.name;
    } catch {
      return undefined;
    }
  }
  protected defaultProperties(): string[] {
    return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "formulas", "numberFormat"];
  }
  protected child(name: string): FakeClientObject<unknown> | undefined {
    return name === "format" ? this.format : undefined;
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    const cell = (r: number, c: number) => t.sheet.cell(r, c);
    switch (name) {
      case "address":
        return `${quoteSheetName(t.sheet.name)}!${formatAddress(t.rect)}`;
      case "rowIndex":
        return t.rect.top;
      case "columnIndex":
        return t.rect.left;
      case "rowCount":
        return t.rect.bottom - t.rect.top + 1;
      case "columnCount":
        return t.rect.right - t.rect.left + 1;
      case "values":
        return grid(t, (r, c) => readValue(cell(r, c)));
      case "formulas":
        return grid(t, (r, c) => readFormula(cell(r, c)));
      case "numberFormat":
        return grid(t, (r, c) => cell(r, c)?.numberFormat ?? "General");
      case "valueTypes":
        return grid(t, (r, c) => readValueType(cell(r, c)));
      default:
        throw new Error(`fake host: Range.${name} is not modelled`);
    }
  }

  get address(): string {
    return this.loaded("address");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get values(): unknown[][] {
    return this.loaded("values");
  }
  set values(v: unknown[][]) {
    this.writeCells("values", v, (cell, input) => enterInput(cell, input), true);
  }
  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }
  set formulas(v: unknown[][]) {
    this.writeCells("formulas", v, (cell, input) => enterInput(cell, input), true);
  }
  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.writeCells("numberFormat", v, (cell, input) => {
      if (input !== null && input !== undefined) cell.numberFormat = String(input);
    });
  }
  get valueTypes(): string[][] {
    return this.loaded("valueTypes");
  }

  /**
   * Writes a 2-D array cell by cell; `null` leaves a cell alone. With `content`, a cell hidden inside a merged area
   * (not its top-left) is not written and the attempt is recorded in `host.failures`: Excel shows and keeps only a
   * merged area's top-left cell (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)).
   */
  private writeCells(
    name: string,
    input: unknown[][],
    apply: (cell: ReturnType<FakeSheet["ensure"]>, v: unknown) => void,
    content = false,
  ): void {
    this.write(name, input, 1, (t) => {
      const rows = t.rect.bottom - t.rect.top + 1;
      const cols = t.rect.right - t.rect.left + 1;
      if (
        !Array.isArray(input) ||
        input.length !== rows ||
        input.some((row) => !Array.isArray(row) || row.length !== cols)
      ) {
        throw invalidArgument(`Range.${name}`, `Expected a ${rows}×${cols} array.`);
      }
      assertWritable(t, `Range.${name}`);
      const hidden = content && t.sheet.merges.length > 0;
      input.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null) return;
          const at = { row: t.rect.top + r, col: t.rect.left + c };
          if (hidden && hiddenByMerge(t.sheet, at.row, at.col)) {
            this.context.host.failures.push({ api: `Range.${name}`, sheet: t.sheet.name, ...at });
            return;
          }
          apply(t.sheet.ensure(at.row, at.col), v);
        }),
      );
      if (content) this.context.host.changed.push({ sheetId: t.sheet.id, rect: { ...t.rect } });
    });
  }

  /** The sheet and cells this proxy stands for, for other proxies of the fake at sync time (comments.add). */
  targetForFake(): RangeTarget {
    return this.target();
  }

  /**
   * ExcelApi 1.9 (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1)):
   * each cell's format, asked for by `options.format`, in a ClientResult read after the sync (see
   * fakeCellProperties); a cell never formatted has the Normal style's Calibri 11.
   */
  getCellProperties(options: { format?: Record<string, unknown> }): FakeClientResult<unknown[][]> {
    const result = new FakeClientResult<unknown[][]>("Range.getCellProperties");
    this.invoke("getCellProperties", [options], 9, (t) => {
      const value = grid(t, (r, c) => ({ format: cellFormatProperties(t.sheet.cell(r, c), options.format ?? true) }));
      this.context.addResponse(value);
      result.set(value);
    });
    return result;
  }

  /** ExcelApi 1.9: lays each cell's `format` properties over its style; the array is the range's size. */
  setCellProperties(values: { format?: Record<string, unknown> }[][]): void {
    this.invoke("setCellProperties", [values], 9, (t) => {
      const rows = t.rect.bottom - t.rect.top + 1;
      const cols = t.rect.right - t.rect.left + 1;
      if (values.length !== rows || values.some((row) => row.length !== cols))
        throw invalidArgument("Range.setCellProperties", `Expected a ${rows}×${cols} array.`);
      assertWritable(t, "Range.setCellProperties");
      values.forEach((row, r) =>
        row.forEach((v, c) => applyFormatProperties(t.sheet.ensure(t.rect.top + r, t.rect.left + c), v?.format)),
      );
    });
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, () => this.target());
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, () => this.target());
  }

  merge(across = false): void {
    this.invoke("merge", [across], 2, (t) => {
      assertWritable(t, "Range.merge");
      const rows = across
        ? Array.from({ length: t.rect.bottom - t.rect.top + 1 }, (_, i) => t.rect.top + i)
        : [t.rect.top];
      const areas = rows.map((top) => ({ ...t.rect, top, bottom: across ? top : t.rect.bottom }));
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect));
      for (const area of areas) {
        t.sheet.merges.push(area);
        // Excel keeps only the top-left value of a merged area.
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) {
            const cell = t.sheet.cell(r, c);
            if (cell && (r !== area.top || c !== area.left)) {
              cell.value = null;
              delete cell.formula;
            }
          }
        }
      }
    });
  }

  unmerge(): void {
    this.invoke("unmerge", [], 2, (t) => {
      assertWritable(t, "Range.unmerge");
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect));
    });
  }

  /**
   * ExcelApi 1.1 (learn.microsoft.com/javascript/api/excel/excel.clearapplyto): "All" clears everything in the
   * range — contents, formats, and with the formats the conditional formats and merges on those cells, as Excel's
   * Clear All does; "Formats" the formatting only; "Contents" the values and formulas only.
   */
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.invoke("clear", [applyTo], 1, (t) => {
      assertWritable(t, "Range.clear");
      const { rect, sheet } = t;
      const inside = (row: number, col: number) =>
        row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
      for (const { row, col, cell } of [...sheet.entries()]) {
        if (!inside(row, col)) continue;
        if (applyTo !== "Formats") {
          cell.value = null;
          delete cell.formula;
          cell.quotePrefix = false;
          cell.error = false;
        }
        if (applyTo !== "Contents") {
          delete cell.style;
          delete cell.numberFormat;
        }
        if (cell.value === null && cell.formula === undefined && !cell.style && !cell.numberFormat)
          sheet.drop(row, col);
      }
      if (applyTo !== "Formats") this.context.host.changed.push({ sheetId: sheet.id, rect: { ...rect } });
      if (applyTo !== "Contents") {
        clearRulesFrom(sheet, rect);
        sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
      }
    });
  }

  /** ExcelApi 1.4: the used part of this range, or a null object when it holds nothing. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.context.host.calls.push("Range.getUsedRangeOrNullObject");
    return new FakeRange(this.context, [valuesOnly ?? false], () => {
      if (this.context.host.excelApiMinor < 4)
        throw new FakeOfficeError(ERROR_CODES.apiNotFound, "ExcelApi 1.4 needed.", "Range.getUsedRangeOrNullObject");
      const t = this.target();
      const rect = t.sheet.usedRange(valuesOnly === true, t.rect);
      return rect ? { sheet: t.sheet, rect } : null;
    });
  }

  select(): void {
    this.invoke("select", [], 1, (t) => {
      const wb = this.context.host.workbook;
      wb.activeSheetId = t.sheet.id;
      wb.selection = { sheetId: t.sheet.id, range: { ...t.rect } };
    });
  }

  /** ExcelApi 1.13; fails above 512 areas, as documented. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.host.calls.push("Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(this.context, 13, () => {
      const t = this.target();
      const areas = t.sheet.merges.filter((m) => intersects(m, t.rect));
      if (areas.length > 512)
        throw new FakeOfficeError(
          ERROR_CODES.generalException,
          "There were too many merged areas.",
          "Range.getMergedAreasOrNullObject",
        );
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
  }

  /** ExcelApi 1.9; only "Formulas" is modelled (one area per column run). */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    this.context.host.calls.push("Range.getSpecialCellsOrNullObject");
    return new FakeRangeAreas(this.context, 9, () => {
      if (cellType !== "Formulas") throw invalidArgument("Range.getSpecialCellsOrNullObject", cellType);
      const t = this.target();
      const areas: Rect[] = [];
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        let start = -1;
        for (let r = t.rect.top; r <= t.rect.bottom + 1; r++) {
          const isFormula = r <= t.rect.bottom && t.sheet.cell(r, c)?.formula !== undefined;
          if (isFormula && start < 0) start = r;
          if (!isFormula && start >= 0) {
            areas.push({ top: start, left: c, bottom: r - 1, right: c });
            start = -1;
          }
        }
      }
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
  }
}
