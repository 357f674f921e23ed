import { toA1 } from "./a1";
import { statusLabel } from "./messages";
import type { ColumnMapping, Indicator, Lang, Method } from "./types";

/** A cell reference in percent units: a cell formatted as % (0.95) is multiplied by 100. */
const ref = (row: number, col: number, scale: number): string =>
  scale === 100 ? `(${toA1(row, col)}*100)` : toA1(row, col);

function refs(ind: Indicator, columns: ColumnMapping): { t: string; r: string; guard: string } {
  const t = ref(ind.row, columns.target, ind.targetScale);
  const r = ref(ind.row, columns.result, ind.resultScale);
  // Blank or non-numeric inputs after a later edit give a blank rate rather than a wrong one.
  const guard = `COUNT(${toA1(ind.row, columns.target)},${toA1(ind.row, columns.result)})<2`;
  return { t, r, guard };
}

/**
 * The live Excel formula (without "=") for an indicator's rate, so a later edit of a result recomputes:
 * points `ROUND(100+(D6-C6),0)`, ratio `ROUND(D6/C6*100,0)` (reversed for lower-is-better), blank instead of an
 * error when an input is blank or the divisor is 0. Example (points, higher): `IF(COUNT(C21,D21)<2,"",ROUND(100+(D21-C21),0))`.
 */
export function attainmentFormula(ind: Indicator, columns: ColumnMapping, method: Method, decimals: number): string {
  const { t, r, guard } = refs(ind, columns);
  const higher = ind.direction === "higher";
  if (method === "points") return `IF(${guard},"",ROUND(100+(${higher ? `${r}-${t}` : `${t}-${r}`}),${decimals}))`;
  const [num, den] = higher ? [r, t] : [t, r];
  return `IF(OR(${guard},${den}=0),"",ROUND(${num}/${den}*100,${decimals}))`;
}

/**
 * The live Excel formula (without "=") for an indicator's status word, compared on the values themselves.
 * Example (higher): `IF(COUNT(C21,D21)<2,"Chưa đánh giá",IF(D21>C21,"Vượt",IF(D21=C21,"Đạt","Không đạt")))`.
 */
export function statusFormula(ind: Indicator, columns: ColumnMapping, lang: Lang): string {
  const { t, r, guard } = refs(ind, columns);
  const better = ind.direction === "higher" ? ">" : "<";
  const word = (s: Parameters<typeof statusLabel>[0]) => `"${statusLabel(s, lang)}"`;
  return `IF(${guard},${word("notEvaluated")},IF(${r}${better}${t},${word("exceeded")},IF(${r}=${t},${word("met")},${word("notMet")})))`;
}
