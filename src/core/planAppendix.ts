import { appendixBody, type BodyRow } from "./appendixBody";
import { appendixColumns, cleanText } from "./appendixColumns";
import { appendixHeader } from "./appendixHeader";
import { CELL_PADDING_POINTS, columnPoints, INDENT_POINTS, surelyFitting, wrappedLines } from "./measureText";
import { HEADERS } from "./messages";
import { heightFor, REPORT_FONT, SheetBuilder } from "./sheetBuilder";
import type { SheetAccess } from "./sheetAccess";
import type { Analysis, CellStyle, Lang, PrintSetup, SheetPlan } from "./types";

/** Print setup shared by the generated sheets: A4 portrait, one page wide, header rows repeated. */
export function reportPrint(repeatTop?: number, repeatBottom?: number): PrintSetup {
  return {
    paper: "A4",
    orientation: "portrait",
    fitToWidth: 1,
    fitToHeight: 0,
    ...(repeatTop !== undefined ? { repeatRows: { top: repeatTop, bottom: repeatBottom ?? repeatTop } } : {}),
    margins: { left: 0.7, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    centerHorizontally: true,
  };
}

const SIZE = REPORT_FONT.fontSize!;
/** The unit line's look: italic, at the table's right edge. */
const UNIT_LOOK: CellStyle = { italic: true, horizontal: "right" };
/** The indent every text cell gets, so text never touches the left border. */
const BASE_INDENT = 1;

/** The text width of the columns from `left` to `right` merged, in points: every span worked out once. */
function spanPoints(widths: number[]): (left: number, right: number) => number {
  const table = widths.map((_, left) => {
    const row: number[] = [];
    let sum = 0;
    for (let right = left; right < widths.length; right++) row[right] = sum += columnPoints(widths[right]!);
    return row;
  });
  return (left, right) => (table[left]?.[right] ?? 0) - 2 * CELL_PADDING_POINTS;
}

/** Adds a row to runs of consecutive rows with the same key, as [first, last, key]; a row with a null key joins none. */
function extendRun<K>(out: [number, number, K][], row: number, key: K | null): void {
  if (key === null) return;
  const last = out[out.length - 1];
  if (last && last[1] === row - 1 && last[2] === key) last[1] = row;
  else out.push([row, row, key]);
}

export interface AppendixOptions {
  /** Lines above the title ("Phụ lục", "(Kèm theo Báo cáo số …)"); empty = none. */
  caption?: string;
}

/**
 * Plans the appendix sheet: the officer's table re-typeset in the report's style (Times New Roman 13). An optional
 * caption ("Phụ lục", "(Kèm theo Báo cáo số …)") and the title above; the source's header words and line breaks,
 * its header rows and merges; the unit column when the source has one; one row per source row — sections merged
 * from the label to the last column and bold, the label's bold and italic and indent as typed, a multi-line row
 * kept whole, merged notes kept merged; thin borders, wrapped text, a small left indent in text cells, row heights
 * from each cell's wrapped lines at its real column width; header repeated on every printed page, A4 one page wide.
 * Example: the sample gives caption-less title, one header row ("Chỉ tiêu↵Nghị quyết↵%") and 25 body rows.
 */
export function planAppendix(
  analysis: Analysis,
  lang: Lang,
  sheet: SheetAccess,
  options: AppendixOptions = {},
): SheetPlan & { print: PrintSetup } {
  const { table } = analysis;
  const cols = appendixColumns(table, lang, sheet);
  const widths = cols.map((c) => c.width);
  const last = cols.length - 1;
  const points = spanPoints(widths);
  const b = new SheetBuilder(widths);
  const fullLine = (text: string, style: CellStyle, size: number) => {
    const r = b.addRow([text]);
    b.merge(r, 0, last);
    b.styleRow(r, { horizontal: "center", vertical: "middle", wrap: true, ...style });
    b.setHeight(r, heightFor(wrappedLines(text, points(0, last), size, style.bold), size));
    return r;
  };

  for (const line of cleanText(options.caption ?? "")
    .split("\n")
    .filter(Boolean))
    fullLine(line, line.startsWith("(") ? { italic: true } : { bold: true }, SIZE);
  const title = table.title ? cleanText(table.title) : HEADERS[lang].appendixTitle;
  fullLine(title, { bold: true, fontSize: 14 }, 14);
  // The table's unit line, as documents print it: right above the table, at its right edge.
  if (table.tableUnit) fullLine(`${HEADERS[lang].unitLine}: ${cleanText(table.tableUnit)}`, UNIT_LOOK, SIZE);
  else b.addRow([]);

  const header = appendixHeader(sheet, table, cols);
  const headerTop = b.rowCount;
  for (const values of header.rows) {
    const r = b.addRow(values);
    b.styleRow(r, { bold: true, horizontal: "center", vertical: "middle", wrap: true });
  }
  for (const m of header.merges) b.mergeRange({ ...m, top: m.top + headerTop, bottom: m.bottom + headerTop });
  const headerBottom = b.rowCount - 1;
  for (let r = headerTop; r <= headerBottom; r++) {
    const cells = header.rows[r - headerTop]!;
    const spans = header.merges.filter((m) => m.top === r - headerTop && m.bottom === m.top);
    const lines = cells.map((v, j) => {
      if (typeof v !== "string") return 1;
      const span = spans.find((m) => m.left === j);
      // A cell merged down shares its lines with the rows it covers.
      const down = header.merges.find((m) => m.left === j && m.top === r - headerTop && m.bottom > m.top);
      const n = wrappedLines(v, points(j, span ? span.right : j), SIZE, true);
      return down ? Math.ceil(n / (down.bottom - down.top + 1)) : n;
    });
    b.setHeight(r, heightFor(Math.max(1, ...lines)));
  }

  const label = cols.findIndex((c) => c.role === "label");
  const labelWidth = (indent: number) => points(label, label) - (BASE_INDENT + indent) * INDENT_POINTS;
  const bodyTop = b.rowCount;
  // Each row goes into the sheet as it comes; only what its styles need is kept, as runs of rows.
  const marks: BodyMarks = { indents: [], looks: [], tops: [], targetFormats: [], resultFormats: [], special: [] };
  const lineCounter = (text: string) => wrappedLines(text, labelWidth(0), SIZE);
  // Most cells are short: those that surely fit their column (the label's at each indent) are not measured.
  const fitting: Fitting = { columns: widths.map((_, j) => surelyFitting(points(j, j), SIZE)), label: [] };
  appendixBody(sheet, table, analysis.rows, cols, lang, lineCounter, (row) => {
    const r = b.addRow(row.cells);
    for (let k = 0; k < row.merges.length; k++) b.merge(r, row.merges[k]![0], row.merges[k]![1]);
    b.setHeight(r, heightFor(rowLines(row, cols.length, points, labelWidth, label, fitting)));
    extendRun(marks.indents, r, row.indent);
    extendRun(marks.looks, r, LOOKS[(row.bold ? 1 : 0) + (row.italic ? 2 : 0)]!);
    extendRun(marks.tops, r, row.top ? true : null);
    extendRun(marks.targetFormats, r, row.targetFormat);
    extendRun(marks.resultFormats, r, row.resultFormat);
    const merges = row.kind === "indicator" ? row.merges : [];
    const decimals = row.decimals !== null && row.decimals > analysis.decimals ? row.decimals : null;
    if (merges.length || decimals !== null) marks.special.push({ row: r, merges, decimals });
  });
  const bottom = b.rowCount - 1;
  styleBody(b, marks, { headerTop, bodyTop, bottom, last, label, cols, decimals: analysis.decimals });
  return { ...b.build(), freezeRows: headerBottom + 1, print: reportPrint(headerTop, headerBottom) };
}

/** The characters that surely fit a column (`surelyFitting`), by column, and the label's by indent (filled as met). */
interface Fitting {
  columns: number[];
  label: number[];
}

/** The lines a body row takes: the most any of its cells wraps to at its width (merged cells at the merged width). */
function rowLines(
  row: BodyRow,
  count: number,
  points: (left: number, right: number) => number,
  labelWidth: (indent: number) => number,
  label: number,
  fitting: Fitting,
): number {
  let lines = 1;
  for (let j = 0; j < count; j++) {
    const v = row.cells[j];
    if (typeof v !== "string") continue;
    let right = -1;
    for (let k = 0; k < row.merges.length; k++)
      if (row.merges[k]![0] === j) {
        right = row.merges[k]![1];
        break;
      }
    if (right < 0) {
      const fits =
        j === label ? (fitting.label[row.indent] ??= surelyFitting(labelWidth(row.indent), SIZE)) : fitting.columns[j]!;
      if (v.length <= fits && !v.includes("\n")) continue;
    }
    const width = j === label && right < 0 ? labelWidth(row.indent) : points(j, right < 0 ? j : right);
    lines = Math.max(lines, wrappedLines(v, width, SIZE, row.bold));
  }
  return lines;
}

/** A row's bold and italic as a key of its look (null: neither), by bold + 2 × italic. */
const LOOKS = [null, "b", "i", "bi"] as const;

/** What the body's styles need of its rows: runs of sheet rows of one label indent, one look, set from the top. */
interface BodyMarks {
  indents: [number, number, number][];
  looks: [number, number, string][];
  tops: [number, number, true][];
  /** Runs of rows whose target (result) shows in one number format ("#,##0"), by sheet row. */
  targetFormats: [number, number, string][];
  resultFormats: [number, number, string][];
  /** Rows with a merged note (centred) or a rate that needs more decimals than the table's, by sheet row. */
  special: { row: number; merges: readonly [number, number][]; decimals: number | null }[];
}

interface Layout {
  headerTop: number;
  bodyTop: number;
  bottom: number;
  last: number;
  label: number;
  cols: ReturnType<typeof appendixColumns>;
  decimals: number;
}

/** The body's formats, base styles first (later formats override what they set), row styles as runs of rows. */
function styleBody(b: SheetBuilder, body: BodyMarks, l: Layout): void {
  const { headerTop, bodyTop, bottom, last, label, cols } = l;
  const col = (role: string) => cols.findIndex((c) => c.role === role);
  const column = (j: number, style: CellStyle, top = bodyTop) =>
    j >= 0 && bottom >= top ? [{ range: { top, left: j, bottom, right: j }, style }] : [];
  const attainment = col("attainment");
  const numberFormat = (d: number) => (d ? `0.${"0".repeat(d)}` : "0");
  b.formats.unshift(
    { range: { top: 0, left: 0, bottom, right: last }, style: { ...REPORT_FONT } },
    {
      range: { top: headerTop, left: 0, bottom, right: last },
      style: { border: true, wrap: true, vertical: "middle" },
    },
    ...column(col("number"), { horizontal: "center" }),
    ...column(col("unit"), { horizontal: "center" }),
    ...["target", "result", "attainment"].flatMap((r) => column(col(r), { horizontal: "center" })),
    ...column(attainment, { numberFormat: numberFormat(l.decimals) }),
    ...column(col("notes"), { horizontal: "left", indent: BASE_INDENT }),
  );
  for (const [top, end, indent] of body.indents)
    b.style({ top, left: label, bottom: end, right: label }, { horizontal: "left", indent: BASE_INDENT + indent });
  for (const [top, end, key] of body.looks)
    b.style(
      { top, left: 0, bottom: end, right: last },
      { ...(key.includes("b") ? { bold: true } : {}), ...(key.includes("i") ? { italic: true } : {}) },
    );
  for (const [top, end] of body.tops) b.style({ top, left: 0, bottom: end, right: last }, { vertical: "top" });
  for (const [role, runs] of [
    ["target", body.targetFormats],
    ["result", body.resultFormats],
  ] as const) {
    const j = col(role);
    for (const [top, end, numberFormat] of runs) b.style({ top, left: j, bottom: end, right: j }, { numberFormat });
  }
  for (const { row, merges, decimals } of body.special) {
    // A merged note is centred over the values it replaces.
    for (const [left, right] of merges) b.style({ top: row, left, bottom: row, right }, { horizontal: "center" });
    if (decimals !== null && attainment >= 0)
      b.style({ top: row, left: attainment, bottom: row, right: attainment }, { numberFormat: numberFormat(decimals) });
  }
}
