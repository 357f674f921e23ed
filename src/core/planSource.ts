import { columnName, toA1 } from "./a1";
import { runs, runsByKey } from "./columnRuns";
import { HEADERS, statusLabel } from "./messages";
import { CELL_PADDING_POINTS, textPoints, widthFor } from "./measureText";
import { formulaWriter } from "./planFormulas";
import type { SheetAccess } from "./sheetAccess";
import type {
  Analysis,
  CellFont,
  CellRange,
  CellStyle,
  Indicator,
  Lang,
  PlanCell,
  PlanConditionalFormat,
  PlanFormat,
  SheetPlan,
  Status,
  StatusColors,
  Warning,
} from "./types";

/** Text colours that stay readable on the status fills. */
const FONT_COLORS: StatusColors = { exceeded: "#006100", met: "#1F3864", notMet: "#9C0006", notEvaluated: "#3A3A3A" };
/** Conditional-format priority: "Không đạt" contains "đạt" and "Not met" contains "met", so they are tested first. */
const PRIORITY: Status[] = ["notMet", "notEvaluated", "exceeded", "met"];

export interface SourceOptions {
  lang: Lang;
  liveFormulas: boolean;
  colors: StatusColors;
}

/** The last row the plan writes: the table's, or the last line of a table scored with it (`continues`). */
function lastWrittenRow(analysis: Analysis): number {
  let last = analysis.table.lastRow;
  for (const t of analysis.tables) if (t.continues === analysis.table.index) last = Math.max(last, t.lastRow);
  return last;
}

/** The first column at or after `from` that is blank from the header to the table's last row, and unmerged. */
function freeColumn(sheet: SheetAccess, analysis: Analysis, from: number, taken: number): number {
  const { headerTop } = analysis.table;
  const lastRow = lastWrittenRow(analysis);
  for (let c = from; ; c++) {
    if (c === taken) continue;
    let free = true;
    for (let r = headerTop; r <= lastRow && free; r++) free = sheet.isBlank(r, c) && sheet.merge(r, c) === null;
    if (free) return c;
  }
}

/**
 * The table's own font and size, for the columns the product adds: the first header cell and the first indicator's
 * label cell whose font the adapter read (none when it read no fonts: the host's default stays).
 */
function tableFonts(sheet: SheetAccess, analysis: Analysis): { header: CellStyle; body: CellStyle } {
  const { table } = analysis;
  const cols = Object.values(table.columns).filter((c): c is number => c !== undefined);
  const style = (font: CellFont | null): CellStyle => ({
    ...(font?.name ? { fontName: font.name } : {}),
    ...(font?.size ? { fontSize: font.size } : {}),
  });
  let header: CellFont | null = null;
  for (let r = table.headerTop; r <= table.headerBottom && !header; r++)
    for (const c of cols) if ((header = sheet.font(r, c))) break;
  let body: CellFont | null = null;
  for (const ind of analysis.indicators) if ((body = sheet.font(ind.row, table.columns.label))) break;
  return { header: style(header ?? body), body: style(body ?? header) };
}

/** The font and size of a column's first typed indicator cell whose font the adapter read, or null. */
function columnFont(sheet: SheetAccess, analysis: Analysis, col: number): CellStyle | null {
  for (const ind of analysis.indicators) {
    if (sheet.isBlank(ind.row, col)) continue;
    const font = sheet.font(ind.row, col);
    if (font?.name || font?.size)
      return { ...(font.name ? { fontName: font.name } : {}), ...(font.size ? { fontSize: font.size } : {}) };
  }
  return null;
}

/**
 * How many lines of text the header's height holds, as far as the sheet tells: one per header row, or the most line
 * breaks a header cell of a row has typed (a row showing "Chỉ tiêu↵Nghị quyết↵%" is that tall).
 */
function headerLines(sheet: SheetAccess, table: Analysis["table"]): number {
  let lines = 0;
  for (let r = table.headerTop; r <= table.headerBottom; r++) {
    let most = 1;
    for (let c = 0; c <= table.lastColumn; c++) most = Math.max(most, sheet.text(r, c).split("\n").length);
    lines += most;
  }
  return lines;
}

/**
 * The width (Excel characters) of a new column under a header of one line: wide enough for its header text on that
 * line, bold at the header's size, so that it is not cut (Excel does not grow a row when a program writes to it).
 */
function oneLineWidth(text: string, size: number, least: number): number {
  return widthFor(textPoints(text, size, true) + 2 * CELL_PADDING_POINTS, least);
}

/** By row − top: whether the row lies between two blocks of the table, after one's last row and before the next header. */
function betweenBlocks(table: Analysis["table"], top: number, height: number): boolean[] {
  const out = new Array<boolean>(height).fill(false);
  for (let i = 1; i < table.blocks.length; i++)
    for (let r = table.blocks[i - 1]!.lastRow + 1; r < table.blocks[i]!.headerTop; r++) out[r - top] = true;
  return out;
}

/** Whether a cell can be written: not covered by a merged area other than one starting at it in this column alone. */
function writable(sheet: SheetAccess, row: number, col: number): boolean {
  const m = sheet.merge(row, col);
  return m === null || (m.top === row && m.left === col && m.right === col);
}

const joinLines = (values: string[]): string => values.join("\n");

const rateText = (ind: Indicator, lang: Lang): string =>
  ind.attainment !== null
    ? lang === "vi"
      ? String(ind.attainment).replace(".", ",")
      : String(ind.attainment)
    : ind.status !== "notEvaluated"
      ? statusLabel(ind.status, lang)
      : "";

/** The status that colours a cell holding several lines: the one its conditional format would pick. */
const cellStatus = (parts: Indicator[]): Status =>
  parts.length === 1 ? parts[0]!.status : (PRIORITY.find((s) => parts.some((p) => p.status === s)) ?? "notEvaluated");

/** Which rows of [top, bottom] can be written in a column, by row - top (see `writable`). */
function writableRows(sheet: SheetAccess, top: number, bottom: number, col: number): boolean[] {
  const out = new Array<boolean>(bottom - top + 1).fill(false);
  for (let r = top; r <= bottom; r++) out[r - top] = writable(sheet, r, col);
  return out;
}

/** A column of `height` blank cells, as a block's rows. */
function blankColumn(height: number): (PlanCell | null)[][] {
  const cells = new Array<(PlanCell | null)[]>(height);
  for (let i = 0; i < height; i++) cells[i] = [null];
  return cells;
}

/** The two columns `planSource` fills: where they are, their cells by row − top, and which rows can be written. */
interface FilledColumns {
  top: number;
  attCol: number;
  /** Whether the rate column is the table's own (a rate the document printed may stay as typed). */
  ownRate: boolean;
  att: (PlanCell | null)[][];
  st: (PlanCell | null)[][];
  attWritable: boolean[];
  stWritable: boolean[];
}

/**
 * Fills the rate and status cells of every indicator row (live formulas where target and result are plain numbers,
 * values elsewhere), warns of a rate cell covered by a merge, and returns each row's status by row − top. A
 * function of its own, so that its loop over every row keeps its optimised code whatever the rest of `planSource`
 * needs.
 */
function fillCells(
  analysis: Analysis,
  sheet: SheetAccess,
  options: SourceOptions,
  c: FilledColumns,
  warnings: Warning[],
): (Status | undefined)[] {
  // Indexed by row - top: plain arrays stay fast and light for 100,000 rows, where maps do not.
  const { top, attCol, ownRate, att, st, attWritable, stWritable } = c;
  const { lang } = options;
  const height = att.length;
  const formulas = formulaWriter(analysis.table.columns, analysis.method, analysis.decimals, lang);
  // A row's one part is kept as itself, several as a list: most rows have one, and a list for each would outlive
  // the young generation at 100,000 rows.
  const byRow = new Array<Indicator | Indicator[] | undefined>(height);
  for (let k = 0; k < analysis.indicators.length; k++) {
    const ind = analysis.indicators[k]!;
    const held = byRow[ind.row - top];
    if (held === undefined) byRow[ind.row - top] = ind;
    else if (Array.isArray(held)) held.push(ind);
    else byRow[ind.row - top] = [held, ind];
  }
  const statusByRow: (Status | undefined)[] = new Array<Status | undefined>(height).fill(undefined);
  for (let i = 0; i < byRow.length; i++) {
    const held = byRow[i];
    if (!held) continue;
    const several = Array.isArray(held);
    const row = i + top;
    const first = several ? held[0]! : held;
    const attOk = attWritable[i]!;
    const stOk = stWritable[i]!;
    if (!attOk && first.mergedNote === null) {
      warnings.push({ code: "mergedAttainmentCell", address: toA1(row, attCol), row, params: {} });
    }
    statusByRow[i] = several ? cellStatus(held) : first.status;
    if (!several && options.liveFormulas && first.formulaSafe && first.exact !== null) {
      if (attOk)
        att[i]![0] = {
          formula: formulas.attainment(first),
          value: first.attainment,
        };
      if (stOk) st[i]![0] = { formula: formulas.status(first), value: statusLabel(first.status, lang) };
      continue;
    }
    const parts = several ? held : [held];
    // A rate the document printed where we have none (no target to check it against) stays as it was typed, as
    // does a printed share that judged its line (`printedShare`): the status is written, never the officer's rate.
    const keepRate =
      ownRate && parts.every((p) => p.attainment === null || p.printedShare) && sheet.text(row, attCol) !== "";
    if (attOk && !keepRate) {
      const value =
        parts.length === 1
          ? (first.attainment ?? (rateText(first, lang) || null))
          : joinLines(parts.map((p) => rateText(p, lang)));
      if (value !== null) att[i]![0] = { value };
    }
    if (stOk) st[i]![0] = { value: joinLines(parts.map((p) => statusLabel(p.status, lang))) };
  }
  return statusByRow;
}

/**
 * Plans the edits on the user's sheet: the attainment column (the existing one, else a new column after the table)
 * and the status column ("Đánh giá", reused if present), with live formulas where target and result are plain
 * numbers, values elsewhere, and conditional formats by status. No other cell of the user's is written: a cell
 * covered by a merged area is left alone and returned as a warning (the analysis is not changed).
 * Example: an attainment cell F2 inside the merge E2:F2 gives `warnings: [{ code: "mergedAttainmentCell", address: "F2" }]`.
 */
export function planSource(
  analysis: Analysis,
  sheet: SheetAccess,
  options: SourceOptions,
): SheetPlan & { attainmentCol: number; statusCol: number; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const { table } = analysis;
  const { lang } = options;
  // A rate column of the document's gaps to the target (`gapsKept`) is read, never written: the rate gets its own.
  const ownRate = table.columns.attainment !== undefined && !table.gapsKept;
  const attCol = ownRate ? table.columns.attainment! : freeColumn(sheet, analysis, table.lastColumn + 1, -1);
  // A status column that is also the result column (results in words: "COMPLETE - …") is read, never written.
  // So is one that holds the document's own words (`statusKept`): the status then goes in a column of its own.
  const ownStatus =
    table.columns.status !== undefined && table.columns.status !== table.columns.result && !table.statusKept;
  const statusCol = ownStatus
    ? table.columns.status!
    : freeColumn(sheet, analysis, Math.max(table.lastColumn, attCol) + 1, attCol);
  const top = table.headerTop;
  const bottom = lastWrittenRow(analysis);
  const height = bottom - top + 1;
  const att = blankColumn(height);
  const st = blankColumn(height);
  // Looked up for every row several times below: worked out once per column.
  const attWritable = writableRows(sheet, top, bottom, attCol);
  const stWritable = writableRows(sheet, top, bottom, statusCol);
  const formats: PlanFormat[] = [];
  const merges: CellRange[] = [];
  const decimals = analysis.decimals;
  const numberFormat = decimals ? `0.${"0".repeat(decimals)}` : "0";
  const fonts = sheet.grid.fonts ? tableFonts(sheet, analysis) : { header: {}, body: {} };

  // Every block's header gets our columns' headers: each block reads as a table, and a second run finds the
  // repeated headers of the same shape as the first.
  const headers = table.blocks.length > 1 ? table.blocks : [{ headerTop: top, headerBottom: table.headerBottom }];
  for (const [col, isNew, text, cells, ok] of [
    [attCol, !ownRate, HEADERS[lang].attainment, att, attWritable],
    [statusCol, !ownStatus, HEADERS[lang].status, st, stWritable],
  ] as const) {
    if (!isNew) continue;
    for (const h of headers) {
      if (h.headerTop !== top && !ok[h.headerTop - top]) continue;
      cells[h.headerTop - top]![0] = { value: text };
      if (h.headerBottom > h.headerTop)
        merges.push({ top: h.headerTop, left: col, bottom: h.headerBottom, right: col });
      formats.push({
        range: { top: h.headerTop, left: col, bottom: h.headerBottom, right: col },
        style: { ...fonts.header, bold: true, horizontal: "center", vertical: "middle", wrap: true },
      });
    }
  }

  const statusByRow = fillCells(
    analysis,
    sheet,
    options,
    { top, attCol, ownRate, att, st, attWritable, stWritable },
    warnings,
  );

  const dataTop = table.firstRow;
  const canWrite = (col: number) => (col === attCol ? attWritable : stWritable);
  const attRuns = runs(dataTop, bottom, attCol, (r) => attWritable[r - top]!);
  const stRuns = runs(dataTop, bottom, statusCol, (r) => stWritable[r - top]!);
  for (const range of attRuns)
    formats.push({ range, style: { numberFormat, horizontal: "center", vertical: "middle", wrap: true } });
  // A rate that needs more decimals than the table's, so that it does not read as its opposite status (99.96).
  for (let k = 0; k < analysis.indicators.length; k++) {
    const ind = analysis.indicators[k]!;
    if (ind.parts === 1 && ind.decimals > decimals && attWritable[ind.row - top])
      formats.push({
        range: { top: ind.row, left: attCol, bottom: ind.row, right: attCol },
        style: { numberFormat: `0.${"0".repeat(ind.decimals)}` },
      });
  }
  for (const range of stRuns) formats.push({ range, style: { horizontal: "center", vertical: "middle", wrap: true } });
  // Rows between blocks (a caption, its notes, a blank line) are not the table's: no borders there.
  const between = table.blocks.length > 1 ? betweenBlocks(table, top, height) : null;
  for (const [col, isNew] of [
    [attCol, !ownRate],
    [statusCol, !ownStatus],
  ] as const) {
    const ok = canWrite(col);
    if (!isNew) {
      // The officer's own column: a blank cell we fill takes the look of the column's typed cells (a rate among
      // "102,83" typed in Times New Roman, not in the host's default font).
      const own = sheet.grid.fonts ? columnFont(sheet, analysis, col) : null;
      if (own)
        for (const range of runs(dataTop, bottom, col, (r) => ok[r - top]! && sheet.isBlank(r, col)))
          formats.push({ range, style: own });
      continue;
    }
    const bordered = (r: number) => (ok[r - top]! || r <= table.headerBottom) && !between?.[r - top];
    for (const range of runs(top, bottom, col, bordered)) formats.push({ range, style: { border: true } });
    // A column we add speaks in the table's own font and size, not the host's default.
    if (Object.keys(fonts.body).length && dataTop <= bottom)
      for (const range of runs(dataTop, bottom, col, (r) => ok[r - top]!)) formats.push({ range, style: fonts.body });
  }

  const statusRef = (row: number) => `$${columnName(statusCol)}${row + 1}`;
  const conditionalFormats: PlanConditionalFormat[] = [...attRuns, ...stRuns].map((range) => ({
    range,
    rules: PRIORITY.map((status) => ({
      status,
      formula: `ISNUMBER(SEARCH("${statusLabel(status, lang)}",${statusRef(range.top)}))`,
      fill: options.colors[status],
      fontColor: FONT_COLORS[status],
    })),
  }));
  const byStatus = [attCol, statusCol].map((col) => {
    const ok = canWrite(col);
    return runsByKey(dataTop, bottom, col, (r) => (ok[r - top] ? (statusByRow[r - top] ?? null) : null));
  });
  // A table of mixed statuses has about one range per row: the list is made at its size, not grown and copied.
  let count = 0;
  for (const ranges of byStatus) for (const status of PRIORITY) count += ranges.get(status)?.length ?? 0;
  const fallbackFormats = new Array<PlanFormat>(count);
  let next = 0;
  for (const ranges of byStatus) {
    for (const status of PRIORITY) {
      // One style for all of a status' ranges.
      const style = { fill: options.colors[status], fontColor: FONT_COLORS[status] };
      const list = ranges.get(status) ?? [];
      for (let k = 0; k < list.length; k++) fallbackFormats[next++] = { range: list[k]!, style };
    }
  }
  const oneLine = headerLines(sheet, table) < 2;
  const size = fonts.header.fontSize ?? 11;
  const widthFor = (text: string, least: number) => (oneLine ? oneLineWidth(text, size, least) : least);
  const widths = [
    ...(!ownRate ? [{ col: attCol, width: widthFor(HEADERS[lang].attainment, 14) }] : []),
    ...(!ownStatus ? [{ col: statusCol, width: widthFor(HEADERS[lang].status, 15) }] : []),
  ];
  return {
    blocks: [
      { top, left: attCol, cells: att },
      { top, left: statusCol, cells: st },
    ],
    formats,
    merges,
    conditionalFormats,
    fallbackFormats,
    columnWidths: widths,
    rowHeights: [],
    attainmentCol: attCol,
    statusCol,
    warnings,
  };
}
