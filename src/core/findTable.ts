import { matchHeader, type HeaderMatch } from "./matchHeader";
import { SheetAccess } from "./sheetAccess";
import type { ColumnMapping, ColumnRole, SheetGrid, TableLayout, WorkbookGrid } from "./types";
import { findTableEnd, skipColumnNumbers } from "./findTableEnd";

/** How far down a sheet the header may sit (title rows, blank rows, a letterhead). */
const HEADER_SEARCH_ROWS = 60;

interface HeaderCandidate {
  top: number;
  bottom: number;
  columns: Partial<Record<ColumnRole, number>>;
  assigned: number;
}

/** Each column's best role matches, reading the lower header row first (the more specific name). */
function columnMatches(sheet: SheetAccess, top: number, bottom: number): Map<number, HeaderMatch[]> {
  const out = new Map<number, HeaderMatch[]>();
  for (let c = 0; c < sheet.colCount; c++) {
    for (let r = bottom; r >= top; r--) {
      const text = sheet.text(r, c);
      if (!text) continue;
      const matches = matchHeader(text);
      if (matches.length > 0) {
        out.set(c, matches);
        break;
      }
    }
  }
  return out;
}

/** Gives each role at most one column and each column at most one role, best scores first. */
function assignRoles(matches: Map<number, HeaderMatch[]>): Partial<Record<ColumnRole, number>> {
  const all = [...matches.entries()].flatMap(([col, ms]) => ms.map((m) => ({ col, ...m })));
  all.sort((a, b) => b.score - a.score || a.col - b.col);
  const roles: Partial<Record<ColumnRole, number>> = {};
  const used = new Set<number>();
  for (const m of all) {
    if (roles[m.role] !== undefined || used.has(m.col)) continue;
    roles[m.role] = m.col;
    used.add(m.col);
  }
  return roles;
}

function candidate(sheet: SheetAccess, top: number, bottom: number): HeaderCandidate | null {
  const columns = assignRoles(columnMatches(sheet, top, bottom));
  if (columns.target === undefined || columns.result === undefined) return null;
  return { top, bottom, columns, assigned: Object.keys(columns).length };
}

/** Cells that hold something, in a row. */
function filledCells(sheet: SheetAccess, row: number): number {
  let n = 0;
  for (let c = 0; c < sheet.colCount; c++) if (sheet.text(row, c) !== "") n++;
  return n;
}

/**
 * Whether rows `top` and `top + 1` form one header: the lower row holds header names only, and the upper row has
 * several cells (a group header such as "Năm 2023" beside "STT" and "Nội dung"; a lone title row does not count).
 */
function isTwoRowHeader(sheet: SheetAccess, top: number): boolean {
  return top + 1 < sheet.rowCount && filledCells(sheet, top) >= 2 && isHeaderRow(sheet, top + 1);
}

/** A row that could continue a header: text only, and every text a header name. */
function isHeaderRow(sheet: SheetAccess, row: number): boolean {
  let texts = 0;
  for (let c = 0; c < sheet.colCount; c++) {
    const v = sheet.value(row, c);
    if (v === null || v === "") continue;
    if (typeof v !== "string" || matchHeader(v).length === 0) return false;
    texts++;
  }
  return texts > 0;
}

function findHeader(sheet: SheetAccess, headerRow?: number): HeaderCandidate | null {
  const rows = headerRow !== undefined ? [headerRow] : [...Array(Math.min(sheet.rowCount, HEADER_SEARCH_ROWS)).keys()];
  for (const r of rows) {
    if (headerRow !== undefined) {
      const two = r > 0 && isTwoRowHeader(sheet, r - 1) ? candidate(sheet, r - 1, r) : null;
      const one = candidate(sheet, r, r);
      return two && (!one || two.assigned > one.assigned) ? two : one;
    }
    const one = candidate(sheet, r, r);
    const two = isTwoRowHeader(sheet, r) ? candidate(sheet, r, r + 1) : null;
    if (two && (!one || two.assigned > one.assigned)) return two;
    if (one) return one;
  }
  return null;
}

function headerText(sheet: SheetAccess, top: number, bottom: number, col: number): string {
  const parts: string[] = [];
  for (let r = top; r <= bottom; r++) {
    // A group header merged across columns ("Năm 2023") belongs to every column under it.
    const m = sheet.merge(r, col);
    const text = m ? sheet.text(m.top, m.left) : sheet.text(r, col);
    if (text && !parts.includes(text)) parts.push(text);
  }
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

function findTitle(sheet: SheetAccess, headerTop: number): string | null {
  const texts: string[] = [];
  for (let r = 0; r < headerTop; r++) {
    for (let c = 0; c < sheet.colCount; c++) {
      const t = sheet.text(r, c);
      if (t && typeof sheet.value(r, c) === "string") texts.push(t.replace(/\s+/g, " "));
    }
  }
  const isUpper = (t: string) => {
    const letters = t.replace(/[^\p{L}]/gu, "");
    return letters.length >= 6 && letters === letters.toUpperCase();
  };
  return texts.find(isUpper) ?? null;
}

function resolveColumns(
  found: Partial<Record<ColumnRole, number>>,
  sheet: SheetAccess,
  firstRow: number,
): ColumnMapping {
  let label = found.label;
  if (label === undefined) {
    // No label header: the widest-text column left of the target that is not the number column.
    const left = Math.min(found.target!, found.result!);
    for (let c = left - 1; c >= 0 && label === undefined; c--) {
      if (c !== found.number && sheet.text(firstRow, c) !== "") label = c;
    }
    label ??= Math.max(0, left - 1);
  }
  const columns: ColumnMapping = { label, target: found.target!, result: found.result! };
  for (const role of ["number", "attainment", "status", "notes"] as const) {
    if (found[role] !== undefined) columns[role] = found[role];
  }
  return columns;
}

/**
 * Finds the indicator table on a sheet: the first row (within the first 60) whose cells name a target and a
 * result column, possibly under a group header row; then the rows down to the end of the table.
 * Returns null when the sheet holds no such table.
 * Example: a header "Số TT | Nội dung chỉ tiêu | Chỉ tiêu Nghị quyết % | Kết quả đạt được %" gives
 * `{ columns: { number: 0, label: 1, target: 2, result: 3 } }`.
 */
export function findTable(grid: SheetGrid, headerRow?: number): TableLayout | null {
  const sheet = new SheetAccess(grid);
  const header = findHeader(sheet, headerRow);
  if (!header) return null;
  const firstRow = skipColumnNumbers(sheet, header.bottom + 1);
  const columns = resolveColumns(header.columns, sheet, firstRow);
  const roleCols = Object.values(header.columns);
  let lastColumn = Math.max(...roleCols, columns.label);
  for (let c = lastColumn + 1; c < sheet.colCount; c++)
    if (headerText(sheet, header.top, header.bottom, c)) lastColumn = c;
  const lastRow = findTableEnd(sheet, firstRow, columns, lastColumn);
  const headers: TableLayout["headers"] = [];
  for (let c = 0; c <= lastColumn; c++) headers.push({ col: c, text: headerText(sheet, header.top, header.bottom, c) });
  const hasPercent = (col: number) =>
    /%/.test(headerText(sheet, header.top, header.bottom, col)) || /%/.test(sheet.format(firstRow, col) ?? "");
  return {
    sheet: grid.name,
    headerTop: header.top,
    headerBottom: header.bottom,
    firstRow,
    lastRow,
    lastColumn,
    columns,
    headers,
    percentHint: hasPercent(columns.target) || hasPercent(columns.result),
    title: findTitle(sheet, header.top),
  };
}

/** Every sheet's table (sheets without one are left out), in workbook order, skipping generated sheets. */
export function listTables(workbook: WorkbookGrid): TableLayout[] {
  const generated = new Set(Object.values(workbook.generated ?? {}));
  return workbook.sheets
    .filter((s) => !generated.has(s.name))
    .map((s) => findTable(s))
    .filter((t): t is TableLayout => t !== null);
}
