/**
 * Range and RangeAreas proxies of the fake host.
 */
import { formatAddress, intersects, quoteSheetName } from "./fakeAddress";
import { enterInput, readFormula, readValue, readValueType } from "./fakeCells";
import { FakeClientObject } from "./fakeClientObject";
import type { FakeRequestContext } from "./fakeContext";
import { FakeOfficeError, ERROR_CODES, invalidArgument, protectedSheet } from "./fakeErrors";
import type { FakeSheet, Rect } from "./fakeModel";
import { FakeConditionalFormatCollection } from "./fakeConditionalFormats";
import { FakeRangeAreas } from "./fakeRangeAreas";
import { FakeRangeFormat } from "./fakeRangeFormat";

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
    private readonly locate: () => RangeTarget | null,
  ) {
    super(context, "Range");
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
    this.writeCells("values", v, (cell, input) => enterInput(cell, input));
  }
  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }
  set formulas(v: unknown[][]) {
    this.writeCells("formulas", v, (cell, input) => enterInput(cell, input));
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

  private writeCells(
    name: string,
    input: unknown[][],
    apply: (cell: ReturnType<FakeSheet["ensure"]>, v: unknown) => void,
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
      input.forEach((row, r) =>
        row.forEach((v, c) => v !== null && apply(t.sheet.ensure(t.rect.top + r, t.rect.left + c), v)),
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
