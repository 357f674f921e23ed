/**
 * What Excel does to formulas when a sheet is renamed or deleted: references to the sheet follow the new name, or
 * become #REF!. Text inside string literals is left alone. Written for the oracle, independently of the fake host.
 */
import { quoteSheet, sameSheetName } from "../../src/core/a1";

const CELLS =
  /^(\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+|#REF!)/;
const NAME_START = /[A-Za-z_\u00C0-\uFFFF]/;
const NAME_PART = /[A-Za-z0-9_.\u00C0-\uFFFF]/;

/**
 * `formula` with every reference to sheet `from` pointing at sheet `to` instead, or turned into #REF! when `to` is
 * null (the sheet was deleted). Example: `rewriteSheetReferences("='Phụ lục'!E5", "Phụ lục", "Appendix") === "=Appendix!E5"`.
 */
export function rewriteSheetReferences(formula: string, from: string, to: string | null): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let name: string | null = null;
    let end = i;
    if (ch === "'") {
      let j = i + 1;
      let text = "";
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          text += "'";
          j += 2;
        } else if (formula[j] === "'") break;
        else text += formula[j++];
      }
      if (formula[j + 1] === "!") {
        name = text;
        end = j + 2;
      }
    } else if (NAME_START.test(ch) && (i === 0 || !NAME_PART.test(formula[i - 1]!))) {
      let j = i;
      while (j < formula.length && NAME_PART.test(formula[j]!)) j++;
      if (formula[j] === "!") {
        name = formula.slice(i, j);
        end = j + 1;
      }
    }
    if (name === null) {
      out += ch;
      i++;
      continue;
    }
    const cells = CELLS.exec(formula.slice(end))?.[0] ?? "";
    if (!sameSheetName(name, from)) out += formula.slice(i, end + cells.length);
    else if (to === null) out += "#REF!";
    else out += `${quoteSheet(to)}!${cells}`;
    i = end + cells.length;
  }
  return out;
}
