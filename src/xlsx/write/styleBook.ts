/**
 * The styles part (ECMA-376 Part 1 §18.8) as the writer extends it: new fonts, fills, borders, number formats,
 * cell formats (cellXfs) and differential formats (dxfs) are appended; nothing that exists is renumbered or
 * rewritten, so every style index the workbook uses keeps its meaning.
 */
import type { CellStyle } from "../../core";
import { builtInId } from "../read/readStyles";
import { childElements, tagAttrs, type Child } from "../xml/xmlScan";
import { escapeAttr } from "../xml/xmlText";
import { PartEditor, STYLESHEET_ORDER } from "./editChildren";
import type { SheetEdit } from "./sheetEdit";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** A styles part for a package that has none, as Excel writes the minimum (one font, the two required fills). */
export function defaultStyles(ns: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${ns}">` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
  );
}

/** One list of the styles part (fonts, fills, …): the existing children's text, and what we append. */
class StyleList {
  readonly texts: string[];
  private readonly index = new Map<string, number>();
  added = 0;

  constructor(
    private readonly xml: string,
    readonly el: Child | undefined,
  ) {
    this.texts = el ? childElements(xml, el.tag).map((c) => xml.slice(c.tag.start, c.end)) : [];
    this.texts.forEach((t, i) => this.index.has(t) || this.index.set(t, i));
  }

  /** The index of an element with this text, appending it when it is new. */
  intern(text: string): number {
    const known = this.index.get(text);
    if (known !== undefined) return known;
    this.texts.push(text);
    this.added++;
    this.index.set(text, this.texts.length - 1);
    return this.texts.length - 1;
  }

  /** The list element with its new children and count, or null when nothing was added. */
  render(prefix: string, local: string): string | null {
    if (!this.added) return null;
    const newOnes = this.texts.slice(this.texts.length - this.added).join("");
    if (!this.el) return `<${prefix}${local} count="${this.texts.length}">${newOnes}</${prefix}${local}>`;
    const { tag } = this.el;
    const open = this.xml.slice(tag.start, tag.end);
    const head = /\scount\s*=/.test(open)
      ? open.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${this.texts.length}"`)
      : open.replace(/\s*\/?>$/, ` count="${this.texts.length}">`);
    const opened = head.endsWith("/>") ? `${head.slice(0, -2)}>` : head;
    const inner = tag.kind === "empty" ? "" : this.xml.slice(tag.end, this.xml.lastIndexOf("<", this.el.end - 1));
    return `${opened}${inner}${newOnes}</${tag.name}>`;
  }
}

interface Xf {
  attrs: Map<string, string>;
  alignment: Map<string, string>;
  rest: string;
}

/** The children of an element's text by local name, as texts (font, border). */
function parts(xml: string): { local: string; text: string }[] {
  const root = /^<([^\s/>]+)/.exec(xml);
  if (!root || (xml.endsWith("/>") && xml.indexOf(">") === xml.length - 1)) return [];
  const wrapper = { start: 0, end: xml.indexOf(">") + 1, name: root[1]!, local: "", kind: "open" as const };
  return childElements(xml, wrapper).map((c) => ({ local: c.tag.local, text: xml.slice(c.tag.start, c.end) }));
}

const FONT_ORDER = [
  "b",
  "i",
  "strike",
  "condense",
  "extend",
  "outline",
  "shadow",
  "u",
  "vertAlign",
  "sz",
  "color",
  "name",
  "family",
  "charset",
  "scheme",
];
const BORDER_ORDER = ["start", "left", "end", "right", "top", "bottom", "diagonal", "vertical", "horizontal"];

export class StyleBook {
  private readonly editor: PartEditor;
  private readonly numFmts: StyleList;
  private readonly fonts: StyleList;
  private readonly fills: StyleList;
  private readonly borders: StyleList;
  private readonly xfs: StyleList;
  private readonly dxfs: StyleList;
  private readonly p: string;
  private nextNumFmt: number;
  private readonly numFmtIds = new Map<string, number>();
  private readonly xfCache = new Map<SheetEdit, Map<number, number>>();

  constructor(readonly xml: string) {
    this.editor = new PartEditor(xml, STYLESHEET_ORDER);
    this.p = this.editor.prefix;
    const list = (local: string) => new StyleList(xml, this.editor.first(local));
    this.numFmts = list("numFmts");
    this.fonts = list("fonts");
    this.fills = list("fills");
    this.borders = list("borders");
    this.xfs = list("cellXfs");
    this.dxfs = list("dxfs");
    let max = 163;
    for (const t of this.numFmts.texts) {
      const a = tagAttrs(t, {
        start: 0,
        end: t.indexOf(">") + 1,
        name: t.slice(1, t.search(/[\s/>]/)),
        local: "numFmt",
        kind: "empty",
      });
      const id = Number(a.get("numFmtId"));
      if (Number.isInteger(id)) {
        max = Math.max(max, id);
        const code = a.get("formatCode");
        if (code !== undefined && !this.numFmtIds.has(code)) this.numFmtIds.set(code, id);
      }
    }
    this.nextNumFmt = max + 1;
    if (!this.xfs.texts.length)
      this.xfs.intern(`<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
  }

  private numFmtId(code: string): number {
    const builtIn = builtInId(code);
    // The built-ins whose code is the same in every locale (dates and currencies vary by locale: not reused).
    if (builtIn !== undefined && [0, 1, 2, 3, 4, 9, 10, 49].includes(builtIn)) return builtIn;
    const known = this.numFmtIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.numFmtIds.set(code, id);
    this.numFmts.intern(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  private parseXf(index: number): Xf {
    const text = this.xfs.texts[index] ?? this.xfs.texts[0]!;
    const open = {
      start: 0,
      end: text.indexOf(">") + 1,
      name: text.slice(1, text.search(/[\s/>]/)),
      local: "xf",
      kind: "open" as const,
    };
    const attrs = tagAttrs(text, open);
    let alignment = new Map<string, string>();
    let rest = "";
    for (const c of parts(text)) {
      if (c.local === "alignment") {
        alignment = tagAttrs(c.text, {
          start: 0,
          end: c.text.indexOf(">") + 1,
          name: c.text.slice(1, c.text.search(/[\s/>]/)),
          local: "alignment",
          kind: "empty",
        });
      } else rest += c.text;
    }
    return { attrs, alignment, rest };
  }

  private font(base: number, s: CellStyle): number {
    const kids = parts(this.fonts.texts[base] ?? this.fonts.texts[0] ?? "<font/>");
    const map = new Map(kids.map((k) => [k.local, k.text]));
    const p = this.p;
    if (s.fontName) {
      map.set("name", `<${p}name val="${escapeAttr(s.fontName)}"/>`);
      map.delete("scheme"); // a theme font scheme would override the name
      map.delete("family");
    }
    if (s.fontSize) map.set("sz", `<${p}sz val="${s.fontSize}"/>`);
    if (s.bold === true) map.set("b", `<${p}b/>`);
    else if (s.bold === false) map.delete("b");
    if (s.italic === true) map.set("i", `<${p}i/>`);
    else if (s.italic === false) map.delete("i");
    if (s.fontColor) map.set("color", `<${p}color rgb="${argb(s.fontColor)}"/>`);
    const ordered = [...map.entries()].sort((a, b) => FONT_ORDER.indexOf(a[0]) - FONT_ORDER.indexOf(b[0]));
    return this.fonts.intern(`<${p}font>${ordered.map(([, t]) => t).join("")}</${p}font>`);
  }

  private border(base: number): number {
    const p = this.p;
    const thin = (edge: string) => `<${p}${edge} style="thin"><${p}color rgb="FF000000"/></${p}${edge}>`;
    const kept = parts(this.borders.texts[base] ?? "<border/>").filter(
      (k) => !["start", "left", "end", "right", "top", "bottom"].includes(k.local),
    );
    const all = [...["left", "right", "top", "bottom"].map((e) => ({ local: e, text: thin(e) })), ...kept];
    if (!all.some((k) => k.local === "diagonal")) all.push({ local: "diagonal", text: `<${p}diagonal/>` });
    all.sort((a, b) => BORDER_ORDER.indexOf(a.local) - BORDER_ORDER.indexOf(b.local));
    return this.borders.intern(`<${p}border>${all.map((k) => k.text).join("")}</${p}border>`);
  }

  private fill(color: string): number {
    const p = this.p;
    return this.fills.intern(
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(color)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
  }

  /**
   * The cell format that lays `layers` (in order) over cell format `base`: what a layer sets is replaced, the rest
   * kept. Example: base 4 (bordered, General) with `{ numberFormat: "0" }` → a new xf, bordered, format "0".
   */
  xfFor(base: number, edit: SheetEdit, fmt: number): number {
    if (!fmt) return base;
    let cache = this.xfCache.get(edit);
    if (!cache) this.xfCache.set(edit, (cache = new Map()));
    const cacheKey = base * 1048576 + fmt;
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const layers = edit.layers(fmt);
    const xf = this.parseXf(base);
    const a = xf.attrs;
    const num = (k: string) => Number(a.get(k) ?? 0);
    for (const s of layers) {
      if (s.fontName || s.fontSize || s.bold !== undefined || s.italic !== undefined || s.fontColor) {
        a.set("fontId", String(this.font(num("fontId"), s)));
        a.set("applyFont", "1");
      }
      if (s.fill) {
        a.set("fillId", String(this.fill(s.fill)));
        a.set("applyFill", "1");
      }
      if (s.border) {
        a.set("borderId", String(this.border(num("borderId"))));
        a.set("applyBorder", "1");
      }
      if (s.numberFormat) {
        a.set("numFmtId", String(this.numFmtId(s.numberFormat)));
        a.set("applyNumberFormat", "1");
      }
      if (s.horizontal || s.vertical || s.wrap !== undefined || s.indent !== undefined) {
        if (s.horizontal) xf.alignment.set("horizontal", s.horizontal);
        if (s.vertical) xf.alignment.set("vertical", s.vertical === "middle" ? "center" : s.vertical);
        if (s.wrap !== undefined) xf.alignment.set("wrapText", s.wrap ? "1" : "0");
        // §18.8.1 alignment@indent: the indent level (three spaces of the Normal font each); 0 is the default.
        if (s.indent) xf.alignment.set("indent", String(s.indent));
        else if (s.indent === 0) xf.alignment.delete("indent");
        a.set("applyAlignment", "1");
      }
    }
    const p = this.p;
    const attrs = (m: Map<string, string>) => [...m].map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join("");
    const alignment = xf.alignment.size ? `<${p}alignment${attrs(xf.alignment)}/>` : "";
    const inner = alignment + xf.rest;
    const text = inner ? `<${p}xf${attrs(a)}>${inner}</${p}xf>` : `<${p}xf${attrs(a)}/>`;
    const index = this.xfs.intern(text);
    cache.set(cacheKey, index);
    return index;
  }

  /** A differential format for a conditional-format rule: this fill behind, this font colour (§18.8.14 dxf). */
  dxfFor(fill: string, fontColor: string): number {
    const p = this.p;
    return this.dxfs.intern(
      `<${p}dxf><${p}font><${p}color rgb="${argb(fontColor)}"/></${p}font><${p}fill><${p}patternFill><${p}bgColor rgb="${argb(fill)}"/></${p}patternFill></${p}fill></${p}dxf>`,
    );
  }

  /** The styles part with what was appended, or null when nothing was. */
  render(): string | null {
    const lists: [string, StyleList][] = [
      ["numFmts", this.numFmts],
      ["fonts", this.fonts],
      ["fills", this.fills],
      ["borders", this.borders],
      ["cellXfs", this.xfs],
      ["dxfs", this.dxfs],
    ];
    let any = false;
    for (const [local, list] of lists) {
      const text = list.render(this.p, local);
      if (text === null) continue;
      any = true;
      if (list.el) this.editor.replace(list.el.tag.start, list.el.end, text);
      else this.editor.insert(local, text);
    }
    return any ? this.editor.toString() : null;
  }
}
