/**
 * Moves the relative references of a formula by whole rows and columns, as Excel does when it fills a formula
 * into another cell (absolute parts, marked "$", stay). Used where a formula's anchor cell changes: the master of
 * a shared formula (ECMA-376 Part 1 §18.3.1.40) and the top-left cell of a conditional format's range
 * (§18.3.1.10: its formulas are relative to that cell). String literals, quoted sheet names and structured
 * references are left alone; a reference moved off the sheet becomes #REF!.
 */
import { columnName } from "../../core";

const MAX_ROW = 1048575;
const MAX_COL = 16383;

const TOKEN = new RegExp(
  [
    /"(?:[^"]|"")*"/.source, // string literal
    /'(?:[^']|'')*'!/.source, // quoted sheet name
    /\[(?:[^[\]]|\[[^\]]*\])*\]/.source, // structured reference, external book index
    /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(.!:]|:[A-Za-z$])/.source, // A1 (not A1:B2's first half)
    /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+):(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(.!])/.source, // A1:B2
    /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(.!])/.source, // A:C
    /(?<![A-Za-z0-9_.$:])(\$?)(\d+):(\$?)(\d+)(?![A-Za-z0-9_(.!:])/.source, // 1:3
  ].join("|"),
  "g",
);

const colIndex = (letters: string): number => {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return col - 1;
};

type Shift = (n: number, absolute: boolean, max: number, by: number) => number | null;
const move: Shift = (n, absolute, max, by) => {
  if (absolute) return n;
  const m = n + by;
  return m < 0 || m > max ? null : m;
};

/** Example: `shiftFormula("SUM(A1:B2)*$C$1", 2, 1) === "SUM(B3:C4)*$C$1"`. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(TOKEN, (token, ...g: (string | undefined)[]) => {
    const cell = (cd: string, c: string, rd: string, r: string): string | null => {
      const col = colIndex(c);
      if (col > MAX_COL) return `${cd}${c}${rd}${r}`;
      const nc = move(col, cd === "$", MAX_COL, cols);
      const nr = move(Number(r) - 1, rd === "$", MAX_ROW, rows);
      return nc === null || nr === null ? null : `${cd}${columnName(nc)}${rd}${nr + 1}`;
    };
    if (g[1] !== undefined) return cell(g[0]!, g[1], g[2]!, g[3]!) ?? "#REF!";
    if (g[5] !== undefined) {
      const a = cell(g[4]!, g[5], g[6]!, g[7]!);
      const b = cell(g[8]!, g[9]!, g[10]!, g[11]!);
      return a && b ? `${a}:${b}` : "#REF!";
    }
    if (g[13] !== undefined) {
      const a = move(colIndex(g[13]), g[12] === "$", MAX_COL, cols);
      const b = move(colIndex(g[15]!), g[14] === "$", MAX_COL, cols);
      return a === null || b === null ? "#REF!" : `${g[12]}${columnName(a)}:${g[14]}${columnName(b)}`;
    }
    if (g[17] !== undefined) {
      const a = move(Number(g[17]) - 1, g[16] === "$", MAX_ROW, rows);
      const b = move(Number(g[19]) - 1, g[18] === "$", MAX_ROW, rows);
      return a === null || b === null ? "#REF!" : `${g[16]}${a + 1}:${g[18]}${b + 1}`;
    }
    return token;
  });
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isNameChar = (c: number) => isLetter(c) || isDigit(c) || c === 95 || c === 46;

/**
 * shiftFormula by whole rows only, for formulas without ranges of whole rows or columns and without structured
 * references (no ":" or "["): a single pass over the characters, for checking thousands of filled-down formulas.
 * Other formulas go to shiftFormula. Example: `shiftRows("IF(D21>C21,1,0)", 1) === "IF(D22>C22,1,0)"`.
 */
export function shiftRows(formula: string, rows: number): string {
  if (formula.includes(":") || formula.includes("[")) return shiftFormula(formula, rows, 0);
  let out = "";
  let from = 0;
  const n = formula.length;
  for (let i = 0; i < n;) {
    const c = formula.charCodeAt(i);
    if (c === 34 || c === 39) {
      // a string literal or a quoted sheet name: to its closing quote ("" and '' escape one)
      let j = i + 1;
      while (j < n && !(formula.charCodeAt(j) === c && formula.charCodeAt(j + 1) !== c))
        j += formula.charCodeAt(j) === c ? 2 : 1;
      i = j + 1;
      continue;
    }
    if (
      (c === 36 || isLetter(c)) &&
      (i === 0 || !(isNameChar(formula.charCodeAt(i - 1)) || formula.charCodeAt(i - 1) === 36))
    ) {
      let j = i;
      if (formula.charCodeAt(j) === 36) j++;
      const letters = j;
      while (j < n && isLetter(formula.charCodeAt(j))) j++;
      const count = j - letters;
      if (count >= 1 && count <= 3) {
        const absRow = formula.charCodeAt(j) === 36;
        let k = absRow ? j + 1 : j;
        const digits = k;
        while (k < n && isDigit(formula.charCodeAt(k))) k++;
        const next = formula.charCodeAt(k);
        if (k > digits && !(isNameChar(next) || next === 40 || next === 33)) {
          if (!absRow) {
            const row = Number(formula.slice(digits, k)) + rows;
            if (row < 1 || row > MAX_ROW + 1) return shiftFormula(formula, rows, 0);
            out += formula.slice(from, digits) + row;
            from = k;
          }
          i = k;
          continue;
        }
      }
      while (j < n && isNameChar(formula.charCodeAt(j))) j++;
      i = Math.max(j, i + 1);
      continue;
    }
    i++;
  }
  return out + formula.slice(from);
}

/**
 * Whether `next` is `prev` filled down one row (every relative row of a reference one more, nothing else
 * changed), checked in one pass over both without building strings. Formulas with ranges of whole rows or columns
 * or structured references (":" or "[") are checked with shiftFormula instead.
 * Example: `isFilledDown("IF(D21>C21,1,0)", "IF(D22>C22,1,0)")`; not `("A1+1", "A2+2")`.
 */
export function isFilledDown(prev: string, next: string): boolean {
  if (prev.includes(":") || prev.includes("[")) return shiftFormula(prev, 1, 0) === next;
  const n1 = prev.length;
  const n2 = next.length;
  let i = 0;
  let j = 0;
  let quote = 0;
  while (i < n1 && j < n2) {
    const c = prev.charCodeAt(i);
    if (quote) {
      // inside a string literal or a quoted sheet name: the same in both ("" and '' escape a quote)
      if (c !== next.charCodeAt(j)) return false;
      if (c === quote) quote = 0;
      i++;
      j++;
      continue;
    }
    if (c === 34 || c === 39) quote = c;
    else if ((c === 36 || isLetter(c)) && (i === 0 || !isRefBefore(prev.charCodeAt(i - 1)))) {
      // a reference candidate: [$]letters[$]digits, not followed by a name character, "(" or "!"
      let a = i;
      if (prev.charCodeAt(a) === 36) a++;
      const l0 = a;
      while (a < n1 && isLetter(prev.charCodeAt(a))) a++;
      const letters = a - l0;
      const absolute = prev.charCodeAt(a) === 36;
      let d = absolute ? a + 1 : a;
      const d0 = d;
      let rowPrev = 0;
      while (d < n1 && isDigit(prev.charCodeAt(d))) rowPrev = rowPrev * 10 + prev.charCodeAt(d++) - 48;
      const after = prev.charCodeAt(d);
      const isRef = letters >= 1 && letters <= 3 && d > d0 && !(isNameChar(after) || after === 40 || after === 33);
      // everything up to the digits is the same in both
      const head = isRef
        ? d0
        : (() => {
            let k = i;
            while (k < n1 && (isNameChar(prev.charCodeAt(k)) || prev.charCodeAt(k) === 36)) k++;
            return k;
          })();
      for (let k = i; k < head; k++, j++) if (prev.charCodeAt(k) !== next.charCodeAt(j)) return false;
      i = head;
      if (!isRef) continue;
      let rowNext = 0;
      const e0 = j;
      while (j < n2 && isDigit(next.charCodeAt(j))) rowNext = rowNext * 10 + next.charCodeAt(j++) - 48;
      if (j === e0 || rowNext !== (absolute ? rowPrev : rowPrev + 1)) return false;
      i = d;
      continue;
    }
    if (c !== next.charCodeAt(j)) return false;
    i++;
    j++;
  }
  return i === n1 && j === n2;
}

/** A character after which letters continue a name rather than start a reference. */
const isRefBefore = (c: number) => isNameChar(c) || c === 36;
