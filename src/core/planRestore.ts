/**
 * Undo: the steps that put every kept cell back and take away everything the product added, so the workbook's
 * cells are again what they were before the first run.
 */
import { sameSheetName } from "./a1";
import { cellsOf, mergesOf } from "./originalsSheet";
import type { KeptCell } from "./originalsTypes";
import { holdsWritten } from "./overlayOriginals";
import { keptOf } from "./planOriginals";
import { MARKERS } from "./planWorkbook";
import type { CellRange, PlanCell, Result, SheetGrid, WorkbookGrid } from "./types";
import type { WriteCapabilities, WriteNoticeCode, WriteStep } from "./writeStepTypes";

/** What a restore does, for the front ends' report. */
export interface RestoreSummary {
  /** Cells given back their original content and format. */
  restored: number;
  /** Kept cells the officer changed after the last run: their content stays as it is now, their format goes back. */
  leftAsEdited: number;
  /** The sheets removed (appendix, summary, the originals sheet), as the workbook names them. */
  removedSheets: string[];
}

export interface RestorePlan {
  steps: WriteStep[];
  notices: WriteNoticeCode[];
  summary: RestoreSummary;
}

/** Runs of consecutive rows of one column, as ranges. Example: rows 3, 4, 5, 9 of E → E4:E6, E10. */
function columnRuns(cells: { row: number; col: number }[]): CellRange[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: CellRange[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.left === c.col && last.bottom === c.row - 1) last.bottom = c.row;
    else out.push({ top: c.row, left: c.col, bottom: c.row, right: c.col });
  }
  return out;
}

const inside = (m: CellRange, row: number, col: number) =>
  row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;
const sameRange = (a: CellRange, b: CellRange) =>
  a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

/** The original content of a kept cell as a cell to write: its formula, else its value (text stays text). */
const contentOf = (c: KeptCell): PlanCell =>
  c.formula !== null ? { formula: c.formula, value: c.value } : { value: c.value };

/** The steps that restore one sheet's kept cells, and how many were restored or left as the officer edited them. */
function sheetRestore(grid: SheetGrid, cells: KeptCell[], merges: CellRange[], caps: WriteCapabilities) {
  const steps: WriteStep[] = [];
  const sheet = grid.name;
  if (caps.layout) for (const range of merges) steps.push({ op: "unmerge", sheet, range });
  if (caps.conditionalFormats && cells.length)
    steps.push({ op: "clearConditionalFormats", sheet, ranges: columnRuns(cells) });
  const edited = new Set(cells.filter((c) => !holdsWritten(grid, c)));
  // An empty cell is cleared, unless it lies in a merged area of the officer's (clearing would touch the area).
  const officers = grid.merges.filter((m) => !merges.some((k) => sameRange(k, m)));
  const cleared = cells.filter((c) => c.empty && !edited.has(c) && !officers.some((m) => inside(m, c.row, c.col)));
  const clearedSet = new Set(cleared);
  const written = cells.filter((c) => !clearedSet.has(c));
  const byKey = new Map(written.map((c) => [`${c.row}:${c.col}`, c]));
  for (const run of columnRuns(written)) {
    const block: (PlanCell | null)[][] = [];
    for (let r = run.top; r <= run.bottom; r++) {
      const c = byKey.get(`${r}:${run.left}`)!;
      block.push([edited.has(c) ? null : contentOf(c)]);
    }
    if (block.some((row) => row[0] !== null))
      steps.push({ op: "writeCells", sheet, top: run.top, left: run.left, cells: block });
  }
  if (written.length)
    steps.push({
      op: "restoreFormat",
      sheet,
      cells: written.map((c) => ({ row: c.row, col: c.col, format: c.format })),
    });
  if (cleared.length) steps.push({ op: "clearCells", sheet, ranges: columnRuns(cleared) });
  if (caps.notes)
    for (const c of cells)
      if (c.note !== null) steps.push({ op: "setNote", sheet, row: c.row, col: c.col, text: null });
  // A column the product added (its header cell was empty) gets the standard width back (ExcelApi 1.7).
  const added = [...new Set(cells.filter((c) => c.role === "header" && c.empty).map((c) => c.col))].sort(
    (a, b) => a - b,
  );
  if (caps.sheetView)
    for (const col of added) steps.push({ op: "columnWidth", sheet, first: col, last: col, width: null });
  return {
    steps,
    restored: cells.length - edited.size,
    edited: edited.size,
    widthsLeft: !caps.sheetView && added.length > 0,
  };
}

/**
 * Plans a restore: every kept cell gets its original content and format back (a cell the officer changed after
 * the last run keeps its new content, only its format goes back); cells that were empty are emptied; our merged
 * headers are unmerged, our colours cleared from the kept cells and the columns we added get the standard width
 * back; then the appendix, the summary and the originals sheet are deleted with their markers (the originals last, so a restore that fails can be run again).
 * An error value when the workbook keeps nothing (never computed, or restored already).
 * Example: on the sample's output, E21 holds 180 again and column G is empty.
 */
export function planRestore(workbook: WorkbookGrid, caps: WriteCapabilities): Result<RestorePlan> {
  const originals = workbook.generated?.originals;
  if (originals === undefined) return { ok: false, error: { code: "nothingKept", params: {} } };
  const kept = keptOf(workbook);
  const steps: WriteStep[] = [];
  const summary: RestoreSummary = { restored: 0, leftAsEdited: 0, removedSheets: [] };
  const notices = new Set<WriteNoticeCode>();
  for (const grid of workbook.sheets) {
    if (grid.name === originals) continue;
    const cells = cellsOf(kept, grid.name);
    const merges = mergesOf(kept, grid.name).map((m) => m.range);
    if (!cells.length && !merges.length) continue;
    const r = sheetRestore(grid, cells, merges, caps);
    steps.push(...r.steps);
    summary.restored += r.restored;
    summary.leftAsEdited += r.edited;
    if (!caps.notes && cells.some((c) => c.note !== null)) notices.add("notesLeft");
    if ((!caps.layout && merges.length) || r.widthsLeft) notices.add("noLayout");
  }
  const remove = (role: "appendix" | "summary" | "originals") => {
    const sheet = workbook.generated?.[role];
    if (sheet === undefined || !workbook.sheets.some((s) => sameSheetName(s.name, sheet))) return;
    steps.push({ op: "deleteSheet", sheet });
    if (caps.names) steps.push({ op: "removeMarker", name: MARKERS[role] });
    summary.removedSheets.push(sheet);
  };
  remove("appendix");
  remove("summary");
  remove("originals");
  return { ok: true, value: { steps, notices: [...notices], summary } };
}
