import { foldText } from "./foldText";
import { findHeader, headerAt, isHeaderish, isYearCap, type HeaderBlock } from "./findHeader";
import { readHeader } from "./matchHeader";
import { parseValue } from "./parseValue";
import type { SheetAccess } from "./sheetAccess";
import type { ColumnMapping } from "./types";

/** Lines that close a table: signatures and bylines, places and dates, footnotes (folded). */
const CLOSING = [
  /^(nguoi lap( bieu)?|lap bieu|nguoi bao cao|thu truong|giam doc|pho giam doc|tong giam doc|hieu truong|ky ten|noi nhan|t\/?m\.?|k\/?t\.?|tm |kt |q\. |chu tich|truong phong|truong ban|ke toan truong|xac nhan|prepared by|approved by|signed|signature)/,
  /\bngay\b.*\bthang\b.*\bnam\b/,
  /^(ghi chu|chu thich|luu y|nhan xet|nguon|source|(?:disclosure )?note|key|data sources?|footnotes?|date|ngay cap nhat)s?\b[^:]{0,24}:/,
  /^(n\.? ?b\.|last updated\b|updated on\b)/,
  // A heading alone over the notes: "Notes", "Ghi chú".
  /^(ghi chu|chu thich|notes?|footnotes?)\s*:?$/,
  /^\(\*+\)/,
  /^\*+\s*\S/,
  /^\(\d{1,2}\)\s*\S+\s+\S+/,
];

/** Whether a text is a closing line (signature, date, footnote). Example: `isClosingText("Nguồn: Cục Thống kê")`. */
export function isClosingText(text: string): boolean {
  const folded = foldText(text);
  return CLOSING.some((re) => re.test(folded));
}

/**
 * A row of column numbers under a header: "(1) (2) (3)", "1 2 3 4", "A B 1 2 3=2/1" — letters and numbers each
 * running on by one.
 */
function isColumnNumberRow(sheet: SheetAccess, row: number): boolean {
  const numbers: number[] = [];
  const letters: number[] = [];
  for (let c = 0; c < sheet.colCount; c++) {
    const t = sheet.text(row, c);
    if (!t) continue;
    const letter = /^\(?([A-Z])\)?$/.exec(t);
    const number = /^\(?(\d+)\)?(\s*=.*)?$/.exec(t);
    if (letter) letters.push(letter[1]!.charCodeAt(0));
    else if (number) numbers.push(Number(number[1]));
    else return false;
  }
  const runsOn = (xs: number[]) => xs.every((n, i) => i === 0 || n === xs[i - 1]! + 1);
  return numbers.length + letters.length >= 3 && runsOn(numbers) && runsOn(letters);
}

/** A unit written alone in a cell: "£'000", "(MU)", "%", "tỷ đồng", "người" (folded). */
const UNIT_TEXT =
  /^\(?\s*(%|[£$€¥₫]\s*('?000s?|m|bn|k|million|thousand)?|'?000s?|mu|money units|vnd|usd|dong|trieu dong|ty dong|nghin dong|ngan dong|trieu usd|ty usd|nguoi|luot|ha|tan|km|ngay|days|number|count|ca|lan|xa)\s*\)?$/;

/** A row of units under a header ("£'000 | £'000", "(MU) | %"): part of the header, not content. */
function isUnitRow(sheet: SheetAccess, row: number): boolean {
  let units = 0;
  for (let c = 0; c < sheet.colCount; c++) {
    const t = sheet.text(row, c);
    if (!t) continue;
    if (typeof sheet.value(row, c) !== "string" || !UNIT_TEXT.test(foldText(t))) return false;
    units++;
  }
  return units >= 2;
}

/** The first content row: skips a row of column numbers and a row of units right below the header (either order). */
export function skipColumnNumbers(sheet: SheetAccess, row: number): number {
  let r = row;
  for (let i = 0; i < 2 && r < sheet.rowCount; i++) {
    if (isColumnNumberRow(sheet, r) || isUnitRow(sheet, r)) r++;
    else break;
  }
  return r;
}

const hasNumber = (sheet: SheetAccess, row: number, columns: ColumnMapping) =>
  typeof sheet.value(row, columns.target) === "number" ||
  typeof sheet.value(row, columns.result) === "number" ||
  (columns.attainment !== undefined && typeof sheet.value(row, columns.attainment) === "number");

function isClosingRow(sheet: SheetAccess, row: number, columns: ColumnMapping): boolean {
  // A signature block may sit under the value columns; only text that is not a value can close.
  if (hasNumber(sheet, row, columns)) return false;
  for (let c = 0; c < sheet.colCount; c++) {
    const t = sheet.text(row, c);
    if (t && isClosingText(t)) return !isStarHeading(sheet, row, t, columns);
  }
  return false;
}

/**
 * A starred line of a few words right above a line with figures ("* Trồng trọt" over "Tổng diện tích | 652") is a
 * bullet heading, as reports mark their sub-parts, not a footnote: a footnote follows the figures it explains.
 * Example: "* Chăn nuôi" then "Tổng đàn trâu | 1.200" → a heading; "* Số liệu ước tính" as the last line → a footnote.
 */
function isStarHeading(sheet: SheetAccess, row: number, text: string, columns: ColumnMapping): boolean {
  const folded = foldText(text);
  if (!/^\*+\s*\S/.test(folded) || folded.split(/\s+/).length > 7) return false;
  // Up to two heading lines may come between ("* Trồng trọt", "- Cây lương thực:", "+ Lúa | 315").
  for (let r = row + 1; r < sheet.rowCount && r <= row + 3; r++) {
    if (sheet.isBlankRow(r)) return false;
    if (hasNumber(sheet, r, columns)) return !isHeaderish(sheet, r, true);
    if (isClosingRow(sheet, r, columns)) return false;
  }
  return false;
}

/** A text row merged across the whole table (label through values), e.g. a caption, a note, a section name. */
function wideMergeText(sheet: SheetAccess, row: number, columns: ColumnMapping): string | null {
  const left = Math.min(columns.number ?? columns.label, columns.label, columns.target, columns.result);
  const right = Math.max(columns.target, columns.result);
  for (let c = 0; c <= left; c++) {
    const m = sheet.merge(row, c);
    if (m && m.top === row && m.left <= left && m.right >= right) return sheet.text(m.top, m.left) || null;
  }
  return null;
}

/** Whether a text explains the verdict of the line above ("Not achieved - …", "Không đạt: …"): part of the table. */
const isVerdictNote = (text: string) =>
  /^(not achieved|partially achieved|achieved|not met|met|khong dat|chua dat|dat|vuot)\s*[-–—:]\s*\S/.test(
    foldText(text),
  );

/**
 * A line with a verdict ("Achieved", "Không đạt") in a cell right of a label naming no column: a line of the table,
 * not a header repeated ("Target achieved or not achieved" above reads "Achieved" as a name).
 */
function verdictLine(sheet: SheetAccess, row: number, columns: ColumnMapping): boolean {
  if (columns.status === undefined) return false;
  const label = sheet.text(row, columns.label);
  if (label === "" || readHeader(label).matches.length > 0) return false;
  for (let c = columns.label + 1; c < sheet.colCount; c++)
    if (parseValue(sheet.value(row, c)).kind === "qualitative") return true;
  return false;
}

/** Whether a text opens a section or a group ("I. …", "1. …", "A. …", "Trong đó"): it keeps the table going. */
const isSectionText = (text: string) => /^([IVXLC]+|\d+(\.\d+)*|[A-ZĐ])\s*[.):–-]\s*\S/u.test(text);

/** One block of a table: a header and the rows under it (a table continued under a repeated header has several). */
export interface TableBlock {
  headerTop: number;
  headerBottom: number;
  firstRow: number;
  lastRow: number;
}

/**
 * Rows without values after a blank row that follows the last row with values are a byline or a source line
 * ("Nguyễn Phương (Theo Phòng Kế hoạch)"), not headings of the table.
 */
function trimByline(sheet: SheetAccess, firstRow: number, last: number, columns: ColumnMapping): number {
  let end = last;
  for (let r = last; r >= firstRow; r--) {
    if (!sheet.isBlank(r, columns.target) || !sheet.isBlank(r, columns.result)) return end;
    // A share of the plan printed alone ("108" under "TH/KH", the plan and the amount not printed) is a value too.
    if (columns.attainment !== undefined && !sheet.isBlank(r, columns.attainment)) return end;
    // A verdict without figures ("Vượt kế hoạch") is a value too: the lines above it are the table's.
    if (columns.status !== undefined && !sheet.isBlank(r, columns.status)) return end;
    if (sheet.isBlankRow(r)) end = r - 1;
  }
  return last;
}

/** A paragraph: two sentences or more and at least fifteen words ("Of the five targets shown above … . HMRC …"). */
const isParagraph = (text: string) =>
  !isVerdictNote(text) && /[.!?]\s+\p{Lu}/u.test(text) && text.trim().split(/\s+/).length >= 15;

/**
 * Lines without figures after the last line with figures that open with a caption and a colon ("Explanation of
 * Variance: …", "Giải trình: …"), or that are paragraphs, explain the lines above: notes, not rows of the table.
 */
function trimNotes(sheet: SheetAccess, firstRow: number, last: number, columns: ColumnMapping): number {
  let end = last;
  while (end >= firstRow && sheet.isBlank(end, columns.target) && sheet.isBlank(end, columns.result)) {
    const text = sheet.text(end, columns.label);
    if (!/^[^:\d]{3,40}:\s*\S/u.test(text) && !isParagraph(text)) return last;
    end--;
  }
  return end >= firstRow ? end : last;
}

export interface TableBody {
  lastRow: number;
  /** The table's blocks, top to bottom; the last one ends at `lastRow`. */
  blocks: TableBlock[];
  /** Rows inside the table that are not content: repeated headers, their column numbers, footnotes between blocks. */
  skipRows: number[];
  /** A header of another shape met below: the next table on the sheet. */
  next: HeaderBlock | null;
}

/** The same columns in the same roles: a repeat of the header, not the header of another table. */
function sameShape(a: HeaderBlock, columns: ColumnMapping): boolean {
  for (const role of ["target", "result", "attainment", "status", "notes", "unit"] as const) {
    if (a.columns[role] !== columns[role]) return false;
  }
  return a.columns.label === undefined || a.columns.label === columns.label;
}

/** Whether the next non-blank rows (up to three) carry on the table: values, or a header of the same shape. */
function continues(sheet: SheetAccess, row: number, columns: ColumnMapping): boolean {
  for (let r = row + 1, seen = 0; r < sheet.rowCount && seen < 3; r++) {
    if (sheet.isBlankRow(r)) continue;
    seen++;
    if (isClosingRow(sheet, r, columns)) return false;
    if (!sheet.isBlank(r, columns.target) || !sheet.isBlank(r, columns.result)) {
      const h = isHeaderish(sheet, r, true) ? headerAt(sheet, r) : null;
      return h === null || sameShape(h, columns);
    }
  }
  return false;
}

/** Skips a repeated header: its rows and a row of column numbers under it. */
function skipHeader(sheet: SheetAccess, h: HeaderBlock, skip: number[]): number {
  for (let r = h.top; r <= h.bottom; r++) skip.push(r);
  const after = skipColumnNumbers(sheet, h.bottom + 1);
  if (after > h.bottom + 1) skip.push(h.bottom + 1);
  return after - 1;
}

/**
 * The top of the rows just above a header (below `floor`, at most `reach` of them, up to a blank row) that have no
 * values: its caption, which belongs with it. Example: a caption and a unit line over a repeated header → the
 * caption's row.
 */
export function captionTop(
  sheet: SheetAccess,
  headerTop: number,
  floor: number,
  columns: ColumnMapping,
  reach = 3,
): number {
  let top = headerTop;
  for (let r = headerTop - 1; r > floor && headerTop - r <= reach; r--) {
    if (sheet.isBlankRow(r)) break;
    if (!sheet.isBlank(r, columns.target) || !sheet.isBlank(r, columns.result)) break;
    top = r;
  }
  return top;
}

/**
 * Where a table's content ends, reading down from its first row: at a signature, byline or date line, a footnote
 * ("(*) …", "Ghi chú:", "Nguồn:", "Source:"), two blank rows, a text row merged across the table that nothing
 * follows, or the header of another table. A header of the same shape further down (a page-break repeat, a new block
 * under its own caption) continues the table: the header rows are skipped and the caption becomes a heading.
 * Example: rows 5–30, a blank row, "Người lập biểu" → the table ends at row 30.
 */
export function findTableEnd(
  sheet: SheetAccess,
  firstRow: number,
  columns: ColumnMapping,
  lastColumn: number,
  header: { top: number; bottom: number } = { top: firstRow - 1, bottom: firstRow - 1 },
): TableBody {
  const cols = [...Array(lastColumn + 1).keys()];
  const skipRows: number[] = [];
  const blocks: TableBlock[] = [];
  let block: TableBlock = { headerTop: header.top, headerBottom: header.bottom, firstRow, lastRow: firstRow - 1 };
  /** Closes the current block before a repeated header (and its caption) and opens the next. */
  const nextBlock = (h: HeaderBlock, last: number, floor: number, first: number) => {
    block.lastRow = Math.max(block.firstRow - 1, Math.min(last, captionTop(sheet, h.top, floor, columns) - 1));
    // The blank line before the next block's caption is not the block's.
    while (block.lastRow >= block.firstRow && sheet.isBlankRow(block.lastRow)) block.lastRow--;
    blocks.push(block);
    block = { headerTop: h.top, headerBottom: h.bottom, firstRow: first, lastRow: first - 1 };
  };
  let last = firstRow - 1;
  let blanks = 0;
  let r = firstRow;
  for (; r < sheet.rowCount; r++) {
    if (sheet.isBlankRow(r, cols)) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (isClosingRow(sheet, r, columns)) break;
    if (!hasNumber(sheet, r, columns) && (isHeaderish(sheet, r, true) || isYearCap(sheet, r))) {
      const found = headerAt(sheet, r);
      const h = found && verdictLine(sheet, found.top, columns) ? null : found;
      if (h && sameShape(h, columns)) {
        const before = last;
        r = skipHeader(sheet, h, skipRows);
        nextBlock(h, before, block.firstRow, r + 1);
        continue;
      }
      if (h) {
        const top = captionTop(sheet, h.top, block.firstRow - 1, columns);
        let lastRow = Math.max(firstRow - 1, Math.min(last, top - 1));
        while (lastRow >= firstRow && sheet.isBlankRow(lastRow)) lastRow--;
        blocks.push({ ...block, lastRow: Math.max(block.firstRow - 1, lastRow) });
        return { lastRow, blocks, skipRows, next: h };
      }
    }
    const wide = wideMergeText(sheet, r, columns);
    if (wide !== null && !isSectionText(wide) && !isVerdictNote(wide) && !continues(sheet, r, columns)) break;
    last = r;
  }
  last = trimNotes(sheet, firstRow, trimByline(sheet, firstRow, last, columns), columns);
  // After a gap or a footnote, a header of the same shape within reach continues the table.
  const h = r < sheet.rowCount ? findHeader(sheet, r, 60) : null;
  if (!h || !sameShape(h, columns) || verdictLine(sheet, h.top, columns)) {
    blocks.push({ ...block, lastRow: Math.max(block.firstRow - 1, last) });
    return { lastRow: last, blocks, skipRows, next: h };
  }
  const caption = captionTop(sheet, h.top, r, columns);
  for (let g = last + 1; g < caption; g++) if (!sheet.isBlankRow(g)) skipRows.push(g);
  for (let g = caption; g < h.top; g++) if (isClosingRow(sheet, g, columns)) skipRows.push(g);
  const after = skipHeader(sheet, h, skipRows) + 1;
  blocks.push({ ...block, lastRow: Math.max(block.firstRow - 1, last) });
  const rest = findTableEnd(sheet, after, columns, lastColumn, { top: h.top, bottom: h.bottom });
  return {
    lastRow: Math.max(rest.lastRow, after - 1),
    blocks: [...blocks, ...rest.blocks],
    skipRows: [...skipRows, ...rest.skipRows],
    next: rest.next,
  };
}
