/**
 * What Excel does to formulas that refer to a sheet when the sheet is renamed or deleted: a rename rewrites them
 * to the new name, a deletion turns each reference into #REF! (Excel's "Rename a worksheet" and "Delete a
 * worksheet" help pages: formulas follow a renamed sheet; references to a deleted one show #REF!). Text inside
 * string literals is not a reference. Used by the fake's Worksheet.name and Worksheet.delete.
 */
import { quoteSheetName } from "./fakeAddress";
import type { FakeWorkbook } from "./fakeModel";

/** One sheet reference found in a formula: where it starts and ends (sheet part + "!" + cells), and the sheet. */
interface Reference {
  start: number;
  end: number;
  sheet: string;
  cells: string;
}

const CELL_PART =
  /^(\$?[A-Z]{1,3}\$?[0-9]+(:\$?[A-Z]{1,3}\$?[0-9]+)?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?[0-9]+:\$?[0-9]+|#REF!)/i;

function references(formula: string): Reference[] {
  const found: Reference[] = [];
  let i = 0;
  let inString = false;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (inString) {
      if (ch === '"') inString = formula[i + 1] === '"' ? (i++, true) : false;
      i++;
      continue;
    }
    if (ch === '"') {
      inString = true;
      i++;
      continue;
    }
    let sheet: string | null = null;
    let after = i;
    if (ch === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === "'" && formula[j + 1] !== "'")) j += formula[j] === "'" ? 2 : 1;
      if (formula[j + 1] === "!") {
        sheet = formula.slice(i + 1, j).replace(/''/g, "'");
        after = j + 2;
      }
    } else if (/[\p{L}_]/u.test(ch) && (i === 0 || !/[\p{L}\p{N}_.]/u.test(formula[i - 1]!))) {
      const m = /^[\p{L}_][\p{L}\p{N}_.]*/u.exec(formula.slice(i))!;
      if (formula[i + m[0].length] === "!") {
        sheet = m[0];
        after = i + m[0].length + 1;
      }
    }
    if (sheet === null) {
      i++;
      continue;
    }
    const cells = CELL_PART.exec(formula.slice(after))?.[0] ?? "";
    found.push({ start: i, end: after + cells.length, sheet, cells });
    i = after + cells.length;
  }
  return found;
}

function rewrite(formula: string, from: string, to: string | null): string {
  const same = (a: string) => a.normalize("NFC").toLowerCase() === from.normalize("NFC").toLowerCase();
  let out = "";
  let last = 0;
  for (const ref of references(formula)) {
    if (!same(ref.sheet)) continue;
    out += formula.slice(last, ref.start) + (to === null ? "#REF!" : `${quoteSheetName(to)}!${ref.cells}`);
    last = ref.end;
  }
  return out + formula.slice(last);
}

/** Rewrites every formula of the workbook that refers to sheet `from`: to `to`, or to #REF! when `to` is null. */
export function rewriteReferences(workbook: FakeWorkbook, from: string, to: string | null): void {
  for (const sheet of workbook.sheets)
    for (const { cell } of sheet.entries()) if (cell.formula) cell.formula = rewrite(cell.formula, from, to);
}
