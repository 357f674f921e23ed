import { cleanText, type AppendixColumn } from "./appendixColumns";
import type { SheetAccess } from "./sheetAccess";
import type { CellRange, CellValue, TableLayout } from "./types";

/** The appendix header: rows of text (null = blank or covered by a merge) and merges, in header-relative rows. */
export interface AppendixHeader {
  rows: CellValue[][];
  merges: CellRange[];
}

const textOf = (v: CellValue): string | null => {
  if (v === null) return null;
  const t = cleanText(String(v));
  return t === "" ? null : t;
};

/**
 * The source's header as typed, for the appendix's columns: every header row, each cell's words and line breaks
 * ("Chỉ tiêu↵Nghị quyết↵%"), group cells merged over the columns under them ("Năm 2023" over "Kế hoạch | Thực
 * hiện") and cells merged down kept merged, mapped onto the appendix's columns. A column the source has no header
 * for (the product's rate) gets the product's words; a column name over blank cells is merged down the header.
 * Example: a two-row header "Năm 2023" over "Kế hoạch | Thực hiện" gives two rows and a merge over the two columns.
 */
export function appendixHeader(sheet: SheetAccess, table: TableLayout, cols: AppendixColumn[]): AppendixHeader {
  const top = table.headerTop;
  const height = table.headerBottom - top + 1;
  const rows: CellValue[][] = Array.from({ length: height }, () => cols.map(() => null));
  const merges: CellRange[] = [];
  const covered = new Set<string>();
  const coveredCols = new Set<number>();
  const index = new Map<number, number>();
  cols.forEach((c, j) => c.src !== undefined && index.set(c.src, j));

  const sourceMerges = sheet.grid.merges.filter((m) => m.top <= table.headerBottom && m.bottom >= top);
  for (const m of sourceMerges) {
    const mapped = [...index.entries()]
      .filter(([src]) => src >= m.left && src <= m.right)
      .map(([, j]) => j)
      .sort((a, b) => a - b);
    if (mapped.length === 0) continue;
    const r0 = Math.max(m.top, top) - top;
    const r1 = Math.min(m.bottom, table.headerBottom) - top;
    const text = m.top >= top ? textOf(sheet.value(m.top, m.left)) : null;
    // Columns the appendix leaves out break a group into runs; each run keeps the group's words.
    const runs: number[][] = [];
    for (const j of mapped) {
      const run = runs[runs.length - 1];
      if (run && run[run.length - 1] === j - 1) run.push(j);
      else runs.push([j]);
    }
    for (const run of runs) {
      const left = run[0]!;
      const right = run[run.length - 1]!;
      rows[r0]![left] = text;
      for (let r = r0; r <= r1; r++) for (let j = left; j <= right; j++) covered.add(`${r}:${j}`);
      for (let j = left; j <= right; j++) coveredCols.add(j);
      if (r1 > r0 || right > left) merges.push({ top: r0, left, bottom: r1, right });
    }
  }
  cols.forEach((c, j) => {
    if (c.src !== undefined)
      for (let r = 0; r < height; r++) {
        if (!covered.has(`${r}:${j}`)) rows[r]![j] = textOf(sheet.value(top + r, c.src));
      }
    if (coveredCols.has(j)) return;
    // No header of its own: the product's words, across the header's rows.
    if (rows.every((row) => row[j] === null)) rows[0]![j] = c.fallback;
    // A column name typed in one row over blank cells reads as one cell down the header, as in the report.
    const first = rows.findIndex((row) => row[j] !== null);
    if (rows.slice(first + 1).every((row) => row[j] === null) && first < height - 1)
      merges.push({ top: first, left: j, bottom: height - 1, right: j });
  });
  return { rows, merges };
}
