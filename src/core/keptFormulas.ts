/**
 * Formula text as the originals sheet keeps it: references that follow the officer's cells (Excel moves a
 * reference when rows are inserted or deleted above it, or when its sheet is renamed), and our own formulas as
 * shapes shared by every row, to tell our output from an edit.
 */
import { parseRange, quoteSheet, toA1 } from "./a1";
import type { CellRange } from "./types";

/** Stands for a cell's own row number in a formula shape. */
const ROW = "{R}";

/** Splits formula text into pieces outside and inside string literals and quoted sheet names. */
function pieces(formula: string): { text: string; quoted: boolean }[] {
  const out: { text: string; quoted: boolean }[] = [];
  let i = 0;
  while (i < formula.length) {
    const q = formula.slice(i).search(/["']/);
    if (q < 0) {
      out.push({ text: formula.slice(i), quoted: false });
      break;
    }
    if (q > 0) out.push({ text: formula.slice(i, i + q), quoted: false });
    const open = i + q;
    const mark = formula[open]!;
    let end = open + 1;
    // A doubled quote inside a literal is the quote itself.
    while (end < formula.length && !(formula[end] === mark && formula[end + 1] !== mark))
      end += formula[end] === mark ? 2 : 1;
    out.push({ text: formula.slice(open, end + 1), quoted: true });
    i = end + 1;
  }
  return out;
}

/**
 * Formula text compared as Excel would evaluate it: without the leading "=", spaces outside strings dropped and
 * names upper-cased outside strings. Example: `normalizeFormula("= if(a1>0, \"x\" ,1)") === 'IF(A1>0,"x",1)'`.
 */
export function normalizeFormula(formula: string): string {
  return pieces(formula.trim().replace(/^=/, ""))
    .map((p) => (p.quoted ? p.text : p.text.replace(/\s+/g, "").toUpperCase()))
    .join("");
}

const CELL_REF = /(^|[^A-Za-z0-9_.$])(\$?[A-Za-z]{1,3}\$?)(\d+)(?![\d(A-Za-z_])/g;

/**
 * A formula with its cell's own row number replaced, so that every row of a column shares one shape.
 * Example: `formulaShape("IF(COUNT(C21,D21)<2,\"\",D21-C21)", 20) === 'IF(COUNT(C{R},D{R})<2,"",D{R}-C{R})'`.
 */
export function formulaShape(formula: string, row: number): string {
  const own = String(row + 1);
  return pieces(normalizeFormula(formula))
    .map((p) =>
      p.quoted ? p.text : p.text.replace(CELL_REF, (m, pre, col, n) => (n === own ? `${pre}${col}${ROW}` : m)),
    )
    .join("");
}

/**
 * formulaShape for the rows of one column in turn, where every row holds the same formula filled down: a row whose
 * formula is exactly the last shape's formula for that row gets that shape back without parsing again. That holds
 * when the shape was made from normalized text (normalizing it again changes nothing), holds no "{R}" of its own,
 * and none of its fixed references names this row (formulaShape would turn that one into "{R}" too): the text
 * differs from the one parsed only in the digits of its own-row references. Anything else is parsed in full.
 * Example: `const shapeOf = shapeReader(); shapeOf("D21-C21", 20); shapeOf("D22-C22", 21) === "D{R}-C{R}"`.
 */
export function shapeReader(): (formula: string, row: number) => string {
  let shape = "";
  let fixedRows: Set<string> | null = null;
  let parts: string[] = [];
  /** Whether the formula is the shape's formula for the row whose number is `own` (shapeFormula, not built). */
  const fits = (formula: string, own: string): boolean => {
    let at = 0;
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) {
        if (!formula.startsWith(own, at)) return false;
        at += own.length;
      }
      if (!formula.startsWith(parts[i]!, at)) return false;
      at += parts[i]!.length;
    }
    return at === formula.length;
  };
  return (formula, row) => {
    const own = String(row + 1);
    if (fixedRows && !fixedRows.has(own) && fits(formula, own)) return shape;
    const normal = normalizeFormula(formula);
    const rows = new Set<string>();
    shape = pieces(normal)
      .map((p) =>
        p.quoted
          ? p.text
          : p.text.replace(CELL_REF, (m, pre, col, n: string) => {
              if (n === own) return `${pre}${col}${ROW}`;
              rows.add(n);
              return m;
            }),
      )
      .join("");
    fixedRows = !normal.includes(ROW) && normalizeFormula(normal) === normal ? rows : null;
    parts = shape.split(ROW);
    return shape;
  };
}

/** The formula a shape stands for in a row. Example: `shapeFormula("D{R}-C{R}", 20) === "D21-C21"`. */
export function shapeFormula(shape: string, row: number): string {
  return shape.split(ROW).join(String(row + 1));
}

/**
 * A formula that refers to cells of a sheet without depending on their values, so the reference follows them.
 * Example: `refFormula("Báo cáo", { top: 20, left: 4, bottom: 20, right: 4 }) === "ROWS('Báo cáo'!$E$21)"`.
 */
export function refFormula(sheet: string, range: CellRange): string {
  const a = toA1(range.top, range.left, true);
  const single = range.top === range.bottom && range.left === range.right;
  return `ROWS(${quoteSheet(sheet)}!${single ? a : `${a}:${toA1(range.bottom, range.right, true)}`})`;
}

const REFERENCE = /(?:'((?:[^']|'')+)'|([^\s'!(),+*/&=<>^-]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;

/**
 * Every sheet reference in a formula, as the workbook spells it now; references turned into #REF! (their sheet or
 * rows were deleted) are left out. Example: `formulaRefs("ROWS('KQ 2021'!$E$3:$E$28)+ROWS(#REF!)")` →
 * `[{ sheet: "KQ 2021", range: E3:E28 }]`.
 */
export function formulaRefs(formula: string): { sheet: string; range: CellRange }[] {
  const out: { sheet: string; range: CellRange }[] = [];
  for (const m of formula.matchAll(REFERENCE)) {
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
    const range = parseRange(m[3]!);
    if (range) out.push({ sheet, range });
  }
  return out;
}

/** Joins references into one formula of the index cell. Example: `indexFormula([a, b]) === "ROWS(a)+ROWS(b)"`. */
export function indexFormula(refs: { sheet: string; range: CellRange }[]): string {
  return refs.length ? refs.map((r) => refFormula(r.sheet, r.range)).join("+") : "0";
}
