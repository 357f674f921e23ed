import { foldText } from "./foldText";
import { parseValue } from "./parseValue";
import { readHeader, wordsBesideNames, type HeaderReading, type HeaderRole } from "./matchHeader";
import { assignRest, directionColumn, nearestOfSeveral, periodColumnsPair } from "./assignColumns";
import { figuresAsTarget, labelAsTarget, sentencesAsResult, statusAmongOthers, wordsAsResult } from "./pickByCells";
import { CHANGE_CELL, earlierOnlyPair } from "./pickEarlierPair";
import { pickPeriodPair } from "./pickPeriodPair";
import { isPeriodOnly, isShortYearPair } from "./readPeriodHeader";
import { readStatusWord } from "./readStatusWord";
import { statusFiguresAsResult } from "./readStatusFigures";
import type { SheetAccess } from "./sheetAccess";
import type { ColumnRole } from "./types";

/** How many rows a header may span: group rows ("Năm 2023", "Kết quả") over the column names. */
const MAX_HEADER_ROWS = 4;

/** What the header says about one column. */
export interface ColumnHeader {
  col: number;
  /** Every header text of the column, top to bottom, group cells included ("Năm 2023 Kế hoạch (%)"). */
  text: string;
  /** The reading that gave the column its roles: its own cell's, else the group cell's above it. */
  reading: HeaderReading;
  year: number | null;
  period: string;
  unit: string | null;
}

/** A header block: its rows, the role of each column, and what was assumed in choosing them. */
export interface HeaderBlock {
  top: number;
  bottom: number;
  columns: Partial<Record<ColumnRole, number>>;
  headers: Map<number, ColumnHeader>;
  /** Target and result columns of other periods, left aside ("Thực hiện 2022" beside the 2023 pair). */
  otherPeriods: number[];
  /** The header of a table of sentences and status words. */
  wordsOnly?: boolean;
  /** The column named as the target ("Chỉ tiêu") whose cells are labels; the target was taken from the values. */
  targetFromValues?: number;
  /** A column that says which way is better ("Polarity": High / Low). */
  direction?: number;
  /** The target column is of the period after the result's: the results have no target shown. */
  targetNextPeriod?: true;
  /** No target column: a result and its rate only (see `rateOnlyPair`). */
  noTarget?: true;
  /** No result column: the targets only, a plan (see `targetOnlyPair`). */
  noResult?: true;
  /** A label and years only (see `yearsOnlyPair`): a table only below another one. */
  yearsOnly?: true;
  /** The target is an unnamed column of bounds beside the years ("Baseline": "<=25%"; see `boundsAsTarget`). */
  targetFromBounds?: true;
}

/** Texts that never sit in a header: dates, signatures, agency lines and mottos. */
const NOT_HEADER = /(\bngay\b.*\bthang\b.*\bnam\b|^(uy ban|ubnd|cong hoa|doc lap|nguoi lap|thu truong|noi nhan))/;
/** Agency lines in capitals ("SỞ Y TẾ", "BỘ TÀI CHÍNH"), as typed. */
const AGENCY = /^(SỞ|BỘ|TỔNG CỤC|CỤC|ỦY BAN|UỶ BAN|UBND|ĐẢNG BỘ|BỆNH VIỆN|TRƯỜNG)\s/u;

/** A header ending in a shortened word ("FY 2022-23 YE Proj.", "Est."). */
const ABBREVIATED = /(^|[^\p{L}])\p{L}{1,5}\.$/u;

/** A value that belongs to a data row rather than a header: a number (other than a year, typed or as text), a
 * numeral, a list mark. */
function isDataLike(v: unknown, text: string): boolean {
  if (typeof v === "number") return !(Number.isInteger(v) && v >= 1900 && v <= 2100);
  if (typeof v !== "string") return true;
  if (/^(19|20)\d\d$/.test(text.trim())) return false;
  // A figure typed as text ("98%", "97.5 %", "£1,200") is a value, not a header word.
  if (/^[+-]?[£$€]?\s*\d[\d.,]*\s*%?$/.test(text.trim())) return true;
  return /^([IVXLC]+|\d+([.,]\d+)*|[a-zđ])[.)]?$/i.test(text) || /^[-+•]\s/.test(text);
}

/** The text at a cell for header purposes: a merged area's text belongs to every cell under it. */
function cellText(sheet: SheetAccess, r: number, c: number): { text: string; group: boolean; vertical: boolean } {
  const m = sheet.merge(r, c);
  if (!m) return { text: sheet.text(r, c), group: false, vertical: false };
  return { text: sheet.text(m.top, m.left), group: m.left !== m.right, vertical: m.bottom > r };
}

/**
 * Whether a row can be part of a header: text only (years allowed), every text short and not a date, a signature or
 * an agency line, not a key to ratings (two texts or more reading as status words and no other naming a target),
 * no short year ("23/24") beside a text naming nothing, and at least one
 * text naming a role or a period. The top row needs two cells or more.
 */
export function isHeaderish(sheet: SheetAccess, row: number, top: boolean): boolean {
  let filled = 0;
  let telling = 0;
  let ratings = 0;
  let named = false;
  let shortYears = 0;
  let plain = 0;
  for (let c = 0; c < sheet.colCount; c++) {
    const v = sheet.value(row, c);
    if (v === null || v === "") continue;
    const text = sheet.text(row, c);
    if (text === "") continue;
    if (isDataLike(v, text)) return false;
    const folded = foldText(text);
    const words = folded.split(" ").length;
    const reading = readHeader(text);
    // A sentence ("Reach 500 Twitter followers.") is content, not a header; a name cut short ("YE Proj.") is not one.
    const sentence = words > 3 && /[.!?]$/.test(text) && !(reading.matches.length > 0 && ABBREVIATED.test(text));
    if (NOT_HEADER.test(folded) || AGENCY.test(text) || words > 14 || sentence) return false;
    filled++;
    // A rating reads as a status and says more than its names ("Target not achieved"; not "Kết quả đạt được").
    if (readStatusWord(text) && /[a-z]/.test(wordsBesideNames(text))) ratings++;
    else if (reading.matches.some((m) => m.role === "target")) named = true;
    if (reading.matches.length > 0 || (!top && (reading.period !== "" || reading.unit !== null))) telling++;
    else if (top && reading.period !== "") telling += 0.5;
    if (isShortYearPair(text)) shortYears++;
    else if (reading.matches.length === 0 && reading.period === "") plain++;
  }
  // "23/24" is a year only in a row of years under the column names; beside a label it is a count ("23 of 24").
  if (shortYears > 0 && plain > 0) return false;
  // A key or a count of ratings ("Target met | Target not achieved", "Green | Amber | Red") is no header; status
  // columns beside a target ("Kế hoạch | Thực hiện | Đạt | Không đạt") are.
  if (ratings >= 2 && !named) return false;
  return top ? filled >= 2 && telling >= 1 : telling >= 1;
}

function readColumn(sheet: SheetAccess, top: number, bottom: number, col: number): ColumnHeader | null {
  const texts: string[] = [];
  let own: HeaderReading | null = null;
  let group: HeaderReading | null = null;
  let year: number | null = null;
  const periods: string[] = [];
  let unit: string | null = null;
  for (let r = bottom; r >= top; r--) {
    const cell = cellText(sheet, r, col);
    if (!cell.text || texts.includes(cell.text)) continue;
    texts.unshift(cell.text);
    const reading = readHeader(cell.text);
    // A unit line under a column name ("Money units (MU)", a bare "%") is the column's unit, not its name.
    const unitLine =
      own === null && r > top && (reading.matches[0]?.role === "unit" || (reading.matches[0]?.score ?? 2) <= 1);
    if (unitLine) {
      unit ??= reading.unit ?? (reading.matches[0]?.role === "unit" ? cell.text : "%");
      continue;
    }
    if (reading.matches.length > 0) {
      if (!cell.group) own ??= reading;
      else group ??= reading;
    }
    if (reading.year !== null) year = Math.max(year ?? reading.year, reading.year);
    if (reading.period) periods.unshift(reading.period);
    unit ??= reading.unit;
  }
  if (texts.length === 0) return null;
  let reading = own ?? group ?? readHeader(texts.join(" "));
  // "Aim" over "2019/20": read with its period, the period's target ("Aim 2019/20"), not a polarity column.
  if (year !== null && reading.matches[0]?.role === "direction") reading = readHeader(texts.join(" "));
  return { col, text: texts.join(" ").replace(/\s+/g, " ").trim(), reading, year, period: periods.join(" "), unit };
}

const primary = (h: ColumnHeader): HeaderRole | undefined => h.reading.matches[0]?.role;

function candidate(sheet: SheetAccess, top: number, bottom: number): HeaderBlock | null {
  const headers = new Map<number, ColumnHeader>();
  for (let c = 0; c < sheet.colCount; c++) {
    const h = readColumn(sheet, top, bottom, c);
    if (h) headers.set(c, h);
  }
  // A "Status" column of figures with no result named is the result ("2016-17 Status" beside "2018 Goal").
  const list = statusFiguresAsResult(sheet, bottom, [...headers.values()]);
  for (const h of list) headers.set(h.col, h);
  // Period columns beside the target come first only where every named result is of an earlier year.
  // A period reported: a figure on one of the first lines under the header (later lines may be another table's).
  const filled = (col: number) => [1, 2, 3].some((i) => /\d/.test(sheet.text(bottom + i, col)));
  const paired =
    (list.some((h) => primary(h) === "result") ? periodColumnsPair(list, filled) : null) ??
    pickPeriodPair(list) ??
    periodColumnsPair(list, filled) ??
    standardInWords(sheet, bottom, list, filled);
  const named =
    verdictsOnly(sheet, bottom, list, paired) ??
    paired ??
    unnamedResultPair(sheet, bottom, list) ??
    statusOnlyPair(sheet, bottom, list) ??
    rateOnlyPair(list) ??
    earlierOnlyPair(list, (col) => mostCellsBelow(sheet, bottom, col, (t) => CHANGE_CELL.test(t))) ??
    targetOnlyPair(sheet, bottom, list) ??
    boundsAsTarget(sheet, bottom, list);
  const first = named ?? yearsOnlyPair(list);
  if (!first) return null;
  const found = first.wordsOnly || first.noTarget ? first : (figuresAsTarget(sheet, bottom, list, first) ?? first);
  const byCells =
    found.wordsOnly || found.noTarget || found.noResult ? null : (labelAsTarget(sheet, bottom, list, found) ?? found);
  const words = byCells ? wordsAsResult(sheet, bottom, list, byCells) : null;
  const said = byCells && !words ? sentencesAsResult(sheet, bottom, list, byCells) : null;
  const pair = said ?? words ?? byCells ?? found;
  const columns: Partial<Record<ColumnRole, number>> = { target: pair.target, result: pair.result };
  if (said) columns.notes = byCells!.result;
  const taken = new Set([pair.target, pair.result, ...pair.others]);
  // An attainment column of another period ("So sánh TH 2022/KH 2022") is left aside too.
  for (const h of list) {
    if (primary(h) === "attainment" && pair.year !== null && h.year !== null && h.year !== pair.year) taken.add(h.col);
  }
  // A "Kết quả" column of status words beside the figures is the status; the figures are the result.
  if (words) columns.status = found.result;
  taken.add(found.result);
  assignRest(list, taken, columns);
  nearestOfSeveral(list, taken, columns, "status");
  nearestOfSeveral(list, taken, columns, "attainment");
  if (!pair.wordsOnly) {
    const status = statusAmongOthers(sheet, bottom, list, pair.others, columns.status);
    if (status !== null) columns.status = status;
  }
  if (pair.wordsOnly) {
    // The results column states the status too ("COMPLETE - …"): it is read as both, and never written.
    columns.label = pair.target;
    columns.status ??= pair.result;
  }
  return {
    top,
    bottom,
    columns,
    headers,
    otherPeriods: pair.others.filter((c) => c !== columns.status),
    ...(pair.wordsOnly ? { wordsOnly: true } : {}),
    ...(pair.target !== found.target ? { targetFromValues: found.target } : {}),
    ...(found.nextPeriod && pair.target === found.target ? { targetNextPeriod: true as const } : {}),
    ...(found.noTarget ? { noTarget: true as const } : {}),
    ...(found.noResult ? { noResult: true as const } : {}),
    ...(named ? {} : { yearsOnly: true as const }),
    ...(first.boundsTarget ? { targetFromBounds: true as const } : {}),
    ...directionColumn(list, taken),
  };
}

/**
 * The leading words of a cell, where a status is written ("COMPLETE - 4:03 average …" → "COMPLETE"; a verdict on a
 * line of its own, "Good progress↵10 of 21 departments …" → "Good progress").
 */
export const leadOf = (text: string) => text.split(/\s[-–:]\s|[.;:(\n]/)[0]!.slice(0, 60);

/**
 * A table that states results in words only (an OKR sheet: "Key Result | … | Results" with "COMPLETE - …",
 * "FAILED - …"): the column whose cells open with status words is the result, the nearest text column left of it
 * the label, which also states the target. Null when no column below the header reads so.
 */
function statusOnlyPair(
  sheet: SheetAccess,
  bottom: number,
  headers: ColumnHeader[],
): ReturnType<typeof pickPeriodPair> {
  const named = headers.filter((h) => h.reading.matches.length > 0);
  if (named.length < 2) return null;
  const wordy = (col: number) => mostCellsBelow(sheet, bottom, col, (t) => readStatusWord(leadOf(t)) !== null);
  // Goals and achievements in sentences ("Department Goal | Department Achievement", "Mục tiêu | Kết quả"): the
  // achievements are the results in words, the goals the labels.
  const sentences = (col: number) => {
    let n = 0;
    for (let r = bottom + 1; r < Math.min(sheet.rowCount, bottom + 21); r++) {
      const t = sheet.text(r, col);
      if (!t) continue;
      if (typeof sheet.value(r, col) !== "string" || (t.split(/\s+/).length < 4 && !readStatusWord(t))) return false;
      n++;
    }
    return n >= 2;
  };
  const deeds = (h: ColumnHeader) =>
    (primary(h) === "result" || primary(h) === "attainment") &&
    sentences(h.col) &&
    named.some((t) => t.col < h.col && primary(t) === "target" && sentences(t.col));
  // A column of status words right of the targets is their verdict, however long its header ("Pan-governmental
  // performance against target baseline year").
  const result =
    named.find((h) => primary(h) !== "notes" && primary(h) !== "label" && (wordy(h.col) || deeds(h))) ??
    headers.find(
      (h) =>
        h.reading.matches.length === 0 &&
        named.some((t) => t.col < h.col && primary(t) === "target" && sentences(t.col)) &&
        wordy(h.col),
    );
  if (!result) return null;
  // A column with text on the first lines (a section line alone in its row, "Climate Change and Energy", aside).
  const filled = (col: number) => [1, 2, 3].some((i) => sheet.text(bottom + i, col) !== "");
  const left = [...headers]
    .reverse()
    .filter((h) => h.col < result.col && primary(h) !== "notes" && primary(h) !== "number" && filled(h.col));
  // A column naming nothing ("Why its important") beside one naming the target ("The target") is its comment.
  const label =
    left[0]?.reading.matches.length === 0 ? (left.find((h) => h.reading.matches.length > 0) ?? left[0]) : left[0];
  if (!label) return null;
  return { target: label.col, result: result.col, year: null, others: [], wordsOnly: true };
}

/**
 * A target and the status named, no result: the one column of figures between them that names nothing ("Target # |
 * # in Study | Target Achieved?") is the result, the target the nearest one left of it; other targets are left aside.
 * Example: "Group | Target % | Target # | # in Study | Target Achieved?" → target "Target #", result "# in Study".
 */
function unnamedResultPair(
  sheet: SheetAccess,
  bottom: number,
  headers: ColumnHeader[],
): ReturnType<typeof pickPeriodPair> {
  if (headers.some((h) => primary(h) === "result" || primary(h) === "attainment")) return null;
  const status = headers.find((h) => primary(h) === "status");
  const targets = headers.filter((h) => primary(h) === "target" && status && h.col < status.col);
  const target = targets.at(-1);
  if (!status || !target || !holdsFigures(sheet, bottom, target.col)) return null;
  const between = headers.filter((h) => h.col > target.col && h.col < status.col);
  const result = between[0];
  if (between.length !== 1 || result!.reading.matches.length > 0 || !holdsFigures(sheet, bottom, result!.col))
    return null;
  const others = targets.slice(0, -1).map((h) => h.col);
  return { target: target.col, result: result!.col, year: null, others };
}

/**
 * No target or result named, a label and periods only ("KPI | Measure (2019/20) | April … Mar"): a named column
 * left of the periods whose cells open with the share to reach ("45% within 90 days") states the target; the latest
 * period reported is the result (`periodColumnsPair`).
 * Example: "KPI | Measure | April | May" over "Timeliness" | "45% within 90 days" | 48% | 51% → target 1, result 3.
 */
function standardInWords(
  sheet: SheetAccess,
  bottom: number,
  headers: ColumnHeader[],
  filled: (col: number) => boolean,
): ReturnType<typeof pickPeriodPair> {
  if (headers.some((h) => primary(h) !== undefined && primary(h) !== "label" && primary(h) !== "number")) return null;
  const periods = headers.filter((h) => h.reading.matches.length === 0 && isPeriodOnly(h.text));
  if (periods.length < 2) return null;
  const figures = (col: number) =>
    mostCellsBelow(sheet, bottom, col, (t) => /^\d[\d.,]*\s*%\s+\p{L}/u.test(t) && parseValue(t).kind === "number");
  const standard = headers.find((h) => primary(h) === "label" && h.col < periods[0]!.col && figures(h.col));
  if (!standard) return null;
  const named = headers.map((h) =>
    h === standard ? { ...h, reading: { ...h.reading, matches: [{ role: "target" as const, score: 1 }] } } : h,
  );
  return periodColumnsPair(named, filled);
}

/**
 * A result and its rate with no target named ("Số thu | Tỷ lệ so với chỉ tiêu dự toán (%)"): the shares of targets
 * the table does not show. The target role holds the result's column and is never read (`noTarget`).
 * A result compared only with an earlier period is read so too, with no rate.
 * Example: "STT | Đơn vị | Số thu | Tỷ lệ (%) | Ghi chú" → result and rate, no target.
 */
function rateOnlyPair(headers: ColumnHeader[]): ReturnType<typeof pickPeriodPair> {
  if (headers.some((h) => primary(h) === "target")) return null;
  const result = headers.find((h) => primary(h) === "result");
  // So is a result compared only with an earlier period ("Thực hiện 6 tháng | So với cùng kỳ"): no line is judged.
  const beside = (h: ColumnHeader) =>
    primary(h) === "attainment" || (primary(h) === "compare" && /\b(cung ky|same period)\b/.test(foldText(h.text)));
  if (!result || !headers.some((h) => h.col > result.col && beside(h))) return null;
  return { target: result.col, result: result.col, year: result.year, others: [], noTarget: true };
}

/**
 * A label and years only, no other role named ("Performance Indicator | 2016 to 2017 | 2017 to 2018 | 2018 to 2019"):
 * results of several years with no target shown. The latest year is the result, the others are left aside; the target
 * role holds the result's column and is never read (`noTarget`).
 */
function yearsOnlyPair(headers: ColumnHeader[]): ReturnType<typeof pickPeriodPair> {
  if (!headers.some((h) => primary(h) === "label")) return null;
  if (headers.some((h) => primary(h) !== undefined && primary(h) !== "label" && primary(h) !== "number")) return null;
  const years = headers.filter((h) => h.reading.matches.length === 0 && h.year !== null && isPeriodOnly(h.text));
  if (years.length < 2 || years.length + 1 < headers.length - 1) return null;
  const result = years.reduce((a, b) => (b.year! > a.year! ? b : a));
  const others = years.filter((h) => h !== result).map((h) => h.col);
  return { target: result.col, result: result.col, year: result.year, others, noTarget: true };
}

/** A bound as typed in a cell: "<=25%", ">= 80%", "≤ 3.5", "< 0.22". */
const BOUND_CELL = /^\s*(?:<=?|>=?|=<|=>|≤|≥)\s*-?\d/;

/**
 * A label and years, with one more column naming no role whose cells are mostly bounds ("Performance Area | 2005 |
 * 2006 | Baseline" over "<=25%", ">=80%"): the bounds are the standard each year is held to, the target; the
 * latest year is the result, the others are left aside. The target so taken is warned (`targetFromBounds`).
 */
function boundsAsTarget(
  sheet: SheetAccess,
  bottom: number,
  headers: ColumnHeader[],
): ReturnType<typeof pickPeriodPair> {
  if (!headers.some((h) => primary(h) === "label")) return null;
  if (headers.some((h) => primary(h) !== undefined && primary(h) !== "label" && primary(h) !== "number")) return null;
  const years = headers.filter((h) => h.reading.matches.length === 0 && h.year !== null && isPeriodOnly(h.text));
  if (years.length === 0) return null;
  const bounds = headers.filter(
    (h) =>
      h.reading.matches.length === 0 &&
      h.year === null &&
      mostCellsBelow(sheet, bottom, h.col, (t) => BOUND_CELL.test(t)),
  );
  if (bounds.length !== 1) return null;
  const result = years.reduce((a, b) => (b.year! > a.year! ? b : a));
  const others = years.filter((h) => h !== result).map((h) => h.col);
  return { target: bounds[0]!.col, result: result.col, year: result.year, others, boundsTarget: true };
}

/** Whether two or more of the filled cells among the first 20 rows under the header are, and most of them pass `test`. */
function mostCellsBelow(sheet: SheetAccess, bottom: number, col: number, test: (text: string) => boolean): boolean {
  let filled = 0;
  let passed = 0;
  for (let r = bottom + 1; r < Math.min(sheet.rowCount, bottom + 21); r++) {
    const t = sheet.text(r, col);
    if (!t) continue;
    filled++;
    if (test(t)) passed++;
  }
  return filled >= 2 && passed * 2 > filled;
}

/** Whether most filled cells of a column under the header hold a figure ("Khoảng 6", "1254"), not a name. */
const holdsFigures = (sheet: SheetAccess, bottom: number, col: number): boolean =>
  mostCellsBelow(sheet, bottom, col, (t) => /\d/.test(t) && t.length <= 24);

/**
 * A plan: a label and target columns, no result and no rate named ("Chỉ tiêu | Đơn vị | Kế hoạch năm 2021"): the
 * first target column holding figures is the target; the result role holds it too and is never read (`noResult`),
 * the other target columns are left aside. Example: "STT | Chỉ tiêu | Kế hoạch | Mục tiêu" → target 2, no result.
 */
function targetOnlyPair(
  sheet: SheetAccess,
  bottom: number,
  headers: ColumnHeader[],
): ReturnType<typeof pickPeriodPair> {
  if (headers.some((h) => primary(h) === "result" || primary(h) === "attainment" || primary(h) === "status"))
    return null;
  const targets = headers.filter((h) => primary(h) === "target" && holdsFigures(sheet, bottom, h.col));
  const target = targets[0];
  if (!target) return null;
  const labelled = headers.some(
    (h) =>
      h.col < target.col && h.reading.matches.some((m) => m.role === "label") && !holdsFigures(sheet, bottom, h.col),
  );
  if (!labelled) return null;
  const others = targets.slice(1).map((h) => h.col);
  return { target: target.col, result: target.col, year: target.year, others, noResult: true };
}

/**
 * A "target" column that is the table's first text column beside a result column of status words only ("TT |
 * Chỉ tiêu | Dự kiến kết quả" with "Vượt", "Đạt"): the names of the targets and their verdicts, read as words only.
 */
function verdictsOnly(
  sheet: SheetAccess,
  bottom: number,
  headers: ColumnHeader[],
  paired: ReturnType<typeof pickPeriodPair>,
): ReturnType<typeof pickPeriodPair> {
  if (!paired || headers.some((h) => h.col < paired.target && primary(h) !== "number")) return null;
  const words = statusOnlyPair(sheet, bottom, headers);
  return words && words.target === paired.target && words.result === paired.result ? words : null;
}

const sameRoles = (a: HeaderBlock, b: HeaderBlock) =>
  a.columns.target === b.columns.target && a.columns.result === b.columns.result;

/** Whether the top row of a block adds nothing but a title: no cell merged down, under two naming cells. */
function topAddsNothing(sheet: SheetAccess, block: HeaderBlock): boolean {
  let telling = 0;
  for (let c = 0; c < sheet.colCount; c++) {
    const cell = cellText(sheet, block.top, c);
    if (cell.vertical) return false;
    const m = sheet.merge(block.top, c);
    if (!cell.text || (m && m.left !== c)) continue;
    const reading = readHeader(cell.text);
    if (reading.matches.length > 0 || reading.period !== "") telling++;
  }
  return telling < 2;
}

/**
 * Whether a row under column names holds one text only, under a label name ("Chỉ tiêu" over "Năm 2016 và nhiệm kỳ
 * 2013 - 2018"), or naming no role but a label under a header naming none ("Service standards" over
 * "Effectiveness measure"), or naming no target or result in the first column ("Climate Change and Energy"): the caption of the
 * first block, not a header row.
 */
function loneLabelLine(sheet: SheetAccess, row: number): boolean {
  let at = -1;
  for (let c = 0; c < sheet.colCount; c++) {
    if (sheet.text(row, c) === "" || (sheet.merge(row, c) && sheet.merge(row, c)!.top < row)) continue;
    if (at >= 0) return false;
    at = c;
  }
  if (at < 0) return false;
  const above = readHeader(cellText(sheet, row - 1, at).text);
  if (above.matches.some((m) => m.role === "label")) return true;
  // A section line in the first column, naming no value ("Climate Change and Energy" under "Target Area").
  const text = sheet.text(row, at);
  if (at === 0 && text.trim().split(/\s+/).length >= 3 && !namesValue(text)) return true;
  return above.matches.length === 0 && above.period === "" && matchesLabelOnly(sheet.text(row, at));
}

const namesValue = (text: string) => readHeader(text).matches.some((m) => m.role === "target" || m.role === "result");
const matchesLabelOnly = (text: string) => readHeader(text).matches.every((m) => m.role === "label");

/**
 * The header block starting at a row, or null: one to four header rows whose columns name a target and a result.
 * Taller blocks win when they name as many roles or more (a unit row or a group row belongs to the header).
 * Example: "STT | Nội dung | Năm 2023 (merged) | Tỷ lệ" over "Kế hoạch | Thực hiện" is one block of two rows.
 */
export function headerAt(sheet: SheetAccess, row: number): HeaderBlock | null {
  if (!isHeaderish(sheet, row, true)) return yearCapped(sheet, row);
  let best: HeaderBlock | null = null;
  for (let h = 1; h <= MAX_HEADER_ROWS && row + h - 1 < sheet.rowCount; h++) {
    const bottom = row + h - 1;
    if (h > 1 && (!isHeaderish(sheet, bottom, false) || loneLabelLine(sheet, bottom))) break;
    const c = candidate(sheet, row, bottom);
    const more = !!c && !!best && Object.keys(c.columns).length >= Object.keys(best.columns).length;
    if (c && (!best || more || mergedDown(sheet, row, bottom))) best = c;
  }
  if (best && best.bottom > best.top && topAddsNothing(sheet, best)) {
    const lower = candidate(sheet, best.top + 1, best.bottom);
    if (lower && sameRoles(lower, best)) return lower;
  }
  return best;
}

/** Whether a cell of the top row is merged down to exactly this row ("FY2014 KPI" over two rows): one header. */
function mergedDown(sheet: SheetAccess, top: number, bottom: number): boolean {
  for (let c = 0; c < sheet.colCount; c++) {
    const m = sheet.merge(top, c);
    if (m && m.top === top && m.left === c && m.bottom === bottom && bottom > top && sheet.text(top, c) !== "")
      return true;
  }
  return false;
}

/**
 * A header under a first row holding only a year over one column ("FY 2023-24" over "Adopted | Budget"): the year
 * row belongs to the header (its year joins that column's name), as long as the columns keep their roles.
 * Example: "| | | | FY 2023-24" over "| FY 2021-22 | FY 2022-23 | FY 2022-23 | Adopted" over the names → three rows.
 */
function yearCapped(sheet: SheetAccess, row: number): HeaderBlock | null {
  if (row + 1 >= sheet.rowCount || !isYearCap(sheet, row)) return null;
  const below = headerAt(sheet, row + 1);
  if (!below || below.top !== row + 1 || below.bottom - row + 1 > MAX_HEADER_ROWS) return null;
  const whole = candidate(sheet, row, below.bottom);
  return whole && sameRoles(whole, below) ? whole : null;
}

/** A year alone ("2024", "FY 2023-24", "Năm 2023", "2023–2024"), as a header cell holds it. */
const YEAR_ONLY = /^((fy|năm|nam|year)\s*)?(19|20)\d\d(\s*[-–/]\s*((19|20)?\d\d))?$/iu;

/** Whether a row holds one text only, a year (`YEAR_ONLY`), over a column other than the first. */
export function isYearCap(sheet: SheetAccess, row: number): boolean {
  let at = -1;
  for (let c = 0; c < sheet.colCount; c++) {
    if (sheet.text(row, c) === "") continue;
    if (at >= 0) return false;
    at = c;
  }
  return at > 0 && YEAR_ONLY.test(sheet.text(row, at).trim());
}

/** The first header block at or below `from`, within `limit` rows. */
export function findHeader(sheet: SheetAccess, from: number, limit: number): HeaderBlock | null {
  const end = Math.min(sheet.rowCount, from + limit);
  for (let r = from; r < end; r++) {
    const block = headerAt(sheet, r);
    if (block) return block;
  }
  return null;
}
