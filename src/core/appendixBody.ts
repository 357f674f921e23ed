import { cleanText, type AppendixColumn, type AppendixRole } from "./appendixColumns";
import { amountFormat } from "./amountFormat";
import { statusLabel } from "./messages";
import type { SheetAccess } from "./sheetAccess";
import type { CellValue, Indicator, Lang, TableLayout, TableRow } from "./types";

/** One appendix row: a source row retyped (a multi-line row stays one row). Handed out for the time of one call only. */
export interface BodyRow {
  kind: "section" | "heading" | "indicator";
  cells: CellValue[];
  /** Column spans merged within the row, as [left, right] appendix columns. */
  merges: readonly [number, number][];
  bold: boolean;
  italic: boolean;
  /** The label's indent level as typed (Excel's indent, or leading spaces, three to a level). */
  indent: number;
  /** A multi-line row whose values line up with its label's lines: set from the top. */
  top: boolean;
  /** Decimals of a single rate shown as a number, when it needs more than the table's. */
  decimals: number | null;
  /** The number formats of a single line's target and result shown as numbers (`amountFormat`), else null. */
  targetFormat: string | null;
  resultFormat: string | null;
}

/** A value line per label line: when the label's lines are as many as the values, each value sits by its line. */
export type LineCounter = (text: string) => number;

function leadingSpaces(v: CellValue): number {
  if (typeof v !== "string") return 0;
  let n = 0;
  // By code: indexing a string makes a string of each character.
  while (v.charCodeAt(n) === 0x20 || v.charCodeAt(n) === 0xa0) n++;
  return n;
}

const formatRate = (n: number, decimals: number, lang: Lang): string => {
  const text = n.toFixed(decimals);
  return lang === "vi" ? text.replace(".", ",") : text;
};

/** A target or result as typed: a number where the sheet held one (in percent units when formatted as %), else its text. */
const asTyped = (value: number | string | null, text: string): CellValue =>
  typeof value === "number" && String(value) === text ? value : cleanText(text) || null;

/** The rate the source typed on a line the product has no rate for (no target to check it against), or null. */
function typedRate(ctx: Context, ind: Indicator): CellValue {
  if (ind.attainment !== null) return null;
  const src = ctx.cols[place(ctx, "attainment")]?.src;
  const v = src === undefined ? null : ctx.sheet.value(ind.row, src);
  return typeof v === "number" ? v : v === null ? null : cleanText(String(v)) || null;
}

function rateOf(ind: Indicator, lang: Lang, typed: CellValue = null): CellValue {
  if (ind.attainment !== null) return ind.attainment;
  // As on the source sheet, a rate the document typed stays as typed where the product has none.
  if (typed !== null) return typed;
  if (ind.status !== "notEvaluated") return statusLabel(ind.status, lang);
  return null;
}

function rateText(ind: Indicator, lang: Lang): string {
  if (ind.attainment !== null) return formatRate(ind.attainment, ind.decimals, lang);
  return ind.status !== "notEvaluated" ? statusLabel(ind.status, lang) : "";
}

/** The columns a source merge covers, as one appendix span (first to last mapped column), or null. */
function spanOf(cols: AppendixColumn[], left: number, right: number): [number, number] | null {
  const mapped = cols.flatMap((c, j) => (c.src !== undefined && c.src >= left && c.src <= right ? [j] : []));
  return mapped.length ? [mapped[0]!, mapped[mapped.length - 1]!] : null;
}

interface Context {
  sheet: SheetAccess;
  table: TableLayout;
  cols: AppendixColumn[];
  lang: Lang;
  /** Lines a label line takes at the label column's width. */
  labelLines: LineCounter;
  /** Each role's appendix column, or -1 where the appendix has none. */
  places: Record<AppendixRole, number>;
  /** The row handed to `add`, filled anew for each source row. */
  row: BodyRow;
}

function place(ctx: Context, role: AppendixRole): number {
  return ctx.places[role];
}

/** The text of the row's own cell in a source column, cleaned, or null. */
function sourceText(ctx: Context, row: number, role: AppendixRole): string | null {
  const src = ctx.cols[place(ctx, role)]?.src;
  if (src === undefined) return null;
  const v = ctx.sheet.value(row, src);
  // Most notes are blank: nothing to clean.
  return v === null || v === "" ? null : cleanText(String(v)) || null;
}

/** The row's own merges when it has none (most rows): one shared empty list. */
const NO_MERGES: readonly [number, number][] = Object.freeze([]);

/**
 * The label's look, set on the row: bold and italic from the source's label cell, its indent as typed (from the
 * cell's value, passed in where the caller has read it already).
 */
function look(ctx: Context, row: number, out: BodyRow, label = ctx.sheet.value(row, ctx.table.columns.label)): BodyRow {
  const font = ctx.sheet.font(row, ctx.table.columns.label);
  const spaces = leadingSpaces(label);
  const typed = spaces > 0 ? Math.max(1, Math.round(spaces / 3)) : 0;
  out.bold = font?.bold === true;
  out.italic = font?.italic === true;
  out.indent = (font?.indent ?? 0) + typed;
  return out;
}

/** The context's one row, blank, for the next source row: a long table's rows are handed out one at a time. */
function empty(ctx: Context, kind: BodyRow["kind"]): BodyRow {
  const out = ctx.row;
  const cells = out.cells;
  for (let j = 0; j < cells.length; j++) cells[j] = null;
  out.kind = kind;
  out.merges = NO_MERGES;
  out.bold = false;
  out.italic = false;
  out.indent = 0;
  out.top = false;
  out.decimals = null;
  out.targetFormat = null;
  out.resultFormat = null;
  return out;
}

function sectionRow(ctx: Context, row: Extract<TableRow, { kind: "section" }>): BodyRow {
  const out = empty(ctx, "section");
  const cells = out.cells;
  const label = place(ctx, "label");
  const number = place(ctx, "number");
  if (number >= 0) cells[number] = row.number;
  cells[label] = cleanText(String(ctx.sheet.value(row.row, ctx.table.columns.label) ?? row.label)) || row.label;
  out.merges = [[label, ctx.cols.length - 1]];
  out.bold = true;
  return out;
}

function headingRow(ctx: Context, row: Extract<TableRow, { kind: "heading" }>): BodyRow {
  const out = empty(ctx, "heading");
  const cells = out.cells;
  const number = place(ctx, "number");
  if (number >= 0) cells[number] = row.number || null;
  cells[place(ctx, "label")] = cleanText(row.label) || null;
  for (const role of ["unit", "notes"] as const) {
    const j = place(ctx, role);
    if (j >= 0) cells[j] = sourceText(ctx, row.row, role);
  }
  return look(ctx, row.row, out);
}

/** Value lines, each padded down to the first line of its label line when the label has one line per value. */
function aligned(values: string[], labelLines: number[] | null): string {
  if (!labelLines) return values.join("\n");
  return values
    .map((v, i) => (i < values.length - 1 ? v + "\n".repeat(Math.max(0, labelLines[i]! - 1)) : v))
    .join("\n");
}

/** An indicator row: its first line, and all its lines when it has several (else null). */
function indicatorRow(ctx: Context, first: Indicator, several: Indicator[] | null): BodyRow {
  const out = empty(ctx, "indicator");
  const cells = out.cells;
  const at = ctx.places;
  const rawLabel = ctx.sheet.value(first.row, ctx.table.columns.label);
  const label = cleanText(
    typeof rawLabel === "string" ? rawLabel : several ? several.map((p) => p.label).join("\n") : first.label,
  );
  if (at.number >= 0) cells[at.number] = first.number || null;
  cells[at.label] = label || null;
  if (at.unit >= 0) cells[at.unit] = sourceText(ctx, first.row, "unit");
  if (at.notes >= 0) cells[at.notes] = sourceText(ctx, first.row, "notes");
  let merges = NO_MERGES;
  let top = false;
  let decimals: number | null = null;
  if (first.mergedNote !== null) {
    const m = ctx.sheet.merge(first.row, ctx.table.columns.target);
    const span = m ? spanOf(ctx.cols, m.left, m.right) : null;
    const [left, right] = span ?? [at.target, at.attainment];
    for (let c = left; c <= right; c++) cells[c] = null;
    cells[left] = cleanText(first.mergedNote);
    if (right > left) merges = [[left, right]];
  } else if (several === null) {
    const target = (cells[at.target] = asTyped(first.target, first.targetText));
    const result = (cells[at.result] = asTyped(first.result, first.resultText));
    const { columns } = ctx.table;
    if (typeof target === "number")
      out.targetFormat = amountFormat(target, ctx.sheet.format(first.row, columns.target));
    if (typeof result === "number")
      out.resultFormat = amountFormat(result, ctx.sheet.format(first.row, columns.result));
    cells[at.attainment] = rateOf(first, ctx.lang, typedRate(ctx, first));
    decimals = first.decimals;
  } else {
    const parts = several;
    const lines = label.split("\n");
    const labelLines = lines.length === parts.length ? lines.map(ctx.labelLines) : null;
    top = labelLines !== null && labelLines.some((n) => n > 1);
    cells[at.target] = aligned(
      parts.map((p) => cleanText(p.targetText)),
      labelLines,
    );
    cells[at.result] = aligned(
      parts.map((p) => cleanText(p.resultText)),
      labelLines,
    );
    cells[at.attainment] = aligned(
      parts.map((p) => rateText(p, ctx.lang)),
      labelLines,
    );
  }
  out.merges = merges;
  out.top = top;
  out.decimals = decimals;
  return look(ctx, first.row, out, rawLabel);
}

/**
 * The appendix's body: one row per source row, as the officer laid it out — sections merged across from the
 * label and bold; headings and lines with the label's bold and italic and indent as typed; a multi-line row
 * ("- Cá nhân hoàn thành tốt nhiệm vụ.↵Trong đó: …" with 95↵50 | 100↵80 | 105↵130) kept as one row, each value by
 * its label line; a note merged across the values kept merged over the same columns.
 * The rows are handed to `add` one by one, in order, so that a long table's rows need not all be kept at once: one
 * row object and its cells serve every call (read them within `add`; a row's `merges` may be kept).
 * Example: the sample's 25 content rows give 25 calls of `add`.
 */
export function appendixBody(
  sheet: SheetAccess,
  table: TableLayout,
  rows: TableRow[],
  cols: AppendixColumn[],
  lang: Lang,
  labelLines: LineCounter,
  add: (row: BodyRow) => void,
): void {
  const places = {} as Record<AppendixRole, number>;
  for (const role of ["number", "label", "unit", "target", "result", "attainment", "notes"] as const)
    places[role] = cols.findIndex((c) => c.role === role);
  const cells = new Array<CellValue>(cols.length).fill(null);
  const scratch: BodyRow = {
    kind: "indicator",
    cells,
    merges: NO_MERGES,
    bold: false,
    italic: false,
    indent: 0,
    top: false,
    decimals: null,
    targetFormat: null,
    resultFormat: null,
  };
  const ctx: Context = { sheet, table, cols, lang, labelLines, places, row: scratch };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.kind === "section") add(sectionRow(ctx, row));
    else if (row.kind === "heading") add(headingRow(ctx, row));
    else {
      // Most rows are one line: a list of parts is made only for a row of several.
      let parts: Indicator[] | null = null;
      while (i + 1 < rows.length && rows[i + 1]!.kind === "indicator" && rows[i + 1]!.row === row.row)
        (parts ??= [row.indicator]).push((rows[++i] as Extract<TableRow, { kind: "indicator" }>).indicator);
      add(indicatorRow(ctx, row.indicator, parts));
    }
  }
}
