import { textPoints } from "../core";
import type { ReportLayout } from "./readPlanTable";
import { INDENT_PT, REPORT_PAGE, scaleWidths } from "./reportPage";

/** Points a cell keeps clear beside its text in the renderers (4 pt a side). */
const CELL_MARGIN_PT = 8;
/** Room for a word measured a little short (the metrics are the regular face's, bold scaled) and for rounding. */
const SLACK_PT = 4;

/**
 * The narrowest each column may be, with the cell's margins and indent: a header's lines as the officer broke
 * them ("Chỉ tiêu↵Nghị quyết↵%" keeps "Nghị quyết" on one line) and a header of two words whole ("Ghi chú"), else,
 * as in the body, the longest word, so that no word breaks inside (a longer header typed on one line, "Chỉ tiêu LĐLĐ
 * thành phố giao", wraps between its words as the sheet shows it). With `headerLines` false, header cells too only
 * keep their words whole. Cells spanning several columns are left out.
 */
export function minimumWidths(layout: ReportLayout, headerLines = true): number[] {
  const min = layout.widths.map(() => 0);
  layout.rows.forEach((row, r) => {
    for (const cell of row.cells) {
      if (cell.colSpan !== 1 || !cell.text) continue;
      // A header of two words ("Ghi chú", "Thực hiện") stays on its line as a typed line does.
      const whole =
        headerLines && r < layout.headerRows && (cell.text.includes("\n") || cell.text.trim().split(/\s+/).length <= 2);
      const pieces = whole ? /\n/ : /\s+/;
      const size = cell.style.fontSize ?? REPORT_PAGE.fontSizePt;
      const longest = Math.max(...cell.text.split(pieces).map((w) => textPoints(w, size, cell.style.bold === true)));
      min[cell.col] = Math.max(min[cell.col]!, longest + CELL_MARGIN_PT + SLACK_PT + cell.style.indent * INDENT_PT);
    }
  });
  return min;
}

/**
 * Column widths across `total` points in proportion to the plan's, but never below a column's minimum: the
 * columns that would be narrower get their minimum and the others share the rest in proportion. Falls back to
 * the plain proportion when the minimums alone exceed the total. Returns widths in `unit`ths of a point (10 for
 * tenths, 20 for twips), adding up exactly. Example: widths [1, 3] over 100 with minimums [40, 0] → [40, 60].
 */
export function fitWidths(widths: number[], minimums: number[], total: number, unit = 1): number[] {
  const sum = minimums.reduce((a, w) => a + w, 0);
  if (sum >= total) return scaleWidths(widths, Math.round(total * unit));
  const fixed = widths.map(() => false);
  let out: number[] = [];
  for (let pass = 0; pass < widths.length; pass++) {
    const room = total - minimums.reduce((a, m, i) => a + (fixed[i] ? m : 0), 0);
    const share = widths.reduce((a, w, i) => a + (fixed[i] ? 0 : w), 0) || 1;
    out = widths.map((w, i) => (fixed[i] ? minimums[i]! : (w / share) * room));
    const under = out.findIndex((w, i) => !fixed[i] && w < minimums[i]!);
    if (under < 0) break;
    out.forEach((w, i) => (fixed[i] ||= w < minimums[i]!));
  }
  return scaleWidths(out, Math.round(total * unit));
}

/**
 * The appendix's column widths across `total` points (in `unit`ths of a point): the sheet's proportions with every
 * header line and word whole where they fit; where the columns leave no room for that, the header's lines wrap
 * between their words first (a figure such as "683.249.993" must never break, a header line may); only where even
 * the words do not fit does each column get a share of the width in proportion to its narrowest.
 */
export function appendixWidths(layout: ReportLayout, total: number, unit = 1): number[] {
  const sum = (ws: number[]) => ws.reduce((a, w) => a + w, 0);
  const typed = minimumWidths(layout);
  if (sum(typed) < total) return fitWidths(layout.widths, typed, total, unit);
  const words = minimumWidths(layout, false);
  if (sum(words) < total) return fitWidths(layout.widths, words, total, unit);
  return scaleWidths(words, Math.round(total * unit));
}
