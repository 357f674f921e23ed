import { toA1, rangeToA1 } from "./a1";
import { parseNumberText, parseValue, percentScale, roundFloat } from "./parseValue";
import type { SheetAccess } from "./sheetAccess";
import type { CellValue, Indicator, ParsedValue, TableLayout, TableRow, Warning } from "./types";
import { depthOf, isRoman, romanPrefix } from "./hierarchy";

/** An indicator line before it is scored: what the sheet says, with target and result parsed. */
export type IndicatorDraft = Pick<
  Indicator,
  | "row"
  | "part"
  | "parts"
  | "section"
  | "number"
  | "label"
  | "depth"
  | "targetText"
  | "resultText"
  | "targetScale"
  | "resultScale"
  | "reported"
  | "mergedNote"
  | "notes"
  | "formulaSafe"
  | "parent"
> & { target: ParsedValue; result: ParsedValue };

export type DraftRow =
  Exclude<TableRow, { kind: "indicator" }> | { kind: "indicator"; row: number; draft: IndicatorDraft };

const lines = (v: CellValue): string[] | null =>
  typeof v === "string" && v.includes("\n")
    ? v
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "")
    : null;

const shown = (v: CellValue, scale: number): string =>
  v === null ? "" : typeof v === "number" ? String(roundFloat(v * scale)) : String(v).normalize("NFC").trim();

/** The attainment column's value in percent units when numeric, else its text, null when blank. */
function readReported(v: CellValue, format: string | null): number | string | null {
  if (v === null || v === "") return null;
  if (typeof v === "number") return roundFloat(v * percentScale(format));
  const text = String(v).normalize("NFC").trim();
  if (text === "") return null;
  return parseNumberText(text) ?? text;
}

interface Cells {
  target: CellValue;
  result: CellValue;
  reported: CellValue;
  label: string;
}

/** Splits a row into its lines when the target and result cells hold one indicator per line ("95\n50" / "100\n80"). */
function splitParts(cells: Cells, row: number, targetCol: number, warnings: Warning[]): Cells[] {
  const t = lines(cells.target);
  const r = lines(cells.result);
  if (!t && !r) return [cells];
  const tn = t?.length ?? 1;
  const rn = r?.length ?? 1;
  if (tn !== rn || tn < 2) {
    if (tn !== rn) {
      warnings.push({
        code: "partsMismatch",
        address: toA1(row, targetCol),
        row,
        params: { targets: tn, results: rn },
      });
    }
    return [cells];
  }
  const labels = cells.label
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const reported = lines(cells.reported);
  return t!.map((line, i) => ({
    target: line,
    result: r![i]!,
    reported: reported ? (reported[i] ?? null) : i === 0 ? cells.reported : null,
    label: labels.length === tn ? labels[i]! : i === 0 ? cells.label : `${labels[0] ?? cells.label} (${i + 1})`,
  }));
}

/**
 * Reads the table's rows in order: Roman numerals open sections, rows with neither target nor result are
 * group headings, every other row is an indicator (one per line of a multi-line cell). A note merged across the
 * target and result columns makes an indicator that is not evaluated.
 */
export function readRows(sheet: SheetAccess, table: TableLayout, warnings: Warning[]): DraftRow[] {
  const { columns } = table;
  const out: DraftRow[] = [];
  let section: string | null = null;
  const sectionKeys = new Set<string>();
  let previousDepth = 0;
  // Labels of the open headings by depth, so a short label ("+ Cá nhân:") can be named with its group.
  let headings: string[] = [];
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    const number = columns.number !== undefined ? sheet.text(row, columns.number) : "";
    const label = sheet.text(row, columns.label);
    const target = sheet.value(row, columns.target);
    const result = sheet.value(row, columns.result);
    const merge = sheet.merge(row, columns.target);
    const mergedNote =
      merge &&
      merge.left <= Math.min(columns.target, columns.result) &&
      merge.right >= Math.max(columns.target, columns.result)
        ? sheet.text(merge.top, merge.left)
        : null;
    const blankValues = (target === null || target === "") && (result === null || result === "");
    if (!number && !label && blankValues && !mergedNote) continue;

    const roman = isRoman(number) ? number.replace(/\.$/, "") : !number ? romanPrefix(label) : null;
    if (roman && blankValues && !mergedNote) {
      // A numeral used twice (two tables stacked on one sheet) still names two sections.
      section = sectionKeys.has(roman) ? `${roman} (${sectionKeys.size + 1})` : roman;
      sectionKeys.add(section);
      out.push({ kind: "section", row, key: section, number: number || roman, label });
      previousDepth = 0;
      headings = [];
      continue;
    }
    const depth = depthOf(number, label, previousDepth);
    previousDepth = depth;
    if (blankValues && !mergedNote) {
      out.push({ kind: "heading", row, number, label, depth });
      headings = [...headings.slice(0, depth), label];
      continue;
    }
    const parent = headings.slice(0, depth).filter(Boolean).at(-1) ?? "";
    const notes = columns.notes !== undefined ? sheet.text(row, columns.notes) : "";
    const targetScale = percentScale(sheet.format(row, columns.target));
    const resultScale = percentScale(sheet.format(row, columns.result));
    const reportedFormat = columns.attainment !== undefined ? sheet.format(row, columns.attainment) : null;
    const reportedCell = columns.attainment !== undefined ? sheet.value(row, columns.attainment) : null;

    if (mergedNote !== null) {
      warnings.push({
        code: "mergedNote",
        address: rangeToA1(merge!),
        row,
        params: { text: mergedNote.replace(/\s+/g, " ") },
      });
      out.push({
        kind: "indicator",
        row,
        draft: {
          row,
          part: 0,
          parts: 1,
          section,
          number,
          label,
          depth,
          target: { kind: "text", text: mergedNote },
          result: { kind: "blank" },
          targetText: mergedNote,
          resultText: "",
          targetScale,
          resultScale,
          reported: readReported(reportedCell, reportedFormat),
          mergedNote,
          notes,
          parent,
          formulaSafe: false,
        },
      });
      continue;
    }
    const cells = { target, result, reported: reportedCell, label };
    const parts = splitParts(cells, row, columns.target, warnings);
    for (let part = 0; part < parts.length; part++) {
      const p = parts[part]!;
      const single = parts.length === 1;
      out.push({
        kind: "indicator",
        row,
        // Every field written out in one literal (no spread) keeps all drafts one compact shape.
        draft: {
          row,
          part,
          parts: parts.length,
          section,
          number,
          label: p.label,
          depth,
          target: parseValue(p.target, single ? sheet.format(row, columns.target) : null),
          result: parseValue(p.result, single ? sheet.format(row, columns.result) : null),
          targetText: shown(p.target, single ? targetScale : 1),
          resultText: shown(p.result, single ? resultScale : 1),
          targetScale,
          resultScale,
          reported: readReported(p.reported, single ? reportedFormat : null),
          mergedNote: null,
          notes,
          parent,
          formulaSafe: single && typeof p.target === "number" && typeof p.result === "number",
        },
      });
    }
  }
  return out;
}
