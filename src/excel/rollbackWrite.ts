import { sameSheetName, type WorkbookPlan } from "../core";
import type { ApiSupport } from "./detectApiSupport";
import type { WriteProgram } from "./writeOps";

/** What a failed run left behind after cleaning up. */
export interface RollbackReport {
  /** Sheets this run had added and then deleted again. */
  removed: string[];
  /** Generated sheets of an earlier run that this run had emptied to rewrite them: the next run fills them again. */
  rewritten: string[];
  /** Sheets this run added that could not be deleted (the cleanup itself failed). */
  leftBehind: string[];
}

/**
 * What rollback means now that generated sheets are rewritten in place (so the officer's references to them
 * survive): the sheets this run added are deleted, with their marker names; a generated sheet this run had
 * started to rewrite keeps its place, name and references and is refilled by the next run; cell edits on the
 * source sheet are not undone, and the originals sheet, written before them, stays with what it kept (so the next
 * run still reads the officer's values, and Restore can put them back). Two syncs: list the sheets and names as they are
 * now, then delete. No sheet is ever moved aside under a temporary name, so none can be left behind that way.
 */
export async function rollbackWrite(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  program: WriteProgram,
  rewritten: string[],
  support: ApiSupport,
): Promise<RollbackReport> {
  // The originals sheet stays: cells of the source sheet may already have been overwritten, and it holds them.
  const added = program.added.filter((a) => a.role !== "originals").map((a) => a.sheet);
  try {
    const sheets = context.workbook.worksheets.load("items/name");
    const names = support.names ? context.workbook.names.load("items/name") : null;
    await context.sync();
    const present = added.filter((name) => sheets.items.some((s) => sameSheetName(s.name, name)));
    for (const name of present) context.workbook.worksheets.getItem(name).delete();
    const markers = program.added.filter((a) => a.role !== "originals").map((a) => plan.markers[a.role].toLowerCase());
    for (const item of names?.items ?? [])
      if (markers.includes(item.name.toLowerCase())) context.workbook.names.getItem(item.name).delete();
    await context.sync();
    return { removed: present, rewritten, leftBehind: [] };
  } catch {
    // The cleanup failed too: say which sheets may still be there rather than guess.
    return { removed: [], rewritten, leftBehind: added };
  }
}
