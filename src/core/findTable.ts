import { toA1 } from "./a1";
import { headerOf } from "./headerOf";
import { findHeader, headerAt, isHeaderish, type HeaderBlock } from "./findHeader";
import { findBlockCaptions } from "./findBlockCaptions";
import { findTableEnd, skipColumnNumbers } from "./findTableEnd";
import { findTableUnit, findTitle } from "./findTitle";
import { findStatusMarks } from "./readStatusMarks";
import { findTableDirection } from "./readTableDirection";
import { findClosingVerdict, findTableVerdict } from "./readTableVerdict";
import { parseNumberText, percentScale } from "./parseValue";
import { readStatedVerdict } from "./readStatedVerdict";
import { isVerdictWithRate, readStatusWord } from "./readStatusWord";
import { foldText } from "./foldText";
import { SheetAccess } from "./sheetAccess";
import type { ColumnMapping, ColumnRole, SheetGrid, TableLayout, Warning, WorkbookGrid } from "./types";

/** How far down a sheet the first header may sit (title rows, blank rows, a letterhead), and the next below a table. */
const HEADER_SEARCH_ROWS = 60;

/** The first six rows of a table that have a target or a result: the lines whose label column names them. */
function figuredRows(sheet: SheetAccess, firstRow: number, found: Partial<Record<ColumnRole, number>>): number[] {
  return [0, 1, 2, 3, 4, 5]
    .map((i) => firstRow + i)
    .filter((r) => sheet.text(r, found.target!) !== "" || sheet.text(r, found.result!) !== "");
}

/** Whether a cell names a line: words or a code, not a figure ("Pre-tax Profit", "A19", not "1." or "12,5"). */
const namesLine = (sheet: SheetAccess, row: number, col: number) =>
  /\p{L}{2,}|^\p{L}\d+$/u.test(sheet.text(row, col)) && parseNumberText(sheet.text(row, col)) === null;

function resolveColumns(
  found: Partial<Record<ColumnRole, number>>,
  sheet: SheetAccess,
  firstRow: number,
  valueColumns: readonly number[],
  headerRows?: { top: number; bottom: number },
): ColumnMapping {
  let label = found.label;
  if (label !== undefined && headerRows) label = namesUnderLabel(sheet, headerRows, label, firstRow, found);
  if (label === undefined) {
    // No label header: the nearest column left of the target that holds text, and is neither the number or unit
    // column nor a value column of another period ("2013/14 Actual" beside the 2014/15 pair).
    const left = Math.min(found.target!, found.result!);
    const holdsText = (c: number) => {
      const v = sheet.value(firstRow, c);
      return (
        typeof v === "string" && sheet.text(firstRow, c) !== "" && parseNumberText(sheet.text(firstRow, c)) === null
      );
    };
    // A sentence under a value's name ("Results": "Return on expenditure exceeded target") names the line.
    const sentence = (c: number) => sheet.text(firstRow, c).trim().split(/\s+/).length >= 4;
    // Over the first lines with a figure, the column holding the most different words names them ("+ 01:18" changes,
    // a section line alone in its row and a category repeated down its lines, "Total", "General", do not): the
    // nearest one where several tie.
    const figured = figuredRows(sheet, firstRow, found);
    const words = (c: number) =>
      new Set(figured.filter((r) => namesLine(sheet, r, c)).map((r) => sheet.text(r, c))).size;
    // Neither the number or unit column nor another period's values (unless it holds sentences) names the lines.
    const mayName = (c: number) =>
      c !== found.number && c !== found.unit && !(valueColumns.includes(c) && !sentence(c));
    // Where they tie, a column with a header of its own ("Category") wins over an unheaded description beside it.
    const headed = (c: number | undefined) =>
      c !== undefined &&
      headerRows !== undefined &&
      sheet.text(headerRows.bottom, c) + sheet.text(headerRows.top, c) !== "";
    let most = 0;
    for (let c = left - 1; c >= 0; c--) {
      const n = mayName(c) ? words(c) : 0;
      if (n > most || (n > 0 && n === most && headed(c) && !headed(label))) [label, most] = [c, n];
    }
    for (let c = left - 1; c >= 0 && label === undefined; c--) if (mayName(c) && holdsText(c)) label = c;
    for (let c = left - 1; c >= 0 && label === undefined; c--) {
      if (c !== found.number && c !== found.unit && sheet.text(firstRow, c) !== "") label = c;
    }
    label ??= Math.max(0, left - 1);
  }
  const columns: ColumnMapping = { label, target: found.target!, result: found.result! };
  for (const role of ["number", "attainment", "status", "notes", "unit"] as const) {
    if (found[role] !== undefined && found[role] !== label) columns[role] = found[role];
  }
  return columns;
}

/**
 * A label header merged over the item numbers and the names ("PERFORMANCE INDICATORS" over "1. | Pre-tax Profit"):
 * the first column under it whose cells name the lines with figures, where the header's own column holds none.
 */
function namesUnderLabel(
  sheet: SheetAccess,
  header: { top: number; bottom: number },
  label: number,
  firstRow: number,
  found: Partial<Record<ColumnRole, number>>,
): number {
  for (let row = header.top; row <= header.bottom; row++) {
    const m = sheet.merge(row, label);
    if (!m || m.right === label) continue;
    const figured = figuredRows(sheet, firstRow, found);
    const names = (c: number) => figured.some((r) => namesLine(sheet, r, c));
    if (names(label)) return label;
    for (let c = label + 1; c <= m.right; c++) if (c !== found.target && c !== found.result && names(c)) return c;
    return label;
  }
  return label;
}

/** The result column of the latest period before the pair's, among the other periods ("FY17 Actual"), if any. */
function previousResultOf(header: HeaderBlock): { previousResult?: number } {
  const year = header.headers.get(header.columns.result!)?.year ?? null;
  let best: { col: number; year: number } | null = null;
  for (const col of header.otherPeriods) {
    const h = header.headers.get(col);
    if (year === null || h?.reading.matches[0]?.role !== "result" || h.year === null || h.year >= year) continue;
    if (!best || h.year > best.year) best = { col, year: h.year };
  }
  return best ? { previousResult: best.col } : {};
}

/**
 * Whether a column's texts are mostly status words ("favourable", "Đạt"): a "Remarks" column used as the status.
 * With `wordsOnly` (the target column's index), a column of rates in words is not ("vượt 13,9%" on a line without
 * its plan: the only measure of the line); one of verdicts, most of them bare, a few with their excess beside the
 * line's own target ("Đạt | Vượt | Vượt 38,07% | Không đạt"), is.
 */
function holdsStatusWords(sheet: SheetAccess, col: number, first: number, last: number, wordsOnly?: number): boolean {
  if (wordsOnly !== undefined && holdsVerdictsNotRates(sheet, col, first, last)) return true;
  let texts = 0;
  let words = 0;
  let bare = 0;
  for (let r = first; r <= Math.min(last, first + 200); r++) {
    const t = sheet.text(r, col);
    if (!t || t === "-") continue;
    texts++;
    const figure = /\d/.test(t);
    if (wordsOnly !== undefined && figure && (!isVerdictWithRate(t) || sheet.text(r, wordsOnly) === "")) return false;
    if (readStatusWord(t)) {
      words++;
      if (!figure) bare++;
    }
  }
  return texts > 0 && words * 2 > texts && (wordsOnly === undefined || bare * 2 > texts);
}

/**
 * Whether a rate column holds verdicts in words, not rates: every text states one (`readStatedVerdict`: "Vượt 25%",
 * "Cao hơn 3,1%") and a third of them or more state it in a figure that is no rate, not in % ("Vượt 24,5 ha", "Hoàn thành
 * sớm 2 năm"). A column of gaps in % alone ("vượt 9%", "vượt hơn 11,7%") stays the rates in words.
 */
function holdsVerdictsNotRates(sheet: SheetAccess, col: number, first: number, last: number): boolean {
  let texts = 0;
  let notRates = 0;
  for (let r = first; r <= Math.min(last, first + 200); r++) {
    const t = sheet.text(r, col);
    if (!t || t === "-") continue;
    if (typeof sheet.value(r, col) !== "string" || readStatedVerdict(t, "column") === null) return false;
    texts++;
    if (!t.includes("%")) notRates++;
  }
  return texts > 0 && notRates * 3 >= texts;
}

/** The header block whose bottom row is `bottom` (a user's override), tallest first. */
function headerEndingAt(sheet: SheetAccess, bottom: number): HeaderBlock | null {
  for (let top = Math.max(0, bottom - 3); top <= bottom; top++) {
    const h = headerAt(sheet, top);
    if (h && h.bottom === bottom) return h;
  }
  for (let top = bottom; top >= Math.max(0, bottom - 3); top--) {
    if (top < bottom && !isHeaderish(sheet, top, true)) continue;
    const h = headerAt(sheet, top);
    if (h) return { ...h, bottom: Math.max(h.bottom, bottom) };
  }
  return null;
}

function layout(sheet: SheetAccess, header: HeaderBlock, index: number, floor: number): TableLayout {
  const firstRow = skipColumnNumbers(sheet, header.bottom + 1);
  const columns = resolveColumns(header.columns, sheet, firstRow, header.otherPeriods, header);
  let lastColumn = Math.max(...Object.values(header.columns), columns.label);
  for (const col of header.headers.keys()) lastColumn = Math.max(lastColumn, col);
  const body = findTableEnd(sheet, firstRow, columns, lastColumn, { top: header.top, bottom: header.bottom });
  // A notes or rate column read as the status holds the document's words: read, never written over.
  let statusKept = false;
  let statusInNotes = false;
  // A rate column that holds words, not rates ("So với mục tiêu": "Vượt", "Không đạt"), is the status column.
  if (
    columns.status === undefined &&
    columns.attainment !== undefined &&
    holdsStatusWords(sheet, columns.attainment, firstRow, body.lastRow, columns.target)
  ) {
    columns.status = columns.attainment;
    delete columns.attainment;
    statusKept = true;
  }
  if (
    columns.status === undefined &&
    columns.notes !== undefined &&
    holdsStatusWords(sheet, columns.notes, firstRow, body.lastRow)
  ) {
    columns.status = columns.notes;
    delete columns.notes;
    statusKept = true;
    statusInNotes = true;
  }
  // An unheaded column right of the table holding verdicts ("happy face", "Straight face": icons printed as their
  // alternative text) is the status.
  const next = lastColumn + 1;
  if (
    columns.status === undefined &&
    !header.headers.get(next)?.text &&
    holdsStatusWords(sheet, next, firstRow, body.lastRow)
  ) {
    columns.status = next;
    lastColumn = next;
    statusKept = true;
  }
  const taken = new Set(
    Object.entries(columns)
      .filter(([role]) => role !== "status")
      .map(([, col]) => col),
  );
  const statusMarks = findStatusMarks(sheet, header.top, firstRow, body.lastRow, taken);
  for (const m of statusMarks) lastColumn = Math.max(lastColumn, m.col);
  // The marks are the officer's: the verdict is written in a column of its own, not over them.
  if (statusMarks.some((m) => m.col === columns.status)) {
    delete columns.status;
    statusKept = false;
    statusInNotes = false;
  }
  const headers: TableLayout["headers"] = [];
  for (let c = 0; c <= lastColumn; c++) headers.push({ col: c, text: header.headers.get(c)?.text ?? "" });
  const unitOf = (col: number) => header.headers.get(col)?.unit ?? null;
  const isPercentHeader = (col: number) => unitOf(col) === "%" || /%/.test(header.headers.get(col)?.text ?? "");
  const isPercent = (col: number) => isPercentHeader(col) || /%/.test(sheet.format(firstRow, col) ?? "");
  const warnings: Warning[] = [];
  if (header.targetFromValues !== undefined) {
    warnings.push({
      code: "targetFromValues",
      address: toA1(header.bottom, columns.target),
      row: header.bottom,
      params: { label: headers[header.targetFromValues]?.text ?? "", target: headers[columns.target]?.text ?? "" },
    });
  }
  if (header.targetFromBounds) {
    warnings.push({
      code: "targetFromBounds",
      address: toA1(header.bottom, columns.target),
      row: header.bottom,
      params: { target: headers[columns.target]?.text ?? "", sample: sheet.text(firstRow, columns.target) },
    });
  }
  if (header.otherPeriods.length > 0) {
    warnings.push({
      code: "periodChosen",
      address:
        columns.target === columns.result
          ? toA1(header.bottom, columns.target)
          : `${toA1(header.bottom, columns.target)},${toA1(header.bottom, columns.result)}`,
      row: header.bottom,
      params: {
        target: headers[columns.target]!.text,
        // A table without a target reads its periods as results (the target and result roles share the column).
        only: header.noTarget ? "result" : "target",
        // A period whose header is blank is named by its header cell.
        result: headers[columns.result]!.text || toA1(header.bottom, columns.result),
        others: header.otherPeriods.map((c) => `"${headers[c]?.text ?? ""}"`).join(", "),
      },
    });
  }
  if (header.targetNextPeriod) {
    warnings.push({
      code: "targetNextPeriod",
      address: toA1(header.bottom, columns.target),
      row: header.bottom,
      params: { target: headers[columns.target]!.text, result: headers[columns.result]!.text },
    });
  }
  if (header.noTarget) {
    warnings.push({
      code: "noTargetColumn",
      address: toA1(header.bottom, columns.result),
      row: header.bottom,
      params: {
        result: headers[columns.result]!.text,
        rate: columns.attainment === undefined ? "" : (headers[columns.attainment]?.text ?? ""),
      },
    });
  }
  if (header.noResult) {
    warnings.push({
      code: "noResultColumn",
      address: toA1(header.bottom, columns.target),
      row: header.bottom,
      params: { target: headers[columns.target]!.text },
    });
  }
  // A line above the header ("Smaller values are best") gives every line without a direction of its own its direction.
  const stated = header.direction === undefined ? findTableDirection(sheet, header.top, floor) : null;
  const verdict = findTableVerdict(sheet, header.top, floor);
  // A sentence closing the table ("… đều đạt và vượt chỉ tiêu được giao.") speaks for its last block's lines.
  const closing = findClosingVerdict(sheet, body.lastRow, body.next?.top ?? sheet.rowCount);
  const closedFrom = body.blocks[body.blocks.length - 1]?.firstRow ?? firstRow;
  // The first block's caption is a heading as the later blocks' are; the title is looked for above it.
  const captions = findBlockCaptions(sheet, body.blocks, floor, columns);
  if (stated)
    warnings.push({
      code: "directionFromTableLine",
      address: toA1(stated.row, stated.col),
      row: stated.row,
      params: { row: stated.row + 1, text: stated.text, direction: stated.direction },
    });
  return {
    sheet: sheet.grid.name,
    index,
    headerTop: header.top,
    headerBottom: header.bottom,
    firstRow,
    lastRow: body.lastRow,
    lastColumn,
    columns,
    headers,
    percentHint: isPercent(columns.target) || isPercent(columns.result),
    ...(!isPercentHeader(columns.target) &&
    !isPercentHeader(columns.result) &&
    (percentScale(sheet.format(firstRow, columns.target)) === 100 ||
      percentScale(sheet.format(firstRow, columns.result)) === 100)
      ? { percentFromFormat: true }
      : {}),
    title: findTitle(sheet, captions.lead[0] ?? header.top, floor),
    skipRows: captions.notes.length > 0 ? [...body.skipRows, ...captions.notes] : body.skipRows,
    ...(captions.lead.length > 0 ? { captionRows: captions.lead } : {}),
    ...(captions.heads.length > 0 ? { blockHeads: captions.heads } : {}),
    blocks: body.blocks,
    headerUnits: { target: unitOf(columns.target), result: unitOf(columns.result) },
    ...(statusMarks.length > 0 ? { statusMarks } : {}),
    tableUnit: findTableUnit(sheet, header.top, floor),
    ...(stated ? { statedDirection: stated } : {}),
    ...(verdict ? { statedVerdict: verdict } : {}),
    ...(closing ? { closingVerdict: { ...closing, firstRow: closedFrom } } : {}),
    ...(header.wordsOnly ? { wordsOnly: true } : {}),
    ...(header.targetNextPeriod ? { targetNextPeriod: true as const } : {}),
    ...(header.noTarget ? { noTarget: true as const } : {}),
    ...(header.noResult ? { noResult: true as const } : {}),
    ...(statusKept ? { statusKept: true as const } : {}),
    ...(statusKept && statusInNotes ? { statusInNotes: true as const } : {}),
    ...previousResultOf(header),
    ...(header.otherPeriods.length > 0 ? { otherPeriods: header.otherPeriods } : {}),
    ...(header.direction !== undefined ? { directionColumn: header.direction } : {}),
    warnings,
  };
}

/** A header's folded text without footnote marks ("Q4*", "Actual (1)", "Target[2]" read as "q4", "actual", …). */
const headerText = (t: TableLayout, col: number | undefined) =>
  foldText(headerOf(t, col))
    .replace(/\*+|\(\*+\)|\(\d\)|\[\d+\]/g, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Whether a table repeats an earlier one's value headers at other columns: the same target and result header
 * texts ("2014/15 Target", "2014/15 Actual"; a footnote mark aside: "Q4*" repeats "Q4"; or the same result header
 * and a target of the same years, however named), both with or both without a rate and a status column, and the label,
 * unit and notes where the first has them (the appendix reads them from there).
 * Example: a first table with a code column and a second without it, under the same years, match.
 */
export function sameValueHeaders(a: TableLayout, b: TableLayout): boolean {
  if (a.columns.target === b.columns.target && a.columns.result === b.columns.result) return false;
  for (const role of ["label", "unit", "notes"] as const) if (a.columns[role] !== b.columns[role]) return false;
  if ((a.columns.attainment === undefined) !== (b.columns.attainment === undefined)) return false;
  if ((a.columns.status === undefined) !== (b.columns.status === undefined)) return false;
  const target = headerText(a, a.columns.target);
  const result = headerText(a, a.columns.result);
  const other = headerText(b, b.columns.target);
  // Both pairs of one year, however named ("FY2024 Adopted | FY2024 Projected" and "FY2024 Goal | FY2024 Actual"):
  // the year's measures in two tables, scored together.
  const year = yearsOf(result);
  if (
    target !== "" &&
    year !== "" &&
    [target, other, headerText(b, b.columns.result)].every((t) => yearsOf(t) === year)
  )
    return true;
  if (target === "" || result !== headerText(b, b.columns.result)) return false;
  // The same result against the same period's target, however the target is named ("FY2025 Adopted" and "FY2025
  // Goal" beside "FY2025 Projected"): the same figures compared, so the same table.
  return target === other || (yearsOf(target) !== "" && yearsOf(target) === yearsOf(other) && yearsOf(result) !== "");
}

const yearsOf = (text: string) => (text.match(/(19|20)\d\d/g) ?? []).join(" ");

/**
 * Every indicator table on a sheet, top to bottom. A table starts at a header (within the first 60 rows, or within
 * 60 rows below the previous table) whose columns name a target and a result; a header of another shape starts
 * the next table, and one that repeats an earlier table's target and result headers at other columns is marked as
 * continuing it (`continues`). Example: two blocks with the same columns under their own captions are one table; a
 * table of other columns below them is a second.
 */
export function findTables(grid: SheetGrid): TableLayout[] {
  const sheet = new SheetAccess(grid);
  const tables: TableLayout[] = [];
  let header = findHeader(sheet, 0, HEADER_SEARCH_ROWS);
  let floor = 0;
  while (header && tables.length < 50) {
    // Years without a target above every other table are a sheet's figures, not the table to judge: looked past.
    if (tables.length === 0 && header.yearsOnly) {
      header = findHeader(sheet, header.bottom + 1, HEADER_SEARCH_ROWS);
      continue;
    }
    const table = layout(sheet, header, tables.length, floor);
    const earlier = tables.find((t) => t.continues === undefined && sameValueHeaders(t, table));
    if (earlier) table.continues = earlier.index;
    tables.push(table);
    floor = Math.max(table.lastRow, table.headerBottom) + 1;
    header = findHeader(sheet, floor, HEADER_SEARCH_ROWS);
  }
  return tables;
}

/**
 * Finds the indicator table on a sheet: the first (or the `index`-th, 0-based) of `findTables`, or the one whose
 * header ends on `headerRow` when the user says where the header is. Returns null when the sheet holds none.
 * Example: a header "Số TT | Nội dung chỉ tiêu | Chỉ tiêu Nghị quyết % | Kết quả đạt được %" gives
 * `{ columns: { number: 0, label: 1, target: 2, result: 3 } }`.
 */
export function findTable(grid: SheetGrid, headerRow?: number, index = 0): TableLayout | null {
  if (headerRow !== undefined) {
    const sheet = new SheetAccess(grid);
    const header = headerEndingAt(sheet, headerRow);
    return header ? layout(sheet, header, 0, 0) : null;
  }
  return findTables(grid)[index] ?? null;
}

/** Every table of every sheet (sheets without one are left out), in workbook order, skipping generated sheets. */
export function listTables(workbook: WorkbookGrid): TableLayout[] {
  const generated = new Set(Object.values(workbook.generated ?? {}));
  return workbook.sheets.filter((s) => !generated.has(s.name)).flatMap((s) => findTables(s));
}
