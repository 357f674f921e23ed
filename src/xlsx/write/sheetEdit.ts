/**
 * What the write steps ask of one sheet, kept in step order before any XML is produced: the blocks of cells, the
 * formats laid over ranges, merges, conditional formats, sizes, view and print settings. The same record serves a
 * sheet rendered from scratch (a generated sheet) and one patched in place (the user's sheet).
 * Cells are not copied out of the steps: a row sweep tells, row by row, which cells the steps reach, the value the
 * last step left in each and the formats laid over it, so a sheet of 100,000 rows costs no object per cell.
 */
import type {
  CellRange,
  CellStyle,
  KeptFormat,
  KeptStyle,
  PlanCell,
  PlanConditionalRule,
  PrintSetup,
  WriteStep,
} from "../../core";

/** The value of a cell a clearCells step empties: its element goes (compared by identity). */
export const CLEARED: PlanCell = Object.freeze({ value: null });

const COLS = 16384;

/** A kept style as a layer over Excel's default format (style 0). */
function keptLayer(style: KeptStyle): CellStyle {
  const { borders, ...rest } = style;
  // A layer draws all four thin edges or none: a partial border of a kept cell is restored exactly only by its index.
  return { ...rest, ...(borders?.length === 4 ? { border: true } : {}) };
}

export type ConditionalOp =
  { kind: "clear"; ranges: CellRange[] } | { kind: "add"; range: CellRange; rules: PlanConditionalRule[] };

/** A step that reaches cells: a block of values, a format, or a merge (which blanks all but its top-left cell). */
type CellOp =
  | { kind: "cells"; range: CellRange; cells: (PlanCell | null)[][] }
  | { kind: "format"; range: CellRange; style: number }
  | { kind: "merge"; range: CellRange }
  | { kind: "restore"; range: CellRange; formats: Map<number, KeptFormat> }
  | { kind: "clear"; range: CellRange };

/** One row as the steps leave it: the columns they reach, ascending, with each cell's value and format chain. */
export interface RowCells {
  cols: number[];
  /** undefined: the value is left alone; null: blanked. */
  values: (PlanCell | null | undefined)[];
  /** Format chain ids (see SheetEdit.layers); 0: none. */
  fmts: number[];
  /** The style the chain is laid over instead of the cell's own (a restored format); undefined: the cell's own. */
  bases: (number | undefined)[];
}

export interface RowSweep {
  /** The current row (after a `next()` that returned true). */
  row: number;
  cells: RowCells;
  next(): boolean;
}

export class SheetEdit {
  private readonly ops: CellOp[] = [];
  readonly styles: CellStyle[] = [];
  /** Merge and unmerge steps in order; each unmerges what it overlaps first, then a merge merges its range. */
  readonly merges: { range: CellRange; merge: boolean }[] = [];
  readonly conditional: ConditionalOp[] = [];
  readonly widths: { first: number; last: number; width: number | null }[] = [];
  readonly heights: { first: number; last: number; height: number }[] = [];
  /** Some step writes a formula (else there is no shared formula to look for). */
  hasFormulas = false;
  freezeRows: number | undefined;
  tabColor: string | undefined;
  print: PrintSetup | undefined;
  private readonly styleIds = new Map<string, number>();
  /** Format chains: chain id → the style indexes laid over a cell, in order; id 0 is the empty chain. */
  private readonly chains: number[][] = [[]];
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly layerCache: CellStyle[][] = [[]];

  /** Takes one step that concerns this sheet. */
  apply(step: WriteStep): void {
    switch (step.op) {
      case "writeCells": {
        const rows = step.cells.length;
        const cols = rows ? step.cells[0]!.length : 0;
        if (rows && cols) {
          const range = { top: step.top, left: step.left, bottom: step.top + rows - 1, right: step.left + cols - 1 };
          this.ops.push({ kind: "cells", range, cells: step.cells });
          if (!this.hasFormulas) this.hasFormulas = step.cells.some((r) => r.some((c) => !!c?.formula));
        }
        break;
      }
      case "format":
        this.ops.push({ kind: "format", range: step.range, style: this.styleIndex(step.style) });
        break;
      case "merge":
        this.merges.push({ range: step.range, merge: true });
        this.ops.push({ kind: "merge", range: step.range });
        break;
      case "unmerge":
        this.merges.push({ range: step.range, merge: false });
        break;
      case "restoreFormat": {
        if (!step.cells.length) break;
        const formats = new Map(step.cells.map((c) => [c.row * COLS + c.col, c.format]));
        const range = {
          top: Math.min(...step.cells.map((c) => c.row)),
          left: Math.min(...step.cells.map((c) => c.col)),
          bottom: Math.max(...step.cells.map((c) => c.row)),
          right: Math.max(...step.cells.map((c) => c.col)),
        };
        this.ops.push({ kind: "restore", range, formats });
        break;
      }
      case "clearCells":
        for (const range of step.ranges) this.ops.push({ kind: "clear", range });
        break;
      case "clearConditionalFormats":
        this.conditional.push({ kind: "clear", ranges: step.ranges });
        break;
      case "addConditionalFormat":
        this.conditional.push({ kind: "add", range: step.range, rules: step.rules });
        break;
      case "columnWidth":
        this.widths.push({ first: step.first, last: step.last, width: step.width });
        break;
      case "rowHeight":
        this.heights.push({ first: step.first, last: step.last, height: step.height });
        break;
      case "freezeRows":
        this.freezeRows = step.rows;
        break;
      case "tabColor":
        this.tabColor = step.color;
        break;
      case "printSetup":
        this.print = step.setup;
        break;
      default:
        throw new Error(`SheetEdit: ${step.op} is not a sheet step`);
    }
  }

  /** One index per distinct style, so cells formatted alike by different steps share their chains. */
  private styleIndex(style: CellStyle): number {
    const key = JSON.stringify(style);
    let i = this.styleIds.get(key);
    if (i === undefined) this.styleIds.set(key, (i = this.styles.push(style) - 1));
    return i;
  }

  /** The chain of `from` with one more style laid over it. */
  private extend(from: number, style: number): number {
    const known = this.next[from]!.get(style);
    if (known !== undefined) return known;
    const id = this.chains.push([...this.chains[from]!, style]) - 1;
    this.next.push(new Map());
    this.next[from]!.set(style, id);
    return id;
  }

  /** The styles of a format chain, in the order they were laid. */
  layers(fmt: number): CellStyle[] {
    return (this.layerCache[fmt] ??= this.chains[fmt]!.map((i) => this.styles[i]!));
  }

  /**
   * The formulas the steps leave, as `row * COLS + col` keys ascending with their formulas, read straight from the
   * blocks when no two value steps (blocks, merges, clears) overlap, so that each cell's value is its block's;
   * null when some do (then only a sweep tells which value is left).
   */
  formulaCells(): { keys: number[]; formulas: string[] } | null {
    const valued = this.ops.filter((o) => o.kind === "cells" || o.kind === "merge" || o.kind === "clear");
    for (let i = 0; i < valued.length; i++)
      for (let j = i + 1; j < valued.length; j++) {
        const a = valued[i]!.range;
        const b = valued[j]!.range;
        if (a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right) return null;
      }
    const found: { key: number; formula: string }[] = [];
    for (const op of valued) {
      if (op.kind !== "cells") continue;
      const { top, left } = op.range;
      op.cells.forEach((row, i) =>
        row.forEach((cell, j) => {
          if (cell?.formula) found.push({ key: (top + i) * COLS + left + j, formula: cell.formula });
        }),
      );
    }
    found.sort((a, b) => a.key - b.key);
    return { keys: found.map((f) => f.key), formulas: found.map((f) => f.formula) };
  }

  /** The value the steps leave in a cell: undefined when none writes it, null when blanked. */
  valueAt(row: number, col: number): PlanCell | null | undefined {
    for (let i = this.ops.length - 1; i >= 0; i--) {
      const v = this.opValue(this.ops[i]!, row, col);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  private opValue(op: CellOp, row: number, col: number): PlanCell | null | undefined {
    const r = op.range;
    if (row < r.top || row > r.bottom || col < r.left || col > r.right) return undefined;
    if (op.kind === "cells") return op.cells[row - r.top]![col - r.left] ?? undefined;
    if (op.kind === "merge") return row === r.top && col === r.left ? undefined : null;
    if (op.kind === "clear") return CLEARED;
    return undefined;
  }

  /**
   * A cursor over the rows the cell steps reach, in ascending order: each `next()` moves to the next such row and
   * fills `cells` with that row's cells (the same arrays each time: a caller copies what it keeps).
   */
  sweep(): RowSweep {
    const ops = this.ops;
    const order = ops.map((_, i) => i).sort((a, b) => ops[a]!.range.top - ops[b]!.range.top || a - b);
    const bottom = ops.length ? Math.max(...ops.map((o) => o.range.bottom)) : -1;
    let active: number[] = [];
    let k = 0;
    let row = ops.length ? ops[order[0]!]!.range.top - 1 : 0;
    const cells: RowCells = { cols: [], values: [], fmts: [], bases: [] };
    const cursor: RowSweep = {
      row: -1,
      cells,
      next: () => {
        while (++row <= bottom) {
          let added = false;
          while (k < order.length && ops[order[k]!]!.range.top <= row) {
            active.push(order[k++]!);
            added = true;
          }
          if (added) active.sort((a, b) => a - b);
          if (active.some((i) => ops[i]!.range.bottom < row))
            active = active.filter((i) => ops[i]!.range.bottom >= row);
          if (!active.length) {
            if (k < order.length) row = ops[order[k]!]!.range.top - 1;
            continue;
          }
          let left = Infinity;
          let right = -1;
          for (const i of active) {
            left = Math.min(left, ops[i]!.range.left);
            right = Math.max(right, ops[i]!.range.right);
          }
          cells.cols.length = cells.values.length = cells.fmts.length = cells.bases.length = 0;
          for (let col = left; col <= right; col++) {
            let reached = false;
            let value: PlanCell | null | undefined;
            let fmt = 0;
            let base: number | undefined;
            for (const i of active) {
              const op = ops[i]!;
              const r = op.range;
              if (col < r.left || col > r.right) continue;
              if (op.kind === "format") {
                fmt = this.extend(fmt, op.style);
                reached = true;
              } else if (op.kind === "restore") {
                const kept = op.formats.get(row * COLS + col);
                if (!kept) continue;
                base = kept.xf ?? 0;
                fmt = kept.xf === undefined ? this.extend(0, this.styleIndex(keptLayer(kept.style))) : 0;
                reached = true;
              } else if (op.kind === "clear") {
                value = CLEARED;
                fmt = 0;
                base = undefined;
                reached = true;
              } else {
                const v = this.opValue(op, row, col);
                if (v !== undefined) value = v;
                reached ||= op.kind === "merge" || v !== undefined;
              }
            }
            if (!reached) continue;
            cells.cols.push(col);
            cells.values.push(value);
            cells.fmts.push(fmt);
            cells.bases.push(base);
          }
          if (cells.cols.length) {
            cursor.row = row;
            return true;
          }
        }
        cursor.row = -1;
        return false;
      },
    };
    return cursor;
  }

  /** The height set for a row, if any (the last step wins). */
  heightOf(row: number): number | undefined {
    let h: number | undefined;
    for (const x of this.heights) if (row >= x.first && row <= x.last) h = x.height;
    return h;
  }

  /** Rows that have a height set, sorted. */
  heightRows(): number[] {
    const rows = new Set<number>();
    for (const x of this.heights) for (let r = x.first; r <= x.last; r++) rows.add(r);
    return [...rows].sort((a, b) => a - b);
  }

  /** The range every written, formatted or merged cell lies in, or null. */
  extent(): CellRange | null {
    if (!this.ops.length) return null;
    return this.ops.reduce<CellRange>(
      (b, { range: r }) => ({
        top: Math.min(b.top, r.top),
        left: Math.min(b.left, r.left),
        bottom: Math.max(b.bottom, r.bottom),
        right: Math.max(b.right, r.right),
      }),
      { ...this.ops[0]!.range },
    );
  }
}
