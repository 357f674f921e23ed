import { readStatusWord } from "./readStatusWord";
import type { SheetAccess } from "./sheetAccess";

/** A mark that ticks a column: "x", "X", "✓", "✔", "√", "•". */
const MARK = /^(x|✓|✔|√|•|v)$/i;

/** One column of marks under a status word ("Đạt": "x"). */
export interface StatusMark {
  col: number;
  /** The header's status word, as typed ("Đạt", "Không đạt"). */
  word: string;
}

/**
 * Columns of marks under status words ("Đánh giá" over "Vượt | Đạt | Không đạt", each line ticked "x" in one): the
 * verdict of a line is the word over its mark. Two such columns at least, from the header rows or the row right
 * under them, each holding marks only (and blanks), one at least. Columns that hold a role are skipped but for the
 * status column ("Đánh giá" merged over the marks). Example: "Đạt | Không đạt" over "x | " → the first line "Đạt".
 */
export function findStatusMarks(
  sheet: SheetAccess,
  headerTop: number,
  firstRow: number,
  lastRow: number,
  taken: ReadonlySet<number>,
): StatusMark[] {
  const marks: StatusMark[] = [];
  for (let c = 0; c < sheet.colCount; c++) {
    if (taken.has(c)) continue;
    let word: string | null = null;
    for (let r = firstRow; r >= headerTop && word === null; r--) {
      const text = sheet.text(r, c);
      if (text && !MARK.test(text.trim()) && readStatusWord(text) && text.split(/\s+/).length <= 3) word = text;
    }
    if (word === null) continue;
    let ticked = 0;
    let other = 0;
    for (let r = firstRow; r <= lastRow && r < firstRow + 40; r++) {
      const t = sheet.text(r, c);
      if (t === "" || t === word) continue;
      if (MARK.test(t.trim())) ticked++;
      else other++;
    }
    if (ticked > 0 && other === 0) marks.push({ col: c, word });
  }
  return marks.length >= 2 ? marks : [];
}

/** The status word over the line's mark, or null when no column (or more than one) is ticked. */
export function markedStatus(sheet: SheetAccess, row: number, marks: readonly StatusMark[]): string | null {
  let found: string | null = null;
  for (const m of marks) {
    if (!MARK.test(sheet.text(row, m.col).trim())) continue;
    if (found !== null) return null;
    found = m.word;
  }
  return found;
}
