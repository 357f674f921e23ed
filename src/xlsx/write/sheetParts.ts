/**
 * The worksheet elements around the cells, rendered from a SheetEdit, for a new sheet or over an existing one:
 * column widths (§18.3.1.13 col), merged areas (§18.3.1.55), the frozen pane (§18.3.1.66 pane), tab colour
 * (§18.3.1.93), and page setup (§18.3.1.62 pageMargins, §18.3.1.63 pageSetup, §18.3.1.70 printOptions,
 * §18.3.1.65 pageSetUpPr). Existing elements are kept as they are unless an edit changes them.
 */
import { columnName, rangeToA1, type CellRange, type PrintSetup } from "../../core";
import { childElements, tagAttrs, type Tag } from "../xml/xmlScan";
import { escapeAttr } from "../xml/xmlText";
import { overlaps } from "./rangeMath";
import type { SheetEdit } from "./sheetEdit";

export interface ColEntry {
  min: number;
  max: number;
  attrs: Map<string, string>;
  /** The original element's text; null once changed. */
  text: string | null;
}

const tagOf = (xml: string): Tag => ({
  start: 0,
  end: xml.indexOf(">") + 1,
  name: xml.slice(1, xml.search(/[\s/>]/)),
  local: "",
  kind: "empty",
});

/** The `<col>` entries of a `<cols>` element's text (1-based min and max, as stored). */
export function parseCols(xml: string, cols: { tag: Tag; end: number } | undefined): ColEntry[] {
  if (!cols) return [];
  return childElements(xml, cols.tag).map(({ tag, end }) => {
    const attrs = tagAttrs(xml, tag);
    return { min: Number(attrs.get("min")), max: Number(attrs.get("max")), attrs, text: xml.slice(tag.start, end) };
  });
}

/** Sets widths on 0-based columns first..last, splitting entries that reach outside (their other attributes kept). */
export function applyWidths(cols: ColEntry[], widths: SheetEdit["widths"]): ColEntry[] | null {
  if (!widths.length) return null;
  let out = cols;
  for (const w of widths) {
    const first = w.first + 1;
    const last = w.last + 1;
    const next: ColEntry[] = [];
    for (const c of out) {
      if (c.max < first || c.min > last) {
        next.push(c);
        continue;
      }
      if (c.min < first) next.push({ ...c, max: first - 1, text: null });
      if (c.max > last) next.push({ ...c, min: last + 1, text: null });
      const attrs = new Map(c.attrs);
      if (w.width === null) {
        // The standard width: the entry loses its width, and goes when nothing else is left in it (§18.3.1.13).
        attrs.delete("width");
        attrs.delete("customWidth");
        if ([...attrs.keys()].every((k) => k === "min" || k === "max")) continue;
      } else {
        attrs.set("width", String(w.width));
        attrs.set("customWidth", "1");
      }
      next.push({ min: Math.max(c.min, first), max: Math.min(c.max, last), attrs, text: null });
    }
    if (w.width === null) {
      out = next.sort((a, b) => a.min - b.min);
      continue;
    }
    // Columns of the range no entry covered get an entry of their own.
    for (let col = first; col <= last; col++) {
      if (next.some((c) => col >= c.min && col <= c.max)) continue;
      let end = col;
      while (end + 1 <= last && !next.some((c) => end + 1 >= c.min && end + 1 <= c.max)) end++;
      next.push({
        min: col,
        max: end,
        attrs: new Map([
          ["width", String(w.width)],
          ["customWidth", "1"],
        ]),
        text: null,
      });
      col = end;
    }
    out = next.sort((a, b) => a.min - b.min);
  }
  return out;
}

export function colsXml(p: string, cols: ColEntry[]): string {
  const body = cols
    .map((c) => {
      if (c.text !== null) return c.text;
      const attrs = new Map(c.attrs);
      attrs.set("min", String(c.min));
      attrs.set("max", String(c.max));
      const order = [
        "min",
        "max",
        "width",
        "style",
        "hidden",
        "bestFit",
        "customWidth",
        "phonetic",
        "outlineLevel",
        "collapsed",
      ];
      const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
      const keys = [...attrs.keys()].sort((a, b) => rank(a) - rank(b));
      return `<${p}col${keys.map((k) => ` ${k}="${escapeAttr(attrs.get(k)!)}"`).join("")}/>`;
    })
    .join("");
  return `<${p}cols>${body}</${p}cols>`;
}

/** The style index of a column (for cells created in it), from its `<col style>`. */
export function columnStyle(cols: ColEntry[], col: number): number {
  const c = cols.find((e) => col + 1 >= e.min && col + 1 <= e.max);
  return c ? Number(c.attrs.get("style") ?? 0) : 0;
}

export interface MergeEntry {
  range: CellRange;
  text: string | null;
}

/** Each merge step unmerges what it overlaps, then merges its range (as Excel's Merge). Null when there was none. */
/** The merged areas after merge and unmerge steps, in order (each unmerges what it overlaps first). */
export function applyMerges(
  existing: MergeEntry[],
  merges: { range: CellRange; merge: boolean }[],
): MergeEntry[] | null {
  if (!merges.length) return null;
  let out = existing;
  for (const m of merges) {
    out = out.filter((e) => !overlaps(e.range, m.range));
    if (m.merge) out = [...out, { range: m.range, text: null }];
  }
  return out.length === existing.length && out.every((e, i) => e === existing[i]) ? null : out;
}

export function mergeCellsXml(p: string, merges: MergeEntry[]): string {
  if (!merges.length) return "";
  const body = merges.map((m) => m.text ?? `<${p}mergeCell ref="${rangeToA1(m.range)}"/>`).join("");
  return `<${p}mergeCells count="${merges.length}">${body}</${p}mergeCells>`;
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** A frozen pane under the top `rows` rows (§18.3.1.66), with the selection in the pane below. */
export function frozenPaneXml(p: string, rows: number): string {
  const cell = `A${rows + 1}`;
  return (
    `<${p}pane ySplit="${rows}" topLeftCell="${cell}" activePane="bottomLeft" state="frozen"/>` +
    `<${p}selection pane="bottomLeft" activeCell="${cell}" sqref="${cell}"/>`
  );
}

export function tabColorXml(p: string, color: string): string {
  return `<${p}tabColor rgb="${argb(color)}"/>`;
}

/** printOptions, pageMargins and pageSetup for a plan's print setup (margins in inches; paper 9 is A4). */
export function printXml(
  p: string,
  setup: PrintSetup,
): { printOptions: string; pageMargins: string; pageSetup: string } {
  const m = setup.margins;
  return {
    printOptions: setup.centerHorizontally ? `<${p}printOptions horizontalCentered="1"/>` : "",
    pageMargins: `<${p}pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
    pageSetup: `<${p}pageSetup paperSize="9" orientation="${setup.orientation}" fitToWidth="${setup.fitToWidth}" fitToHeight="${setup.fitToHeight}"/>`,
  };
}

/** Print titles as a sheet-scoped `_xlnm.Print_Titles` formula (§18.2.5): whole rows, e.g. `'Phụ lục'!$3:$3`. */
export function printTitlesFormula(quotedSheet: string, setup: PrintSetup): string | null {
  if (!setup.repeatRows) return null;
  return `${quotedSheet}!$${setup.repeatRows.top + 1}:$${setup.repeatRows.bottom + 1}`;
}

export { columnName, tagOf };
