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

function attainmentShape(ind: Indicator, columns: ColumnMapping, method: Method, decimals: number): string {
  const { t, r, guard } = refs(ind, columns);
  const higher = ind.direction === "higher";
  if (method === "points") return `IF(${guard},"",ROUND(100+(${higher ? `${r}-${t}` : `${t}-${r}`}),${decimals}))`;
  const [num, den] = higher ? [r, t] : [t, r];
  return `IF(OR(${guard},${den}=0),"",ROUND(${num}/${den}*100,${decimals}))`;
}

function statusShape(ind: Indicator, columns: ColumnMapping, lang: Lang): string {
  const { t, r, guard } = refs(ind, columns);
  const better = ind.direction === "higher" ? ">" : "<";
  const word = (s: Parameters<typeof statusLabel>[0]) => `"${statusLabel(s, lang)}"`;
  return `IF(${guard},${word("notEvaluated")},IF(${r}${better}${t},${word("exceeded")},IF(${r}=${t},${word("met")},${word("notMet")})))`;
}

/** Formulas differ between rows only by the row number: each shape is built once and split at the row. */
const shapes = new Map<string, string[]>();
function fill(key: string, build: () => string, row: number): string {
  let parts = shapes.get(key);
  if (!parts) {
    parts = build().split(ROW);
    shapes.set(key, parts);
  }
  return parts.join(String(row + 1));
}

const shapeKey = (ind: Indicator, columns: ColumnMapping) =>
  `${columns.target},${columns.result},${ind.targetScale},${ind.resultScale},${ind.direction}`;

/**
 * The live Excel formula (without "=") for an indicator's rate, so a later edit of a result recomputes:
 * points `ROUND(100+(D6-C6),0)`, ratio `ROUND(D6/C6*100,0)` (reversed for lower-is-better), blank instead of an
 * error when an input is blank or the divisor is 0. Example (points, higher): `IF(COUNT(C21,D21)<2,"",ROUND(100+(D21-C21),0))`.
 */
export function attainmentFormula(ind: Indicator, columns: ColumnMapping, method: Method, decimals: number): string {
  return fill(
    `a,${shapeKey(ind, columns)},${method},${decimals}`,
    () => attainmentShape(ind, columns, method, decimals),
    ind.row,
  );
}

/**
 * The live Excel formula (without "=") for an indicator's status word, compared on the values themselves.
 * Example (higher): `IF(COUNT(C21,D21)<2,"Chưa đánh giá",IF(D21>C21,"Vượt",IF(D21=C21,"Đạt","Không đạt")))`.
 */
export function statusFormula(ind: Indicator, columns: ColumnMapping, lang: Lang): string {
  return fill(`s,${shapeKey(ind, columns)},${lang}`, () => statusShape(ind, columns, lang), ind.row);
}
