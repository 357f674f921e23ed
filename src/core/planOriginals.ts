/**
 * Keeping the officer's cells across runs: read what earlier runs kept, lay it over the sheets so the engine reads
 * them as typed, and plan the originals sheet of this run (earlier records, plus the cells this run writes for
 * the first time, captured by the adapter before anything is written).
 */
import { sameSheetName } from "./a1";
import { describeWarning, SHEET_NAMES } from "./messages";
import { cellsOf, mergesOf, readKeptOriginals } from "./originalsSheet";
import type {
  CaptureCells,
  CaptureRequest,
  CapturedCell,
  KeptCell,
  KeptOriginals,
  KeptRole,
  NoteChange,
  OriginalsPlan,
  OriginalsSummary,
} from "./originalsTypes";
import { overlayOriginals, type OverlaidSheet } from "./overlayOriginals";
import type { Analysis, CellRange, CellValue, Lang, SheetGrid, WorkbookGrid, WorkbookPlan } from "./types";

/** Every note the product puts on a cell starts so; a note of anyone else's is never touched. */
export const NOTE_PREFIX = "Attainment: ";

const COLS = 16384;
const keyOf = (row: number, col: number) => row * COLS + col;

/** The kept originals of a workbook, read from its originals sheet (none when it has none). */
export function keptOf(workbook: WorkbookGrid): KeptOriginals {
  const name = workbook.generated?.originals;
  const grid = name === undefined ? undefined : workbook.sheets.find((s) => s.name === name);
  return grid ? readKeptOriginals(grid) : { cells: [], merges: [] };
}

/**
 * The workbook as the officer typed it: every sheet with kept cells overlaid (see overlayOriginals), and each
 * sheet's records after the overlay. Example: the sample after a run reads 180 in E21 again.
 */
export function overlayWorkbook(
  workbook: WorkbookGrid,
  kept: KeptOriginals,
): { workbook: WorkbookGrid; sheets: Map<string, OverlaidSheet> } {
  const sheets = new Map<string, OverlaidSheet>();
  if (!kept.cells.length) return { workbook, sheets };
  const grids = workbook.sheets.map((grid) => {
    const cells = cellsOf(kept, grid.name);
    if (!cells.length) return grid;
    const overlaid = overlayOriginals(grid, cells);
    sheets.set(grid.name, overlaid);
    return overlaid.grid;
  });
  return { workbook: { ...workbook, sheets: grids }, sheets };
}

/** A cell this run writes or formats for the first time (a cell only formatted keeps its content: written null). */
interface Pending {
  row: number;
  col: number;
  role: KeptRole;
  written: KeptCell["written"] | null;
}

/** What a run keeps, before the adapter has captured the cells it writes for the first time. */
export interface OriginalsDraft {
  sheet: string;
  name: string;
  replaces: string | null;
  /** The records as read. */
  read: KeptOriginals;
  /** Records of the other sheets as they were; of this sheet after the overlay, with this run's writes. */
  kept: KeptOriginals;
  pending: Pending[];
  /** Merged areas this run makes that no record holds yet. */
  merges: CellRange[];
  /** The note each written cell should carry (reported vs computed), by row * 16384 + col. */
  notes: Map<number, string>;
  summary: OriginalsSummary;
}

/** Whether a row is a header row of the table: above its first row, or a later block's repeated header. */
function isHeaderRow(table: Analysis["table"], row: number): boolean {
  if (row < table.firstRow) return true;
  for (let i = 1; i < table.blocks.length; i++)
    if (row >= table.blocks[i]!.headerTop && row <= table.blocks[i]!.headerBottom) return true;
  return false;
}

/** The cells the source plan writes, with what and in which role (header rows hold our headers). */
function writtenCells(plan: WorkbookPlan, analysis: Analysis): Map<number, Pending> {
  const out = new Map<number, Pending>();
  // The source plan's first block is the attainment column, the table's own or a new one.
  const attainmentCol = plan.source.blocks[0]?.left;
  plan.source.blocks.forEach((b) =>
    b.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (!cell) return;
        const r = b.top + i;
        const c = b.left + j;
        const role: KeptRole = isHeaderRow(analysis.table, r)
          ? "header"
          : c === attainmentCol
            ? "attainment"
            : "status";
        const formula = cell.formula !== undefined && cell.formula !== "" ? cell.formula : null;
        out.set(keyOf(r, c), { row: r, col: c, role, written: { value: formula ? null : cell.value, formula } });
      }),
    ),
  );
  return out;
}

/**
 * The cells the source plan formats, colours or merges without writing them (a heading row's rate cell, the border
 * of an added column): they are kept too, so a restore takes the formats off.
 */
function formattedCells(plan: WorkbookPlan, written: Map<number, Pending>): Pending[] {
  const out = new Map<number, Pending>();
  const src = plan.source;
  const ranges = [
    ...src.formats.map((f) => f.range),
    ...src.fallbackFormats.map((f) => f.range),
    ...src.conditionalFormats.map((f) => f.range),
    ...src.merges,
  ];
  for (const r of ranges)
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const key = keyOf(row, col);
        if (!written.has(key) && !out.has(key)) out.set(key, { row, col, role: "format", written: null });
      }
  return [...out.values()];
}

/** The notes a run puts on its cells: each reported rate or status that differs, on the cell it was read from. */
function notesOf(analysis: Analysis, written: Map<number, Pending>, lang: Lang): Map<number, string> {
  const notes = new Map<number, string[]>();
  const byRow = new Map<string, Pending>();
  for (const p of written.values()) if (p.role !== "header") byRow.set(`${p.row}:${p.role}`, p);
  for (const w of analysis.warnings) {
    if ((w.code !== "discrepancy" && w.code !== "statusDiscrepancy") || w.row === null) continue;
    const cell = byRow.get(`${w.row}:${w.code === "discrepancy" ? "attainment" : "status"}`);
    if (!cell) continue;
    const key = keyOf(cell.row, cell.col);
    (notes.get(key) ?? notes.set(key, []).get(key)!).push(describeWarning(w, lang));
  }
  return new Map([...notes].map(([k, lines]) => [k, NOTE_PREFIX + lines.join("\n")]));
}

const entered = (grid: SheetGrid | undefined, row: number, col: number): boolean => {
  const v = grid?.values[row]?.[col];
  return (v !== null && v !== undefined && v !== "") || grid?.formulas?.[row]?.[col] === true;
};

/**
 * The draft of what a run keeps, from the records (after the overlay) and the source plan: records of cells the
 * plan writes take what it writes now; cells it writes for the first time wait for the adapter's capture; the
 * summary says how many cells the officer filled are about to be overwritten, and how many of those disagree.
 * Example: the sample's first run overwrites 15 typed rates (one, E21, disagrees) and formats or fills the rest
 * of columns E and G: every one of those cells is kept.
 */
export function draftOriginals(
  workbook: WorkbookGrid,
  kept: KeptOriginals,
  overlaid: OverlaidSheet | undefined,
  analysis: Analysis,
  plan: WorkbookPlan,
  lang: Lang,
): OriginalsDraft {
  const sheet = plan.source.sheet;
  const written = writtenCells(plan, analysis);
  const mine = overlaid?.cells ?? cellsOf(kept, sheet);
  const cells = mine.map((c) => {
    const now = written.get(keyOf(c.row, c.col))?.written;
    return now ? { ...c, written: now } : c;
  });
  const keptKeys = new Set(cells.map((c) => keyOf(c.row, c.col)));
  const pending = [...written.values(), ...formattedCells(plan, written)].filter(
    (p) => !keptKeys.has(keyOf(p.row, p.col)),
  );
  const notes = notesOf(analysis, written, lang);
  const grid = workbook.sheets.find((s) => s.name === sheet);
  const typed = pending.filter((p) => p.written !== null && p.role !== "header" && entered(grid, p.row, p.col));
  const disagree = typed.filter((p) => notes.has(keyOf(p.row, p.col))).length;
  const ours = mergesOf(kept, sheet);
  const merges = plan.source.merges.filter(
    (m) =>
      !ours.some(
        (k) =>
          k.range.top === m.top && k.range.left === m.left && k.range.bottom === m.bottom && k.range.right === m.right,
      ),
  );
  return {
    sheet,
    name: workbook.generated?.originals ?? SHEET_NAMES.vi.originals,
    replaces: workbook.generated?.originals ?? null,
    read: kept,
    kept: {
      cells: [...kept.cells.filter((c) => !sameSheetName(c.sheet, sheet)), ...cells.map((c) => ({ ...c, sheet }))],
      merges: kept.merges,
    },
    pending,
    merges,
    notes,
    summary: { typed: typed.length, disagree, kept: cells.length, edited: overlaid?.edited ?? 0 },
  };
}

/** What the adapter must capture before writing: the cells the run writes for the first time. */
export const captureRequest = (draft: OriginalsDraft): CaptureRequest => ({
  sheet: draft.sheet,
  cells: draft.pending.map(({ row, col }) => ({ row, col })),
});

/**
 * The plan of what a run keeps, once the adapter has captured the cells it writes for the first time: every
 * earlier record, one record per captured cell, our new merges, and the notes that change. Throws when a pending
 * cell was not captured: writing over a cell whose original is not kept is what this module exists to prevent.
 */
export function finishOriginals(draft: OriginalsDraft, captured: CapturedCell[]): OriginalsPlan {
  const byKey = new Map(captured.map((c) => [keyOf(c.row, c.col), c]));
  const fresh = draft.pending.map((p): KeptCell => {
    const c = byKey.get(keyOf(p.row, p.col));
    if (!c) throw new Error(`finishOriginals: ${draft.sheet} row ${p.row} col ${p.col} was not captured`);
    const written = p.written ?? { value: c.formula === null ? c.value : null, formula: c.formula };
    // Every record built with the same properties in the same order (one shape for the engine, no spread).
    return {
      row: c.row,
      col: c.col,
      empty: c.empty,
      value: c.value,
      formula: c.formula,
      format: c.format,
      sheet: draft.sheet,
      role: p.role,
      written,
      note: null,
    };
  });
  const cells = [...draft.kept.cells, ...fresh];
  const notes: NoteChange[] = [];
  for (const c of cells) {
    if (!sameSheetName(c.sheet, draft.sheet)) continue;
    const text = draft.notes.get(keyOf(c.row, c.col)) ?? null;
    if (text !== c.note) notes.push({ sheet: c.sheet, row: c.row, col: c.col, text });
  }
  return {
    name: draft.name,
    replaces: draft.replaces,
    read: draft.read,
    kept: { cells, merges: [...draft.kept.merges, ...draft.merges.map((range) => ({ sheet: draft.sheet, range }))] },
    notes,
  };
}

/**
 * A capture from the grid alone: values, number formats and, where the adapter read them, formula texts. For
 * tests and previews; the adapters capture more (the whole format, the formula of every cell).
 */
export function captureFromGrid(workbook: WorkbookGrid): CaptureCells {
  return ({ sheet, cells }) => {
    const grid = workbook.sheets.find((s) => s.name === sheet);
    return cells.map(({ row, col }) => {
      const value: CellValue = grid?.values[row]?.[col] ?? null;
      const numberFormat = grid?.formats?.[row]?.[col] ?? null;
      const formula = grid?.formulaTexts?.[row]?.[col] ?? null;
      return {
        row,
        col,
        empty: value === null && numberFormat === null && formula === null,
        value,
        formula,
        format: { style: numberFormat ? { numberFormat } : {} },
      };
    });
  };
}
