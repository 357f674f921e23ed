import type { CellRange } from "../core";
import type { ApiSupport } from "./detectApiSupport";
import { errorParts } from "./describeHostError";
import { jsonBytes, READ_BUDGET } from "./measurePayload";
import { parseAreas } from "./parseAreas";
import { HEAD_ROWS, rectAddress, type SheetShape } from "./readWorkbook";
import { isPayloadError, type BatchRunner } from "./syncBatches";
import { FONT_PROPERTIES, toCellFonts } from "./readFonts";
import type { LoadedRows } from "./toSheetGrid";

/** One load of the body of a sheet: values, number formats, merged areas or fonts of a rectangle. */
export interface ReadItem {
  sheet: string;
  what: "values" | "formats" | "merges" | "fonts" | "formulas";
  top: number;
  left: number;
  rows: number;
  cols: number;
  /** Estimated response bytes. */
  bytes: number;
}

/** What to read of a sheet beyond its head rows. */
export interface BodyRead {
  shape: SheetShape;
  /** Columns to read (inclusive). */
  left: number;
  right: number;
  /** Columns whose number formats the engine reads, or "all" when the table's columns are not known yet. */
  formatColumns: number[] | "all";
}

/** Rows of one getMergedAreasOrNullObject call: 512 merged areas at most answer, so two a row fit. */
export const MERGE_BAND_ROWS = 256;
/** Bytes a cell's value takes in a response when no head row tells (a short text with its quotes and comma). */
const DEFAULT_CELL_BYTES = 32;
/** A number format as "General" with its quotes and comma. */
const FORMAT_BYTES = 12;
/** Head cells are a sample: the body may run longer. */
const MARGIN = 1.25;

/**
 * Estimated response bytes of one cell per column: the average over the head rows of each cell's JSON (UTF-8),
 * blanks included ("" and its comma), with a margin; a default where no head rows were read.
 */
function cellBytes(shape: SheetShape, left: number, right: number): number[] {
  const head = shape.head;
  return Array.from({ length: right - left + 1 }, (_, i) => {
    const col = left + i - (head?.columnIndex ?? 0);
    const sample = head?.values?.map((row) => row[col] ?? "") ?? [];
    if (!sample.length) return DEFAULT_CELL_BYTES;
    const average = sample.reduce((n: number, v) => n + jsonBytes(v) + 1, 0) / sample.length;
    return Math.max(4, Math.ceil(average * MARGIN));
  });
}

/** Row bands of `top..bottom` of at most `rowsPerBand` rows. */
export function bands(top: number, bottom: number, rowsPerBand: number): [number, number][] {
  const out: [number, number][] = [];
  for (let t = top; t <= bottom; t += rowsPerBand) out.push([t, Math.min(rowsPerBand, bottom - t + 1)]);
  return out;
}

/**
 * The loads that read the sheets' bodies, each sized so that a sync of them stays under READ_BUDGET by estimated
 * bytes: merged areas in bands of MERGE_BAND_ROWS over the whole used range (first, so a refusal costs little),
 * values below the head rows in bands by the head's bytes per row, number formats only of the given columns.
 * (The fonts of the table's cells are read after these, see planFontReads.)
 */
export function planBodyReads(reads: BodyRead[], support: ApiSupport): ReadItem[] {
  const merges: ReadItem[] = [];
  const cells: ReadItem[] = [];
  for (const { shape, left, right, formatColumns } of reads) {
    const { used, name } = shape;
    const cols = right - left + 1;
    if (support.mergedAreas)
      for (const [top, rows] of bands(used.top, used.bottom, MERGE_BAND_ROWS))
        merges.push({ sheet: name, what: "merges", top, left, rows, cols, bytes: 128 + rows * 4 });
    const bodyTop = shape.head === undefined ? used.top : Math.max(used.top, HEAD_ROWS);
    if (bodyTop > used.bottom) continue;
    const perRow = cellBytes(shape, left, right).reduce((a, b) => a + b, 2);
    for (const [top, rows] of bands(bodyTop, used.bottom, Math.max(1, Math.floor(READ_BUDGET / perRow))))
      cells.push({ sheet: name, what: "values", top, left, rows, cols, bytes: rows * perRow });
    const spans: [number, number][] =
      formatColumns === "all"
        ? [[left, cols]]
        : formatColumns.filter((c) => c >= left && c <= right).map((c) => [c, 1]);
    for (const [first, width] of spans) {
      const perFormatRow = width * FORMAT_BYTES + 2;
      for (const [top, rows] of bands(bodyTop, used.bottom, Math.max(1, Math.floor(READ_BUDGET / perFormatRow))))
        cells.push({ sheet: name, what: "formats", top, left: first, rows, cols: width, bytes: rows * perFormatRow });
    }
  }
  return [...merges, ...cells];
}

/** What the body loads bring back, by sheet. */
export interface BodyResult {
  blocks: Map<string, LoadedRows[]>;
  merges: Map<string, CellRange[]>;
}

/** Errors that say something other than "too many merged areas": retrying smaller would not help. */
const FINAL = ["InvalidOperationInCellEditMode", "AccessDenied", "ItemNotFound", "ApiNotFound", "PropertyNotLoaded"];

/**
 * Queues body loads and collects them. A batch may be retried smaller when Excel refuses its size, or when it
 * holds merged-area loads and fails otherwise: Range.getMergedAreasOrNullObject "will fail to return the result"
 * above 512 merged areas (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 */
export function bodyRunner(context: Excel.RequestContext): BatchRunner<ReadItem, BodyResult> {
  return {
    queue(items) {
      const queued = items.map((item) => {
        const range = context.workbook.worksheets
          .getItem(item.sheet)
          .getRange(rectAddress(item.top, item.left, item.rows, item.cols));
        if (item.what === "merges")
          return { item, areas: range.getMergedAreasOrNullObject().load("address"), range: null };
        if (item.what === "values") return { item, areas: null, range: range.load("values") };
        if (item.what === "formulas") return { item, areas: null, range: range.load("formulas") };
        if (item.what === "fonts")
          return { item, areas: null, range: null, fonts: range.getCellProperties(FONT_PROPERTIES) };
        return { item, areas: null, range: range.load("numberFormat") };
      });
      return () => {
        const result: BodyResult = { blocks: new Map(), merges: new Map() };
        const add = <V>(map: Map<string, V[]>, key: string, ...values: V[]) =>
          (map.get(key) ?? map.set(key, []).get(key)!).push(...values);
        for (const q of queued) {
          const { item } = q;
          if (q.areas) {
            if (!q.areas.isNullObject) add(result.merges, item.sheet, ...parseAreas(q.areas.address));
          } else if ("fonts" in q && q.fonts) {
            add(result.blocks, item.sheet, {
              rowIndex: item.top,
              columnIndex: item.left,
              fonts: toCellFonts(q.fonts.value),
            });
          } else if (!q.range) continue;
          else if (item.what === "values") {
            add(result.blocks, item.sheet, { rowIndex: item.top, columnIndex: item.left, values: q.range.values });
          } else if (item.what === "formulas") {
            add(result.blocks, item.sheet, { rowIndex: item.top, columnIndex: item.left, formulas: q.range.formulas });
          } else {
            add(result.blocks, item.sheet, {
              rowIndex: item.top,
              columnIndex: item.left,
              numberFormat: q.range.numberFormat,
            });
          }
        }
        return result;
      };
    },
    retry: (thrown, items) =>
      isPayloadError(thrown) || (items.some((i) => i.what === "merges") && !FINAL.includes(errorParts(thrown).code)),
    split(item) {
      if (item.rows < 2) return null;
      const half = Math.ceil(item.rows / 2);
      const share = item.bytes / item.rows;
      return [
        { ...item, rows: half, bytes: share * half },
        { ...item, top: item.top + half, rows: item.rows - half, bytes: share * (item.rows - half) },
      ];
    },
  };
}
