/**
 * Reads an .xlsx package into the engine's `WorkbookGrid`, reading only what the engine needs: the workbook part,
 * the worksheets, the shared strings, the number formats of the styles, merged areas and the defined names that
 * mark generated sheets. What was read stays with the result, so writing never reads the package again.
 */
import { MARKERS, ORIGINALS_SHEET, type GeneratedRole, type SheetGrid, type WorkbookGrid } from "../../core";
import type { ZipCodec } from "../zip/codec";
import { openPackage, type Package, type ReadResult } from "./openPackage";
import { parseRels, relKind, relsPathOf, resolveTarget, type Relationship } from "./rels";
import { readKeptFormulas, type ReadableSheet } from "./readKeptCells";
import { readSharedStrings } from "./readSharedStrings";
import { readSheet, type SheetIndex } from "./readSheet";
import { readStyles, type CellFormats } from "./readStyles";
import { readWorkbookXml, type DefinedName, type SheetEntry, type WorkbookInfo } from "./readWorkbookXml";

/** A part read as text, with its name. */
export interface TextPart {
  part: string;
  xml: string;
}

export interface SheetPart {
  entry: SheetEntry;
  /** The relationship kind of its part: "worksheet", "chartsheet", "dialogsheet", "xlMacrosheet", … */
  kind: string;
  part: string | null;
  /** Worksheets only: the part's text and where its rows are. */
  xml?: string;
  index?: SheetIndex;
}

export interface WorkbookPackage {
  pkg: Package;
  contentTypes: TextPart;
  workbook: TextPart & { info: WorkbookInfo; relsPart: string; relsXml: string; rels: Relationship[] };
  styles: TextPart | null;
  app: TextPart | null;
  sheets: SheetPart[];
}

export interface OpenedWorkbook {
  grid: WorkbookGrid;
  source: WorkbookPackage;
  /** The shared strings and number formats as read, for reading single cells again (the originals' capture). */
  read: { strings: string[]; formats: CellFormats };
  /** The workbook holds macros (its part is macro-enabled, as in an .xlsm): the output must keep that extension. */
  macroEnabled: boolean;
}

const CONTENT_TYPES = "[Content_Types].xml";

/** The sheet a defined name's formula points at. Example: `"'Phụ lục'!$A$1"` → "Phụ lục". */
export function sheetOfFormula(formula: string): string | null {
  const m = /^\s*(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(formula);
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
}

function readMarkers(names: DefinedName[], sheets: string[]): Partial<Record<GeneratedRole, string>> {
  const found: Partial<Record<GeneratedRole, string>> = {};
  for (const n of names) {
    if (n.localSheetId !== null) continue;
    for (const role of Object.keys(MARKERS) as GeneratedRole[]) {
      const sheet = sheetOfFormula(n.formula);
      if (n.name.toLowerCase() === MARKERS[role].toLowerCase() && sheet !== null && sheets.includes(sheet))
        found[role] = sheet;
    }
  }
  return found;
}

/**
 * Opens an .xlsx (or .xlsm, .xltx) file. Example: the sample report gives one sheet grid, "KQ Nghị quyết 2021".
 * An OLE file is "oldXls" or "encrypted"; a package whose parts cannot be read is "damaged"; anything else that
 * is not a workbook (a text file, a .docx, an empty zip) is "notAWorkbook".
 */
export function readWorkbook(bytes: Uint8Array, codec: ZipCodec): ReadResult<OpenedWorkbook> {
  const opened = openPackage(bytes, codec);
  if (!opened.ok) return opened;
  const pkg = opened.value;
  const damaged = { ok: false, error: "damaged" } as const;
  const notWorkbook = { ok: false, error: "notAWorkbook" } as const;

  const rootRels = pkg.text("_rels/.rels");
  const office = rootRels ? parseRels(rootRels).find((r) => relKind(r.type) === "officeDocument") : undefined;
  const workbookPart = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  if (!pkg.entry(workbookPart)) return notWorkbook;
  const workbookXml = pkg.text(workbookPart);
  if (workbookXml === null) return damaged;
  const info = readWorkbookXml(workbookXml);
  if (!info) return notWorkbook;
  const contentTypesXml = pkg.text(CONTENT_TYPES);
  if (contentTypesXml === null) return pkg.entry(CONTENT_TYPES) ? damaged : notWorkbook;
  const relsPart = relsPathOf(workbookPart);
  const relsXml = pkg.text(relsPart) ?? "";
  const rels = parseRels(relsXml);
  const partOf = (kind: string) => {
    const rel = rels.find((r) => relKind(r.type) === kind && !r.external);
    return rel ? resolveTarget(workbookPart, rel.target) : null;
  };
  const textOf = (part: string | null): TextPart | null | "damaged" => {
    if (!part || !pkg.entry(part)) return null;
    const xml = pkg.text(part);
    return xml === null ? "damaged" : { part, xml };
  };
  const strings = textOf(partOf("sharedStrings"));
  const styles = textOf(partOf("styles"));
  const appRel = rootRels ? parseRels(rootRels).find((r) => relKind(r.type) === "extended-properties") : undefined;
  const app = textOf(appRel ? resolveTarget("", appRel.target) : null);
  if (strings === "damaged" || styles === "damaged") return damaged;
  const ctx = {
    strings: strings ? readSharedStrings(strings.xml) : [],
    formats: readStyles(styles?.xml ?? null),
    date1904: info.date1904,
  };

  const sheets: SheetPart[] = [];
  const grids: SheetGrid[] = [];
  for (const entry of info.sheets) {
    const rel = rels.find((r) => r.id === entry.rId);
    const part = rel && !rel.external ? resolveTarget(workbookPart, rel.target) : null;
    const kind = rel ? relKind(rel.type) : "";
    if (kind !== "worksheet" || !part) {
      sheets.push({ entry, kind, part });
      continue;
    }
    const xml = pkg.text(part);
    if (xml === null) return damaged;
    const read = readSheet(entry.name, xml, ctx);
    if (!read) return damaged;
    sheets.push({ entry, kind, part, xml, index: read.index });
    grids.push(read.grid);
  }
  if (info.sheets.length === 0) return notWorkbook;
  const generated = readMarkers(
    info.names,
    grids.map((g) => g.name),
  );
  // Without a marker (a host without defined names wrote it), the originals sheet is found by its reserved name.
  const reserved = info.sheets.find((e) => e.name === ORIGINALS_SHEET && e.state === "veryHidden");
  if (!generated.originals && reserved && grids.some((g) => g.name === reserved.name))
    generated.originals = reserved.name;
  const grid: WorkbookGrid = { sheets: grids, generated };
  const readable = sheets.flatMap((p): ReadableSheet[] =>
    p.xml !== undefined && p.index ? [{ name: p.entry.name, xml: p.xml, index: p.index }] : [],
  );
  readKeptFormulas(grid, readable, ctx.strings);
  const override = [...contentTypesXml.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)].find((m) =>
    m[0].toLowerCase().includes(`"/${workbookPart.toLowerCase()}"`),
  );
  return {
    ok: true,
    value: {
      macroEnabled: !!override && /macroEnabled/i.test(override[0]),
      grid,
      read: { strings: ctx.strings, formats: ctx.formats },
      source: {
        pkg,
        contentTypes: { part: CONTENT_TYPES, xml: contentTypesXml },
        workbook: { part: workbookPart, xml: workbookXml, info, relsPart, relsXml, rels },
        styles: styles ?? null,
        app: app === "damaged" ? null : app,
        sheets,
      },
    },
  };
}
