/**
 * Range.getCellProperties and Range.setCellProperties of the fake host (ExcelApi 1.9,
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1) and
 * #excel-excel-range-setcellproperties-member(1)): the format of every cell, per cell, in a 2-D array the size of
 * the range. Modelled: font (name, size, bold, italic, color), fill color, horizontal and vertical alignment,
 * wrap, indent level and the top, bottom, left and right borders. A cell never formatted answers the Normal
 * style's values (Calibri 11, black, no fill, General, Bottom); a value set equal to them is stored as unset,
 * since Excel shows no difference.
 */
import type { FakeBorders, FakeCell, FakeStyle } from "./fakeModel";

/** OfficeExtension.ClientResult in the fake: its value can be read only after the sync that ran its method. */
export class FakeClientResult<V> {
  private done = false;
  private result: V | undefined;
  constructor(private readonly api: string) {}
  set(value: V): void {
    this.result = value;
    this.done = true;
  }
  get value(): V {
    if (!this.done) throw new Error(`fake host: ${this.api} was read before context.sync()`);
    return this.result as V;
  }
}

const NORMAL = { name: "Calibri", size: 11, color: "#000000", horizontal: "General", vertical: "Bottom" };
const EDGE_NAMES: [keyof FakeBorders, string][] = [
  ["top", "top"],
  ["bottom", "bottom"],
  ["left", "left"],
  ["right", "right"],
];

type Wanted = Record<string, unknown> | boolean | undefined;
const wants = (w: Wanted, key: string): boolean =>
  w === true || (typeof w === "object" && w !== null && (w[key] === true || typeof w[key] === "object"));
const part = (w: Wanted, key: string): Wanted =>
  w === true ? true : typeof w === "object" ? (w[key] as Wanted) : undefined;

/** The `format` part of one cell's CellProperties, for the properties asked for. */
export function cellFormatProperties(cell: FakeCell | undefined, format: Wanted): Record<string, unknown> {
  const s: FakeStyle = cell?.style ?? {};
  const out: Record<string, unknown> = {};
  const font = part(format, "font");
  if (font) {
    const f: Record<string, unknown> = {};
    if (wants(font, "name")) f.name = s.fontName ?? NORMAL.name;
    if (wants(font, "size")) f.size = s.fontSize ?? NORMAL.size;
    if (wants(font, "bold")) f.bold = s.bold ?? false;
    if (wants(font, "italic")) f.italic = s.italic ?? false;
    if (wants(font, "color")) f.color = s.fontColor ?? NORMAL.color;
    out.font = f;
  }
  const fill = part(format, "fill");
  if (fill) {
    const f: Record<string, unknown> = {};
    if (wants(fill, "color")) f.color = s.fill ?? "#FFFFFF";
    if (wants(fill, "pattern")) f.pattern = s.fill ? "Solid" : "None";
    out.fill = f;
  }
  if (wants(format, "horizontalAlignment")) out.horizontalAlignment = s.horizontal ?? NORMAL.horizontal;
  if (wants(format, "verticalAlignment")) out.verticalAlignment = s.vertical ?? NORMAL.vertical;
  if (wants(format, "wrapText")) out.wrapText = s.wrap ?? false;
  if (wants(format, "indentLevel")) out.indentLevel = s.indent ?? 0;
  const borders = part(format, "borders");
  if (borders) {
    // The load options name the properties, not the edges: the answer holds every edge.
    const b: Record<string, unknown> = {};
    for (const [edge, name] of EDGE_NAMES)
      b[name] = s.borders?.[edge]
        ? { style: "Continuous", weight: "Thin", color: "#000000" }
        : { style: "None", weight: "Thin", color: "#000000" };
    out.borders = b;
  }
  return out;
}

/** Lays one cell's settable `format` properties over its style. */
export function applyFormatProperties(cell: FakeCell, format: Record<string, unknown> | undefined): void {
  if (!format) return;
  const s: FakeStyle = { ...cell.style };
  const set = <K extends keyof typeof s>(key: K, value: (typeof s)[K] | undefined, normal: unknown) => {
    if (value === undefined) return;
    if (value === normal) delete s[key];
    else s[key] = value;
  };
  const font = format.font as Record<string, unknown> | undefined;
  if (font) {
    set("fontName", font.name as string | undefined, NORMAL.name);
    set("fontSize", font.size as number | undefined, NORMAL.size);
    set("bold", font.bold as boolean | undefined, false);
    set("italic", font.italic as boolean | undefined, false);
    const color = typeof font.color === "string" ? font.color.toUpperCase() : undefined;
    set("fontColor", color, NORMAL.color);
  }
  const fill = format.fill as Record<string, unknown> | undefined;
  if (fill) {
    const none = fill.pattern === "None" || (fill.pattern === undefined && fill.color === "#FFFFFF");
    if (none) delete s.fill;
    else if (typeof fill.color === "string") s.fill = fill.color.toUpperCase();
  }
  set("horizontal", format.horizontalAlignment as string | undefined, NORMAL.horizontal);
  set("vertical", format.verticalAlignment as string | undefined, NORMAL.vertical);
  set("wrap", format.wrapText as boolean | undefined, false);
  set("indent", format.indentLevel as number | undefined, 0);
  const borders = format.borders as Record<string, { style?: string }> | undefined;
  if (borders) {
    const b: FakeBorders = { ...s.borders };
    for (const [edge, name] of EDGE_NAMES) {
      const style = borders[name]?.style;
      if (style === undefined) continue;
      if (style === "None") delete b[edge];
      else b[edge] = true;
    }
    if (Object.values(b).some(Boolean)) s.borders = b;
    else delete s.borders;
  }
  if (Object.keys(s).length) cell.style = s;
  else delete cell.style;
}
