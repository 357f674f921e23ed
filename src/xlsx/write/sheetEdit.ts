/**
 * What the write steps ask of one sheet, gathered in step order before any XML is produced: cell values, the
 * formats laid over each cell, merges, conditional formats, sizes, view and print settings. The same record
 * serves a sheet rendered from scratch (a generated sheet) and one patched in place (the user's sheet).
 */
import type { CellRange, CellStyle, PlanCell, PlanConditionalRule, PrintSetup, WriteStep } from "../../core";

export interface CellEdit {
  /** The value to write: undefined leaves the cell's value alone, null blanks it. */
  value?: PlanCell | null;
  /** The formats laid over the cell, in order, as an id of `SheetEdit` (see `layers`); 0 or absent: none. */
  fmt?: number;
}

export type ConditionalOp =
  | { kind: "clear"; ranges: CellRange[] }
  | { kind: "add"; range: CellRange; rules: PlanConditionalRule[] };

export class SheetEdit {
  /** rows[row][col]; sparse. */
  readonly rows: (CellEdit[] | undefined)[] = [];
  readonly styles: CellStyle[] = [];
  /** Format chains: chain id → the style indexes laid over a cell, in order; id 0 is the empty chain. */
  private readonly chains: number[][] = [[]];
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly layerCache: CellStyle[][] = [[]];
  /** Merge steps in order; each unmerges what it overlaps first. */
  readonly merges: CellRange[] = [];
  readonly conditional: ConditionalOp[] = [];
  readonly widths: { first: number; last: number; width: number }[] = [];
  readonly heights: { first: number; last: number; height: number }[] = [];
  freezeRows: number | undefined;
  tabColor: string | undefined;
  print: PrintSetup | undefined;

  private cell(row: number, col: number): CellEdit {
    const cells = (this.rows[row] ??= []);
    return (cells[col] ??= {});
  }

  /** Takes one step that concerns this sheet. */
  apply(step: WriteStep): void {
    switch (step.op) {
      case "writeCells":
        step.cells.forEach((cells, i) => {
          cells.forEach((c, j) => {
            if (c) this.cell(step.top + i, step.left + j).value = c;
          });
        });
        break;
      case "format": {
        const style = this.styleIndex(step.style);
        const { top, left, bottom, right } = step.range;
        let lastFrom = -1;
        let lastTo = 0;
        for (let r = top; r <= bottom; r++) {
          for (let c = left; c <= right; c++) {
            const e = this.cell(r, c);
            const from = e.fmt ?? 0;
            if (from !== lastFrom) (lastFrom = from), (lastTo = this.extend(from, style));
            e.fmt = lastTo;
          }
        }
        break;
      }
      case "merge": {
        this.merges.push(step.range);
        const { top, left, bottom, right } = step.range;
        // Only the top-left cell's value is kept in a merged area, as when Excel merges.
        for (let r = top; r <= bottom; r++) {
          for (let c = left; c <= right; c++) if (r !== top || c !== left) this.cell(r, c).value = null;
        }
        break;
      }
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

  private readonly styleIds = new Map<string, number>();

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

  /** The range every written or formatted cell lies in, or null. */
  extent(): CellRange | null {
    let box: CellRange | null = null;
    this.rows.forEach((cells, r) => {
      if (!cells) return;
      const left = cells.findIndex((c) => c !== undefined);
      const right = cells.length - 1;
      if (left < 0) return;
      box = box
        ? { top: Math.min(box.top, r), left: Math.min(box.left, left), bottom: Math.max(box.bottom, r), right: Math.max(box.right, right) }
        : { top: r, left, bottom: r, right };
    });
    return box;
  }
}
