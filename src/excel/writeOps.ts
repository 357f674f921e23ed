import {
  columnName,
  quoteSheet,
  rangeToA1,
  sameSheetName,
  type GeneratedRole,
  type PrintSetup,
  type WriteStep,
} from "../core";
import { columnWidthToPoints } from "./columnWidthToPoints";
import type { ApiSupport } from "./detectApiSupport";
import { jsonBytes, OPERATION_BYTES } from "./measurePayload";
import { cellSlices, halveSlice, queueSlice, type CellSlice } from "./queueCells";
import { formatRuns, queueFormatRun, queueNote } from "./queueRestore";
import { queueStyle, styleBytes } from "./queueStyle";
import type { LocatedComment } from "./readComments";
import type { WorkbookMeta } from "./readWorkbook";

/** The proxies of one batch: one Worksheet per name, looked up by name when the batch runs (after renames). */
export interface BatchContext {
  context: Excel.RequestContext;
  sheet(name: string): Excel.Worksheet;
}

/** Office.js operations for one piece of a step, with their estimated request bytes. */
export interface WriteOp {
  /** The sheet written, as named when the op runs. */
  sheet: string;
  bytes: number;
  /** A generated sheet's preparation starts a batch of its own, so the syncs per run stay constant. */
  startsBatch?: boolean;
  /** Set on the preparation of an earlier generated sheet: its name after this run. */
  rewrites?: string;
  queue(batch: BatchContext): void;
  /** The op in two halves (rows of a cell slice), when Excel refuses a request with it alone. */
  split?(): [WriteOp, WriteOp] | null;
}

/** The operations of a run, and what a failure has to clean up. */
export interface WriteProgram {
  ops: WriteOp[];
  /** Page setups, queued after the rest (best effort). */
  prints: { sheet: string; setup: PrintSetup }[];
  /** Sheets this run adds, by role. */
  added: { sheet: string; role: GeneratedRole }[];
  /** Generated sheets of an earlier run that this run empties and rewrites, by their new names. */
  rewritten: string[];
}

const ADDRESS_BYTES = 32;

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

function sliceOp(slice: CellSlice): WriteOp {
  return {
    sheet: slice.sheet,
    bytes: slice.bytes,
    queue: (b) => queueSlice(b.sheet(slice.sheet), slice),
    split() {
      const halves = halveSlice(slice);
      return halves ? [sliceOp(halves[0]), sliceOp(halves[1])] : null;
    },
  };
}

/** The ops of a prepareSheet step (see PrepareSheetStep): rewrite in place, or add. */
function prepareOps(
  step: Extract<WriteStep, { op: "prepareSheet" }>,
  names: string[],
  support: ApiSupport,
  program: WriteProgram,
): WriteOp {
  const existing = step.replaces === null ? undefined : names.find((n) => sameSheetName(n, step.replaces!));
  const visibility = step.visibility ? VISIBILITY[step.visibility] : undefined;
  if (existing === undefined) {
    names.push(step.sheet);
    program.added.push({ sheet: step.sheet, role: step.role });
    return {
      sheet: step.sheet,
      bytes: OPERATION_BYTES * 2,
      startsBatch: true,
      queue: (b) => {
        const added = b.context.workbook.worksheets.add(step.sheet);
        // Worksheet.visibility is ExcelApi 1.1; "VeryHidden" keeps the sheet out of Excel's Unhide list.
        if (visibility) added.visibility = visibility;
      },
    };
  }
  names[names.indexOf(existing)] = step.sheet;
  program.rewritten.push(step.sheet);
  const keep = new Set(step.keep ?? []);
  return {
    sheet: existing,
    bytes: OPERATION_BYTES * 8,
    startsBatch: true,
    rewrites: step.sheet,
    queue: (b) => {
      const sheet = b.sheet(existing);
      const all = sheet.getRange();
      // "All" clears everything in the range (ExcelApi 1.1, learn.microsoft.com/javascript/api/excel/excel.clearapplyto);
      // merges and conditional formats are also cleared explicitly where the API has them.
      all.clear("All");
      if (support.layout) all.unmerge();
      if (support.conditionalFormats) all.conditionalFormats.clearAll();
      if (support.sheetView) {
        if (!keep.has("sizes")) {
          all.format.useStandardWidth = true;
          all.format.useStandardHeight = true;
        }
        if (!keep.has("frozenRows")) sheet.freezePanes.unfreeze();
        if (!keep.has("tabColor")) sheet.tabColor = "";
      }
      // A rename in place: Excel carries the formulas that refer to the sheet over to the new name.
      if (existing !== step.sheet) sheet.name = step.sheet;
      if (visibility) sheet.visibility = visibility;
    },
  };
}

function stepOps(
  step: WriteStep,
  names: string[],
  markers: Set<string>,
  support: ApiSupport,
  program: WriteProgram,
  meta: WorkbookMeta,
  comments: LocatedComment[],
): WriteOp[] {
  const on = (sheet: string, bytes: number, queue: (s: Excel.Worksheet, b: BatchContext) => void): WriteOp => ({
    sheet,
    bytes,
    queue: (b) => queue(b.sheet(sheet), b),
  });
  switch (step.op) {
    case "prepareSheet":
      return [prepareOps(step, names, support, program)];
    case "clearConditionalFormats":
      return step.ranges.map((r) =>
        on(step.sheet, OPERATION_BYTES * 2 + ADDRESS_BYTES, (s) =>
          s.getRange(rangeToA1(r)).conditionalFormats.clearAll(),
        ),
      );
    case "merge":
      return [
        on(step.sheet, OPERATION_BYTES * 3, (s) => {
          const range = s.getRange(rangeToA1(step.range));
          range.unmerge();
          range.merge(false);
        }),
      ];
    case "writeCells":
      return cellSlices(step).map(sliceOp);
    case "format": {
      const rows = step.range.bottom - step.range.top + 1;
      const cols = step.range.right - step.range.left + 1;
      return [
        on(step.sheet, styleBytes(step.style, rows, cols), (s) =>
          queueStyle(s.getRange(rangeToA1(step.range)), step.style, rows, cols),
        ),
      ];
    }
    case "addConditionalFormat":
      return [
        on(step.sheet, OPERATION_BYTES * (2 + step.rules.length * 6) + jsonBytes(step.rules), (s) => {
          const formats = s.getRange(rangeToA1(step.range)).conditionalFormats;
          step.rules.forEach((rule, priority) => {
            const format = formats.add("Custom");
            // The formula is relative to the range's top-left cell, as in Excel's rules manager.
            format.custom.rule.formula = rule.formula.startsWith("=") ? rule.formula : `=${rule.formula}`;
            format.custom.format.fill.color = rule.fill;
            format.custom.format.font.color = rule.fontColor;
            format.stopIfTrue = true;
            // add() puts a format first; the priority keeps the plan's order among ours. The cells were cleared of
            // other rules just before, so no rule of the user's competes with these.
            format.priority = priority;
          });
        }),
      ];
    case "columnWidth":
      return [
        on(step.sheet, OPERATION_BYTES * 2, (s) => {
          const format = s.getRange(`${columnName(step.first)}:${columnName(step.last)}`).format;
          // RangeFormat.useStandardWidth is ExcelApi 1.7; the core asks for it only where the host has it.
          if (step.width === null) format.useStandardWidth = true;
          else format.columnWidth = columnWidthToPoints(step.width);
        }),
      ];
    case "rowHeight":
      return [
        on(step.sheet, OPERATION_BYTES * 2, (s) => {
          s.getRange(`${step.first + 1}:${step.last + 1}`).format.rowHeight = step.height;
        }),
      ];
    case "freezeRows":
      return [on(step.sheet, OPERATION_BYTES, (s) => s.freezePanes.freezeRows(step.rows))];
    case "tabColor":
      return [on(step.sheet, OPERATION_BYTES, (s) => void (s.tabColor = step.color))];
    case "printSetup":
      program.prints.push({ sheet: step.sheet, setup: step.setup });
      return [];
    case "setMarker":
    case "removeMarker": {
      // Excel compares names ignoring case, and names.add fails on an existing one: delete first.
      const old = [...markers].filter((n) => n.toLowerCase() === step.name.toLowerCase());
      for (const n of old) markers.delete(n);
      const add = step.op === "setMarker" ? step : null;
      if (add) markers.add(add.name);
      return [
        {
          sheet: add?.sheet ?? "",
          bytes: OPERATION_BYTES * (1 + old.length),
          queue: (b) => {
            for (const n of old) b.context.workbook.names.getItem(n).delete();
            if (add) b.context.workbook.names.add(add.name, `=${quoteSheet(add.sheet)}!$A$1`);
          },
        },
      ];
    }
    case "deleteSheet": {
      names.splice(
        names.findIndex((n) => sameSheetName(n, step.sheet)),
        1,
      );
      const veryHidden = meta.veryHidden.some((n) => sameSheetName(n, step.sheet));
      return [
        on(step.sheet, OPERATION_BYTES * 2, (s) => {
          // A very hidden sheet cannot be deleted until it is made hidden or visible
          // (learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
          if (veryHidden) s.visibility = "Hidden";
          s.delete();
        }),
      ];
    }
    case "restoreFormat":
      return formatRuns(step.cells).map((run) => on(step.sheet, run.bytes, (s) => queueFormatRun(s, run, support)));
    case "clearCells":
      return step.ranges.map((r) =>
        on(step.sheet, OPERATION_BYTES * 2 + ADDRESS_BYTES, (s) => s.getRange(rangeToA1(r)).clear("All")),
      );
    case "unmerge":
      return [on(step.sheet, OPERATION_BYTES * 2, (s) => s.getRange(rangeToA1(step.range)).unmerge())];
    case "setNote":
      return [
        on(step.sheet, OPERATION_BYTES * 3 + jsonBytes(step.text), (s, b) => queueNote(b.context, s, step, comments)),
      ];
  }
}

/**
 * The Office.js operations that carry out the steps, in order, on the workbook as it was read (`meta`): each step
 * as its doc comment says, with the host's API (see ApiSupport); only the adapter's bookkeeping is decided here
 * (which existing sheet or name a step refers to, how large a cell block's slices are, which comment is ours).
 */
export function writeProgram(
  steps: WriteStep[],
  meta: WorkbookMeta,
  support: ApiSupport,
  comments: LocatedComment[] = [],
): WriteProgram {
  const program: WriteProgram = { ops: [], prints: [], added: [], rewritten: [] };
  const names = [...meta.sheetNames];
  const markers = new Set(meta.markerNames);
  for (const step of steps) program.ops.push(...stepOps(step, names, markers, support, program, meta, comments));
  return program;
}
