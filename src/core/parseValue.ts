import { foldText } from "./foldText";
import type { CellValue, Direction, ParsedValue } from "./types";

const ERROR_VALUE =
  /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

const ACHIEVED = new Set(["dat", "hoan thanh", "achieved", "met", "completed", "done"]);
const NOT_ACHIEVED = new Set([
  "khong dat",
  "chua dat",
  "chua hoan thanh",
  "khong hoan thanh",
  "not achieved",
  "not met",
  "not completed",
]);
const EXCEEDED = new Set(["vuot", "vuot muc", "vuot chi tieu", "exceeded"]);

/** Words before a number that make it a floor (higher is better) or a ceiling (lower is better), folded. */
const PREFIXES: [RegExp, Direction][] = [
  [
    /^(>=|=>|≥|>|ít nhất|it nhat|tối thiểu|toi thieu|không dưới|khong duoi|trên|tren|at least|min\.?|minimum)\s*/i,
    "higher",
  ],
  [
    /^(<=|=<|≤|<|không quá|khong qua|không vượt quá|khong vuot qua|tối đa|toi da|dưới|duoi|at most|max\.?|maximum|no more than)\s*/i,
    "lower",
  ],
];

const NUMBER = /^[+-]?(\d[\d.,\s]*\d|\d)\s*%?$/;

/**
 * Reads a number typed the Vietnamese way or the English way: comma is the decimal mark ("97,5" = 97.5),
 * dots in groups of three are thousands ("1.234" = 1234, "1.234,5" = 1234.5); where both marks appear the
 * later one is the decimal mark. A trailing "%" is dropped ("95%" = 95). Returns null when it is not a number.
 */
export function parseNumberText(text: string): number | null {
  const t = text.trim();
  if (!NUMBER.test(t)) return null;
  let s = t.replace(/%$/, "").replace(/\s+/g, "");
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const group = decimal === "." ? "," : ".";
    s = s.split(group).join("").replace(decimal, ".");
  } else if (lastComma >= 0) {
    s = /^[+-]?\d{1,3}(,\d{3}){2,}$/.test(s) ? s.replace(/,/g, "") : s.replace(",", ".");
  } else if (lastDot >= 0 && /^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) {
    s = s.replace(/\./g, "");
  }
  if ((s.match(/[.,]/g) ?? []).length > 1) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const isPercentFormat = (format: string | null | undefined): boolean =>
  !!format && /%/.test(format.replace(/"[^"]*"|\\./g, ""));

/** The factor that turns a cell's raw number into percent units: 100 for a cell formatted as %, else 1. */
export function percentScale(format: string | null | undefined): number {
  return isPercentFormat(format) ? 100 : 1;
}

/**
 * Parses a target or result cell. Numbers formatted as % are read in percent units (0.95 → 95);
 * "≥ 90" is 90 higher-is-better, "≤ 5" / "không quá 5" / "tối đa 5" / "dưới 5" is 5 lower-is-better;
 * "6,6–6,8" is a range; "Đạt" / "Không đạt" are qualitative; blanks, errors and other text are reported as such.
 * Example: `parseValue("≥ 90")` → `{ kind: "number", value: 90, direction: "higher" }`.
 */
export function parseValue(cell: CellValue, format?: string | null): ParsedValue {
  if (cell === null || cell === undefined) return { kind: "blank" };
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { kind: "error", text: String(cell) };
    const scale = percentScale(format);
    return { kind: "number", value: scale === 1 ? cell : roundFloat(cell * scale) };
  }
  if (typeof cell === "boolean") return { kind: "text", text: String(cell).toUpperCase() };
  const text = cell.normalize("NFC").trim();
  if (text === "") return { kind: "blank" };
  if (ERROR_VALUE.test(text)) return { kind: "error", text: text.toUpperCase() };
  return parseText(text);
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

function parseText(text: string): ParsedValue {
  const word = qualitative(text);
  if (word) return word;

  let rest = text;
  let direction: Direction | undefined;
  for (const [pattern, dir] of PREFIXES) {
    const m = pattern.exec(rest);
    if (m) {
      direction = dir;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  const value = parseNumberText(rest);
  if (value !== null) return direction ? { kind: "number", value, direction } : { kind: "number", value };

  const range = /^(.+?)\s*(?:–|—|-|đến|den|to)\s*(.+)$/i.exec(rest);
  if (range) {
    const a = parseNumberText(range[1]!.replace(/%$/, ""));
    const b = parseNumberText(range[2]!);
    if (a !== null && b !== null && a >= 0 && b >= 0) {
      const low = Math.min(a, b);
      const high = Math.max(a, b);
      return direction ? { kind: "range", low, high, direction } : { kind: "range", low, high };
    }
  }
  return { kind: "text", text };
}

/**
 * Removes binary noise from a product or sum such as 0.95 × 100 = 94.99999999999999 (12 significant digits kept).
 * Example: `roundFloat(100 + (82.05 - 80)) === 102.05`.
 */
export function roundFloat(n: number): number {
  if (Number.isInteger(n) || !Number.isFinite(n)) return n;
  const magnitude = 10 ** (11 - Math.floor(Math.log10(Math.abs(n))));
  return Math.round(n * magnitude) / magnitude;
}
