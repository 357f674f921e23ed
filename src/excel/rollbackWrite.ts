import { MARKERS, quoteSheet, type GeneratedRole, type WorkbookPlan } from "../core";
import type { ApiSupport } from "./detectApiSupport";
import { isMarkerName } from "./findGeneratedSheets";
import type { WorkbookMeta } from "./readWorkbook";

/** An earlier generated sheet moved aside under a temporary name while the new one is written. */
export interface SetAside {
  original: string;
  temp: string;
}

/** What a failed run left behind after cleaning up. */
export interface RollbackReport {
  /** Sheets this run had created and then deleted. */
  removed: string[];
  /** Earlier generated sheets given back their names. */
  restored: string[];
  /** Sheets this run may have created that could not be deleted (cleanup itself failed). */
  leftBehind: string[];
}

const fold = (s: string) => s.normalize("NFC").toLowerCase();

/**
 * Undoes the structural part of a failed write, in two syncs: (1) list the sheets and names as they are now;
 * (2) delete the sheets this run created, give the set-aside sheets their names back and point the markers at
 * them again. A created sheet is recognised by name: one of the plan's names that did not exist before the run,
 * or whose earlier holder now sits under its temporary name. Cell edits on the source sheet are not undone here.
 */
export async function rollbackWrite(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  meta: WorkbookMeta,
  setAside: SetAside[],
  support: ApiSupport,
): Promise<RollbackReport> {
  const planned = plan.generated.map((g) => g.name);
  try {
    const sheets = context.workbook.worksheets.load("items/name");
    const names = context.workbook.names.load("items/name");
    await context.sync();
    const now = new Set(sheets.items.map((s) => fold(s.name)));
    const before = new Set(meta.sheetNames.map(fold));
    const movedBack = setAside.filter((s) => now.has(fold(s.temp)));
    const ours = planned.filter(
      (name) =>
        now.has(fold(name)) && (!before.has(fold(name)) || movedBack.some((s) => fold(s.original) === fold(name))),
    );
    for (const name of ours) context.workbook.worksheets.getItem(name).delete();
    for (const s of movedBack) context.workbook.worksheets.getItem(s.temp).name = s.original;
    if (support.names) {
      for (const item of names.items) if (isMarkerName(item.name)) context.workbook.names.getItem(item.name).delete();
      for (const [role, sheet] of Object.entries(meta.generated) as [GeneratedRole, string][]) {
        context.workbook.names.add(MARKERS[role], `=${quoteSheet(sheet)}!$A$1`);
      }
    }
    await context.sync();
    return { removed: ours, restored: movedBack.map((s) => s.original), leftBehind: [] };
  } catch {
    // The cleanup failed too: say which sheets may still be there rather than guess.
    return {
      removed: [],
      restored: [],
      leftBehind: planned.filter((name) => !meta.sheetNames.some((s) => fold(s) === fold(name))),
    };
  }
}
