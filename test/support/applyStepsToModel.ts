/**
 * The oracle: the write steps (src/core/writeStepTypes.ts) interpreted over the plain workbook model, exactly as
 * their doc comments say. Both adapters are compared with it: for the same starting workbook and the same plan,
 * an adapter's output read back into the model must equal what this returns.
 */
import {
  NOTE_PREFIX,
  type CellRange,
  type CellStyle,
  type KeptStyle,
  type PlanCell,
  type WriteStep,
} from "../../src/core";
import { sameSheetName } from "../../src/core/a1";
import { contains, intersects, subtractAll } from "./modelAreas";
import { rewriteSheetReferences } from "./modelFormulas";
import {
  cellKey,
  keyCol,
  keyRow,
  cloneModel,
  EDGES,
  emptySheet,
  ensureCell,
  findSheet,
  requireSheet,
  type ModelSheet,
  type ModelStyle,
  type WorkbookModel,
} from "./workbookModel";

/** A step the core should never emit (a broken invariant of the contract). */
export class ContractViolation extends Error {}

const upper = (hex: string) => hex.toUpperCase();

/** Lays a plan style over a cell style: what the plan sets replaces, the rest stays. */
export function overlayStyle(base: ModelStyle | undefined, s: CellStyle): ModelStyle {
  const out: ModelStyle = { ...base };
  if (s.fontName !== undefined) out.fontName = s.fontName;
  if (s.fontSize !== undefined) out.fontSize = s.fontSize;
  if (s.bold !== undefined) out.bold = s.bold;
  if (s.italic !== undefined) out.italic = s.italic;
  if (s.fontColor !== undefined) out.fontColor = upper(s.fontColor);
  if (s.fill !== undefined) out.fill = upper(s.fill);
  if (s.horizontal !== undefined) out.horizontal = s.horizontal;
  if (s.vertical !== undefined) out.vertical = s.vertical;
  if (s.wrap !== undefined) out.wrap = s.wrap;
  if (s.indent !== undefined) {
    if (s.indent === 0) delete out.indent;
    else out.indent = s.indent;
  }
  if (s.border) out.borders = [...EDGES];
  if (s.numberFormat !== undefined) {
    if (s.numberFormat === "General") delete out.numberFormat;
    else out.numberFormat = s.numberFormat;
  }
  return out;
}

function hiddenByMerge(sheet: ModelSheet, row: number, col: number): boolean {
  return sheet.merges.some((m) => contains(m, row, col) && !(m.top === row && m.left === col));
}

function writeCell(sheet: ModelSheet, row: number, col: number, p: PlanCell): void {
  if (hiddenByMerge(sheet, row, col))
    throw new ContractViolation(`writeCells into a cell hidden by a merge: ${sheet.name} row ${row} col ${col}`);
  const cell = ensureCell(sheet, row, col);
  delete cell.formula;
  if (p.formula !== undefined && p.formula !== "") {
    cell.formula = p.formula.startsWith("=") ? p.formula : `=${p.formula}`;
    cell.value = p.value;
  } else {
    const v = p.value;
    cell.value = v === "" || (typeof v === "number" && !Number.isFinite(v)) ? null : v;
  }
}

function forEachCell(range: CellRange, visit: (row: number, col: number) => void): void {
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) visit(r, c);
}

/** Renames a sheet as Excel does: formulas in every sheet and defined names follow it. */
function renameSheet(model: WorkbookModel, sheet: ModelSheet, to: string): void {
  const from = sheet.name;
  for (const s of model.sheets)
    for (const cell of s.cells.values())
      if (cell.formula) cell.formula = rewriteSheetReferences(cell.formula, from, to);
  for (const n of model.names) if (n.sheet !== null && sameSheetName(n.sheet, from)) n.sheet = to;
  sheet.name = to;
}

function prepareSheet(model: WorkbookModel, step: Extract<WriteStep, { op: "prepareSheet" }>): void {
  const existing = step.replaces !== null ? findSheet(model, step.replaces) : undefined;
  const clash = findSheet(model, step.sheet);
  if (clash && clash !== existing)
    throw new ContractViolation(`prepareSheet: "${step.sheet}" belongs to another sheet`);
  if (!existing) {
    model.sheets.push(emptySheet(step.sheet, step.visibility ?? "visible"));
    return;
  }
  if (step.visibility) existing.visibility = step.visibility;
  const keep = new Set(step.keep ?? []);
  existing.cells.clear();
  existing.merges = [];
  existing.conditionalFormats = [];
  if (!keep.has("sizes")) {
    existing.columnWidths.clear();
    existing.rowHeights.clear();
  }
  if (!keep.has("frozenRows")) existing.frozenRows = 0;
  if (!keep.has("tabColor")) existing.tabColor = null;
  if (!keep.has("printSetup")) existing.print = null;
  if (existing.name !== step.sheet) renameSheet(model, existing, step.sheet);
}

/** A kept style as the model's style (a whole state: what it leaves out is Excel's default). */
function keptModelStyle(k: KeptStyle): ModelStyle | undefined {
  const { borders, ...rest } = k;
  const out: ModelStyle = { ...rest };
  if (out.fontColor) out.fontColor = upper(out.fontColor);
  if (out.fill) out.fill = upper(out.fill);
  if (out.numberFormat === "General") delete out.numberFormat;
  if (borders?.length) out.borders = EDGES.filter((e) => borders.includes(e));
  return Object.keys(out).length ? out : undefined;
}

function applyStep(model: WorkbookModel, step: WriteStep): void {
  switch (step.op) {
    case "prepareSheet":
      return prepareSheet(model, step);
    case "clearConditionalFormats": {
      const sheet = requireSheet(model, step.sheet);
      sheet.conditionalFormats = sheet.conditionalFormats
        .map((rule) => ({ ...rule, ranges: subtractAll(rule.ranges, step.ranges) }))
        .filter((rule) => rule.ranges.length > 0);
      return;
    }
    case "merge": {
      const sheet = requireSheet(model, step.sheet);
      sheet.merges = sheet.merges.filter((m) => !intersects(m, step.range));
      sheet.merges.push({ ...step.range });
      forEachCell(step.range, (r, c) => {
        if (r === step.range.top && c === step.range.left) return;
        const cell = sheet.cells.get(cellKey(r, c));
        if (cell) {
          cell.value = null;
          delete cell.formula;
        }
      });
      return;
    }
    case "writeCells": {
      const sheet = requireSheet(model, step.sheet);
      step.cells.forEach((row, i) =>
        row.forEach((p, j) => {
          if (p) writeCell(sheet, step.top + i, step.left + j, p);
        }),
      );
      return;
    }
    case "format": {
      const sheet = requireSheet(model, step.sheet);
      forEachCell(step.range, (r, c) => {
        const cell = ensureCell(sheet, r, c);
        cell.style = overlayStyle(cell.style, step.style);
      });
      return;
    }
    case "addConditionalFormat": {
      const sheet = requireSheet(model, step.sheet);
      for (const rule of step.rules)
        sheet.conditionalFormats.push({
          ranges: [{ ...step.range }],
          formula: rule.formula.startsWith("=") ? rule.formula : `=${rule.formula}`,
          fill: upper(rule.fill),
          fontColor: upper(rule.fontColor),
          stopIfTrue: true,
        });
      return;
    }
    case "columnWidth": {
      const sheet = requireSheet(model, step.sheet);
      for (let c = step.first; c <= step.last; c++)
        if (step.width === null) sheet.columnWidths.delete(c);
        else sheet.columnWidths.set(c, step.width);
      return;
    }
    case "rowHeight": {
      const sheet = requireSheet(model, step.sheet);
      for (let r = step.first; r <= step.last; r++) sheet.rowHeights.set(r, step.height);
      return;
    }
    case "freezeRows":
      requireSheet(model, step.sheet).frozenRows = step.rows;
      return;
    case "tabColor":
      requireSheet(model, step.sheet).tabColor = upper(step.color);
      return;
    case "printSetup":
      requireSheet(model, step.sheet).print = JSON.parse(JSON.stringify(step.setup));
      return;
    case "setMarker": {
      const sheet = requireSheet(model, step.sheet);
      model.names = model.names.filter((n) => n.name.toLowerCase() !== step.name.toLowerCase());
      model.names.push({ name: step.name, sheet: sheet.name, ref: "$A$1" });
      return;
    }
    case "removeMarker":
      model.names = model.names.filter((n) => n.name.toLowerCase() !== step.name.toLowerCase());
      return;
    case "restoreFormat": {
      const sheet = requireSheet(model, step.sheet);
      for (const { row, col, format } of step.cells) {
        const cell = ensureCell(sheet, row, col);
        const style = keptModelStyle(format.style);
        if (style) cell.style = style;
        else delete cell.style;
      }
      return;
    }
    case "clearCells": {
      const sheet = requireSheet(model, step.sheet);
      for (const range of step.ranges) {
        if (sheet.merges.some((m) => intersects(m, range)))
          throw new ContractViolation(`clearCells over a merged area: ${sheet.name} ${JSON.stringify(range)}`);
        for (const key of [...sheet.cells.keys()])
          if (contains(range, keyRow(key), keyCol(key))) sheet.cells.delete(key);
      }
      return;
    }
    case "unmerge": {
      const sheet = requireSheet(model, step.sheet);
      sheet.merges = sheet.merges.filter((m) => !intersects(m, step.range));
      return;
    }
    case "setNote": {
      const sheet = requireSheet(model, step.sheet);
      const key = cellKey(step.row, step.col);
      const existing = sheet.notes.get(key);
      // Another author's note stays, and no note of ours goes beside it (one thread per cell).
      if (existing !== undefined && !existing.startsWith(NOTE_PREFIX)) return;
      if (step.text === null) sheet.notes.delete(key);
      else sheet.notes.set(key, step.text);
      return;
    }
    case "deleteSheet": {
      const sheet = requireSheet(model, step.sheet);
      model.sheets = model.sheets.filter((s) => s !== sheet);
      for (const s of model.sheets)
        for (const cell of s.cells.values())
          if (cell.formula) cell.formula = rewriteSheetReferences(cell.formula, sheet.name, null);
      for (const n of model.names)
        if (n.sheet !== null && sameSheetName(n.sheet, sheet.name)) Object.assign(n, { sheet: null, ref: "#REF!" });
      return;
    }
  }
}

/**
 * The workbook after the steps, in order (the input is not changed). Throws ContractViolation on a step the
 * contract rules out (a write into a hidden merged cell, a generated sheet named like another sheet).
 * Example: `applyStepsToModel(seed, lowerPlan(plan, ALL_CAPABILITIES).steps)`.
 */
export function applyStepsToModel(model: WorkbookModel, steps: WriteStep[]): WorkbookModel {
  const out = cloneModel(model);
  for (const step of steps) applyStep(out, step);
  return out;
}
