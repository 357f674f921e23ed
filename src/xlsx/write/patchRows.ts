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
import { ByteSink } from "../xml/byteSink";
import { planShared, type SharedRole } from "./sharedFormulas";
import { setAttr } from "./editChildren";
import { CLEARED, type RowCells, type SheetEdit } from "./sheetEdit";
import { shiftFormula } from "./shiftFormula";
import type { StyleBook } from "./styleBook";

/** A shared formula's new master: the cell, and the `<f>` it now holds. */
type Promotions = Map<number, string>;

/**
 * Array formulas and data tables (§18.3.1.40) over cells we write, whose master we do not write: Excel allows no
 * change to part of an array, so the master loses its formula and keeps its cached value, as plain values (the
 * other cells keep theirs). Its `<f>` becomes "".
 */
function brokenArrays(index: SheetIndex, edit: SheetEdit, out: Promotions): void {
  for (const a of index.arrays) {
    if (edit.valueAt(a.row, a.col) !== undefined) continue;
    let hit = false;
    for (let r = a.ref.top; r <= a.ref.bottom && !hit; r++)
      for (let c = a.ref.left; c <= a.ref.right && !hit; c++) hit = edit.valueAt(r, c) !== undefined;
    if (hit) out.set(a.row * COLS + a.col, "");
  }
}

function promotions(index: SheetIndex, edit: SheetEdit, p: string): Promotions {
  const out: Promotions = new Map();
  if (index.arrays.length) brokenArrays(index, edit, out);
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

/** Rebuilds rows one at a time, straight into the part's bytes. */
class RowWriter {
  private readonly p: string;
  readonly sink = new ByteSink(1 << 20);

  constructor(
    private readonly ctx: RowContext,
    private readonly promoted: Promotions,
    private readonly shared: Map<number, SharedRole>,
  ) {
    this.p = ctx.index.prefix;
  }

  /** A cell we write: its style (ours over `base`), and its formula's part in a shared formula. */
  private cell(row: number, col: number, value: PlanCell | null | undefined, fmt: number, base: number): string {
    const style = this.ctx.styles.xfFor(base, this.ctx.edit, fmt);
    return cellXml(this.p, toA1(row, col), style, value ?? null, this.shared.get(row * COLS + col));
  }

  /**
   * Writes row `row`: the existing element `i` (or a new one when i < 0), with the swept cells when the steps
   * reach the row. Its cells in column order: existing ones kept, restyled or rewritten, merged with new ones.
   */
  row(row: number, i: number, swept: RowCells | null): void {
    const { xml, index, edit, styles } = this.ctx;
    const p = this.p;
    let startTag: string;
    let first = 0;
    let count = 0;
    let rowStyle = 0;
    if (i >= 0) {
      const start = index.rowStarts[i]!;
      // A row's attributes are numbers and flags: its start tag ends at the first ">".
      startTag = xml.slice(start, xml.indexOf(">", start) + 1);
      if (startTag.endsWith("/>")) startTag = `${startTag.slice(0, -2).trimEnd()}>`;
      else {
        first = index.rowFirstCell[i]!;
        count = index.rowCellCount[i]!;
      }
      if (startTag.includes("customFormat")) {
        const a = tagAttrs(xml, nextTag(xml, start)!);
        if (a.get("customFormat") === "1" || a.get("customFormat") === "true") rowStyle = Number(a.get("s") ?? 0);
      }
      if (index.implicitRefs && !/\sr\s*=/.test(startTag)) startTag = setAttr(startTag, "r", String(row + 1));
    } else startTag = `<${p}row r="${row + 1}">`;
    const height = edit.heightOf(row);
    if (height !== undefined) startTag = setAttr(setAttr(startTag, "ht", String(height)), "customHeight", "1");

    let body = "";
    let lo = Infinity;
    let hi = -1;
    const cols = swept?.cols;
    const n = cols ? cols.length : 0;
    let j = 0;
    // Cells we leave alone are copied as they stand, a run of neighbours in one slice.
    let copy = -1;
    let copyEnd = -1;
    const flush = () => {
      if (copy >= 0) body += xml.slice(copy, copyEnd);
      copy = -1;
    };
    for (let k = first; k <= first + count; k++) {
      const col = k < first + count ? index.cellCols[k]! : Infinity;
      for (; j < n && cols![j]! < col; j++) {
        const c = cols![j]!;
        const value = swept!.values[j];
        const fmt = swept!.fmts[j]!;
        const restored = swept!.bases[j];
        const base = restored ?? (rowStyle || this.ctx.columnStyle(c));
        // A cleared cell that has no element stays without one.
        if (value === CLEARED) continue;
        if (value === undefined && !fmt && restored === undefined) continue;
        if ((value === null || value === undefined) && !fmt && !base) continue;
        flush();
        body += this.cell(row, c, value, fmt, base);
        if (c < lo) lo = c;
        if (c > hi) hi = c;
      }
      if (col === Infinity) break;
      const start = index.cellStarts[k]!;
      const end = index.cellEnds[k]!;
      const s = index.cellStyles[k]!;
      const own = j < n && cols![j] === col ? j++ : -1;
      const value = own >= 0 ? swept!.values[own] : undefined;
      const fmt = own >= 0 ? swept!.fmts[own]! : 0;
      const restored = own >= 0 ? swept!.bases[own] : undefined;
      const promotedF = this.promoted.size ? this.promoted.get(row * COLS + col) : undefined;
      if (value === CLEARED) {
        // Emptied as if never used: the element goes.
        flush();
        continue;
      }
      if (col < lo) lo = col;
      if (col > hi) hi = col;
      if (value === undefined && !fmt && restored === undefined && !index.cellImplicit[k] && promotedF === undefined) {
        if (copy < 0) copy = start;
        copyEnd = end;
        continue;
      }
      flush();
      if (value !== undefined) body += this.cell(row, col, value, fmt, restored ?? s);
      else {
        const close = xml.indexOf(">", start) + 1;
        let head = xml.slice(start, close);
        if (index.cellImplicit[k]) head = setAttr(head, "r", toA1(row, col));
        if (fmt || restored !== undefined) {
          const style = styles.xfFor(restored ?? s, edit, fmt);
          head = setAttr(head, "s", style ? String(style) : null);
        }
        // A dynamic array's master that becomes a plain value drops its cell metadata too.
        if (promotedF === "") head = setAttr(head, "cm", null);
        let text = head + xml.slice(close, end);
        if (promotedF !== undefined) text = text.replace(FORMULA, promotedF);
        body += text;
      }
    }
    flush();
    if (!body) {
      this.push(`${startTag.slice(0, -1)}/>`);
      return;
    }
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
    this.push(`${startTag}${body}</${p}row>`);
  }

  push(text: string): void {
    this.sink.text(text);
  }
}

/** The new inside of `<sheetData>`, as UTF-8: existing rows kept or rebuilt, new rows inserted in order. */
export function patchRows(ctx: RowContext): Uint8Array {
  const { xml, index, edit } = ctx;
  const promoted = promotions(index, edit, index.prefix);
  // The sheet's shared formula groups that keep a cell we do not overwrite keep their indexes.
  const taken = new Set<number>();
  for (const [si, g] of index.shared)
    if (g.cells.some((k) => edit.valueAt(Math.floor(k / COLS), k % COLS) === undefined)) taken.add(Number(si));
  const writer = new RowWriter(ctx, promoted, planShared(edit, taken));
  // Rows to rebuild though no cell step reaches them: a height of ours, a shared formula's new master.
  const extra = [...new Set([...edit.heightRows(), ...[...promoted.keys()].map((k) => Math.floor(k / COLS))])].sort(
    (a, b) => a - b,
  );
  const sweep = edit.sweep();
  let swept = sweep.next() ? sweep.row : Infinity;
  let e = 0;
  const nextTouched = () => Math.min(swept, extra[e] ?? Infinity);
  /** Writes the touched row `row` (existing element `i`, or -1) and moves past it. */
  const touch = (row: number, i: number) => {
    writer.row(row, i, swept === row ? sweep.cells : null);
    if (swept === row) swept = sweep.next() ? sweep.row : Infinity;
    while (extra[e] !== undefined && extra[e]! <= row) e++;
  };
  let p = xml.indexOf(">", index.sheetDataStart) + 1;
  const addRefs = index.implicitRefs && nextTouched() !== Infinity;
  for (let i = 0; i < index.rowNumbers.length; i++) {
    const row = index.rowNumbers[i]!;
    const start = index.rowStarts[i]!;
    const end = index.rowEnds[i]!;
    if (start > p) writer.push(xml.slice(p, start));
    for (let t = nextTouched(); t < row; t = nextTouched()) touch(t, -1);
    if (nextTouched() === row) touch(row, i);
    else if (addRefs && !/^<[^>]*\sr\s*=/.test(xml.slice(start, xml.indexOf(">", start) + 1))) {
      const close = xml.indexOf(">", start) + 1;
      writer.push(setAttr(xml.slice(start, close), "r", String(row + 1)) + xml.slice(close, end));
    } else writer.push(xml.slice(start, end));
    p = end;
  }
  if (index.sheetDataInner > p) writer.push(xml.slice(p, index.sheetDataInner));
  for (let t = nextTouched(); t !== Infinity; t = nextTouched()) touch(t, -1);
  return writer.sink.result();
}
