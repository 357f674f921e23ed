/**
 * Patches the rows of an existing sheet's `<sheetData>` (ECMA-376 Part 1 §18.3.1.80): our cells are put into their
 * rows in column order (§18.3.1.4: cells of a row ascend by column), rows are created where needed in row order
 * (§18.3.1.73), and every other byte of the sheet data is kept. A cell we only format keeps its element and gets a
 * new `s`; a cell we write gets a new element with its style kept under our formats.
 * Shared formulas (§18.3.1.40): when we overwrite a group's master cell while other cells of the group remain,
 * the first remaining cell becomes the master, with the formula moved to it and a `ref` covering the rest.
 * Rows or cells stored without `r` get one in the rows we rewrite (and rows get one everywhere when we add rows),
 * since an inserted element would otherwise shift the implicit positions after it.
 */
import { toA1, type CellRange, type PlanCell } from "../../core";
import { COLS, type SheetIndex } from "../read/readSheet";
import { tagAttrs, nextTag } from "../xml/xmlScan";
import { escapeText } from "../xml/xmlText";
import { cellXml } from "./cellXml";
import { planShared, type SharedRole, type SweptRow } from "./sharedFormulas";
import { setAttr } from "./editChildren";
import type { RowCells, SheetEdit } from "./sheetEdit";
import { shiftFormula } from "./shiftFormula";
import type { StyleBook } from "./styleBook";

/** A shared formula's new master: the cell, and the `<f>` it now holds. */
type Promotions = Map<number, string>;

function promotions(index: SheetIndex, edit: SheetEdit, p: string): Promotions {
  const out: Promotions = new Map();
  const written = (key: number) => edit.valueAt(Math.floor(key / COLS), key % COLS) !== undefined;
  for (const [si, g] of index.shared) {
    if (g.row < 0 || !written(g.row * COLS + g.col)) continue;
    const rest = g.cells.filter((k) => !written(k)).sort((a, b) => a - b);
    const first = rest[0];
    if (first === undefined) continue;
    const row = Math.floor(first / COLS);
    const col = first % COLS;
    const box: CellRange = { top: row, left: col, bottom: row, right: col };
    for (const k of rest) {
      const r = Math.floor(k / COLS);
      const c = k % COLS;
      box.top = Math.min(box.top, r);
      box.bottom = Math.max(box.bottom, r);
      box.left = Math.min(box.left, c);
      box.right = Math.max(box.right, c);
    }
    const ref = `${toA1(box.top, box.left)}:${toA1(box.bottom, box.right)}`;
    const formula = shiftFormula(g.formula, row - g.row, col - g.col);
    out.set(first, `<${p}f t="shared" ref="${ref}" si="${si}">${escapeText(formula)}</${p}f>`);
  }
  return out;
}

export interface RowContext {
  xml: string;
  index: SheetIndex;
  edit: SheetEdit;
  styles: StyleBook;
  /** The style a new cell in this column starts from (its `<col style>`). */
  columnStyle: (col: number) => number;
}

const FORMULA = /<([\w.-]+:)?f(\s[^>]*)?(\/>|>[^<]*<\/([\w.-]+:)?f>)/;

/**
 * The text of one rebuilt row (existing or new): its start tag (with `r`, and our height), then its cells in column
 * order — the existing ones (kept, restyled or rewritten) merged with the new ones — then its end tag.
 */
function rebuildRow(
  ctx: RowContext,
  row: number,
  existing: { start: number; end: number; i: number } | null,
  promoted: Promotions,
  shared: Map<number, SharedRole>,
  swept: RowCells | undefined,
): string {
  const { xml, index, edit, styles } = ctx;
  const p = index.prefix;
  let startTag: string;
  let first = 0;
  let count = 0;
  let rowStyle = 0;
  if (existing) {
    // A row's attributes are numbers and flags: its start tag ends at the first ">".
    const tagEnd = xml.indexOf(">", existing.start) + 1;
    startTag = xml.slice(existing.start, tagEnd);
    if (startTag.endsWith("/>")) startTag = `${startTag.slice(0, -2).trimEnd()}>`;
    else {
      first = index.rowFirstCell[existing.i]!;
      count = index.rowCellCount[existing.i]!;
    }
    if (startTag.includes("customFormat")) {
      const a = tagAttrs(xml, nextTag(xml, existing.start)!);
      if (a.get("customFormat") === "1" || a.get("customFormat") === "true") rowStyle = Number(a.get("s") ?? 0);
    }
    if (index.implicitRefs && !/\sr\s*=/.test(startTag)) startTag = setAttr(startTag, "r", String(row + 1));
  } else startTag = `<${p}row r="${row + 1}">`;
  const height = edit.heightOf(row);
  if (height !== undefined) startTag = setAttr(setAttr(startTag, "ht", String(height)), "customHeight", "1");

  const parts: string[] = [];
  let lo = Infinity;
  let hi = -1;
  const emit = (col: number, text: string) => {
    parts.push(text);
    if (col < lo) lo = col;
    if (col > hi) hi = col;
  };
  const render = (col: number, value: PlanCell | null | undefined, fmt: number, s: number) =>
    cellXml(p, toA1(row, col), styles.xfFor(s, edit, fmt), value ?? null, shared.get(row * COLS + col));
  const newCols = swept?.cols ?? [];
  let j = 0;
  const emitNew = (upTo: number) => {
    for (; j < newCols.length && newCols[j]! < upTo; j++) {
      const col = newCols[j]!;
      const value = swept!.values[j];
      const fmt = swept!.fmts[j]!;
      const base = rowStyle || ctx.columnStyle(col);
      if (value === undefined && !fmt) continue;
      if ((value === null || value === undefined) && !fmt && !base) continue;
      emit(col, render(col, value, fmt, base));
    }
  };
  for (let k = first; k < first + count; k++) {
    const col = index.cellCols[k]!;
    emitNew(col);
    const start = index.cellStarts[k]!;
    const end = index.cellEnds[k]!;
    const s = index.cellStyles[k]!;
    const own = j < newCols.length && newCols[j] === col ? j++ : -1;
    const value = own >= 0 ? swept!.values[own] : undefined;
    const fmt = own >= 0 ? swept!.fmts[own]! : 0;
    const f = promoted.get(row * COLS + col);
    if (value !== undefined) emit(col, render(col, value, fmt, s));
    else if (fmt || index.cellImplicit[k] || f) {
      const close = xml.indexOf(">", start) + 1;
      let head = xml.slice(start, close);
      if (index.cellImplicit[k]) head = setAttr(head, "r", toA1(row, col));
      if (fmt) head = setAttr(head, "s", String(styles.xfFor(s, edit, fmt)));
      let text = head + xml.slice(close, end);
      if (f) text = text.replace(FORMULA, f);
      emit(col, text);
    } else emit(col, xml.slice(start, end));
  }
  emitNew(Infinity);
  if (!parts.length) return `${startTag.slice(0, -1)}/>`;
  const at = startTag.indexOf(' spans="');
  if (at >= 0) {
    // spans (§18.3.1.73) is an optimisation hint "first:last"; it must still cover the row's cells.
    const end = startTag.indexOf('"', at + 8);
    const [a, b] = startTag
      .slice(at + 8, end)
      .split(":")
      .map(Number);
    if (a !== undefined && b !== undefined && (lo + 1 < a || hi + 1 > b))
      startTag = `${startTag.slice(0, at + 8)}${Math.min(a, lo + 1)}:${Math.max(b, hi + 1)}${startTag.slice(end)}`;
  }
  return `${startTag}${parts.join("")}</${p}row>`;
}

/** The new inside of `<sheetData>`: existing rows kept or rebuilt, new rows inserted in order. */
export function patchRows(ctx: RowContext): string {
  const { xml, index, edit } = ctx;
  const promoted = promotions(index, edit, index.prefix);
  // The sheet's shared formula groups that keep a cell we do not overwrite keep their indexes.
  const taken = new Set<number>();
  for (const [si, g] of index.shared)
    if (g.cells.some((k) => edit.valueAt(Math.floor(k / COLS), k % COLS) === undefined)) taken.add(Number(si));
  const rows: SweptRow[] = [];
  edit.forEachRow((row, cells) => rows.push({ row, cells }));
  const byRow = new Map(rows.map((r) => [r.row, r.cells]));
  const shared = planShared(rows, taken);
  const touched = new Set<number>(edit.heightRows());
  for (const r of rows) touched.add(r.row);
  for (const k of promoted.keys()) touched.add(Math.floor(k / COLS));
  const existingRows = new Set(index.rowNumbers);
  const fresh = [...touched].filter((r) => !existingRows.has(r)).sort((a, b) => a - b);
  const out: string[] = [];
  const inner = xml.indexOf(">", index.sheetDataStart) + 1;
  let p = inner;
  let f = 0;
  const n = index.rowNumbers.length;
  const freshRow = () => {
    const r = fresh[f++]!;
    return rebuildRow(ctx, r, null, promoted, shared, byRow.get(r));
  };
  for (let i = 0; i < n; i++) {
    const row = index.rowNumbers[i]!;
    const start = index.rowStarts[i]!;
    const end = index.rowEnds[i]!;
    out.push(xml.slice(p, start));
    while (f < fresh.length && fresh[f]! < row) out.push(freshRow());
    if (touched.has(row)) out.push(rebuildRow(ctx, row, { start, end, i }, promoted, shared, byRow.get(row)));
    else if (
      index.implicitRefs &&
      fresh.length &&
      !/^<[^>]*\sr\s*=/.test(xml.slice(start, xml.indexOf(">", start) + 1))
    ) {
      const close = xml.indexOf(">", start) + 1;
      const head = xml.slice(start, close);
      out.push(setAttr(head, "r", String(row + 1)), xml.slice(close, end));
    } else out.push(xml.slice(start, end));
    p = end;
  }
  out.push(xml.slice(p, index.sheetDataInner));
  while (f < fresh.length) out.push(freshRow());
  return out.join("");
}
