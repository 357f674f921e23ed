/**
 * The workbook-level state the write steps change: the list of sheets (existing, prepared in place, new, deleted)
 * and the defined names. Steps are interpreted here in order; sheet steps go to each sheet's SheetEdit.
 */
import { quoteSheet, type PreparedPart, type WriteStep } from "../../core";
import { sameSheetName } from "../../core/a1";
import type { SheetPart, WorkbookPackage } from "../read/readWorkbook";
import type { DefinedName } from "../read/readWorkbookXml";
import { SheetEdit } from "./sheetEdit";

export interface BookSheet {
  name: string;
  sheetId: string;
  rId: string;
  state: string | null;
  kind: string;
  part: string | null;
  /** The sheet as read, for sheets that existed. */
  source: SheetPart | null;
  /** Position in the original `<sheets>` (for sheet-scoped names), null for a new sheet. */
  originalIndex: number | null;
  /** Rendered from scratch (new, or emptied in place) … */
  fresh: SheetEdit | null;
  /** … or patched in place (a sheet of the user's). */
  patch: SheetEdit | null;
  /** What an emptied sheet keeps of its former self. */
  keep: Set<PreparedPart>;
}

export interface NameEntry {
  name: string;
  /** The sheet the name is scoped to, or null for a workbook-level name. */
  scope: BookSheet | null;
  formula: string;
  /** The original element's text while unchanged. */
  text: string | null;
  /** A marker we set: its formula is made from the sheet's final name. */
  marks?: BookSheet;
}

export class BookEdit {
  readonly sheets: BookSheet[];
  names: NameEntry[];
  /** Sheets renamed (old name → new name) and deleted, in order, for the formulas that refer to them. */
  readonly renames: { from: string; to: string | null }[] = [];
  readonly deleted: BookSheet[] = [];
  private nextSheetId: number;

  constructor(
    readonly source: WorkbookPackage,
    nameTexts: string[],
  ) {
    this.sheets = source.sheets.map((s, i) => ({
      name: s.entry.name,
      sheetId: s.entry.sheetId,
      rId: s.entry.rId,
      state: s.entry.state,
      kind: s.kind,
      part: s.part,
      source: s,
      originalIndex: i,
      fresh: null,
      patch: null,
      keep: new Set(),
    }));
    this.names = source.workbook.info.names.map((n: DefinedName, i) => ({
      name: n.name,
      scope: n.localSheetId === null ? null : (this.sheets[n.localSheetId] ?? null),
      formula: n.formula,
      text: nameTexts[i] ?? null,
    }));
    this.nextSheetId = Math.max(0, ...this.sheets.map((s) => Number(s.sheetId) || 0)) + 1;
  }

  find(name: string): BookSheet | undefined {
    return this.sheets.find((s) => sameSheetName(s.name, name));
  }

  private require(name: string): BookSheet {
    const s = this.find(name);
    if (!s) throw new Error(`write step names a sheet that does not exist: "${name}"`);
    return s;
  }

  /** Drops the sheet-scoped print names of a sheet (its print setup is reset). */
  private dropPrintNames(sheet: BookSheet): void {
    this.names = this.names.filter(
      (n) => !(n.scope === sheet && /^_xlnm\.(print_titles|print_area|_filterdatabase)$/i.test(n.name)),
    );
  }

  apply(step: WriteStep, newSheet: (name: string) => BookSheet): void {
    switch (step.op) {
      case "prepareSheet": {
        const existing = step.replaces !== null ? this.find(step.replaces) : undefined;
        const state =
          step.visibility === undefined ? undefined : step.visibility === "visible" ? null : step.visibility;
        if (!existing) {
          const sheet = newSheet(step.sheet);
          sheet.sheetId = String(this.nextSheetId++);
          sheet.fresh = new SheetEdit();
          if (state !== undefined) sheet.state = state;
          this.sheets.push(sheet);
          return;
        }
        if (state !== undefined) existing.state = state;
        existing.fresh = new SheetEdit();
        existing.patch = null;
        existing.keep = new Set(step.keep ?? []);
        if (!existing.keep.has("printSetup")) this.dropPrintNames(existing);
        this.names = this.names.filter((n) => !(n.scope === existing && /^_xlnm\._filterdatabase$/i.test(n.name)));
        if (existing.name !== step.sheet) {
          this.renames.push({ from: existing.name, to: step.sheet });
          existing.name = step.sheet;
        }
        return;
      }
      case "setMarker": {
        const sheet = this.require(step.sheet);
        this.names = this.names.filter((n) => !(n.scope === null && n.name.toLowerCase() === step.name.toLowerCase()));
        this.names.push({ name: step.name, scope: null, formula: "", text: null, marks: sheet });
        return;
      }
      case "setNote":
        // FILE_CAPABILITIES has no notes, so the core never lowers this step for the file adapter.
        throw new Error("write step setNote: the file adapter writes no notes");
      case "removeMarker":
        this.names = this.names.filter((n) => !(n.scope === null && n.name.toLowerCase() === step.name.toLowerCase()));
        return;
      case "deleteSheet": {
        const sheet = this.require(step.sheet);
        this.sheets.splice(this.sheets.indexOf(sheet), 1);
        this.deleted.push(sheet);
        this.renames.push({ from: sheet.name, to: null });
        this.names = this.names.filter((n) => n.scope !== sheet && n.marks !== sheet);
        return;
      }
      default: {
        const sheet = this.require(step.sheet);
        if (sheet.fresh) sheet.fresh.apply(step);
        else (sheet.patch ??= new SheetEdit()).apply(step);
        if (step.op === "printSetup") {
          this.dropPrintNames(sheet);
          if (step.setup.repeatRows) {
            const rows = `$${step.setup.repeatRows.top + 1}:$${step.setup.repeatRows.bottom + 1}`;
            this.names.push({ name: "_xlnm.Print_Titles", scope: sheet, formula: rows, text: null, marks: sheet });
          }
        }
      }
    }
  }

  /** A name's formula with the sheet's final name: a marker points at A1, print titles at their rows. */
  formulaOf(n: NameEntry): string {
    if (!n.marks) return n.formula;
    return n.name === "_xlnm.Print_Titles"
      ? `${quoteSheet(n.marks.name)}!${n.formula}`
      : `${quoteSheet(n.marks.name)}!$A$1`;
  }
}
