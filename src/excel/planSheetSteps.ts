import { columnName, rangeToA1, type CellRange, type PlanBlock, type SheetPlan } from "../core";
import type { ApiSupport } from "./detectApiSupport";
import { columnWidthToPoints } from "./columnWidthToPoints";
import { jsonBytes, OPERATION_BYTES, SLICE_BUDGET } from "./measurePayload";
import { queueStyle, styleBytes } from "./queueStyle";
import { toCellInput, type CellInput } from "./toCellInput";

/** One piece of work on a sheet with its estimated request size; steps are packed into syncs by size. */
export interface WriteStep {
  bytes: number;
  queue(sheet: Excel.Worksheet): void;
}

const height = (r: CellRange) => r.bottom - r.top + 1;
const width = (r: CellRange) => r.right - r.left + 1;

/**
 * A block as row slices of at most SLICE_BUDGET bytes each, so a block of any length can be spread over syncs.
 * All-blank slices are dropped; `formulas` is written where a slice holds a formula (constants are accepted there too).
 */
function blockSteps(block: PlanBlock): WriteStep[] {
  const steps: WriteStep[] = [];
  const rows = block.cells.map((row) => row.map(toCellInput));
  let start = 0;
  let bytes = 0;
  const flush = (end: number) => {
    const slice = rows.slice(start, end);
    if (slice.some((row) => row.some((v) => v !== null))) {
      const hasFormula = slice.some((row) => row.some((v) => typeof v === "string" && v.startsWith("=")));
      const top = block.top + start;
      const cols = slice[0]?.length ?? 0;
      const address = rangeToA1({
        top,
        left: block.left,
        bottom: top + slice.length - 1,
        right: block.left + cols - 1,
      });
      steps.push({
        bytes: bytes + OPERATION_BYTES,
        queue: (sheet) => {
          const range = sheet.getRange(address);
          if (hasFormula) range.formulas = slice as CellInput[][];
          else range.values = slice as CellInput[][];
        },
      });
    }
    start = end;
    bytes = 0;
  };
  rows.forEach((row, i) => {
    const rowBytes = jsonBytes(row) + 1;
    if (bytes + rowBytes > SLICE_BUDGET && i > start) flush(i);
    bytes += rowBytes;
  });
  if (rows.length > start) flush(rows.length);
  return steps;
}

/** Consecutive indexes with the same size, as [first, last, size] runs. */
function runsOf(entries: { index: number; size: number }[]): [number, number, number][] {
  const sorted = [...entries].sort((a, b) => a.index - b.index);
  const runs: [number, number, number][] = [];
  for (const { index, size } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === index - 1 && last[2] === size) last[1] = index;
    else runs.push([index, index, size]);
  }
  return runs;
}

/**
 * Everything a sheet plan writes, as steps in plan order: values, formats (in order), merges, conditional
 * formats — or, below ExcelApi 1.6, the static fills that stand in for them — column widths, row heights, frozen rows.
 * Features the host lacks are skipped: merges and sizes need ExcelApi 1.2, frozen panes 1.7.
 */
export function planSheetSteps(plan: SheetPlan, support: ApiSupport): { steps: WriteStep[]; staticFills: boolean } {
  const steps: WriteStep[] = plan.blocks.flatMap(blockSteps);
  const styleStep = (range: CellRange, style: Parameters<typeof queueStyle>[1]): WriteStep => ({
    bytes: styleBytes(style, height(range), width(range)),
    queue: (sheet) => queueStyle(sheet.getRange(rangeToA1(range)), style, height(range), width(range)),
  });
  for (const f of plan.formats) steps.push(styleStep(f.range, f.style));
  if (support.layout) {
    for (const m of plan.merges)
      steps.push({ bytes: OPERATION_BYTES * 2, queue: (sheet) => sheet.getRange(rangeToA1(m)).merge(false) });
  }
  const staticFills = !support.conditionalFormats && plan.conditionalFormats.length > 0;
  if (support.conditionalFormats) {
    for (const cf of plan.conditionalFormats) {
      steps.push({
        bytes: OPERATION_BYTES * (2 + cf.rules.length * 6) + jsonBytes(cf.rules),
        queue: (sheet) => {
          const formats = sheet.getRange(rangeToA1(cf.range)).conditionalFormats;
          // A re-run must not stack a second set of rules on the same cells.
          formats.clearAll();
          cf.rules.forEach((rule, priority) => {
            const format = formats.add("Custom");
            // The formula is relative to the range's top-left cell, as in Excel's rules manager.
            format.custom.rule.formula = rule.formula.startsWith("=") ? rule.formula : `=${rule.formula}`;
            format.custom.format.fill.color = rule.fill;
            format.custom.format.font.color = rule.fontColor;
            format.stopIfTrue = true;
            // Where Excel inserts a new rule is not documented; setting the index keeps the plan's order.
            format.priority = priority;
          });
        },
      });
    }
  } else {
    for (const f of plan.fallbackFormats) steps.push(styleStep(f.range, f.style));
  }
  if (support.layout) {
    for (const [first, last, size] of runsOf(plan.columnWidths.map((w) => ({ index: w.col, size: w.width })))) {
      const address = `${columnName(first)}:${columnName(last)}`;
      steps.push({
        bytes: OPERATION_BYTES * 2,
        queue: (sheet) => void (sheet.getRange(address).format.columnWidth = columnWidthToPoints(size)),
      });
    }
    for (const [first, last, size] of runsOf(plan.rowHeights.map((h) => ({ index: h.row, size: h.height })))) {
      const address = `${first + 1}:${last + 1}`;
      steps.push({
        bytes: OPERATION_BYTES * 2,
        queue: (sheet) => void (sheet.getRange(address).format.rowHeight = size),
      });
    }
  }
  if (support.sheetView && plan.freezeRows) {
    const rows = plan.freezeRows;
    steps.push({ bytes: OPERATION_BYTES, queue: (sheet) => sheet.freezePanes.freezeRows(rows) });
  }
  return { steps, staticFills };
}

/** Packs steps into consecutive groups of at most `budget` estimated bytes (a larger step gets a group of its own). */
export function packSteps<S extends { bytes: number }>(steps: S[], budget: number): S[][] {
  const groups: S[][] = [];
  let current: S[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length && bytes + step.bytes > budget) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length) groups.push(current);
  return groups;
}
