import { columnName } from "./a1";
import { statusLabel } from "./messages";
import type { ColumnMapping, Indicator, Lang, Method } from "./types";

/** Stands for the row number while a formula is built once per shape and then filled in for every row. */
const ROW = "\u0000";

/** A cell reference in percent units: a cell formatted as % (0.95) is multiplied by 100. */
const ref = (col: number, scale: number): string =>
  scale === 100 ? `(${columnName(col)}${ROW}*100)` : `${columnName(col)}${ROW}`;

function refs(ind: Indicator, columns: ColumnMapping): { t: string; r: string; guard: string } {
  const t = ref(columns.target, ind.targetScale);
  const r = ref(columns.result, ind.resultScale);
  // Blank or non-numeric inputs after a later edit give a blank rate rather than a wrong one.
  const guard = `COUNT(${columnName(columns.target)}${ROW},${columnName(columns.result)}${ROW})<2`;
  return { t, r, guard };
}

function attainmentShape(ind: Indicator, columns: ColumnMapping, tableMethod: Method, tableDecimals: number): string {
  const { t, r, guard } = refs(ind, columns);
  const higher = ind.direction === "higher";
  // Each indicator carries its own method and decimals (percent by points, amounts by ratio); older plans may not.
  const method = ind.method ?? tableMethod;
  const decimals = ind.decimals ?? tableDecimals;
  if (method === "points") return `IF(${guard},"",ROUND(100+(${higher ? `${r}-${t}` : `${t}-${r}`}),${decimals}))`;
  const [num, den] = higher ? [r, t] : [t, r];
  const rate = ind.capped ? `MIN(100,${num}/${den}*100)` : `${num}/${den}*100`;
  return `IF(OR(${guard},${den}=0),"",ROUND(${rate},${decimals}))`;
}

function statusShape(ind: Indicator, columns: ColumnMapping, lang: Lang): string {
  const { t, r, guard } = refs(ind, columns);
  const better = ind.direction === "higher" ? ">" : "<";
  const word = (s: Parameters<typeof statusLabel>[0]) => `"${statusLabel(s, lang)}"`;
  return `IF(${guard},${word("notEvaluated")},IF(${r}${better}${t},${word("exceeded")},IF(${r}=${t},${word("met")},${word("notMet")})))`;
}

/** An index for the few formula shapes of a run: which cells are % and which way is better. */
const shapeIndex = (ind: Indicator): number =>
  (ind.targetScale === 100 ? 1 : 0) |
  (ind.resultScale === 100 ? 2 : 0) |
  (ind.direction === "lower" ? 4 : 0) |
  (ind.method === "ratio" ? 8 : ind.method === "points" ? 16 : 0) |
  (ind.capped ? 32 : 0) |
  ((ind.decimals ?? 7) << 6);

export interface FormulaWriter {
  /** The rate formula (without "="), e.g. `IF(COUNT(C21,D21)<2,"",ROUND(100+(D21-C21),0))`. */
  attainment(ind: Indicator): string;
  /** The status formula, e.g. `IF(COUNT(C21,D21)<2,"Chưa đánh giá",IF(D21>C21,"Vượt",IF(D21=C21,"Đạt","Không đạt")))`. */
  status(ind: Indicator): string;
}

/**
 * Live Excel formulas for one run, so a later edit of a result recomputes: points `100+(D-C)`, ratio `D/C*100`
 * (reversed for lower-is-better), rounded with ROUND, blank instead of an error when an input is blank or the divisor
 * is 0; the status word compared on the values themselves. Formulas differ between rows only by the row number, so
 * each shape is built once and split where the row goes.
 */
export function formulaWriter(columns: ColumnMapping, method: Method, decimals: number, lang: Lang): FormulaWriter {
  const rates: string[][] = [];
  const statuses: string[][] = [];
  // A row's two formulas share its number, written once.
  let lastRow = -1;
  let rowText = "";
  const rowOf = (ind: Indicator): string =>
    ind.row === lastRow ? rowText : (rowText = String((lastRow = ind.row) + 1));
  return {
    attainment: (ind) =>
      (rates[shapeIndex(ind)] ??= attainmentShape(ind, columns, method, decimals).split(ROW)).join(rowOf(ind)),
    status: (ind) => (statuses[shapeIndex(ind)] ??= statusShape(ind, columns, lang).split(ROW)).join(rowOf(ind)),
  };
}
