/**
 * Range formatting proxies of the fake host: alignment, wrap, sizes, fill, font and borders.
 * Each write applies to every cell of the range at sync time.
 */
import { FakeClientObject } from "./fakeClientObject";
import type { FakeRequestContext } from "./fakeContext";
import { invalidArgument, protectedSheet } from "./fakeErrors";
import type { FakeBorders, FakeStyle } from "./fakeModel";
import type { RangeTarget } from "./fakeRange";

/** Applies a style change to every cell of the range (refusing protected sheets). */
function styleCells(t: RangeTarget, location: string, change: (style: FakeStyle) => void): void {
  if (t.sheet.protected) throw protectedSheet(location);
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    for (let c = t.rect.left; c <= t.rect.right; c++) {
      const cell = t.sheet.ensure(r, c);
      cell.style ??= {};
      change(cell.style);
    }
  }
}

abstract class FormatPart extends FakeClientObject<RangeTarget> {
  constructor(
    context: FakeRequestContext,
    typeName: string,
    protected readonly range: () => RangeTarget,
  ) {
    super(context, typeName);
  }
  protected resolve(): RangeTarget {
    return this.range();
  }
  protected defaultProperties(): string[] {
    return [];
  }
  protected readProperty(_t: RangeTarget, name: string): unknown {
    throw new Error(`fake host: ${this.typeName}.${name} cannot be loaded`);
  }
  protected styled(name: string, value: unknown, minor: number, change: (style: FakeStyle) => void): void {
    this.write(name, value, minor, (t) => styleCells(t, `${this.typeName}.${name}`, change));
  }
}

/**
 * A format property of a range as Office.js reads it: the value every cell shares, else null (RangeFormat,
 * RangeFill: "null indicates that the entire range doesn't have a uniform … setting",
 * learn.microsoft.com/javascript/api/excel/excel.rangeformat).
 */
function uniform(t: RangeTarget, read: (style: FakeStyle) => unknown): unknown {
  let first: unknown;
  for (let r = t.rect.top; r <= t.rect.bottom; r++)
    for (let c = t.rect.left; c <= t.rect.right; c++) {
      const v = read(t.sheet.cell(r, c)?.style ?? {});
      if (r === t.rect.top && c === t.rect.left) first = v;
      else if (v !== first) return null;
    }
  return first;
}

/** Excel.RangeFormat in the fake. */
export class FakeRangeFormat extends FormatPart {
  constructor(context: FakeRequestContext, range: () => RangeTarget) {
    super(context, "RangeFormat", range);
  }
  /** ExcelApi 1.1 reads: an unformatted cell reads "General", "Bottom", false, as in Excel. */
  protected readProperty(t: RangeTarget, name: string): unknown {
    if (name === "horizontalAlignment") return uniform(t, (s) => s.horizontal ?? "General");
    if (name === "verticalAlignment") return uniform(t, (s) => s.vertical ?? "Bottom");
    if (name === "wrapText") return uniform(t, (s) => s.wrap ?? false);
    return super.readProperty(t, name);
  }
  set horizontalAlignment(v: string) {
    this.styled("horizontalAlignment", v, 1, (s) => (s.horizontal = v));
  }
  set verticalAlignment(v: string) {
    this.styled("verticalAlignment", v, 1, (s) => (s.vertical = v));
  }
  set wrapText(v: boolean) {
    this.styled("wrapText", v, 1, (s) => (s.wrap = v));
  }
  /**
   * ExcelApi 1.9: "An integer from 0 to 250 that indicates the indent level"
   * (learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-indentlevel-member).
   */
  set indentLevel(v: number) {
    this.styled("indentLevel", v, 9, (s) => {
      if (!Number.isInteger(v) || v < 0 || v > 250) throw invalidArgument("RangeFormat.indentLevel", String(v));
      s.indent = v;
    });
  }
  set columnWidth(v: number) {
    this.write("columnWidth", v, 2, (t) => {
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.write("rowHeight", v, 2, (t) => {
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights.set(r, v);
    });
  }
  /** ExcelApi 1.7: true puts the columns back to the sheet's standard width. */
  set useStandardWidth(v: boolean) {
    this.write("useStandardWidth", v, 7, (t) => {
      if (v)
        for (const c of [...t.sheet.columnWidths.keys()])
          if (c >= t.rect.left && c <= t.rect.right) t.sheet.columnWidths.delete(c);
    });
  }
  /** ExcelApi 1.7: true puts the rows back to the sheet's standard height. */
  set useStandardHeight(v: boolean) {
    this.write("useStandardHeight", v, 7, (t) => {
      if (v)
        for (const r of [...t.sheet.rowHeights.keys()])
          if (r >= t.rect.top && r <= t.rect.bottom) t.sheet.rowHeights.delete(r);
    });
  }
  get fill(): FakeRangeFill {
    return new FakeRangeFill(this.context, this.range);
  }
  get font(): FakeRangeFont {
    return new FakeRangeFont(this.context, this.range);
  }
  get borders(): FakeRangeBorderCollection {
    return new FakeRangeBorderCollection(this.context, this.range);
  }
}

/** Excel.RangeFill in the fake. */
export class FakeRangeFill extends FormatPart {
  constructor(context: FakeRequestContext, range: () => RangeTarget) {
    super(context, "RangeFill", range);
  }
  /** ExcelApi 1.1: a cell without a fill reads "#FFFFFF" (white), as Excel answers. */
  protected readProperty(t: RangeTarget, name: string): unknown {
    if (name === "color") return uniform(t, (s) => s.fill ?? "#FFFFFF");
    return super.readProperty(t, name);
  }
  set color(v: string) {
    this.styled("color", v, 1, (s) => (s.fill = v.toUpperCase()));
  }
  clear(): void {
    this.invoke("clear", [], 1, (t) => styleCells(t, "RangeFill.clear", (s) => delete s.fill));
  }
}

/** Excel.RangeFont in the fake. */
export class FakeRangeFont extends FormatPart {
  constructor(context: FakeRequestContext, range: () => RangeTarget) {
    super(context, "RangeFont", range);
  }
  set name(v: string) {
    this.styled("name", v, 1, (s) => (s.fontName = v));
  }
  set size(v: number) {
    this.styled("size", v, 1, (s) => (s.fontSize = v));
  }
  set bold(v: boolean) {
    this.styled("bold", v, 1, (s) => (s.bold = v));
  }
  set italic(v: boolean) {
    this.styled("italic", v, 1, (s) => (s.italic = v));
  }
  set color(v: string) {
    this.styled("color", v, 1, (s) => (s.fontColor = v.toUpperCase()));
  }
}

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
  "DiagonalDown",
  "DiagonalUp",
];

/** Excel.RangeBorderCollection in the fake. */
export class FakeRangeBorderCollection extends FormatPart {
  constructor(context: FakeRequestContext, range: () => RangeTarget) {
    super(context, "RangeBorderCollection", range);
  }
  getItem(index: string): FakeRangeBorder {
    if (!EDGES.includes(index)) throw invalidArgument("RangeBorderCollection.getItem", index);
    return new FakeRangeBorder(this.context, this.range, index);
  }
}

/** Sets or clears the edges one border index draws, cell by cell. */
function drawEdge(t: RangeTarget, index: string, on: boolean): void {
  const { top, bottom, left, right } = t.rect;
  const mark = (r: number, c: number, edge: keyof FakeBorders) => {
    const cell = t.sheet.ensure(r, c);
    const style = (cell.style ??= {});
    (style.borders ??= {})[edge] = on;
  };
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      if (index === "EdgeTop" && r === top) mark(r, c, "top");
      if (index === "EdgeBottom" && r === bottom) mark(r, c, "bottom");
      if (index === "EdgeLeft" && c === left) mark(r, c, "left");
      if (index === "EdgeRight" && c === right) mark(r, c, "right");
      if (index === "InsideHorizontal") {
        if (r > top) mark(r, c, "top");
        if (r < bottom) mark(r, c, "bottom");
      }
      if (index === "InsideVertical") {
        if (c > left) mark(r, c, "left");
        if (c < right) mark(r, c, "right");
      }
    }
  }
}

/** Excel.RangeBorder in the fake (style draws or clears the edges). */
export class FakeRangeBorder extends FormatPart {
  constructor(
    context: FakeRequestContext,
    range: () => RangeTarget,
    private readonly index: string,
  ) {
    super(context, "RangeBorder", range);
  }
  set style(v: string) {
    this.write("style", v, 1, (t) => {
      if (t.sheet.protected) throw protectedSheet("RangeBorder.style");
      drawEdge(t, this.index, v !== "None");
    });
  }
  set weight(v: string) {
    this.write("weight", v, 1, () => undefined);
  }
  set color(v: string) {
    this.write("color", v, 1, () => undefined);
  }
}
