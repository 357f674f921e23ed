/**
 * Number formats and looks (font, size, bold, italic, indent) by cell style index, from the styles part (ECMA-376
 * Part 1 §18.8.30 numFmt, §18.8.22 font, §18.8.10 cellXfs) and the built-in formats (§18.8.30, the ids 0–49 Excel
 * does not write out).
 */
import type { CellFont } from "../../core";
import { childElements, findFirst, tagAttrs } from "../xml/xmlScan";

/** The built-in number formats that have a fixed code in every locale (§18.8.30's table, as ExcelJS names them). */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export const builtInFormat = (id: number): string | undefined => BUILT_IN[id];

/** The id of a built-in format with this code, if any. Example: `builtInId("0%") === 9`. */
export function builtInId(code: string): number | undefined {
  for (const [id, c] of Object.entries(BUILT_IN)) if (c === code) return Number(id);
  return undefined;
}

/**
 * Whether a number format shows a date or time: after dropping [..] sections and quoted text, it has one of the
 * date and time letters (y, m, d, h, s, b, M). Example: `isDateFormat("dd/mm/yyyy")`; not `"0%"` nor `'0 "m"'`.
 */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

export interface CellFormats {
  /** The number format code of each cell style (cellXfs index); undefined for General (id 0) or an unknown id. */
  codes: (string | undefined)[];
  /** Whether each cell style shows numbers as dates. */
  dates: boolean[];
  /** The distinct looks of the cell styles: font name, size, bold and italic (§18.8.22 font), and indent. */
  looks: CellFont[];
  /**
   * Each cell style's look in `looks`; undefined for a style that keeps the workbook's default font and no indent
   * (a cell added there looks the same anyway).
   */
  lookOf: (number | undefined)[];
}

/** A font of the fonts list (§18.8.22): name, size, bold, italic (a `val` of "0" or "false" switches one off). */
function readFont(xml: string, font: ReturnType<typeof childElements>[number]): CellFont {
  const out: CellFont = {};
  for (const { tag } of childElements(xml, font.tag)) {
    const val = tagAttrs(xml, tag).get("val");
    const on = val === undefined || (val !== "0" && val.toLowerCase() !== "false");
    if (tag.local === "name" && val) out.name = val;
    else if (tag.local === "sz" && val && Number.isFinite(Number(val))) out.size = Number(val);
    else if (tag.local === "b") out.bold = on;
    else if (tag.local === "i") out.italic = on;
  }
  out.bold ??= false;
  out.italic ??= false;
  return out;
}

/**
 * The number format of each cell style. Backslash escapes in codes are dropped ("0\%" reads "0%"), as the grid has
 * always shown them. Style 0 counts as General, however it is defined, as the grid has always read it.
 */
export function readStyles(xml: string | null): CellFormats {
  const codes: (string | undefined)[] = [];
  const dates: boolean[] = [];
  const looks: CellFont[] = [];
  const lookOf: (number | undefined)[] = [];
  const known = new Map<string, number>();
  if (!xml) return { codes, dates, looks, lookOf };
  const fontList = findFirst(xml, "fonts");
  const fontOf = fontList ? childElements(xml, fontList.tag).map((f) => readFont(xml, f)) : [];
  const custom = new Map<number, string>();
  const numFmts = findFirst(xml, "numFmts");
  if (numFmts) {
    for (const { tag } of childElements(xml, numFmts.tag)) {
      const a = tagAttrs(xml, tag);
      const id = Number(a.get("numFmtId"));
      const code = a.get("formatCode");
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code.replace(/\\(.)/g, "$1"));
    }
  }
  const cellXfs = findFirst(xml, "cellXfs");
  if (cellXfs) {
    childElements(xml, cellXfs.tag).forEach((xf, i) => {
      const attrs = tagAttrs(xml, xf.tag);
      const id = Number(attrs.get("numFmtId") ?? 0);
      const code = i === 0 || !id ? undefined : (custom.get(id) ?? BUILT_IN[id]);
      codes.push(code);
      dates.push(code !== undefined && isDateFormat(code));
      const fontId = Number(attrs.get("fontId") ?? 0);
      const font: CellFont = { ...(fontOf[fontId] ?? fontOf[0] ?? {}) };
      // The alignment's indent (§18.8.1 `indent`: three spaces of the Normal font a level).
      const alignment =
        xf.tag.kind === "open" ? childElements(xml, xf.tag).find((c) => c.tag.local === "alignment") : undefined;
      const indent = alignment ? Number(tagAttrs(xml, alignment.tag).get("indent") ?? 0) : 0;
      if (Number.isInteger(indent) && indent > 0) font.indent = indent;
      if (fontId > 0 || font.indent) {
        const key = JSON.stringify(font);
        let at = known.get(key);
        if (at === undefined) known.set(key, (at = looks.push(font) - 1));
        lookOf.push(at);
      } else lookOf.push(undefined);
    });
  }
  return { codes, dates, looks, lookOf };
}
