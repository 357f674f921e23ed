import { toA1 } from "./a1";
import { headerOf } from "./headerOf";
import { numberOf } from "./parseValue";
import { foldText } from "./foldText";
import { inferDirection } from "./inferDirection";
import type { DraftRow, IndicatorDraft } from "./readRows";
import type { TableLayout, Warning } from "./types";

/** A figure as typed in a note: "5.094" and "5,094" are thousands when grouped by three, else a decimal comma. */
function readNoteNumber(text: string): number {
  if (/^\d{1,3}([.,]\d{3})+$/.test(text)) return Number(text.replace(/[.,]/g, ""));
  return Number(text.replace(",", "."));
}

const FRACTION = /\((\d[\d.,]*)\s*\/\s*(\d[\d.,]*)\)/;

/**
 * The figures a note gives as "(result/target)" when they differ from the line's own, or null: "(5.094/4000)"
 * beside 5.049 against 4.000 names 5.094. Only a note that repeats one of the two figures is read so.
 * Example: `noteFraction("(5.094/4000) so với chỉ tiêu", 4000, 5049)` → "5.094/4000".
 */
export function noteFraction(note: string, target: number | null, result: number | null): string | null {
  if (target === null || result === null || !note.includes("/")) return null;
  const m = FRACTION.exec(note);
  if (!m) return null;
  const [a, b] = [readNoteNumber(m[1]!), readNoteNumber(m[2]!)];
  const sameTarget = b === target;
  const sameResult = a === result;
  return sameTarget !== sameResult ? `${m[1]}/${m[2]}` : null;
}

const TARGET_COUNT =
  /^(so (cac )?chi tieu|number of (targets|indicators|kpis))\b|\((so )?(chi tieu|targets|indicators|kpis)\)$/;
const TARGET_UNIT = /^(chi tieu|targets?|indicators?|kpis?)$/;

/**
 * Whether a line counts targets rather than measuring an amount: its label says so ("Văn hóa - xã hội (chỉ tiêu)",
 * "Số chỉ tiêu đạt", "Number of targets met") or its unit is "chỉ tiêu" / "targets".
 * Example: `countsTargets("Kinh tế (chỉ tiêu)", null)` → true; `countsTargets("Kết nạp đảng viên", "người")` → false.
 */
export function countsTargets(label: string, unit: string | number | null | undefined): boolean {
  return (
    (mayCountTargets(label) && TARGET_COUNT.test(foldText(label))) ||
    (typeof unit === "string" && TARGET_UNIT.test(foldText(unit)))
  );
}

/**
 * Whether a label may match TARGET_COUNT once folded: it must hold ")" or fold to a text starting with "s" or "n".
 * Most labels ("- Chỉ tiêu số 1") do neither and are not folded at all.
 */
function mayCountTargets(label: string): boolean {
  if (label.includes(")")) return true;
  const first = foldedFirst(label);
  return first === "s" || first === "n";
}

/** The first character of a text once folded ("  Số" → "s"), or "" when it folds to nothing. */
function foldedFirst(text: string): string {
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    const folded = code < 128 ? c.toLowerCase() : foldText(c);
    if (folded !== "") return folded.charAt(0);
  }
  return "";
}

/** A column saying when each goal is due ("Target Date", "Due date", "Deadline", "Thời hạn"). */
const DUE_HEADER = /\b(date|deadline|thoi han)\b/;

/** The last year a period header ends in: "2019/20" → 2020, "2023" → 2023; null without a year. */
function endYear(text: string): number | null {
  let last: number | null = null;
  for (const m of text.matchAll(/((?:19|20)\d{2})(?:\s*[/-]\s*(\d{4}|\d{2})(?!\d))?/g)) {
    const end = m[2] ? Number(m[2].length === 2 ? m[1]!.slice(0, 2) + m[2] : m[2]) : Number(m[1]);
    last = Math.max(last ?? end, end);
  }
  return last;
}

/**
 * Checks across the lines read, before judging: the same result against another target on the next line (one
 * share against the Government's and the province's targets), a note whose "(result/target)" differs from the
 * line's figures, and a count of targets short of its own ("9/10 chỉ tiêu"). Each is a warning naming the cell;
 * nothing is changed.
 */
export function auditDrafts(draftRows: readonly DraftRow[], table: TableLayout, warnings: Warning[]): void {
  let previous: IndicatorDraft | null = null;
  const notes = table.columns.notes;
  // A goal due after the result's period ("2030" under "Target Date" beside 2019/20) is not yet a verdict; a blank
  // cell under a date (merged down over a group) keeps it.
  const resultYear =
    notes !== undefined && DUE_HEADER.test(foldText(headerOf(table, notes)))
      ? endYear(headerOf(table, table.columns.result))
      : null;
  let due: number | null = null;
  for (let i = 0; i < draftRows.length; i++) {
    const r = draftRows[i]!;
    if (r.kind !== "indicator") {
      previous = null;
      due = null;
      continue;
    }
    const d = r.indicator;
    if (resultYear !== null) {
      if (d.notes.trim() !== "") due = Number(/^((?:19|20)\d{2})(?!\d)/.exec(d.notes.trim())?.[1] ?? NaN) || null;
      if (due !== null && due > resultYear && d.targetText !== "")
        warnings.push({
          code: "goalDueLater",
          address: toA1(d.row, notes!),
          row: d.row,
          params: { row: d.row + 1, due: String(due), result: headerOf(table, table.columns.result) },
        });
    }
    if (
      previous &&
      d.parts === 1 &&
      d.resultText !== "" &&
      d.resultText === previous.resultText &&
      d.label === previous.label &&
      d.targetText !== previous.targetText
    ) {
      warnings.push({
        code: "secondTarget",
        address: toA1(d.row, table.columns.target),
        row: d.row,
        params: { row: d.row + 1, previous: previous.row + 1, target: d.targetText, other: previous.targetText },
      });
    }
    const target = numberOf(d.target);
    const result = numberOf(d.result);
    if (d.notes) {
      const fraction = noteFraction(d.notes, target, result);
      if (fraction && table.columns.notes !== undefined)
        warnings.push({
          code: "noteFigures",
          address: toA1(d.row, table.columns.notes),
          row: d.row,
          params: { row: d.row + 1, note: fraction, target: d.targetText, result: d.resultText },
        });
    }
    // "9 / 10 chỉ tiêu": one of the field's targets was missed, and the table does not say which.
    if (target !== null && result !== null && result < target && countsTargets(d.label, d.unit))
      warnings.push({
        code: "targetsCountShort",
        address: toA1(d.row, table.columns.result),
        row: d.row,
        params: { row: d.row + 1, target: d.targetText, result: d.resultText },
      });
    const verdict = target !== null && result !== null ? LABEL_MET.exec(d.label) : null;
    // The label's direction is read only for a label that states a verdict (the lexicon is not free per line).
    const lower =
      verdict !== null &&
      (d.stated === "lower" || (d.stated === null && inferDirection(d.label)?.direction === "lower"));
    if (verdict && (lower ? result! > target! : result! < target!))
      warnings.push({
        code: "labelVerdict",
        address: toA1(d.row, table.columns.label),
        row: d.row,
        params: { row: d.row + 1, verdict: verdict[0].trim(), target: d.targetText, result: d.resultText },
      });
    previous = d;
  }
}

/** A label that says its line met the target ("… is within target", "… met target"), to check against the figures. */
const LABEL_MET = /\b(?:is |was )?(?:within|met) (?:the )?targets?\b/i;
