import { originalsSheetPlan } from "./originalsSheet";
import type { KeptOriginals, OriginalsPlan } from "./originalsTypes";
import type { PlanCell, WorkbookPlan } from "./planTypes";
import type { PreparedPart, WriteCapabilities, WriteStep } from "./writeStepTypes";

const COLS = 16384;

/** The records with the notes this run writes, on a host that writes notes (else the notes stay as they were). */
function keptAfter(originals: OriginalsPlan, caps: WriteCapabilities): KeptOriginals {
  if (!caps.notes || !originals.notes.length) return originals.kept;
  const changed = new Map(originals.notes.map((n) => [`${n.sheet}\u0000${n.row * COLS + n.col}`, n.text]));
  const cells = originals.kept.cells.map((c) => {
    const key = `${c.sheet}\u0000${c.row * COLS + c.col}`;
    return changed.has(key) ? { ...c, note: changed.get(key)! } : c;
  });
  return { ...originals.kept, cells };
}

/** Whether two sets of records would write the same originals sheet (same cells, same tables beside them). */
function sameSheet(a: KeptOriginals, b: KeptOriginals): boolean {
  if (a.cells.length !== b.cells.length || a.merges.length !== b.merges.length) return false;
  const pa = originalsSheetPlan(a).blocks;
  const pb = originalsSheetPlan(b).blocks;
  return (
    pa.length === pb.length &&
    pa.every((block, i) => {
      const other = pb[i]!;
      return (
        block.top === other.top &&
        block.left === other.left &&
        block.cells.length === other.cells.length &&
        block.cells.every((row, r) => sameRow(row, other.cells[r]!))
      );
    })
  );
}

/**
 * Whether two rows of the originals sheet's plan hold the same cells. Their values are plain text, finite numbers,
 * booleans or null, and a column's cells are made alike (a formula, or none), so comparing each cell's value and
 * formula tells what comparing their JSON texts would.
 */
function sameRow(a: (PlanCell | null)[], b: (PlanCell | null)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null || y === null || x.value !== y.value || x.formula !== y.formula) return false;
  }
  return true;
}

/**
 * The steps that keep the officer's cells, emitted before any step that writes the source sheet: the originals
 * sheet prepared very hidden (rewritten in place when an earlier run made it), filled with every record, and
 * marked. A re-run that keeps exactly what the sheet holds leaves it alone (nothing to write, nothing to lose).
 * Example: a first run on the sample adds "Attainment_Originals" with 41 records before writing E and G; a second
 * run writes nothing there.
 */
export function originalsSteps(plan: WorkbookPlan, caps: WriteCapabilities, keep: PreparedPart[]): WriteStep[] {
  const originals = plan.originals;
  if (!originals) return [];
  const kept = keptAfter(originals, caps);
  if (originals.replaces !== null && sameSheet(kept, originals.read)) return [];
  const sheet = originals.name;
  const steps: WriteStep[] = [
    {
      op: "prepareSheet",
      sheet,
      role: "originals",
      replaces: originals.replaces,
      ...(keep.length ? { keep } : {}),
      visibility: "veryHidden",
    },
  ];
  for (const b of originalsSheetPlan(kept).blocks)
    steps.push({ op: "writeCells", sheet, top: b.top, left: b.left, cells: b.cells });
  if (caps.names) steps.push({ op: "setMarker", name: plan.markers.originals, sheet });
  return steps;
}

/** The notes a run puts on or takes off the source sheet's cells, on a host that writes notes. */
export function noteSteps(plan: WorkbookPlan, caps: WriteCapabilities): WriteStep[] {
  if (!caps.notes || !plan.originals) return [];
  return plan.originals.notes.map((n) => ({ op: "setNote", sheet: n.sheet, row: n.row, col: n.col, text: n.text }));
}
