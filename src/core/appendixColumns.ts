import { absentRole } from "./absentRole";
import { toNFC } from "./foldText";
import { HEADERS } from "./messages";
import { CELL_PADDING_POINTS, columnPoints, INDENT_POINTS, textPoints, widthFor, wrappedLines } from "./measureText";
import { REPORT_FONT } from "./sheetBuilder";
import type { SheetAccess } from "./sheetAccess";
import type { ColumnMapping, Lang, TableLayout } from "./types";

/** The roles of the appendix's columns, in the report's order; the unit column only where the source has one. */
export type AppendixRole = "number" | "label" | "unit" | "target" | "result" | "attainment" | "notes";

export interface AppendixColumn {
  role: AppendixRole;
  /** The source column it comes from, or undefined where the source has none (the product's rate, a blank note). */
  src: number | undefined;
  /** Width in Excel character units. */
  width: number;
  /** The product's header words, for a column the source has no header for. */
  fallback: string;
}

/**
 * Widths in Excel character units: label wide, values narrow enough that "Nghị quyết" or "Thực hiện" in bold
 * still fits one line; about 105 units, so A4 portrait one page wide prints at about 90 % (13 pt reads as 11.7).
 */
const WIDTHS: Record<AppendixRole, number> = {
  number: 6,
  label: 49,
  unit: 9,
  target: 13,
  result: 13,
  attainment: 13,
  notes: 11,
};
/** With a unit column the label gives up the unit's room. */
const LABEL_WITH_UNIT = 42;
/** Notes as long as a short sentence widen their column up to this, taken from the label, which keeps at least 30. */
const NOTES_MOST = 30;
const LABEL_LEAST = 30;
/** How many of the first data rows are looked at for the notes' length: enough for a table's kind of notes. */
const NOTES_SAMPLE = 500;

/**
 * The width, in Excel character units, that holds the widest line of the notes in a table's first rows on one line
 * at the report's size with the appendix's indent, or 0 without notes. Example: "Đạt trước hạn" → 16.
 */
export function notesWidth(sheet: SheetAccess, table: TableLayout, col: number | undefined): number {
  if (col === undefined) return 0;
  let widest = 0;
  const end = Math.min(table.lastRow, table.firstRow + NOTES_SAMPLE);
  for (let r = table.firstRow; r <= end; r++) {
    const text = sheet.text(r, col);
    if (text === "") continue;
    for (const line of text.split("\n")) widest = Math.max(widest, textPoints(line.trim(), REPORT_FONT.fontSize!));
  }
  if (widest === 0) return 0;
  return widthFor(widest + INDENT_POINTS + 2 * CELL_PADDING_POINTS);
}

/** Points of text a column of `width` holds on a line, with the appendix's indent and the cell's padding. */
const textRoom = (width: number) => columnPoints(width) - INDENT_POINTS - 2 * CELL_PADDING_POINTS;

/** How many of the first rows weigh the label's lines against the notes': enough to see the table's kind of rows. */
const BALANCE_SAMPLE = 200;

/**
 * How much width the notes take from the label, at most `most`: the gain that makes the first rows' heights least,
 * each row as tall as the most wrapped of its cells (the label and notes at the widths tried, the other columns at
 * theirs), the widest such gain on a tie. Example: notes of a short sentence beside short labels take all of `most`;
 * beside labels that would wrap to more lines than the row already has, less.
 */
export function notesGain(
  sheet: SheetAccess,
  table: TableLayout,
  notesCol: number,
  widths: { label: number; notes: number; others: [number | undefined, number][] },
  most: number,
): number {
  if (most <= 0) return 0;
  const size = REPORT_FONT.fontSize!;
  const lines = (text: string, room: number) => (text ? wrappedLines(text, room, size) : 1);
  const rows: { label: string; notes: string; floor: number }[] = [];
  const end = Math.min(table.lastRow, table.firstRow + BALANCE_SAMPLE);
  for (let r = table.firstRow; r <= end; r++) {
    const label = cleanText(sheet.text(r, table.columns.label));
    const notes = cleanText(sheet.text(r, notesCol));
    if (label === "" && notes === "") continue;
    let floor = 1;
    for (const [col, width] of widths.others)
      if (col !== undefined) floor = Math.max(floor, lines(cleanText(sheet.text(r, col)), textRoom(width)));
    rows.push({ label, notes, floor });
  }
  let best = 0;
  let least = Infinity;
  for (let gain = 0; gain <= most; gain++) {
    const labelRoom = textRoom(widths.label - gain);
    const notesRoom = textRoom(widths.notes + gain);
    let total = 0;
    for (const row of rows) total += Math.max(row.floor, lines(row.label, labelRoom), lines(row.notes, notesRoom));
    if (total <= least) {
      least = total;
      best = gain;
    }
  }
  return best;
}

const ROLES: AppendixRole[] = ["number", "label", "unit", "target", "result", "attainment", "notes"];

/**
 * The appendix's columns: Số TT | Nội dung chỉ tiêu | [ĐVT] | Chỉ tiêu | Kết quả | Tỷ lệ đạt được | Ghi chú, each
 * taken from the source column of that role (the unit column only when the source has one; none for the target or
 * result a table lacks; the notes from a notes column kept as the document's verdicts). Given the sheet, notes of a
 * short sentence each widen their column (up to 30) at the label's cost, so that they do not wrap to four lines, as
 * far as the label's own lines allow (`notesGain`).
 * Example: the sample gives six columns from A, B, C, D, E, F.
 */
export function appendixColumns(table: TableLayout, lang: Lang, sheet?: SheetAccess): AppendixColumn[] {
  const h = HEADERS[lang];
  const fallback: Record<AppendixRole, string> = {
    number: h.number,
    label: h.label,
    unit: lang === "vi" ? "Đơn vị tính" : "Unit",
    target: h.target,
    result: h.result,
    attainment: h.attainment,
    notes: h.notes,
  };
  const hasUnit = table.columns.unit !== undefined;
  // A table without a target (or a result) column holds the other in that role: the appendix leaves it blank under
  // the product's header, ready to be filled, rather than repeat the other column.
  const absent = absentRole(table);
  // A rate column of gaps (`gapsKept`) is not the rate: the product's rate stands under the product's header.
  // A notes column read as the status for the document's verdicts (`statusKept`) is still the document's notes.
  const notes = table.columns.notes ?? (table.statusKept ? table.columns.status : undefined);
  // Notes of a short sentence each ("Đã thu vượt dự toán cả năm") would wrap to four lines at the notes' width.
  const label = hasUnit ? LABEL_WITH_UNIT : WIDTHS.label;
  const wider = sheet ? Math.max(0, Math.min(NOTES_MOST, notesWidth(sheet, table, notes)) - WIDTHS.notes) : 0;
  // The label gives way only as far as its own lines allow: a label wrapped to two lines costs as much as a note.
  const roles = ROLES.filter((role) => role !== "unit" || hasUnit);
  const srcOf = (role: AppendixRole) =>
    role === absent || (role === "attainment" && table.gapsKept)
      ? undefined
      : role === "notes"
        ? notes
        : table.columns[role as keyof ColumnMapping];
  const others = roles
    .filter((role) => role !== "label" && role !== "notes")
    .map((role): [number | undefined, number] => [srcOf(role), WIDTHS[role]]);
  const gain =
    sheet && notes !== undefined && wider > 0
      ? notesGain(sheet, table, notes, { label, notes: WIDTHS.notes, others }, Math.min(wider, label - LABEL_LEAST))
      : 0;
  return roles.map((role) => ({
    role,
    src: srcOf(role),
    width: role === "label" ? label - gain : role === "notes" ? WIDTHS.notes + gain : WIDTHS[role],
    fallback: fallback[role],
  }));
}

/**
 * Text as the appendix shows it: NFC, each line trimmed, blank lines dropped (a blank line typed to push a
 * value down under a wrapped label is layout, not content). Example: `cleanText("Số\n\nTT") === "Số\nTT"`.
 */
export function cleanText(text: string): string {
  const nfc = toNFC(text);
  // Most cells are one line and trimmed: they come back as they are.
  if (!nfc.includes("\n") && nfc === nfc.trim()) return nfc;
  return nfc
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join("\n");
}
