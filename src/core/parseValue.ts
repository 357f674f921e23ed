import { foldText, toNFC } from "./foldText";
import {
  numberConvention,
  parseNumberText,
  percentScale,
  readNumberText,
  roundFloat,
  type NumberConvention,
} from "./readNumber";
import type { CellValue, Direction, ParsedValue, ValueNote } from "./types";

export { numberConvention, parseNumberText, percentScale, readNumberText, roundFloat };
export type { NumberConvention };

const ERROR_VALUE =
  /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

// "Thumbs up" / "Thumbs down": a verdict icon printed as its alternative text.
const ACHIEVED = new Set(["dat", "hoan thanh", "achieved", "met", "complete", "completed", "done", "thumbs up"]);
const NOT_ACHIEVED = new Set([
  "khong dat",
  "chua dat",
  "chua hoan thanh",
  "khong hoan thanh",
  "not achieved",
  "not met",
  "did not meet",
  "thumbs down",
  "not completed",
  "incomplete",
  "failed",
  "dat mot phan",
  "hoan thanh mot",
  "partially achieved",
  "partially met",
  "partial achievement",
  "not delivered",
]);
const EXCEEDED = new Set(["vuot", "vuot muc", "vuot chi tieu", "exceeded"]);

/**
 * Words before a number that make it a floor (higher is better) or a ceiling (lower is better), folded; the strict
 * ones ("<", "dưới", "trên", "above") leave the number itself out, the others ("≤", "không quá", "ít nhất") keep it.
 * Anchored, and the non-strict ones are tried first, so "không dưới" and ">=" are never read as "dưới" or ">".
 */
const PREFIXES: [RegExp, Direction, boolean][] = [
  [
    /^(>=|=>|≥|ít nhất|it nhat|tối thiểu|toi thieu|không dưới|khong duoi|không thấp hơn|khong thap hon|at least|no less than|min\.?|minimum)\s*/iu,
    "higher",
    false,
  ],
  [
    /^(<=|=<|≤|không quá|khong qua|không vượt quá|khong vuot qua|không cao hơn|khong cao hon|tối đa|toi da|at most|no more than|(?:not|never) to exceed|max\.?|maximum)\s*/iu,
    "lower",
    false,
  ],
  [/^(>|trên|tren|hơn|hon|more than|over|above)\s*/iu, "higher", true],
  [/^(<|dưới|duoi|less than|under|below)\s*/iu, "lower", true],
];

/**
 * Words that name a level to reach, before its figure: "đạt 95%" (reach 95), "giảm còn 4%" (bring down to 4, a
 * ceiling kept non-strictly). The word of a result is dropped (`readRows`): the result is its figure.
 */
const LEVEL: [RegExp, Direction | undefined][] = [
  [/^(giảm xuống còn|giam xuong con|giảm còn|giam con|giảm xuống|giam xuong)\s*(?=[\d.,<>≤≥]|dưới|duoi)/iu, "lower"],
  [/^(đạt được|dat duoc|đạt|dat|reach|reached)\s*(?=\d|trên|tren|hơn|hon|>|≥)/iu, undefined],
  // "Hoàn thành 100%", "hoàn thành 3 công trình": the share or the number done, its figure.
  [/^(hoàn thành|hoan thanh|completed|complete)\s+(?=\d)/iu, undefined],
  // "bình quân 7%/năm", "average 7": the average to reach over the period, its figure.
  [/^(bình quân|binh quan|trung bình|trung binh|average|avg\.?)\s*(?=\d)/iu, undefined],
  // "tăng trưởng bình quân 7%/năm": the growth rate to reach, its figure (a rate, not a change of the figure).
  [/^(tăng trưởng|tang truong|growth)(\s+(bình quân|binh quan))?\s*(?=\d)/iu, undefined],
];

/** Words before a number that make it approximate: "khoảng 4", "~4", "xấp xỉ 4", "about 4". */
const ABOUT = /^(khoảng|khoang|xấp xỉ|xap xi|gần|gan|ước|uoc|~|≈|about|approx\.?|approximately|around|c\.)\s*/iu;

/**
 * A change written as a word over its size ("Giảm↵2,5-3", "Tăng 12"): a fall is negative and asks for less, a rise
 * positive. Only the bare word and the figure: "giảm còn 4" (down to 4) is a level, not a change.
 */
const CHANGE =
  /^(giảm|giam|tăng|tang|decrease|increase|down|up)\s*(?!còn|con\b|xuống|xuong)(?=[\d.,]|bình quân|binh quan)/iu;

/**
 * A figure followed by its unit in words ("24.020 người", "45.799 tỷ đồng", "83,2% tổng số xã") or by "trở lên" /
 * "trở xuống" (or more / or less). A bare multiplier ("246 nghìn", "1,2 triệu") is not a unit: such a figure is
 * not read, as its scale against the target's cannot be told.
 */
const UNIT_TAIL = /^([+-]?[.,]?\d[\d.,]*\s*%?)\s*(\/?\s*\p{L}[\p{L}\s/.²³]{0,30})$/u;
/** The factor of each bare multiplier word (folded): thousand, million, billion, in Vietnamese and English. */
const MULTIPLIER_FACTOR: Record<string, number> = {
  nghin: 1e3,
  ngan: 1e3,
  thousand: 1e3,
  k: 1e3,
  trieu: 1e6,
  tr: 1e6,
  million: 1e6,
  m: 1e6,
  ty: 1e9,
  billion: 1e9,
  bn: 1e9,
};
/** Whether a folded word is a bare multiplier ("triệu", "tỷ", "K", "million"). */
const MULTIPLIERS = new Set(Object.keys(MULTIPLIER_FACTOR));
const isMultiplier = (word: string): boolean => MULTIPLIERS.has(word);

const FROM = /^(từ|tu|from)\s+(?=[\d.,])/iu;
const ESTIMATE =
  /\s*\((ước|uoc|ước tính|ước thực hiện|ước th|dự kiến|du kien|sơ bộ|so bo|est\.?|estimated|estimate|provisional|forecast)\)$/iu;
const CURRENCY = /^([$£€])\s*(?=\d)/u;
/** A deadline after the figure: "5% by March 2024", "95% đến năm 2025": when it is due, the figure read. */
const DEADLINE =
  /\s+(?:by|until|before|đến|den|trước|truoc)\s+(?:(?:the\s+)?end of\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+|(?:tháng|thang)\s*\d{1,2}\s*(?:\/|năm|nam)?\s*|(?:năm|nam)\s+)?(?:19|20)\d\d$/iu;
/**
 * A time limit after a share: "45% within 90 days (low)", "85% within 30 seconds", "95% within 5 business days",
 * "95% trong vòng 4 giờ": the share to reach, the figure read.
 */
const WITHIN =
  /(?<=%)\s+(?:within|in|trong vòng|trong)\s+\d+\s*(?:(?:working|business|calendar) days?|days?|weeks?|hours?|minutes?|seconds?|months?|ngày làm việc|ngày|tuần|giờ|phút|tháng)(?:\s*\([\p{L}\s]{1,12}\))?$/iu;
/** The column's role repeated after the figure: "162.3% (TARGET)", "95 (KH)". */
const ROLE_MARK = /\s*\((target|goal|plan|kh|kế hoạch|chỉ tiêu|actual)\)$/iu;
/** A rate over its numerator and denominator on lines of their own: "149.0%", "N = 651", "D = 437". */
const COUNTS_BELOW = /\s*\n\s*(?:n|num|numerator)\s*[=:]\s*[\d.,\s]+\n\s*(?:d|den|denominator)\s*[=:]\s*[\d.,\s]+$/iu;

/** A verdict letter in brackets before the figure: "(M) 85%", "(D) $43.32" (met, declined): a mark, the figure read. */
const LEAD_MARK = /^\(\p{Lu}\)\s*(?=[$£€]?\d)/u;
/** Footnote stars before the figure: "*2.7", "**4", "***26.6" (the notes below the table): a mark, the figure read. */
const LEAD_STARS = /^\*{1,3}\s*(?=[$£€]?\d)/u;
/** "100%+", "40%+ of Jobs Done": the figure or more, a floor. */
const PLUS_FLOOR = /^(\d[\d.,]*\s*%?)\+(?=\s|$)/;
/** "(180)": the accountants' negative, a figure in brackets and nothing else. */
const BRACKETED = /^\(\s*(\d[\d.,\s]*)\s*\)$/;
/** "1:12" students per teacher: so many to one, the figure after the colon. */
const PER_ONE = /^1\s*:\s*(\d[\d.,]*)$/;
/** "%5": the sign typed before the figure. */
const SIGN_FIRST = /^%\s*(\d[\d.,]*)$/;
/** A condition in brackets after a figure and its words: "92% of Survey Responses (Responses: 40%+ of Jobs Done)". */
const CONDITION = /^(\d[^()]*\p{L})\s*\([^()]*\)$/u;
/** A time in minutes and seconds: "03:58", "06:00 mins"; read in minutes (3:58 is 3.97 minutes). */
const MIN_SEC = /^(\d{2}):([0-5]\d)(?:\s*(?:mins?|minutes|phút|phut))?$/iu;

/** Footnote marks after a number: "46*", "46(*)", "12,5 (1)", "18,37[2]", "46¹", "2.24#", "1.40#1/". */
const FOOTNOTE = /\s*(\*+|\(\*+\)|\(\d{1,2}\)|\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|#+(?:\d{1,2}\/)?)$/u;

/**
 * Parses a target or result cell. Numbers formatted as % are read in percent units (0.95 → 95);
 * "≥ 90" is 90 higher-is-better, "≤ 5" / "không quá 5" / "tối đa 5" is 5 lower-is-better, "dưới 5" / "< 5" and
 * "trên 90" / "> 90" the same bounds without the number itself (`strict`);
 * "6,6–6,8" is a range; "Đạt" / "Không đạt" are qualitative; blanks, errors and other text are reported as such.
 * Example: `parseValue("≥ 90")` → `{ kind: "number", value: 90, direction: "higher" }`.
 */
export function parseValue(cell: CellValue, format?: string | null, convention: NumberConvention = null): ParsedValue {
  if (cell === null || cell === undefined) return { kind: "blank" };
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { kind: "error", text: String(cell) };
    const scale = percentScale(format);
    return { kind: "number", value: scale === 1 ? cell : roundFloat(cell * scale) };
  }
  if (typeof cell === "boolean") return { kind: "text", text: String(cell).toUpperCase() };
  const text = toNFC(cell).trim();
  if (text === "") return { kind: "blank" };
  if (ERROR_VALUE.test(text)) return { kind: "error", text: text.toUpperCase() };
  const counts = text.includes("\n") ? COUNTS_BELOW.exec(text) : null;
  return parseText(counts ? text.slice(0, counts.index) : text, convention);
}

/** The qualitative word a text is or starts with ("Đạt loại xuất sắc" is "Đạt"), most specific first. */
function qualitative(text: string): ParsedValue | null {
  const folded = foldText(text).replace(/[.:;!]+$/, "");
  const words = folded.split(/[^a-z0-9]+/);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const lead = words.slice(0, n).join(" ");
    if (NOT_ACHIEVED.has(lead)) return { kind: "qualitative", achieved: false, text };
    if (EXCEEDED.has(lead)) return { kind: "qualitative", achieved: true, exceeded: true, text };
    if (ACHIEVED.has(lead)) return { kind: "qualitative", achieved: true, text };
  }
  return null;
}

function parseText(text: string, convention: NumberConvention): ParsedValue {
  const level = readLevel(text, convention);
  if (level) return level;
  const word = qualitative(text);
  if (word) return word;
  const change = CHANGE.exec(text);
  if (change)
    return readChange(text.slice(change[0].length), /^(g|d)/i.test(change[1]!), convention) ?? { kind: "text", text };

  let rest = text;
  let direction: Direction | undefined;
  let note: ValueNote | undefined;
  const lead =
    rest.charCodeAt(0) === 40 ? LEAD_MARK.exec(rest) : rest.charCodeAt(0) === 42 ? LEAD_STARS.exec(rest) : null;
  if (lead) {
    rest = rest.slice(lead[0].length);
    note = "footnote";
  }
  const time = rest.charCodeAt(2) === 58 ? MIN_SEC.exec(rest) : null;
  if (time) return { kind: "number", value: roundFloat(Number(time[1]) + Number(time[2]) / 60), note: "unusualForm" };
  const about = ABOUT.exec(rest);
  if (about) {
    note = "approximate";
    rest = rest.slice(about[0].length);
  }
  let strict = false;
  for (const [pattern, dir, strictBound] of PREFIXES) {
    const m = pattern.exec(rest);
    if (m) {
      direction = dir;
      strict = strictBound;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  // "Từ 90% trở lên", "từ 90 đến 95": the "from" says nothing more than the words after the figure.
  const from = FROM.exec(rest);
  if (from) rest = rest.slice(from[0].length);
  // "$3,400", "£12.50": the dollar and the pound say the number is written the English way ("€1,2" does not).
  const currency = CURRENCY.exec(rest);
  if (currency) {
    rest = rest.slice(currency[0].length);
    if (currency[1] !== "€") convention = "en";
  }
  // "95,5 (ước)", "95,5 (dự kiến)", "95.5 (est.)": an estimate, its figure.
  const role = rest.endsWith(")") ? ROLE_MARK.exec(rest) : null;
  if (role) rest = rest.slice(0, role.index);
  const deadline = /\d\d$/.test(rest) ? DEADLINE.exec(rest) : null;
  if (deadline && /\d/.test(rest.slice(0, deadline.index))) rest = rest.slice(0, deadline.index);
  const within = rest.includes("%") ? WITHIN.exec(rest) : null;
  if (within) rest = rest.slice(0, within.index);
  const estimate = ESTIMATE.exec(rest);
  if (estimate) {
    rest = rest.slice(0, estimate.index);
    note = "approximate";
  }
  // "100%+", "40%+ of Jobs Done": the figure or more, a floor.
  const plus = direction === undefined && rest.includes("+") ? PLUS_FLOOR.exec(rest) : null;
  if (plus) {
    rest = plus[1]! + rest.slice(plus[0].length);
    direction = "higher";
  }
  const mark = FOOTNOTE.exec(rest);
  if (mark && /\d/.test(rest.slice(0, mark.index))) {
    rest = rest.slice(0, mark.index);
    note ??= "footnote";
  }
  // "(180)": the accountants' negative, a figure in brackets and nothing else.
  const negative = rest.charCodeAt(0) === 40 ? BRACKETED.exec(rest) : null;
  // "1:12" students per teacher: so many to one, the figure after the colon; "%5": the sign typed first.
  const perOne = rest.includes(":") || rest.charCodeAt(0) === 37 ? (PER_ONE.exec(rest) ?? SIGN_FIRST.exec(rest)) : null;
  const number = readNumberText(negative ? negative[1]! : perOne ? perOne[1]! : rest, convention);
  if (number !== null) {
    if (number.ambiguous) note ??= "ambiguousSeparator";
    // "20, 342", "74, 19": a space after the mark, read as if closed up, said so.
    if (perOne || /\d[.,]\s+\d/.test(rest)) note ??= "unusualForm";
    return {
      kind: "number",
      value: negative ? -number.value : number.value,
      ...(direction ? { direction } : {}),
      ...(strict ? { strict } : {}),
      ...(note ? { note } : {}),
    };
  }

  // "92% of Survey Responses (Responses: 40%+ of Jobs Done)": a condition in brackets after the unit's words is set
  // aside, said so (`unusualForm`).
  const condition = rest.endsWith(")") ? CONDITION.exec(rest) : null;
  const tail = UNIT_TAIL.exec(condition ? condition[1]! : rest);
  if (tail && condition) note ??= "unusualForm";
  if (tail) {
    const words = foldText(tail[2]!);
    const figure = isMultiplier(words) ? null : readNumberText(tail[1]!, convention);
    if (figure !== null) {
      // "5 trở lên" / "35 or more" is a floor, "5 trở xuống" / "35 or less" a ceiling; other words are the unit.
      const bound: Direction | undefined = /^(tro len|or (more|above|higher|greater))\b/.test(words)
        ? "higher"
        : /^(tro xuong|or (less|fewer|below|lower))\b/.test(words)
          ? "lower"
          : direction;
      if (figure.ambiguous) note ??= "ambiguousSeparator";
      return {
        kind: "number",
        value: figure.value,
        ...(bound ? { direction: bound } : {}),
        ...(strict && bound === direction ? { strict } : {}),
        ...(note ? { note } : {}),
      };
    }
  }

  const range = /^(.+?)\s*(?:–|—|-|đến|den|to)\s*(.+)$/i.exec(rest);
  if (range) {
    const a = parseNumberText(range[1]!.replace(/%$/, ""), convention);
    // "3 - 5 xã": a unit in words after the range is dropped, as after a figure (not a bare multiplier).
    const unit = /\s+(\p{L}[\p{L}\s]{0,20})$/u.exec(range[2]!);
    const upper = unit && !isMultiplier(foldText(unit[1]!)) ? range[2]!.slice(0, unit.index) : range[2]!;
    const b = parseNumberText(upper, convention);
    if (a !== null && b !== null && a >= 0 && b >= 0) {
      const low = Math.min(a, b);
      const high = Math.max(a, b);
      return { kind: "range", low, high, ...(direction ? { direction } : {}), ...(note ? { note } : {}) };
    }
  }
  return { kind: "text", text };
}

/** First letters (lower case) of the level words: "đ" is checked apart. */
const LEVEL_LETTERS = new Set([..."dgrbtahc"].map((ch) => ch.charCodeAt(0)));

/** A level in words ("đạt 95%", "giảm còn 4%"): its figure, a ceiling for "giảm còn", noted `level`; else null. */
function readLevel(text: string, convention: NumberConvention): ParsedValue | null {
  const c = text.charCodeAt(0) | 32;
  // Only texts that open with "đ" or one of LEVEL_LETTERS can name a level; most cells are skipped at once.
  const first = text.charCodeAt(0);
  if (!LEVEL_LETTERS.has(c) && first !== 0x111 && first !== 0x110) return null;
  for (const [pattern, direction] of LEVEL) {
    const m = pattern.exec(text);
    if (!m) continue;
    const v = parseText(text.slice(m[0].length).trim(), convention);
    if ((v.kind !== "number" && v.kind !== "range") || v.note === "change") return null;
    // A bound after the word says the same thing ("giảm còn dưới 2%", "đạt trên 90%"); the opposite one is not read.
    if (v.direction !== undefined && direction !== undefined && v.direction !== direction) return null;
    const dir = direction ?? v.direction;
    return { ...v, ...(dir ? { direction: dir } : {}), note: "level" };
  }
  return null;
}

/** The size of a change ("2,5-3", "6,55") signed by its word: a fall of 2,5-3 is the range −3 to −2,5. */
function readChange(rest: string, fall: boolean, convention: NumberConvention): ParsedValue | null {
  const size = parseText(rest.trim(), convention);
  const sign = fall ? -1 : 1;
  const direction: Direction | undefined = fall ? "lower" : undefined;
  const extra = { ...(direction ? { direction } : {}), note: "change" as const };
  if (size.kind === "number" && size.direction === undefined)
    return { kind: "number", value: roundFloat(sign * size.value), ...extra };
  if (size.kind === "range" && size.direction === undefined) {
    const [a, b] = [sign * size.low, sign * size.high];
    return { kind: "range", low: Math.min(a, b), high: Math.max(a, b), ...extra };
  }
  return null;
}

/**
 * A figure whose bare multiplier is the line's own unit repeated ("136 tỷ" on a line in "Tỷ đồng", "2,5 triệu" in
 * "Triệu đồng"): the figure in that unit. Null where the multiplier is not the unit's first word.
 * Example: `readInUnit("136 tỷ", "Tỷ đồng")` → `{ kind: "number", value: 136 }`.
 */
export function readInUnit(text: string, unit: string, convention: NumberConvention = null): ParsedValue | null {
  const tail = UNIT_TAIL.exec(toNFC(text).trim());
  if (!tail) return null;
  const word = foldText(tail[2]!).trim();
  if (!isMultiplier(word) || foldText(unit).split(/[\s/.]+/)[0] !== word) return null;
  const v = parseValue(tail[1]!.trim(), null, convention);
  return v.kind === "number" && v.direction === undefined ? v : null;
}

/**
 * A target and a result that both carry a bare multiplier ("1M" against "1.6M", "950K" against "1,2 million",
 * "800 triệu" against "1,5 tỷ"): the scale of each is told by its own word, so both are read in units. One side
 * alone with a multiplier stays unread (its scale against a bare figure cannot be told).
 * Example: `readScaledPair("1M", "1.6M")` → `[1000000, 1600000]` as numbers.
 */
export function readScaledPair(
  target: string,
  result: string,
  targetConvention: NumberConvention = null,
  resultConvention: NumberConvention = null,
): [ParsedValue, ParsedValue] | null {
  const scaled = (text: string, convention: NumberConvention): ParsedValue | null => {
    const raw = toNFC(text).trim();
    const currency = CURRENCY.exec(raw);
    const tail = UNIT_TAIL.exec(currency ? raw.slice(currency[0].length) : raw);
    const word = tail ? foldText(tail[2]!).trim() : "";
    if (!tail || !isMultiplier(word)) return null;
    const factor = MULTIPLIER_FACTOR[word]!;
    const v = parseValue(tail[1]!.trim(), null, currency && currency[1] !== "€" ? "en" : convention);
    return v.kind === "number" && v.direction === undefined
      ? { kind: "number", value: roundFloat(v.value * factor) }
      : null;
  };
  const t = scaled(target, targetConvention);
  const r = t && scaled(result, resultConvention);
  return t && r ? [t, r] : null;
}

/** A parsed value's number when it is a plain number, else null. Example: `numberOf(parseValue("95,5"))` → 95.5. */
export const numberOf = (v: ParsedValue): number | null => (v.kind === "number" ? v.value : null);

/** Whether a value was written as a change ("Giảm 6,55", "Tăng 12"). */
export const isChange = (v: ParsedValue): boolean => (v.kind === "number" || v.kind === "range") && v.note === "change";

/**
 * A fall written as a change on one side only ("Giảm 2" against a bare "2,5") is read as a fall on both: the bare
 * figure is taken as the size of the fall too (a guess, said by the `change` note and its warning). A rise needs no
 * such reading ("Tăng 7" against "7,2" compare as they are).
 * Example: `alignChange(parseValue("Giảm 2"), parseValue("2,5"))` → the result −2.5, lower-is-better.
 */
export function alignChange(target: ParsedValue, result: ParsedValue): [ParsedValue, ParsedValue] {
  const fall = (v: ParsedValue) => isChange(v) && "direction" in v && v.direction === "lower";
  const asFall = (v: ParsedValue): ParsedValue => {
    if (v.kind === "number" && v.value >= 0 && v.direction === undefined)
      return { kind: "number", value: -v.value, direction: "lower", note: "change" };
    if (v.kind === "range" && v.low >= 0 && v.direction === undefined)
      return { kind: "range", low: -v.high, high: -v.low, direction: "lower", note: "change" };
    return v;
  };
  if (fall(target) && !isChange(result)) return [target, asFall(result)];
  if (fall(result) && !isChange(target)) return [asFall(target), result];
  return [target, result];
}
