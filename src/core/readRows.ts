import { rangeToA1, toA1 } from "./a1";
import { foldText, toNFC } from "./foldText";
import {
  alignChange,
  isChange,
  numberConvention,
  parseNumberText,
  parseValue,
  readInUnit,
  readScaledPair,
  percentScale,
  roundFloat,
  type NumberConvention,
} from "./parseValue";
import type { SheetAccess } from "./sheetAccess";
import type { CellValue, Direction, Indicator, ParsedValue, TableLayout, TableRow, Warning } from "./types";
import { depthOf, isRoman, romanPrefix } from "./hierarchy";
import { formatPlaces } from "./chooseDecimals";
import { leadOf } from "./findHeader";
import {
  readExcessNote,
  readLabelStandard,
  readStatedStandard,
  readTimeLimitShare,
  targetIsEstimate,
} from "./readLabelStandard";
import { readSentenceNumber } from "./readSentenceNumber";
import { isVerdictWithRate, readStatusWord } from "./readStatusWord";
import { readNoteOutcome } from "./readOutcomeList";
import { readStatementVerdict } from "./readStatementVerdict";
import { timeTargetBesideShare } from "./readTargetUnit";
import { readOpposite, readOppositeChange } from "./readOpposite";
import { readPolarity } from "./readPolarity";
import { markedStatus } from "./readStatusMarks";
import { lines, splitParts, type Cells } from "./splitParts";

/**
 * An indicator line before it is scored: what the sheet says, with target and result parsed. It is created with every
 * field of the indicator it becomes (`judgeIndicator` fills in the scores in place), so that a line is one object
 * from reading to the analysis; until then `target`, `result`, `unit` and `formulaSafe` hold what the reading found.
 */
export type IndicatorDraft = Omit<Indicator, "target" | "result" | "reportedGap" | "printedShare"> &
  DraftOnly & {
    target: ParsedValue;
    result: ParsedValue;
  };

/** What only the reading and judging need; let go (set to undefined) once the line is judged. */
export interface DraftOnly {
  /** Decimals the reported rate shows (from its text or number format), or null when blank or unknown. */
  reportedPlaces: number | null;
  /** The direction the row's polarity column states ("Low"), or null. */
  stated: Direction | null;
  /** The headings above the row, nearest first, and the section's label: context for the direction lexicon. */
  context: readonly string[];
  /** The previous period's result beside a target in words (`TableLayout.previousResult`), or null. */
  previous: number | null;
}

/** A row as read; an indicator row holds its draft, which judging turns into the indicator in place (row and all). */
export type DraftRow =
  Exclude<TableRow, { kind: "indicator" }> | { kind: "indicator"; row: number; indicator: IndicatorDraft };

const shown = (v: CellValue, scale: number): string =>
  v === null ? "" : typeof v === "number" ? String(roundFloat(v * scale)) : toNFC(String(v)).trim();

/** What a rate is a share of, after its figure: "KH", "kế hoạch (năm)", "so với KH", "NQ", "chỉ tiêu", "of target". */
const SHARE_OF =
  /(?<=%)\s*(so\s+(với\s+)?)?(kh|kế\s+hoạch(\s+năm)?|nq|nghị\s+quyết|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán|of\s+(the\s+)?(target|plan|budget))$/iu;

/** A previous period's figure on a row as a number in the result's units, or null. */
function previousFigure(sheet: SheetAccess, row: number, col: number): number | null {
  const v = parseValue(sheet.value(row, col), sheet.format(row, col));
  return v.kind === "number" ? v.value : null;
}

/** The attainment column's value in percent units when numeric, else its text, null when blank. */
function readReported(
  v: CellValue,
  format: string | null,
  convention: NumberConvention = null,
): number | string | null {
  if (v === null || v === "") return null;
  if (typeof v === "number") return roundFloat(v * percentScale(format));
  const text = toNFC(String(v)).trim();
  if (text === "") return null;
  // "đạt 105%", "bằng 81,7%": the rate with the word that states it; "105% KH", "98% so với kế hoạch", "(105%)":
  // with what it is a share of, or in brackets.
  const bare = text
    .replace(/^\((.*)\)$/u, "$1")
    .replace(/^(đạt được|đạt|bằng)\s+(?=\d)/iu, "")
    .replace(SHARE_OF, "");
  return parseNumberText(bare.replace(/\s*(\*+|\(\*+\)|\(\d{1,2}\)|\[\d{1,2}\])$/, ""), convention) ?? text;
}

/**
 * A sentence that is a completion and nothing more, folded: "this project was completed", "da hoan thanh", "target
 * has been achieved".
 */
const COMPLETED =
  /^((this|the) (project|goal|task|work|objective)( (was|is|has been))? |(du an|cong trinh|nhiem vu) (nay )?)?(da )?(completed|complete|hoan thanh)\.?$|^(the )?targets? (has|have) been (achieved|met)\.?$/;

/**
 * In a table of sentences (an OKR sheet), the figures the target and result sentences state, and the status words
 * the result opens with ("COMPLETE - 4:03 average …"); the figures only when both sentences hold one and they can be
 * compared (two equal bounds cannot), else the words alone decide.
 */
function readSentencePair(
  target: CellValue,
  result: CellValue,
): { target?: ParsedValue; result?: ParsedValue; status: string | null } | null {
  if (typeof target !== "string" || typeof result !== "string") return null;
  const lead = leadOf(result.normalize("NFC").trim());
  const status = readStatusWord(lead) ? lead : null;
  const t = readSentenceNumber(target);
  // The opening words are set aside only where they are a verdict ("COMPLETE - 4:03 …"), not a whole sentence.
  // A sentence that merely holds a verdict's words ("2155 requests attended to with 99% achieved on target.") keeps
  // its figure.
  const r =
    readSentenceNumber(status ? result.slice(lead.length) : result) ?? (status ? readSentenceNumber(result) : null);
  // A completion as the whole verdict ("This project was completed.", "Đã hoàn thành") is met.
  if (COMPLETED.test(foldText(result)))
    return { result: { kind: "qualitative", achieved: true, text: result }, status };
  if (!t || !r || (t.direction && r.direction && t.value === r.value)) return { status };
  // "… năm 2020 là 1,0" against figures up to "ước tính 2019 là 1,4": no result of the target's year yet.
  const year = latestYear(result);
  if (year > -Infinity && year < latestYear(target)) return { status };
  return { target: t, result: r, status };
}

/** The latest year a text names ("năm 2020", "2016-2020"), or -Infinity. */
const latestYear = (text: string) => Math.max(...[...text.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((m) => +m[0]));

/** A cell of the target, then "Actual:" and the result on the lines under it. */
const TARGET_THEN_ACTUAL = /^\s*(\S[\s\S]*?)\n\s*actual\s*:\s*(\S[\s\S]*?)\s*$/i;

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, " ").trim();

const multiLine = (v: CellValue) => typeof v === "string" && v.includes("\n");

/**
 * A result cell: a value, or the opposite word of what its label measures ("Xuất siêu" for "nhập siêu", "124%
 * increase" for a reduction).
 */
function readResult(p: Cells, format: string | null, convention: NumberConvention | undefined): ParsedValue {
  const v = parseValue(p.result, format, convention);
  if (v.kind === "number" && typeof p.result === "string") return readOppositeChange(p.label, p.result, v) ?? v;
  return v.kind === "text" ? (readOpposite(p.label, v.text) ?? v) : v;
}

/** Decimals a reported rate shows: typed text "102,5" → 1; a number by its format ("0.0"), else by its value. */
function shownPlaces(v: CellValue, format: string | null): number | null {
  if (typeof v === "number") {
    // Without a format the value's own decimals count (worked out later, only where needed).
    return format === null ? null : formatPlaces(format);
  }
  if (typeof v !== "string") return null;
  const m = /^[^\d]*\d+(?:[.,]\d{3})*(?:[.,](\d{1,2}|\d{4,}))?\s*%?\s*$/.exec(v.trim());
  return m ? (m[1]?.length ?? 0) : null;
}

/**
 * The number convention of a column, from its own text cells within the table; where they do not tell, a column whose
 * typed figures are all whole and shown in thousands ("#,##0") reads a lone "20,342" or "20.342" as thousands too.
 */
function columnConvention(sheet: SheetAccess, table: TableLayout, col: number | undefined): NumberConvention {
  if (col === undefined) return null;
  const texts: string[] = [];
  const values = sheet.grid.values;
  let whole = 0;
  let other = 0;
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const v = values[r]?.[col];
    if (typeof v === "string") texts.push(v);
    else if (typeof v === "number" && other === 0) {
      if (Number.isInteger(v) && Math.abs(v) >= 1000 && /#,##0(?![.0])/.test(sheet.format(r, col) ?? "")) whole++;
      else other++;
    }
  }
  const told = texts.length === 0 ? null : numberConvention(texts);
  if (told !== null || whole === 0 || other > 0) return told;
  const marks = texts.map((t) => /^\s*\d{1,3}([.,])\s?\d{3}\s*$/.exec(t)?.[1]).filter(Boolean);
  return marks.length > 0 && marks.every((m) => m === marks[0]) ? (marks[0] === "," ? "en" : "vi") : null;
}

/**
 * The status the document wrote for a row: its own cell's, or the verdict of a status cell merged down over several
 * lines ("Đạt chỉ tiêu đại hội" beside three lines), which speaks for each of them.
 */
function statusText(sheet: SheetAccess, row: number, col: number): string | null {
  const own = sheet.text(row, col);
  if (own !== "" || sheet.grid.merges.length === 0) return own || null;
  const m = sheet.merge(row, col);
  return m && m.left === col && m.right === col && m.top < row ? sheet.text(m.top, m.left) || null : null;
}

/** A row of text merged across the label and value columns (a caption or a section line), or null. */
function wideText(sheet: SheetAccess, row: number, table: TableLayout): string | null {
  const { columns } = table;
  const left = Math.min(columns.number ?? columns.label, columns.label, columns.target, columns.result);
  const right = Math.max(columns.target, columns.result);
  for (let c = 0; c <= left; c++) {
    const m = sheet.merge(row, c);
    if (m && m.top === row && m.left <= left && m.right >= right) return sheet.text(m.top, m.left) || null;
  }
  return null;
}

/** Whether the row's own cell in a reported column (rate, status) holds something; a cell merged down from a line
 * above (one verdict for a section) is that line's. */
function reportedAt(sheet: SheetAccess, row: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  const m = sheet.merge(row, col);
  if (m && m.top !== row) return false;
  const v = sheet.value(row, col);
  return v !== null && v !== "";
}

/** Whether a cell right of the label, other than the unit, notes and the table's own columns, holds something. */
function filledBeside(sheet: SheetAccess, row: number, table: TableLayout): boolean {
  const { columns } = table;
  const own = new Set([columns.label, columns.number, columns.unit, columns.notes, columns.target, columns.result]);
  for (let c = columns.label + 1; c <= table.lastColumn; c++) {
    if (own.has(c)) continue;
    const v = sheet.value(row, c);
    if (v !== null && v !== "") return true;
  }
  return false;
}

/** How many words make a note a statement of its own, or a label a sentence: more than a heading's caption. */
const SENTENCE_WORDS = 6;

const wordCount = (text: string) => text.trim().split(/\s+/).length;

/**
 * A row without figures that is a line giving none, not a heading: its own note is a statement ("The Director
 * General … has introduced new arrangements for dealing with the high levels of staff sickness."), which a heading
 * does not carry; or its label is a sentence closed by a full stop ("Publicise ways to make a complaint …."), as the
 * line above it is (a list of promises, each a sentence), where a heading is a caption.
 */
function lineWithoutFigures(out: readonly DraftRow[], label: string, notes: string): boolean {
  if (label === "") return false;
  if (notes !== "" && /[.!?]$/.test(notes) && wordCount(notes) >= SENTENCE_WORDS) return true;
  const previous = out[out.length - 1];
  const sentence = (text: string) =>
    /\p{Ll}[.!?]$/u.test(text) && !text.endsWith("...") && wordCount(text) >= SENTENCE_WORDS;
  return previous?.kind === "indicator" && sentence(label) && sentence(previous.indicator.label);
}

/** Whether a line's note gives its verdict: a few words ("on target") or a sentence judging the target. */
const noteJudges = (notes: string): boolean =>
  notes !== "" && (readNoteOutcome(notes) !== null || readStatementVerdict(notes) !== null);

/**
 * The table's last line, without figures, lettered next after the line above ("(c) …" under "(b) …"): a heading
 * there would head nothing, so it is a line of the run that gives no figures.
 */
function lastOfLetters(out: readonly DraftRow[], row: number, table: TableLayout, label: string): boolean {
  const previous = out[out.length - 1];
  if (row !== table.lastRow || previous?.kind !== "indicator") return false;
  const letter = (text: string) => /^\(?([a-z])\)/.exec(text)?.[1]?.charCodeAt(0) ?? -1;
  const before = letter(previous.indicator.label);
  return before >= 0 && letter(label) === before + 1;
}

/**
 * Reads the table's rows in order: Roman numerals open sections, rows with neither target nor result (nor figures
 * of other periods, nor a reported rate or status of their own) are group headings, every other row is an indicator (one per line of a multi-line cell). A
 * note merged across the target and result columns makes an indicator that is not evaluated.
 */
export function readRows(sheet: SheetAccess, table: TableLayout, warnings: Warning[]): DraftRow[] {
  const { columns } = table;
  const out: DraftRow[] = [];
  let section: string | null = null;
  const sectionKeys = new Set<string>();
  let previousDepth = 0;
  // Labels of the open headings by depth, so a short label ("+ Cá nhân:") can be named with its group.
  let headings: string[] = [];
  let context: readonly string[] = [];
  let sectionLabel = "";
  const skip = new Set(table.skipRows ?? []);
  const heads = new Set(table.blockHeads ?? []);
  // Each column by its own cells; a column whose cells do not tell follows the table's other number columns.
  const own = [columns.target, columns.result, columns.attainment].map((c) => columnConvention(sheet, table, c));
  const shared = own.includes("vi") === own.includes("en") ? null : own.includes("vi") ? "vi" : "en";
  const [targetConvention, resultConvention, reportedConvention] = own.map((c) => c ?? shared);
  const estimates = targetIsEstimate(table);
  // The first block's caption rows, above the header, are read first; then the table's rows.
  const lead = table.captionRows ?? [];
  const count = lead.length + table.lastRow - table.firstRow + 1;
  for (let i = 0; i < count; i++) {
    const row = i < lead.length ? lead[i]! : table.firstRow + i - lead.length;
    if (skip.has(row)) continue;
    const wide = sheet.grid.merges.length > 0 ? wideText(sheet, row, table) : null;
    const number = wide !== null ? "" : columns.number !== undefined ? sheet.text(row, columns.number) : "";
    const label = wide ?? sheet.text(row, columns.label);
    const merge = sheet.merge(row, columns.target);
    // A target in words merged down over several results ("Deliver DTA specific products …" over four) is each one's.
    const over =
      merge && merge.top < row && merge.top >= table.firstRow && merge.left === merge.right
        ? sheet.value(merge.top, merge.left)
        : null;
    const spanned = typeof over === "string" && parseValue(over).kind === "text" ? over : null;
    // Next period's targets are not the results' targets: the lines have none.
    const target = table.targetNextPeriod || table.noTarget ? null : (spanned ?? sheet.value(row, columns.target));
    const result = table.noResult ? null : sheet.value(row, columns.result);
    // A merge that also covers the label is a heading written across the table, not a note in place of values.
    const mergedNote =
      merge &&
      merge.left > columns.label &&
      merge.left <= Math.min(columns.target, columns.result) &&
      merge.right >= Math.max(columns.target, columns.result)
        ? sheet.text(merge.top, merge.left)
        : null;
    // Where the label is the target (verdicts only), a line holding its label alone heads the lines under it.
    const labelOnly = columns.target === columns.label && !filledBeside(sheet, row, table);
    const blankValues = (target === null || target === "" || labelOnly) && (result === null || result === "");
    if (!number && !label && blankValues && !mergedNote) continue;

    // A block's caption heads its lines as a Roman section does, keyed by its words.
    const caption = heads.has(row);
    const roman = caption ? null : isRoman(number) ? number.replace(/\.$/, "") : !number ? romanPrefix(label) : null;
    if ((caption || roman) && blankValues && !mergedNote) {
      const name = roman ?? label;
      // A numeral (or caption) used twice (two tables stacked on one sheet) still names two sections.
      section = sectionKeys.has(name) ? `${name} (${sectionKeys.size + 1})` : name;
      sectionKeys.add(section);
      out.push(
        caption
          ? { kind: "section", row, key: section, number, label, caption: true }
          : { kind: "section", row, key: section, number: number || name, label },
      );
      previousDepth = 0;
      headings = [];
      sectionLabel = label;
      context = [label];
      continue;
    }
    const depth = depthOf(number, label, previousDepth);
    previousDepth = depth;
    // A line with figures for other periods only ("2009/10 … 2012/13", none for the pair compared) is an indicator
    // that cannot be evaluated, not a heading.
    const otherFigures = blankValues && !!table.otherPeriods?.some((c) => typeof sheet.value(row, c) === "number");
    // So is a line whose rate or status the document gives without the figures ("Thu ngân sách | | | 145"), or
    // with its unit and a figure in another column ("Doanh thu | tỷ đồng | | | tăng 4%"): a group heading has
    // neither (a unit alone may head the lines that share it).
    const reportedOnly =
      blankValues &&
      (reportedAt(sheet, row, columns.attainment) ||
        reportedAt(sheet, row, columns.status) ||
        (reportedAt(sheet, row, columns.unit) && filledBeside(sheet, row, table)) ||
        // Or whose own note of a few words gives its verdict ("Planning applications | | | all above the target").
        (columns.notes !== undefined && label !== "" && noteJudges(sheet.text(row, columns.notes))));
    if (
      blankValues &&
      !mergedNote &&
      !otherFigures &&
      !reportedOnly &&
      !lastOfLetters(out, row, table, label) &&
      !lineWithoutFigures(out, label, columns.notes !== undefined ? sheet.text(row, columns.notes) : "")
    ) {
      out.push({ kind: "heading", row, number, label, depth });
      headings = [...headings.slice(0, depth), label];
      context = sectionLabel ? [label, sectionLabel] : [label];
      continue;
    }
    let parent = "";
    for (let h = Math.min(depth, headings.length) - 1; h >= 0 && !parent; h--) parent = headings[h] ?? "";
    const notes = columns.notes !== undefined ? sheet.text(row, columns.notes) : "";
    const targetScale = percentScale(sheet.format(row, columns.target));
    const resultScale = percentScale(sheet.format(row, columns.result));
    const reportedFormat = columns.attainment !== undefined ? sheet.format(row, columns.attainment) : null;
    // With no rate column, a verdict with its excess ("Vượt 38,07%") in the status column is the rate in words too.
    const reportedCell =
      columns.attainment !== undefined
        ? sheet.value(row, columns.attainment)
        : columns.status !== undefined && isVerdictWithRate(sheet.text(row, columns.status))
          ? sheet.text(row, columns.status)
          : null;
    const unit = columns.unit !== undefined ? sheet.text(row, columns.unit) || null : null;
    const reportedStatusText = table.statusMarks
      ? markedStatus(sheet, row, table.statusMarks)
      : columns.status !== undefined
        ? statusText(sheet, row, columns.status)
        : null;
    const stated = table.directionColumn !== undefined ? readPolarity(sheet.text(row, table.directionColumn)) : null;

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
        indicator: {
          row,
          part: 0,
          parts: 1,
          section,
          number,
          label,
          depth,
          targetText: mergedNote,
          resultText: "",
          target: { kind: "text", text: mergedNote },
          result: { kind: "blank" },
          // Filled in by judging: here so that a line keeps one shape from its reading on.
          direction: "higher",
          exact: null,
          attainment: null,
          status: "notEvaluated",
          reported: readReported(reportedCell, reportedFormat, reportedConvention),
          discrepancy: false,
          mergedNote,
          notes,
          parent,
          formulaSafe: false,
          targetScale,
          resultScale,
          unit,
          percent: false,
          directionSource: "default",
          method: "ratio",
          capped: false,
          decimals: 0,
          reportedStatus: null,
          reportedStatusText,
          statusDiscrepancy: false,
          parentRow: null,
          reportedPlaces: shownPlaces(reportedCell, reportedFormat),
          stated,
          context,
          previous: null,
        },
      });
      continue;
    }
    // "Average 7 times per annum↵Actual: 7.6 cuts have been achieved.": the year's target and its actual typed in one
    // cell ("Target and Report on Performance"): the lines before "Actual:" are the target, both read as sentences.
    const actual = typeof result === "string" && result.includes("ctual") ? TARGET_THEN_ACTUAL.exec(result) : null;
    if (actual)
      warnings.push({
        code: "targetInResultCell",
        address: toA1(row, columns.result),
        row,
        params: { row: row + 1, target: oneLine(actual[1]!), result: oneLine(actual[2]!) },
      });
    const cells: Cells = actual
      ? { target: oneLine(actual[1]!), result: oneLine(actual[2]!), reported: reportedCell, label }
      : { target, result, reported: reportedCell, label };
    // Most rows are one line: no list of parts is made for them.
    const parts = multiLine(cells.target) || multiLine(cells.result) ? splitParts(cells, row, columns, warnings) : null;
    const count = parts ? parts.length : 1;
    for (let part = 0; part < count; part++) {
      const p = parts ? parts[part]! : cells;
      const sentences = table.wordsOnly || actual ? readSentencePair(p.target, p.result) : null;
      const single = count === 1;
      let parsedTarget =
        sentences?.target ?? parseValue(p.target, single ? sheet.format(row, columns.target) : null, targetConvention);
      let parsedResult =
        sentences?.result ?? readResult(p, single ? sheet.format(row, columns.result) : null, resultConvention);
      // "136 tỷ" on a line in "Tỷ đồng" is 136: the multiplier is the unit repeated.
      if (unit !== null && parsedResult.kind === "text")
        parsedResult = readInUnit(parsedResult.text, unit, resultConvention) ?? parsedResult;
      if (unit !== null && parsedTarget.kind === "text")
        parsedTarget = readInUnit(parsedTarget.text, unit, targetConvention) ?? parsedTarget;
      // "1M" against "1.6M": each side's multiplier tells its scale.
      if (parsedTarget.kind === "text" && parsedResult.kind === "text")
        [parsedTarget, parsedResult] = readScaledPair(
          parsedTarget.text,
          parsedResult.text,
          targetConvention,
          resultConvention,
        ) ?? [parsedTarget, parsedResult];
      // Beside a target column of estimates, a bound the label states ("at or below 8.5%") is the standard.
      const standard = estimates && parsedTarget.kind === "number" ? readLabelStandard(label) : null;
      if (standard) {
        warnings.push({
          code: "targetFromLabel",
          address: toA1(row, columns.target),
          row,
          params: { row: row + 1, target: sheet.text(row, columns.target), label },
        });
        parsedTarget = standard;
      }
      // No target typed ("", "N/A") and the label states one ("… no more than six weeks"): that standard, said so.
      const inLabel =
        !standard && single && parsedResult.kind === "number" && noTargetTyped(parsedTarget)
          ? readStatedStandard(label, resultIsShare(sheet.format(row, columns.result), unit))
          : null;
      if (inLabel) {
        warnings.push({
          code: "targetInLabel",
          address: toA1(row, columns.target),
          row,
          params: { row: row + 1, label },
        });
        parsedTarget = inLabel;
      }
      // A time limit the label names ("within 7 working days") as the target of a share in percent: all within it.
      const limit =
        single && typeof p.target === "string"
          ? readTimeLimitShare(label, p.target, sheet.format(row, columns.result))
          : null;
      if (limit) {
        warnings.push({
          code: "targetTimeLimit",
          address: toA1(row, columns.target),
          row,
          params: { row: row + 1, target: sheet.text(row, columns.target) },
        });
        parsedTarget = limit;
      }
      // A target of a time with no share ("At least 4 business days written notice") beside a share (96 %): the
      // standard names the notice, not how many must have it; not comparable.
      const typed = typeof p.target === "string" ? p.target : null;
      const time =
        !limit && single && parsedTarget.kind === "number" && typed !== null
          ? timeTargetBesideShare(typed, sheet.format(row, columns.result), p.result)
          : null;
      if (time && parsedTarget.kind === "number")
        parsedTarget = {
          kind: "text",
          text: toNFC(typed!).trim(),
          otherUnit: time,
          ...(parsedTarget.direction ? { direction: parsedTarget.direction } : {}),
        };
      // No target typed, the excess over it in the comment ("vượt 333 hộ so với chỉ tiêu tỉnh giao") and a printed
      // rate that bears it out (693 / 360 = 192,5 %): the target is the result less the excess, said so.
      const excess =
        notes !== "" && single && parsedTarget.kind === "blank" && parsedResult.kind === "number"
          ? readExcessNote(notes, targetConvention)
          : null;
      if (excess !== null && parsedResult.kind === "number" && parsedResult.value > excess) {
        const base = parsedResult.value - excess;
        const printed = readReported(p.reported, reportedFormat, reportedConvention);
        if (typeof printed === "number" && Math.abs((parsedResult.value / base) * 100 - printed) < 0.05) {
          warnings.push({
            code: "targetFromNote",
            address: toA1(row, columns.target),
            row,
            params: { row: row + 1, text: notes },
          });
          parsedTarget = { kind: "number", value: roundFloat(base) };
        }
      }
      // Most values carry no note: the checks below are skipped for them.
      if ("note" in parsedTarget || "note" in parsedResult) {
        if (isChange(parsedTarget) !== isChange(parsedResult))
          [parsedTarget, parsedResult] = alignChange(parsedTarget, parsedResult);
        // A result written as a level ("giảm còn 3,8%") is its figure; only a target's words ask for a side.
        if (parsedResult.kind === "number" && parsedResult.note === "level")
          parsedResult = { kind: "number", value: parsedResult.value };
      }
      out.push({
        kind: "indicator",
        row,
        // Every field written out in one literal (no spread) keeps all drafts one compact shape.
        indicator: {
          row,
          part,
          parts: count,
          section,
          number,
          label: p.label,
          depth,
          targetText: p.targetShown?.normalize("NFC").trim() ?? shown(p.target, single ? targetScale : 1),
          resultText: p.resultShown?.normalize("NFC").trim() ?? shown(p.result, single ? resultScale : 1),
          target: parsedTarget,
          result: parsedResult,
          // Filled in by judging, as in the note's line above.
          direction: "higher",
          exact: null,
          attainment: null,
          status: "notEvaluated",
          reported: readReported(p.reported, single ? reportedFormat : null, reportedConvention),
          discrepancy: false,
          mergedNote: null,
          notes,
          parent,
          formulaSafe: single && typeof p.target === "number" && typeof p.result === "number",
          targetScale,
          resultScale,
          unit,
          percent: false,
          directionSource: "default",
          method: "ratio",
          capped: false,
          decimals: 0,
          reportedStatus: null,
          reportedStatusText:
            sentences?.status ??
            (single ? reportedStatusText : (lines(reportedStatusText)?.[part] ?? reportedStatusText)),
          statusDiscrepancy: false,
          parentRow: null,
          reportedPlaces: shownPlaces(p.reported, single ? reportedFormat : null),
          stated,
          context,
          previous:
            table.previousResult !== undefined && parsedTarget.kind === "text" && single
              ? previousFigure(sheet, row, table.previousResult)
              : null,
        },
      });
    }
  }
  return out;
}

/** A target cell holding none: blank, or "N/A", "n/a", "not applicable". */
function noTargetTyped(target: ParsedValue): boolean {
  return target.kind === "blank" || (target.kind === "text" && /^\s*(?:n\/?a|not applicable)\s*$/i.test(target.text));
}

/** Whether a line's result is a share: formatted in percent, or in a unit of "%". */
function resultIsShare(format: string | null, unit: string | null): boolean {
  return (format?.includes("%") ?? false) || (unit !== null && unit.trim() === "%");
}
