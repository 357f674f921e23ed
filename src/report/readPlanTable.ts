import type { CellRange, CellStyle, CellValue, Lang, PlanFormat, PrintSetup, SheetPlan } from "../core";

/** A cell's style after every format over it was laid in order, plus an indent level (0 when none). */
export interface ResolvedStyle extends CellStyle {
  indent: number;
}

/** One cell of the report's table: its text as shown, its span and its resolved style. */
export interface ReportCell {
  text: string;
  /** 0-based column in the plan, so renderers can sum the widths a span covers. */
  col: number;
  colSpan: number;
  rowSpan: number;
  style: ResolvedStyle;
}

/** A row of cells; cells covered by a span from an earlier row or column are left out. */
export interface ReportRow {
  cells: ReportCell[];
  /** The plan's height in points, or null when the plan leaves it to the host. */
  height: number | null;
}

/** A line outside the bordered table (the title above it, a note below it): the text of its first cell. */
export interface ReportLine {
  text: string;
  style: ResolvedStyle;
}

/** A sheet plan read as a document: lines before the table, the bordered table, lines after it. */
export interface ReportLayout {
  before: ReportLine[];
  /** Column widths in the plan's units (Excel characters); renderers scale them to the text width. */
  widths: number[];
  rows: ReportRow[];
  /** How many of the first rows are the table's header (repeated on every printed page), 0 when unknown. */
  headerRows: number;
  after: ReportLine[];
}

const inside = (r: CellRange, row: number, col: number) =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

/** A number format's first section read for display: the literal text around its figure, its places, grouping, "%". */
interface FigureFormat {
  prefix: string;
  suffix: string;
  /** Places always shown ("0.00" → 2) and further places shown when not zero ("0.0#" → 1). */
  places: number;
  optional: number;
  grouped: boolean;
  percent: boolean;
}

function readFormat(format: string): FigureFormat | null {
  const out: FigureFormat = { prefix: "", suffix: "", places: 0, optional: 0, grouped: false, percent: false };
  let figure = "";
  const section = format.split(";")[0]!.replace(/\[[^\]]*\]/g, "");
  const text = (literal: string) => {
    if (figure === "") out.prefix += literal;
    else out.suffix += literal;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1) < 0 ? section.length : section.indexOf('"', i + 1);
      text(section.slice(i + 1, end));
      i = end;
    } else if (ch === "\\") text(section[++i] ?? "");
    // A padding or fill character: nothing of its own in a document.
    else if (ch === "_" || ch === "*") i++;
    // The figure: its digits, separators and point, in one run that starts with a digit placeholder.
    else if (/[#0?]/.test(ch) || (/[,.]/.test(ch) && figure !== "")) {
      if (out.suffix === "") figure += ch;
    } else {
      if (ch === "%") out.percent = true;
      text(ch);
    }
  }
  if (!figure) return null;
  const [whole = "", fraction = ""] = figure.split(".");
  out.grouped = whole.replace(/,+$/, "").includes(",");
  out.places = (/^0*/.exec(fraction)?.[0] ?? "").length;
  out.optional = fraction.replace(/,/g, "").length - out.places;
  return out;
}

/**
 * A number as its cell's number format shows it: "0.00" two places, "#,##0" grouped in thousands, "0.0%" scaled, text
 * around the figure kept ('0.0"%"', "£#,##0"); a Vietnamese Excel writes "1.560.000,5", an English one "1,560,000.5".
 */
export function showNumber(value: number, numberFormat: string | undefined, lang: Lang): string {
  const f = numberFormat && !/^general$/i.test(numberFormat) ? readFormat(numberFormat) : null;
  const [group, point] = lang === "vi" ? [".", ","] : [",", "."];
  if (!f) return String(value).replace(".", point);
  const fixed = Math.abs(f.percent ? value * 100 : value).toFixed(f.places + f.optional);
  let [whole = "", fraction = ""] = fixed.split(".");
  while (fraction.length > f.places && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  if (f.grouped) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  // A negative figure that rounds to nothing shows no sign, as in Excel.
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${f.prefix}${whole}${fraction ? point + fraction : ""}${f.suffix}`;
}

function showValue(value: CellValue, style: ResolvedStyle, lang: Lang): string {
  if (value === null) return "";
  if (typeof value === "number") return showNumber(value, style.numberFormat, lang);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/** The plan's optional indent level, read without assuming the core declares it yet. */
const indentOf = (style: CellStyle): number =>
  "indent" in style && typeof style.indent === "number" ? style.indent : 0;

/**
 * Reads a generated sheet's plan as a document table: the rows that carry borders form the table (header and
 * body), with merges as column and row spans, each cell's style resolved from the plan's formats in order;
 * the rows above and below become lines (the title). Works from the plan's data only, so a richer plan
 * (merged header rows, indents, italics) renders without change here.
 * Example: the appendix plan gives before = [title], rows = header row + one row per section and indicator.
 */
export function readPlanTable(plan: SheetPlan & { print?: PrintSetup }, lang: Lang): ReportLayout {
  const values = new Map<string, CellValue>();
  let rowCount = 0;
  let colCount = plan.columnWidths.reduce((n, w) => Math.max(n, w.col + 1), 0);
  for (const block of plan.blocks) {
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell) values.set(`${block.top + r}:${block.left + c}`, cell.value);
      }),
    );
    rowCount = Math.max(rowCount, block.top + block.cells.length);
    colCount = Math.max(colCount, block.left + (block.cells[0]?.length ?? 0));
  }
  // Formats by row, in plan order, so a cell's style is laid from the few formats over its row.
  const byRow: PlanFormat[][] = Array.from({ length: rowCount }, () => []);
  for (const f of plan.formats)
    for (let row = Math.max(0, f.range.top); row <= Math.min(rowCount - 1, f.range.bottom); row++) byRow[row]!.push(f);
  const styleAt = (row: number, col: number): ResolvedStyle => {
    const style: ResolvedStyle = { indent: 0 };
    for (const f of byRow[row] ?? []) {
      if (!inside(f.range, row, col)) continue;
      Object.assign(style, f.style);
      if (indentOf(f.style)) style.indent = indentOf(f.style);
    }
    return style;
  };
  const bordered = plan.formats.filter((f) => f.style.border).map((f) => f.range);
  const top = bordered.length ? Math.min(...bordered.map((r) => r.top)) : 0;
  const bottom = bordered.length ? Math.max(...bordered.map((r) => r.bottom)) : rowCount - 1;
  const left = bordered.length ? Math.min(...bordered.map((r) => r.left)) : 0;
  const right = bordered.length ? Math.max(...bordered.map((r) => r.right)) : colCount - 1;

  const widthOf = new Map(plan.columnWidths.map((w) => [w.col, w.width]));
  const heightOf = new Map(plan.rowHeights.map((h) => [h.row, h.height]));
  const mergeAt = new Map(plan.merges.map((m) => [`${m.top}:${m.left}`, m]));
  const coveredCells = new Set<string>();
  for (const m of plan.merges)
    for (let row = m.top; row <= m.bottom; row++)
      for (let col = m.left; col <= m.right; col++)
        if (row !== m.top || col !== m.left) coveredCells.add(`${row}:${col}`);

  const line = (row: number): ReportLine | null => {
    for (let col = 0; col < colCount; col++) {
      const style = styleAt(row, col);
      const text = showValue(values.get(`${row}:${col}`) ?? null, style, lang);
      if (text) return { text, style };
    }
    return null;
  };
  const lines = (from: number, to: number) =>
    Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => line(from + i)).filter(
      (l): l is ReportLine => l !== null,
    );

  const repeat = plan.print?.repeatRows;
  const rows: ReportRow[] = [];
  for (let row = top; row <= bottom; row++) {
    const cells: ReportCell[] = [];
    for (let col = left; col <= right; col++) {
      if (coveredCells.has(`${row}:${col}`)) continue;
      const merge = mergeAt.get(`${row}:${col}`);
      const style = styleAt(row, col);
      cells.push({
        text: showValue(values.get(`${row}:${col}`) ?? null, style, lang),
        col: col - left,
        colSpan: merge ? Math.min(merge.right, right) - col + 1 : 1,
        rowSpan: merge ? Math.min(merge.bottom, bottom) - row + 1 : 1,
        style,
      });
    }
    rows.push({ cells, height: heightOf.get(row) ?? null });
  }
  return {
    before: lines(0, top - 1),
    widths: Array.from({ length: right - left + 1 }, (_, i) => widthOf.get(left + i) ?? 8.43),
    rows,
    headerRows: repeat && repeat.top >= top && repeat.bottom <= bottom ? repeat.bottom - top + 1 : 0,
    after: lines(bottom + 1, rowCount - 1),
  };
}
