import { toA1 } from "./a1";
import type { CellValue, Warning } from "./types";

/** The cells of one indicator line: a row's, or one line of its multi-line cells. */
export interface Cells {
  target: CellValue;
  result: CellValue;
  reported: CellValue;
  label: string;
  /** The target and result as shown, where a remark line was set aside from the value ("0,7%↵(còn 4,33%)"). */
  targetShown?: string;
  resultShown?: string;
}

/** The non-blank lines of a multi-line text cell, or null for a single-line or non-text cell. */
export const lines = (v: CellValue): string[] | null =>
  typeof v === "string" && v.includes("\n")
    ? v
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "")
    : null;

/** A line wholly in brackets with words in it ("(còn 4,33%)"): a remark on the line above; "(4,395)" is a number. */
const isRemark = (line: string) => /^\(.*\)$/.test(line) && /\p{L}/u.test(line);

/** A share of the figure above by group, "Women:40%", "Youth: 30%": a breakdown of that figure, not a value. */
const BREAKDOWN = /^\p{L}[\p{L}\s-]*:\s*[\d.,]+\s*%?$/u;
const isBreakdown = (line: string, above: string[] | undefined) =>
  !!above && /^[\d.,\s]+$/.test(above[0]!) && BREAKDOWN.test(line) && above.slice(1).every((l) => BREAKDOWN.test(l));

/** A line that is only the word of a change ("Giảm", "Tăng"), whose size is written on the next line. */
const isChangeWord = (line: string) => /^(giảm|tăng|decrease|increase)$/iu.test(line);

/**
 * A cell's lines grouped by value: each value line with the remark lines under it; a change word alone on its line
 * joins the figure under it ("Giảm↵2,5-3" is one value, "Giảm 2,5-3").
 */
function groups(v: CellValue): string[][] | null {
  const ls = lines(v);
  if (!ls) return null;
  const out: string[][] = [];
  let word: string | null = null;
  for (const line of ls) {
    if (word !== null) {
      out.push([`${word} ${line}`]);
      word = null;
    } else if (isChangeWord(line)) word = line;
    else if ((isRemark(line) && out.length > 0) || isBreakdown(line, out.at(-1))) out.at(-1)!.push(line);
    else out.push([line]);
  }
  if (word !== null) out.push([word]);
  return out;
}

/** Whether a cell's lines were joined into fewer values than lines (a change word over its figure). */
const joined = (v: CellValue, g: string[][] | null) =>
  !!g && g.reduce((n, x) => n + x.length, 0) < (lines(v)?.length ?? 0);

/** A figure and the unit words after it ("7.3 per day" → "per day"), or null. */
const unitWords = (text: string) => /^[\d.,]+\s*(\p{L}[\p{L}\s]*)$/u.exec(text.trim())?.[1]?.toLowerCase() ?? null;

/**
 * The one line of a target cell given in the result's unit, where every line is a figure with its unit ("9 per
 * day↵3250 pa" against "7.3 per day" → "9 per day"); null otherwise.
 */
function lineInUnitOf(target: string[][], result: CellValue): string | null {
  const unit = typeof result === "string" ? unitWords(result) : null;
  if (unit === null || target.length < 2) return null;
  const units = target.map((g) => unitWords(g[0]!));
  if (units.some((u) => u === null) || units.filter((u) => u === unit).length !== 1) return null;
  return target[units.indexOf(unit)]![0]!;
}

/**
 * Splits a row into its lines when the target and result cells hold one indicator per line ("95↵50" / "100↵80").
 * A line wholly in brackets is a remark on the value above it, not an indicator of its own: "0,7%↵(còn 4,33%)"
 * against "0,86%↵(còn 4,17%)" is one indicator, 0,7 against 0,86, and the remark is named in a warning.
 * Example: targets "95↵50" and results "100↵80" give two lines; a different count of lines gives one, with a warning.
 */
export function splitParts(
  cells: Cells,
  row: number,
  cols: { target: number; result: number },
  warnings: Warning[],
): Cells[] {
  const t = groups(cells.target);
  const r = groups(cells.result);
  if (!t && !r) return [cells];
  const remarks = [
    ...(t ?? []).flatMap((g) => g.slice(1).map((text) => [cols.target, text] as const)),
    ...(r ?? []).flatMap((g) => g.slice(1).map((text) => [cols.result, text] as const)),
  ];
  for (const [col, text] of remarks)
    warnings.push({ code: "remarkLine", address: toA1(row, col), row, params: { text } });
  // A target put in two units ("9 per day↵3250 pa") against a result in one of them ("7.3 per day"): the line in
  // the result's unit is the target, the other the same target put otherwise; said so.
  const same = t && !r && remarks.length === 0 ? lineInUnitOf(t, cells.result) : null;
  if (same !== null) {
    warnings.push({
      code: "targetInResultUnit",
      address: toA1(row, cols.target),
      row,
      params: { text: String(cells.target), line: same },
    });
    return [{ ...cells, target: same, targetShown: String(cells.target) }];
  }
  const tn = t?.length ?? 1;
  const rn = r?.length ?? 1;
  if (tn !== rn || tn < 2) {
    if (tn !== rn) {
      warnings.push({
        code: "partsMismatch",
        address: toA1(row, cols.target),
        row,
        params: { targets: tn, results: rn },
      });
    }
    if ((remarks.length === 0 && !joined(cells.target, t) && !joined(cells.result, r)) || tn !== rn) return [cells];
    // One value line in each cell once the remarks are set aside (or a change word joined): one indicator.
    return [
      {
        ...cells,
        target: t ? t[0]![0]! : cells.target,
        result: r ? r[0]![0]! : cells.result,
        ...(t ? { targetShown: String(cells.target) } : {}),
        ...(r ? { resultShown: String(cells.result) } : {}),
      },
    ];
  }
  const labels = cells.label
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const reported = lines(cells.reported);
  return t!.map((group, i) => ({
    target: group[0]!,
    result: r![i]![0]!,
    reported: reported ? (reported[i] ?? null) : i === 0 ? cells.reported : null,
    label: labels.length === tn ? labels[i]! : i === 0 ? cells.label : `${labels[0] ?? cells.label} (${i + 1})`,
    ...(group.length > 1 || r![i]!.length > 1 ? { targetShown: group.join("\n"), resultShown: r![i]!.join("\n") } : {}),
  }));
}
