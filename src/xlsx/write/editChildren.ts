/**
 * Surgical edits of a part's root element: replace, remove or insert its direct children while every byte of the
 * rest stays as it was. New children go where the schema's sequence wants them (the `order` lists below, from
 * ECMA-376 Part 1); children the order does not know (mc:AlternateContent, extensions) keep their place.
 */
import { childElements, rootTag, type Child, type Tag } from "../xml/xmlScan";

/** CT_Worksheet's children in sequence (§18.3.1.99). */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** CT_Workbook's children in sequence (§18.2.27). */
export const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** CT_Stylesheet's children in sequence (§18.8.39). */
export const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/** CT_SheetPr's children in sequence (§18.3.1.82). */
export const SHEET_PR_ORDER = ["tabColor", "outlinePr", "pageSetUpPr"];

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A set of edits on one part's text, applied at once; positions refer to the original text. */
export class PartEditor {
  readonly root: Tag;
  readonly children: Child[];
  readonly prefix: string;
  private readonly edits: Edit[] = [];

  constructor(
    readonly xml: string,
    private readonly order: string[],
    children?: Child[],
  ) {
    const root = rootTag(xml);
    if (!root) throw new Error("PartEditor: no root element");
    this.root = root;
    this.children = children ?? childElements(xml, root);
    this.prefix = root.name.includes(":") ? root.name.slice(0, root.name.indexOf(":") + 1) : "";
  }

  /** Direct children with this local name. */
  all(local: string): Child[] {
    return this.children.filter((c) => c.tag.local === local);
  }

  first(local: string): Child | undefined {
    return this.children.find((c) => c.tag.local === local);
  }

  /** Replaces a span of the original text. */
  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text });
  }

  /** Inserts a new child where the schema's sequence puts an element of this local name. */
  insert(local: string, text: string): void {
    const rank = this.order.indexOf(local);
    let at = -1;
    for (const c of this.children) {
      const r = this.order.indexOf(c.tag.local);
      if (r >= 0 && r <= rank) at = c.end;
      else if (r > rank) break;
    }
    if (at < 0) at = this.root.kind === "empty" ? -1 : this.root.end;
    if (at < 0) {
      // <root/>: open it to hold the child.
      const open = this.xml.slice(this.root.start, this.root.end - 2).trimEnd();
      this.edits.push({ start: this.root.start, end: this.root.end, text: `${open}>${text}</${this.root.name}>` });
      return;
    }
    this.edits.push({ start: at, end: at, text });
  }

  /** Sets (replacing all of that name) or, with null, removes a child; inserts it when there was none. */
  set(local: string, text: string | null): void {
    const existing = this.all(local);
    if (existing.length) {
      existing.forEach((c, i) => this.replace(c.tag.start, c.end, i === 0 && text !== null ? text : ""));
    } else if (text !== null) this.insert(local, text);
  }

  /** The text with every edit applied. Edits at the same position keep the order they were made in. */
  toString(): string {
    const edits = this.edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.i - b.i);
    const out: string[] = [];
    let p = 0;
    for (const e of edits) {
      if (e.start < p) continue; // overlapping edit: the first one wins
      out.push(this.xml.slice(p, e.start), e.text);
      p = e.end;
    }
    out.push(this.xml.slice(p));
    return out.join("");
  }

  get changed(): boolean {
    return this.edits.length > 0;
  }
}

/** Sets an attribute in a start tag's text (added before the closing ">" or "/>" when absent). */
const ATTR_RES = new Map<string, RegExp>();

export function setAttr(tagText: string, name: string, value: string | null): string {
  let re = ATTR_RES.get(name);
  if (!re) ATTR_RES.set(name, (re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`)));
  if (re.test(tagText))
    return value === null ? tagText.replace(re, "") : tagText.replace(re, (_, pre: string) => `${pre}"${value}"`);
  if (value === null) return tagText;
  const end = tagText.endsWith("/>") ? tagText.length - 2 : tagText.length - 1;
  return `${tagText.slice(0, end).replace(/\s+$/, "")} ${name}="${value}"${tagText.slice(end)}`;
}
