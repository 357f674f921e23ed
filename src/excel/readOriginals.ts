/**
 * Reading what earlier runs kept (see src/core/originalsSheet.ts): in sync 2 the originals sheet's used range and
 * its signature and index cells, which name the kept columns; in sync 3, with the sheets' bodies, the records'
 * values, the formulas of their references, and the formulas of the kept columns (to tell our output from an
 * edit) — one load per band of rows, so the syncs stay constant whatever the row count.
 */
import { FIRST_RECORD_ROW, ORIGINALS_COLUMNS, readOriginalsIndex, sameSheetName, type CellRange } from "../core";
import type { ApiSupport } from "./detectApiSupport";
import { READ_BUDGET } from "./measurePayload";
import { bands, type ReadItem } from "./readBands";
import type { LoadedRows } from "./toSheetGrid";

/** What sync 2 learns about the originals sheet. */
export interface OriginalsHead {
  name: string;
  /** Rows 0..bottom and columns 0..right hold the records and their tables. */
  bottom: number;
  right: number;
  /** A1:A2: the signature and the index formula. */
  head: LoadedRows;
  /** The kept columns, as the workbook spells them now. */
  index: { sheet: string; range: CellRange }[];
}

/** Sync 2: the originals sheet's used range and cells A1:A2 (ExcelApi 1.1). */
export function queueOriginalsHead(
  context: Excel.RequestContext,
  name: string,
  support: ApiSupport,
): () => OriginalsHead {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = (support.layout ? sheet.getUsedRange(true) : sheet.getUsedRange()).load(
    "rowIndex,columnIndex,rowCount,columnCount",
  );
  const head = sheet.getRange("A1:A2").load("values,formulas");
  return () => {
    const formula = head.formulas[1]?.[0];
    return {
      name,
      bottom: used.rowIndex + used.rowCount - 1,
      right: used.columnIndex + used.columnCount - 1,
      head: { rowIndex: 0, columnIndex: 0, values: head.values, formulas: head.formulas },
      index: readOriginalsIndex(typeof formula === "string" ? formula : null),
    };
  };
}

/**
 * Estimated response bytes of one cell of a record row (mostly empty or a small number: about 4 measured), of a
 * reference formula, of a kept cell's formula (our status formula with its Vietnamese words: about 128). A band
 * that still exceeds the limit is halved and read again.
 */
const RECORD_CELL_BYTES = 6;
const REF_BYTES = 64;
const FORMULA_BYTES = 160;

function banded(
  item: Omit<ReadItem, "top" | "rows" | "bytes">,
  top: number,
  bottom: number,
  perRow: number,
): ReadItem[] {
  if (bottom < top) return [];
  return bands(top, bottom, Math.max(1, Math.floor(READ_BUDGET / perRow))).map(([t, rows]) => ({
    ...item,
    top: t,
    rows,
    bytes: rows * perRow,
  }));
}

/**
 * The loads of sync 3 for the originals: the records (values of every column of theirs), their references
 * (formulas of column A) and, on each sheet read, the formulas of the kept columns (and their values, for a
 * restore, which reads nothing else of those sheets).
 */
export function keptReads(head: OriginalsHead, sheets: string[], withValues = false): ReadItem[] {
  const cols = Math.max(ORIGINALS_COLUMNS.shapes, head.right) + 1;
  const items = [
    ...banded(
      { sheet: head.name, what: "values", left: 0, cols },
      FIRST_RECORD_ROW,
      head.bottom,
      cols * RECORD_CELL_BYTES,
    ),
    ...banded(
      { sheet: head.name, what: "formulas", left: ORIGINALS_COLUMNS.ref, cols: 1 },
      FIRST_RECORD_ROW,
      head.bottom,
      REF_BYTES,
    ),
  ];
  for (const { sheet, range } of head.index) {
    const actual = sheets.find((s) => sameSheetName(s, sheet));
    if (actual === undefined) continue;
    const width = range.right - range.left + 1;
    items.push(
      ...banded(
        { sheet: actual, what: "formulas", left: range.left, cols: width },
        range.top,
        range.bottom,
        width * FORMULA_BYTES,
      ),
      ...(withValues
        ? banded(
            { sheet: actual, what: "values", left: range.left, cols: width },
            range.top,
            range.bottom,
            width * RECORD_CELL_BYTES,
          )
        : []),
    );
  }
  return items;
}
