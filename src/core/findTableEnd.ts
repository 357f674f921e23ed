import { foldText } from "./foldText";
import type { SheetAccess } from "./sheetAccess";
import type { ColumnMapping } from "./types";

/** Lines that close a table: signatures, places and dates, footnotes (folded). */
const CLOSING = [
  /^(nguoi lap( bieu)?|lap bieu|thu truong|giam doc|pho giam doc|ky ten|noi nhan|t\/?m\.?|k\/?t\.?|tm |kt |chu tich|truong phong|ke toan truong|xac nhan|prepared by|approved by|signed)/,
  /\bngay\b.*\bthang\b.*\bnam\b/,
  /^(ghi chu|nguon|source|note)\s*:/,
];

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

function isClosingRow(sheet: SheetAccess, row: number, columns: ColumnMapping): boolean {
  if (sheet.text(row, columns.target) !== "" || sheet.text(row, columns.result) !== "") {
    // A signature block may sit under the value columns; only text that is not a value can close.
    const t = sheet.value(row, columns.target);
    const r = sheet.value(row, columns.result);
    if (typeof t === "number" || typeof r === "number") return false;
  }
  for (let c = 0; c < sheet.colCount; c++) {
    const t = sheet.text(row, c);
    if (t && CLOSING.some((re) => re.test(foldText(t)))) return true;
  }
  return false;
}

/**
 * The last row of the table: content continues until a signature or date line ("Người lập biểu",
 * "…, ngày … tháng … năm …"), a footnote ("Ghi chú: …"), or two blank rows in a row.
 * Example: a table in rows 5–30 followed by a blank row and "Người lập biểu" ends at row 30.
 */
export function findTableEnd(sheet: SheetAccess, firstRow: number, columns: ColumnMapping, lastColumn: number): number {
  const cols = [...Array(lastColumn + 1).keys()];
  let last = firstRow - 1;
  let blanks = 0;
  for (let r = firstRow; r < sheet.rowCount; r++) {
    if (sheet.isBlankRow(r, cols)) {
      if (++blanks >= 2) break;
      continue;
    }
    if (isClosingRow(sheet, r, columns)) break;
    blanks = 0;
    last = r;
  }
  return Math.max(last, firstRow - 1);
}
