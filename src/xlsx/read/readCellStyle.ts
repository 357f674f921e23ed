/**
 * A cell format of the styles part (ECMA-376 Part 1 §18.8.45 xf) in the plan's terms, as the originals sheet keeps
 * it besides the format's index: font (§18.8.22; name and size only where they differ from the Normal font, fonts
 * 0), solid fill (§18.8.32), thin border edges (§18.8.4), alignment (§18.8.1) and number format. Colours given by
 * theme or index have no "#RRGGBB" and are left out (the index restores them exactly).
 */
import type { KeptEdge, KeptStyle } from "../../core";
import { childElements, findFirst, tagAttrs, type Child } from "../xml/xmlScan";
import type { CellFormats } from "./readStyles";

const EDGES: KeptEdge[] = ["top", "bottom", "left", "right"];

const rgb = (attrs: Map<string, string>): string | undefined => {
  const v = attrs.get("rgb");
  return v && /^[0-9A-Fa-f]{8}$/.test(v) ? `#${v.slice(2).toUpperCase()}` : undefined;
};

const on = (attrs: Map<string, string>) => {
  const v = attrs.get("val");
  return v === undefined || v === "1" || v === "true";
};

export class StyleReader {
  private readonly xfs: Map<string, string>[] = [];
  private readonly alignments: (Map<string, string> | null)[] = [];
  private readonly fonts: Child[];
  private readonly fills: Child[];
  private readonly borders: Child[];
  private readonly cache = new Map<number, KeptStyle>();

  constructor(
    private readonly xml: string,
    private readonly formats: CellFormats,
  ) {
    const list = (local: string) => {
      const el = xml ? findFirst(xml, local) : null;
      return el ? childElements(xml, el.tag) : [];
    };
    for (const xf of list("cellXfs")) {
      this.xfs.push(tagAttrs(xml, xf.tag));
      const align = childElements(xml, xf.tag).find((c) => c.tag.local === "alignment");
      this.alignments.push(align ? tagAttrs(xml, align.tag) : null);
    }
    this.fonts = list("fonts");
    this.fills = list("fills");
    this.borders = list("borders");
  }

  private kids(list: Child[], id: number): Map<string, Map<string, string>> {
    const el = list[id];
    const out = new Map<string, Map<string, string>>();
    if (!el) return out;
    for (const c of childElements(this.xml, el.tag)) out.set(c.tag.local, tagAttrs(this.xml, c.tag));
    return out;
  }

  private inner(list: Child[], id: number, local: string, child: string): Map<string, string> | undefined {
    const el = list[id];
    const part = el ? childElements(this.xml, el.tag).find((c) => c.tag.local === local) : undefined;
    const sub = part ? childElements(this.xml, part.tag).find((c) => c.tag.local === child) : undefined;
    return sub ? tagAttrs(this.xml, sub.tag) : undefined;
  }

  /** The format of cell style `xf` as a whole state. Example: the sample's header style → bold, wrapped, centred. */
  style(xf: number): KeptStyle {
    const cached = this.cache.get(xf);
    if (cached) return cached;
    const out: KeptStyle = {};
    const a = this.xfs[xf] ?? this.xfs[0] ?? new Map<string, string>();
    const font = this.kids(this.fonts, Number(a.get("fontId") ?? 0));
    const normal = this.kids(this.fonts, 0);
    const name = font.get("name")?.get("val");
    const size = Number(font.get("sz")?.get("val"));
    if (name && name !== normal.get("name")?.get("val")) out.fontName = name;
    if (size && size !== Number(normal.get("sz")?.get("val"))) out.fontSize = size;
    if (font.has("b") && on(font.get("b")!)) out.bold = true;
    if (font.has("i") && on(font.get("i")!)) out.italic = true;
    const color = font.get("color") && rgb(font.get("color")!);
    if (color) out.fontColor = color;
    const fillId = Number(a.get("fillId") ?? 0);
    const pattern = this.kids(this.fills, fillId).get("patternFill");
    if (pattern?.get("patternType") === "solid") {
      const fg = this.inner(this.fills, fillId, "patternFill", "fgColor");
      const fill = fg && rgb(fg);
      if (fill) out.fill = fill;
    }
    const border = this.kids(this.borders, Number(a.get("borderId") ?? 0));
    const edges = EDGES.filter((e) => border.get(e)?.get("style") === "thin");
    if (edges.length) out.borders = edges;
    const align = this.alignments[xf];
    const h = align?.get("horizontal");
    if (h === "left" || h === "center" || h === "right") out.horizontal = h;
    const v = align?.get("vertical");
    if (v === "top" || v === "bottom") out.vertical = v;
    else if (v === "center") out.vertical = "middle";
    const wrap = align?.get("wrapText");
    if (wrap !== undefined) out.wrap = wrap === "1" || wrap === "true";
    const code = xf > 0 ? this.formats.codes[xf] : undefined;
    if (code && code !== "General") out.numberFormat = code;
    this.cache.set(xf, out);
    return out;
  }
}
