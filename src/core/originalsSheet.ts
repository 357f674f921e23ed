/**
 * The originals sheet: a very hidden sheet of ours that holds the kept cells, one row each, so they travel with
 * the workbook. Layout (0-based rows): row 0 the signature and a note for whoever unhides it; row 1, cell A2, one
 * formula referring to every kept column (adapters read it first, to know whose formulas to read); row 2 the
 * column headings; from row 3 the records, and beside them the table of distinct formats and of our formula
 * shapes the records point into. Each record's first cell is a formula referring to the kept cell, so the record
 * follows the cell when rows are inserted or deleted or the sheet is renamed; a record whose cell was deleted
 * (#REF!) is dropped.
 */
import { sameSheetName } from "./a1";
import { SHEET_NAMES } from "./messages";
import { formulaRefs, indexFormula, refFormula, shapeFormula, shapeReader } from "./keptFormulas";
import type { KeptCell, KeptFormat, KeptMerge, KeptOriginals, KeptRole } from "./originalsTypes";
import type { PlanCell, SheetPlan } from "./planTypes";
import type { CellRange, CellValue, SheetGrid } from "./types";

/** The text of A1 that marks an originals sheet (and its layout's version). */
export const ORIGINALS_SIGNATURE = "attainment-originals/1";

/** The originals sheet's name: fixed, so a host without defined names (ExcelApi below 1.4) finds it too. */
export const ORIGINALS_SHEET = SHEET_NAMES.vi.originals;

/** First row of the records. */
export const FIRST_RECORD_ROW = 3;

/** Columns of a record, and of the two tables beside the records. */
export const COL = {
  ref: 0,
  role: 1,
  value: 2,
  formula: 3,
  format: 4,
  empty: 5,
  written: 6,
  shape: 7,
  note: 8,
  formats: 10,
  shapes: 11,
} as const;

const ABOUT =
  "Tính tỷ lệ đạt giữ ở đây các ô gốc mà nó đã ghi đè, để đọc lại giá trị đã báo cáo và để Hoàn tác khôi phục; " +
  "đừng sửa trang này. / Compute attainment keeps here the cells it overwrote, to read the reported values again " +
  "and for Restore to put them back; do not edit this sheet.";

const HEADINGS = [
  "Ô / Cell",
  "Vai trò / Role",
  "Giá trị gốc / Original value",
  "Công thức gốc / Original formula",
  "Định dạng gốc / Original format",
  "Ô trống / Empty cell",
  "Giá trị đã ghi / Value written",
  "Công thức đã ghi / Formula written",
  "Ghi chú đã thêm / Note added",
  null,
  "Các định dạng / Formats",
  "Các công thức / Formulas",
];

const ROLES: (KeptRole | "merge")[] = ["attainment", "status", "header", "format", "merge"];

/** Whether a grid is an originals sheet of ours (by its signature). */
export function isOriginalsGrid(grid: SheetGrid): boolean {
  return grid.values[0]?.[0] === ORIGINALS_SIGNATURE;
}

/**
 * The kept columns listed in the index cell A2, as the workbook spells them now (adapters read their formulas
 * before anything else). Example: `"=ROWS('KQ'!$E$3:$E$28)+ROWS('KQ'!$G$3:$G$28)"` → two column ranges on "KQ".
 */
export function readOriginalsIndex(indexFormula: string | null | undefined): { sheet: string; range: CellRange }[] {
  return indexFormula ? formulaRefs(indexFormula) : [];
}

function parseFormat(text: CellValue): KeptFormat {
  if (typeof text !== "string") return { style: {} };
  try {
    const parsed = JSON.parse(text) as KeptFormat;
    return parsed && typeof parsed === "object" && parsed.style && typeof parsed.style === "object"
      ? parsed
      : { style: {} };
  } catch {
    // A record someone edited by hand: its format is unknown, restore leaves Excel's default.
    return { style: {} };
  }
}

const textOrNull = (v: CellValue | undefined): string | null =>
  v === null || v === undefined || v === "" ? null : String(v);

/**
 * The records of an originals sheet, read from its grid: values as stored, and the formula text of column A and of
 * A2 (`grid.formulaTexts`, which the adapter fills for these cells). Records whose reference is gone are dropped.
 * Example: a sheet written by `originalsSheetPlan` reads back as the same `KeptOriginals`.
 */
export function readKeptOriginals(grid: SheetGrid): KeptOriginals {
  const out: KeptOriginals = { cells: [], merges: [] };
  if (!isOriginalsGrid(grid)) return out;
  const formats: KeptFormat[] = [];
  const shapes: string[] = [];
  for (let r = FIRST_RECORD_ROW; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row) continue;
    if (row[COL.formats] !== null && row[COL.formats] !== undefined)
      formats[r - FIRST_RECORD_ROW] = parseFormat(row[COL.formats]!);
    const shape = textOrNull(row[COL.shapes]);
    if (shape !== null) shapes[r - FIRST_RECORD_ROW] = shape;
  }
  for (let r = FIRST_RECORD_ROW; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const ref = formulaRefs(grid.formulaTexts?.[r]?.[COL.ref] ?? "")[0];
    const role = ROLES.find((x) => x === row[COL.role]);
    if (!ref || !role) continue;
    if (role === "merge") {
      out.merges.push({ sheet: ref.sheet, range: ref.range });
      continue;
    }
    const { top: cellRow, left: col } = ref.range;
    const shapeId = row[COL.shape];
    const shape = typeof shapeId === "number" ? shapes[shapeId] : undefined;
    const formatId = row[COL.format];
    out.cells.push({
      sheet: ref.sheet,
      row: cellRow,
      col,
      role,
      empty: row[COL.empty] === 1 || row[COL.empty] === true,
      value: row[COL.value] ?? null,
      formula: textOrNull(row[COL.formula]),
      format: (typeof formatId === "number" ? formats[formatId] : undefined) ?? { style: {} },
      written: {
        value: shape === undefined ? (row[COL.written] ?? null) : null,
        formula: shape === undefined ? null : shapeFormula(shape, cellRow),
      },
      note: textOrNull(row[COL.note]),
    });
  }
  return out;
}

/** The kept columns as column runs, one per sheet and column, for the index cell. */
function keptColumns(kept: KeptOriginals): { sheet: string; range: CellRange }[] {
  const runs: { sheet: string; range: CellRange }[] = [];
  for (const c of kept.cells) {
    const run = runs.find((r) => sameSheetName(r.sheet, c.sheet) && r.range.left === c.col);
    if (run) {
      run.range.top = Math.min(run.range.top, c.row);
      run.range.bottom = Math.max(run.range.bottom, c.row);
    } else runs.push({ sheet: c.sheet, range: { top: c.row, left: c.col, bottom: c.row, right: c.col } });
  }
  return runs;
}

/** A value as a record stores it: a number Excel cannot hold is kept as its text. */
const storable = (v: CellValue): CellValue => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v);

const cellOf = (value: CellValue): PlanCell | null =>
  value === null || value === "" ? null : { value: storable(value) };

/**
 * The key of a format in the table of formats: its JSON text. Formats the file adapter captures are made of one
 * style object per cell format and its index, so a style's text is made once and the key built around it; any
 * other format is written out whole.
 */
function formatKeys(): (format: KeptFormat) => string {
  const styleTexts = new Map<object, string>();
  return (format) => {
    const keys = Object.keys(format);
    const style = format.style as object | undefined;
    const plain =
      style !== null &&
      typeof style === "object" &&
      keys[0] === "style" &&
      (keys.length === 1 || (keys.length === 2 && keys[1] === "xf" && Number.isSafeInteger(format.xf)));
    if (!plain) return JSON.stringify(format);
    let text = styleTexts.get(style);
    if (text === undefined) styleTexts.set(style, (text = JSON.stringify(style)));
    return keys.length === 1 ? `{"style":${text}}` : `{"style":${text},"xf":${format.xf}}`;
  };
}

/**
 * The originals sheet's contents for these records (the whole sheet: it is rewritten on every run). Records are
 * ordered by sheet, column and row; formats and our formula shapes are listed once each and referred to by index.
 * Example: 40 kept rates of one column share one format entry and one formula shape.
 */
export function originalsSheetPlan(kept: KeptOriginals): SheetPlan {
  // Most records share one sheet: its name is compared by locale only where two records' names differ.
  const bySheet = (a: KeptCell, b: KeptCell) => (a.sheet === b.sheet ? 0 : a.sheet.localeCompare(b.sheet));
  const cells = [...kept.cells].sort((a, b) => bySheet(a, b) || a.col - b.col || a.row - b.row);
  const formatIds = new Map<string, number>();
  const shapeIds = new Map<string, number>();
  const idOf = (map: Map<string, number>, key: string) => map.get(key) ?? map.set(key, map.size).get(key)!;
  const formatKey = formatKeys();
  const shapeOf = shapeReader();
  // Cells that hold the same small value (a role, an index into the tables) are one object each, shared by rows.
  const shared = new Map<CellValue, PlanCell>();
  const small = (value: string | number): PlanCell => shared.get(value) ?? shared.set(value, { value }).get(value)!;
  const formatCells: PlanCell[] = [];
  const shapeCells: PlanCell[] = [];
  const numbered = (list: PlanCell[], id: number): PlanCell => (list[id] ??= { value: id });
  const rows: (PlanCell | null)[][] = [];
  const ref = (sheet: string, range: CellRange): PlanCell => ({ formula: refFormula(sheet, range), value: 1 });
  for (const c of cells) {
    const shape = c.written.formula !== null ? shapeOf(c.written.formula, c.row) : null;
    rows.push([
      ref(c.sheet, { top: c.row, left: c.col, bottom: c.row, right: c.col }),
      small(c.role),
      cellOf(c.value),
      cellOf(c.formula),
      numbered(formatCells, idOf(formatIds, formatKey(c.format))),
      c.empty ? small(1) : null,
      shape === null ? cellOf(c.written.value) : null,
      shape === null ? null : numbered(shapeCells, idOf(shapeIds, shape)),
      cellOf(c.note),
    ]);
  }
  for (const m of kept.merges)
    rows.push([ref(m.sheet, m.range), { value: "merge" }, null, null, null, null, null, null, null]);
  const index = keptColumns(kept);
  const head: (PlanCell | null)[][] = [
    [{ value: ORIGINALS_SIGNATURE }, { value: ABOUT }, ...HEADINGS.slice(2).map(() => null)],
    [
      { formula: indexFormula(index), value: index.reduce((n, r) => n + r.range.bottom - r.range.top + 1, 0) },
      ...HEADINGS.slice(1).map(() => null),
    ],
    HEADINGS.map((h) => (h === null ? null : { value: h })),
  ];
  const column = (values: string[]): (PlanCell | null)[][] => values.map((v) => [{ value: v }]);
  const blocks = [{ top: 0, left: 0, cells: head }];
  if (rows.length) blocks.push({ top: FIRST_RECORD_ROW, left: 0, cells: rows });
  if (formatIds.size) blocks.push({ top: FIRST_RECORD_ROW, left: COL.formats, cells: column([...formatIds.keys()]) });
  if (shapeIds.size) blocks.push({ top: FIRST_RECORD_ROW, left: COL.shapes, cells: column([...shapeIds.keys()]) });
  return {
    blocks,
    formats: [],
    merges: [],
    conditionalFormats: [],
    fallbackFormats: [],
    columnWidths: [],
    rowHeights: [],
  };
}

/** Merges that belong to a sheet. */
export const mergesOf = (kept: KeptOriginals, sheet: string): KeptMerge[] =>
  kept.merges.filter((m) => sameSheetName(m.sheet, sheet));

/** Kept cells that belong to a sheet. */
export const cellsOf = (kept: KeptOriginals, sheet: string): KeptCell[] =>
  kept.cells.filter((c) => sameSheetName(c.sheet, sheet));
