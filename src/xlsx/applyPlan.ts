import type ExcelJS from "exceljs";
import {
  rangeToA1,
  type CellRange,
  type CellStyle,
  type PlanFormat,
  type GeneratedSheetPlan,
  type PlanCell,
  type SheetPlan,
  type WorkbookPlan,
} from "../core";
import { dropMarker, writeMarker } from "./markers";

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

function writeCell(cell: ExcelJS.Cell, p: PlanCell): void {
  if (p.formula !== undefined) {
    const result = p.value === null ? undefined : (p.value as number | string | boolean);
    cell.value = { formula: p.formula, result } as ExcelJS.CellFormulaValue;
  } else {
    // ExcelJS writes every string as a string cell: text such as "=HYPERLINK(…)" never becomes a formula.
    cell.value = p.value;
  }
}

/** A cell style with a plan style laid over it, keeping what the plan does not set. */
function overlay(base: Partial<ExcelJS.Style>, s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = { ...base };
  if (s.fontName || s.fontSize || s.bold !== undefined || s.italic !== undefined || s.fontColor) {
    style.font = {
      ...style.font,
      ...(s.fontName ? { name: s.fontName } : {}),
      ...(s.fontSize ? { size: s.fontSize } : {}),
      ...(s.bold !== undefined ? { bold: s.bold } : {}),
      ...(s.italic !== undefined ? { italic: s.italic } : {}),
      ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
    };
  }
  if (s.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.horizontal || s.vertical || s.wrap !== undefined || s.indent !== undefined) {
    style.alignment = {
      ...style.alignment,
      ...(s.horizontal ? { horizontal: s.horizontal } : {}),
      ...(s.vertical ? { vertical: s.vertical } : {}),
      ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}),
      // The alignment's indent level (ECMA-376 §18.8.1 `indent`).
      ...(s.indent !== undefined ? { indent: s.indent } : {}),
    };
  }
  if (s.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.numberFormat) style.numFmt = s.numberFormat;
  return style;
}

const NO_STYLE: Partial<ExcelJS.Style> = {};

/**
 * Applies formats in order. Cells that end up with the same layers over the same base style share one new style
 * object: ExcelJS's writer recognises a style object it has seen, which keeps large sheets fast. A cell's own style
 * object is never changed in place, since ExcelJS shares it among the loaded cells of a style.
 */
function applyFormats(sheet: ExcelJS.Worksheet, formats: PlanFormat[]): void {
  // layers[row][col] lists, as "i,j,…", the formats that cover the cell (arrays: cheap for 100,000 rows).
  const layers: string[][] = [];
  formats.forEach((f, i) => {
    for (let row = f.range.top; row <= f.range.bottom; row++) {
      const cols = (layers[row] ??= []);
      for (let col = f.range.left; col <= f.range.right; col++)
        cols[col] = cols[col] === undefined ? `${i}` : `${cols[col]},${i}`;
    }
  });
  const cache = new Map<Partial<ExcelJS.Style>, Map<string, Partial<ExcelJS.Style>>>();
  layers.forEach((cols, row) => {
    const xlRow = sheet.getRow(row + 1);
    cols.forEach((id, col) => {
      const cell = xlRow.getCell(col + 1);
      const base = Object.keys(cell.style ?? {}).length === 0 ? NO_STYLE : cell.style;
      const byBase = cache.get(base) ?? cache.set(base, new Map()).get(base)!;
      let style = byBase.get(id);
      if (!style) {
        style = id.split(",").reduce((acc, i) => overlay(acc, formats[Number(i)]!.style), base);
        byBase.set(id, style);
      }
      cell.style = style;
    });
  });
}

/** Drops conditional formats that cover any of the given ranges (a re-run replaces its own colours). */
function clearConditionalFormats(sheet: ExcelJS.Worksheet, ranges: CellRange[]): void {
  const refs = new Set(ranges.map(rangeToA1));
  // ExcelJS keeps conditional formats in a field its typings omit.
  const holder = sheet as unknown as { conditionalFormattings?: { ref: string }[] };
  holder.conditionalFormattings = (holder.conditionalFormattings ?? []).filter(
    (cf) => !cf.ref.split(" ").some((ref) => refs.has(ref)),
  );
}

/** Writes one sheet plan onto an ExcelJS worksheet. */
export function applySheetPlan(sheet: ExcelJS.Worksheet, plan: SheetPlan, staticColors = false): void {
  for (const m of plan.merges) {
    sheet.unMergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  for (const block of plan.blocks) {
    block.cells.forEach((cells, i) => {
      const row = sheet.getRow(block.top + i + 1);
      cells.forEach((p, j) => {
        if (p) writeCell(row.getCell(block.left + j + 1), p);
      });
    });
  }
  applyFormats(sheet, staticColors ? [...plan.formats, ...plan.fallbackFormats] : plan.formats);
  clearConditionalFormats(
    sheet,
    plan.conditionalFormats.map((cf) => cf.range),
  );
  if (!staticColors) {
    let priority = 1;
    for (const cf of plan.conditionalFormats) {
      sheet.addConditionalFormatting({
        ref: rangeToA1(cf.range),
        rules: cf.rules.map((rule) => ({
          type: "expression",
          priority: priority++,
          stopIfTrue: true,
          formulae: [rule.formula],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
            font: { color: { argb: argb(rule.fontColor) } },
          },
        })),
      });
    }
  }
  for (const { col, width } of plan.columnWidths) sheet.getColumn(col + 1).width = width;
  for (const { row, height } of plan.rowHeights) sheet.getRow(row + 1).height = height;
  if (plan.freezeRows) sheet.views = [{ state: "frozen", xSplit: 0, ySplit: plan.freezeRows }];
}

function applyPrint(sheet: ExcelJS.Worksheet, plan: GeneratedSheetPlan): void {
  const p = plan.print;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    horizontalCentered: p.centerHorizontally ?? false,
    margins: p.margins,
    ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows.top + 1}:${p.repeatRows.bottom + 1}` } : {}),
  };
}

/**
 * Applies a whole plan to an ExcelJS workbook: edits the source sheet, replaces the sheets generated before
 * (found by the plan) with new ones, and marks them with workbook-level names so a re-run recognises them.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  const source = workbook.getWorksheet(plan.source.sheet);
  if (!source) throw new Error(`applyPlan: no sheet ${plan.source.sheet}`);
  applySheetPlan(source, plan.source);
  for (const g of plan.generated) {
    dropMarker(workbook, plan.markers[g.role]);
    const old = g.replaces !== null ? workbook.getWorksheet(g.replaces) : undefined;
    if (old) workbook.removeWorksheet(old.id);
  }
  for (const g of plan.generated) {
    const sheet = workbook.addWorksheet(g.name, {
      properties: g.tabColor ? { tabColor: { argb: argb(g.tabColor) } } : {},
    });
    applySheetPlan(sheet, g);
    applyPrint(sheet, g);
    writeMarker(workbook, plan.markers[g.role], g.name);
  }
}
