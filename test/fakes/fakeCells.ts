/**
 * How the fake stores what Office.js writes into a cell, and what it reads back. Strings are interpreted the
 * way Excel interprets typed input: "=…" (and "+…", "-…", "@…" that are not numbers) become formulas, numbers
 * and percentages become numbers, and a leading apostrophe makes the rest literal text.
 */
import type { FakeCell, FakeValue } from "./fakeModel";

/** The error values Excel shows as text. */
export const ERROR_VALUES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"];

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;

function setFormula(cell: FakeCell, formula: string): void {
  cell.formula = formula;
  // The fake does not evaluate formulas: the cached value stays blank.
  cell.value = null;
  cell.error = false;
  cell.quotePrefix = false;
}

/** Applies one input of a `values` or `formulas` write. `null`/`undefined` leave the cell untouched. */
export function enterInput(cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return;
  delete cell.formula;
  cell.quotePrefix = false;
  cell.error = false;
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (text === "") {
    cell.value = null;
    return;
  }
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = text;
    return;
  }
  if (text.startsWith("=") && text.length > 1) return setFormula(cell, text);
  if (NUMBER.test(text.trim())) {
    cell.value = Number(text.trim());
    return;
  }
  if (PERCENT.test(text.trim())) {
    cell.value = Number(text.trim().slice(0, -1)) / 100;
    if (!cell.numberFormat || cell.numberFormat === "General") cell.numberFormat = "0%";
    return;
  }
  if (/^[+\-@]/.test(text)) return setFormula(cell, `=${text}`);
  if (ERROR_VALUES.includes(text)) {
    cell.value = text;
    cell.error = true;
    return;
  }
  cell.value = text;
}

/** `Range.values` of one cell: blanks read as "", errors as their text. */
export function readValue(cell: FakeCell | undefined): FakeValue {
  return cell?.value ?? "";
}

/** `Range.formulas` of one cell: the formula, else the constant. */
export function readFormula(cell: FakeCell | undefined): FakeValue {
  return cell?.formula ?? cell?.value ?? "";
}

/** `Range.valueTypes` of one cell. */
export function readValueType(cell: FakeCell | undefined): string {
  const v = cell?.value ?? null;
  if (v === null) return "Empty";
  if (cell?.error) return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}
