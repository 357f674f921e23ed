import { foldText } from "./foldText";
import { findHeader, headerAt, isHeaderish, type HeaderBlock } from "./findHeader";
import type { SheetAccess } from "./sheetAccess";
import type { ColumnMapping } from "./types";

/** Lines that close a table: signatures and bylines, places and dates, footnotes (folded). */
const CLOSING = [
  /^(nguoi lap( bieu)?|lap bieu|nguoi bao cao|thu truong|giam doc|pho giam doc|tong giam doc|hieu truong|ky ten|noi nhan|t\/?m\.?|k\/?t\.?|tm |kt |q\. |chu tich|truong phong|truong ban|ke toan truong|xac nhan|prepared by|approved by|signed|signature)/,
  /\bngay\b.*\bthang\b.*\bnam\b/,
  /^(ghi chu|chu thich|luu y|nguon|source|note)s?\b[^:]{0,24}:/,
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

/** The first content row: skips a row of column numbers right below the header. */
export function skipColumnNumbers(sheet: SheetAccess, row: number): number {
  return row < sheet.rowCount && isColumnNumberRow(sheet, row) ? row + 1 : row;
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
    if (t && isClosingText(t)) return true;
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

/** Whether a text opens a section or a group ("I. …", "1. …", "A. …", "Trong đó"): it keeps the table going. */
const isSectionText = (text: string) => /^([IVXLC]+|\d+(\.\d+)*|[A-ZĐ])\s*[.):–-]\s*\S/u.test(text);

export interface TableBody {
  lastRow: number;
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

/** Rows just above a header that have no values and one text: its caption, which belongs with it. */
function captionTop(sheet: SheetAccess, headerTop: number, floor: number, columns: ColumnMapping): number {
  let top = headerTop;
  for (let r = headerTop - 1; r > floor && headerTop - r <= 3; r--) {
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
): TableBody {
  const cols = [...Array(lastColumn + 1).keys()];
  const skipRows: number[] = [];
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
    if (!hasNumber(sheet, r, columns) && isHeaderish(sheet, r, true)) {
      const h = headerAt(sheet, r);
      if (h && sameShape(h, columns)) {
        r = skipHeader(sheet, h, skipRows);
        continue;
      }
      if (h) {
        const top = captionTop(sheet, h.top, last, columns);
        return { lastRow: Math.max(firstRow - 1, Math.min(last, top - 1)), skipRows, next: h };
      }
    }
    const wide = wideMergeText(sheet, r, columns);
    if (wide !== null && !isSectionText(wide) && !continues(sheet, r, columns)) break;
    last = r;
  }
  // After a gap or a footnote, a header of the same shape within reach continues the table.
  const h = r < sheet.rowCount ? findHeader(sheet, r, 60) : null;
  if (!h) return { lastRow: last, skipRows, next: null };
  if (!sameShape(h, columns)) return { lastRow: last, skipRows, next: h };
  const caption = captionTop(sheet, h.top, r, columns);
  for (let g = last + 1; g < caption; g++) if (!sheet.isBlankRow(g)) skipRows.push(g);
  for (let g = caption; g < h.top; g++) if (isClosingRow(sheet, g, columns)) skipRows.push(g);
  const after = skipHeader(sheet, h, skipRows) + 1;
  const rest = findTableEnd(sheet, after, columns, lastColumn);
  return { lastRow: Math.max(rest.lastRow, after - 1), skipRows: [...skipRows, ...rest.skipRows], next: rest.next };
}
