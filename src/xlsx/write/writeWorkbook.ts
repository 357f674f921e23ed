/**
 * The file adapter's writer: interprets the write steps, in order, over the package as it was read, and writes a
 * new package in which every part we do not change is copied byte for byte (its compressed bytes as they were).
 * What changes: the sheets the steps write (patched in place, or written from scratch for generated sheets),
 * workbook.xml (sheets, defined names, full recalculation on load), its relationships, [Content_Types].xml,
 * styles.xml (appended to), docProps/app.xml titles; calcChain.xml is dropped, since its cells no longer match.
 */
import type { WriteStep } from "../../core";
import { relKind, relativeTarget, relsPathOf, resolveTarget } from "../read/rels";
import type { OpenedWorkbook } from "../read/readWorkbook";
import type { ZipCodec } from "../zip/codec";
import { pack, writeZip, type OutputEntry, type Packed } from "../zip/writeZip";
import { encodePart } from "../xml/partText";
import { BookEdit, type BookSheet } from "./bookEdit";
import { editAppTitles, editContentTypes, editRels } from "./bookParts";
import { keptParts } from "./keptParts";
import { patchSheet } from "./patchSheet";
import { renameInPart } from "./renameRefs";
import { renderSheet } from "./renderSheet";
import { defaultStyles, StyleBook } from "./styleBook";
import { definedNameTexts, editWorkbookXml, namespacesOf } from "./workbookXml";

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** A part name not taken yet (OPC part names compare without case). Example: "xl/worksheets/sheet3.xml". */
function freePart(taken: Set<string>, dir: string, stem: string): string {
  for (let n = 1; ; n++) {
    const part = `${dir}${stem}${n}.xml`;
    if (!taken.has(part.toLowerCase())) {
      taken.add(part.toLowerCase());
      return part;
    }
  }
}

function freeRelId(taken: Set<string>): string {
  for (let n = taken.size + 1; ; n++) {
    const id = `rId${n}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/**
 * The package after the steps. The opened workbook is not changed, so the same one can be written again with
 * other steps (the web page computes more than once on one opened file).
 * Example: `writeWorkbook(opened, lowerPlan(plan, ALL_CAPABILITIES).steps, codec)` → the .xlsx bytes.
 */
export async function writeWorkbook(opened: OpenedWorkbook, steps: WriteStep[], codec: ZipCodec): Promise<Uint8Array> {
  const src = opened.source;
  const { pkg, workbook } = src;
  const ns = namespacesOf(workbook.xml, workbook.info.strict);
  const book = new BookEdit(src, definedNameTexts(workbook.xml));
  const takenParts = new Set(pkg.archive.entries.map((e) => e.name.toLowerCase()));
  const takenIds = new Set(workbook.rels.map((r) => r.id));
  const workbookDir = workbook.part.slice(0, workbook.part.lastIndexOf("/") + 1);
  const newSheet = (name: string): BookSheet => ({
    name,
    sheetId: "",
    rId: freeRelId(takenIds),
    state: null,
    kind: "worksheet",
    part: freePart(takenParts, `${workbookDir}worksheets/`, "sheet"),
    source: null,
    originalIndex: null,
    fresh: null,
    patch: null,
    keep: new Set(),
  });
  for (const step of steps) book.apply(step, newSheet);

  const styles = new StyleBook(src.styles?.xml ?? defaultStyles(ns.main));
  const changed = new Map<string, PartData>();
  // Sheets are deflated as soon as they are written, on the codec's threads, while the next one is being made;
  // a sheet's own bytes are let go once deflated (before the sheet after next is made), not kept to the end.
  let inFlight: Promise<Packed> | null = null;
  const deflateNow = (data: string | Uint8Array): PartData => {
    if (typeof data === "string") return data;
    const packed = pack(data, codec);
    return { packed };
  };
  const dropped = new Set<string>();
  const added: { part: string; data: PartData; type?: string }[] = [];
  const addedRels: { id: string; type: string; target: string }[] = [];
  const droppedRels = new Set<string>();

  for (const sheet of book.sheets) {
    if (!sheet.part) continue;
    let data: string | Uint8Array | null = null;
    if (sheet.fresh) {
      const kept = sheet.source?.xml ? keptParts(sheet.source.xml, sheet.keep) : undefined;
      data = renderSheet(sheet.fresh, styles, ns, kept);
      // An emptied sheet loses what hung from it (drawings, notes, printer settings): its relationships go.
      const rels = relsPathOf(sheet.part);
      if (sheet.source && pkg.entry(rels)) dropped.add(rels);
    } else if (sheet.patch && sheet.source?.xml && sheet.source.index) {
      data = patchSheet({ xml: sheet.source.xml, index: sheet.source.index, edit: sheet.patch, styles });
    } else if (sheet.source?.xml) data = sheet.source.xml;
    if (data === null) continue;
    const before = inFlight;
    if (book.renames.length) {
      // Formulas follow a renamed or deleted sheet (rare: a generated sheet switching language).
      let text = typeof data === "string" ? data : decoder.decode(data);
      for (const r of book.renames) text = renameInPart(text, r.from, r.to);
      if (typeof data === "string" || text !== decoder.decode(data)) data = text;
    }
    let part: PartData | null = null;
    if (!sheet.source) {
      added.push({ part: sheet.part, data: (part = deflateNow(data)), type: WORKSHEET_TYPE });
      addedRels.push({
        id: sheet.rId,
        type: ns.relType("worksheet"),
        target: relativeTarget(workbook.part, sheet.part),
      });
    } else if (data !== sheet.source.xml) changed.set(sheet.part, (part = deflateNow(data)));
    data = null;
    if (part !== null && typeof part === "object" && "packed" in part) {
      inFlight = part.packed;
      if (before) await before;
    }
  }
  for (const sheet of book.deleted) {
    if (sheet.part) dropped.add(sheet.part).add(relsPathOf(sheet.part));
    droppedRels.add(sheet.rId);
  }
  // Charts refer to sheets by name too (c:f); they follow a rename or deletion.
  if (book.renames.length) {
    for (const e of pkg.archive.entries) {
      if (!/^xl\/charts\/chart[^/]*\.xml$/i.test(e.name) || changed.has(e.name)) continue;
      const xml = pkg.text(e.name);
      if (xml === null) continue;
      let text = xml;
      for (const r of book.renames) text = renameInPart(text, r.from, r.to);
      if (text !== xml) changed.set(e.name, text);
    }
  }

  // calcChain lists formula cells by position; once formulas change it is stale, and Excel rebuilds it.
  for (const r of workbook.rels) {
    if (relKind(r.type) !== "calcChain" || r.external) continue;
    droppedRels.add(r.id);
    dropped.add(resolveTarget(workbook.part, r.target));
  }

  const stylesText = styles.render();
  if (stylesText !== null) {
    if (src.styles) changed.set(src.styles.part, stylesText);
    else {
      const part = freePart(takenParts, workbookDir, "styles");
      added.push({ part, data: stylesText, type: STYLES_TYPE });
      addedRels.push({
        id: freeRelId(takenIds),
        type: ns.relType("styles"),
        target: relativeTarget(workbook.part, part),
      });
    }
  }

  changed.set(workbook.part, editWorkbookXml(workbook.xml, book, ns));
  changed.set(workbook.relsPart, editRels(workbook.relsXml || emptyRels(), droppedRels, addedRels));
  changed.set(
    src.contentTypes.part,
    editContentTypes(
      src.contentTypes.xml,
      dropped,
      added.flatMap((a) => (a.type ? [{ part: a.part, type: a.type }] : [])),
    ),
  );
  if (src.app) {
    const before = src.sheets.filter((s) => s.kind === "worksheet" || s.kind === "chartsheet").map((s) => s.entry.name);
    const renamed = new Map<string, string>();
    for (const s of book.sheets)
      if (s.source && s.source.entry.name !== s.name) renamed.set(s.source.entry.name, s.name);
    const app = editAppTitles(src.app.xml, {
      before,
      renamed,
      removed: new Set(book.deleted.map((s) => s.source?.entry.name ?? s.name)),
      added: book.sheets.filter((s) => !s.source).map((s) => s.name),
    });
    if (app !== null && app !== src.app.xml) changed.set(src.app.part, app);
  }

  const entries: OutputEntry[] = [];
  const byLower = new Map([...changed].map(([k, v]) => [k.toLowerCase(), v]));
  const droppedLower = new Set([...dropped].map((d) => d.toLowerCase()));
  for (const entry of pkg.archive.entries) {
    const name = entry.name.replace(/^\//, "").toLowerCase();
    if (droppedLower.has(name)) continue;
    const data = byLower.get(name);
    entries.push(data === undefined ? { kind: "copy", entry } : newEntry(entry.name, data));
  }
  if (!pkg.entry(workbook.relsPart)) entries.push(newEntry(workbook.relsPart, changed.get(workbook.relsPart)!));
  for (const a of added) entries.push(newEntry(a.part, a.data));
  return writeZip(pkg.archive, entries, codec);
}

const decoder = new TextDecoder();

/** A part we write: text, bytes, or bytes whose packing was started as soon as they were made. */
type PartData = string | Uint8Array | { packed: Promise<Packed> };

/** A new entry. */
function newEntry(name: string, data: PartData): OutputEntry {
  if (typeof data === "string") return { kind: "new", name, data: encodePart(data) };
  return data instanceof Uint8Array ? { kind: "new", name, data } : { kind: "packed", name, packed: data.packed };
}

const emptyRels = () =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
