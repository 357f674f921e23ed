import type { CellValue, PlanCell } from "../core";

/** What one cell of a 2-D `Range.values`/`Range.formulas` write holds; `null` leaves the cell untouched. */
export type CellInput = string | number | boolean | null;

/**
 * Turns a plan cell into what Office.js is given, so that text always stays text.
 * Excel parses written strings as if typed: "=…", "+…", "-…" and "@…" can become formulas, "95" a number,
 * "1/2" a date. A leading apostrophe makes Excel store the rest literally (the apostrophe is not part of
 * the value), so every non-empty string gets one. Formulas get their "=". A cell with no value is cleared ("").
 * Example: `toCellInput({ value: "=HYPERLINK(…)" }) === "'=HYPERLINK(…)"`; `toCellInput({ formula: "C5/B5", value: 2 }) === "=C5/B5"`.
 */
export function toCellInput(cell: PlanCell | null): CellInput {
  if (cell === null) return null;
  if (cell.formula !== undefined && cell.formula !== "") {
    return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  }
  return toValueInput(cell.value);
}

/** The input for a plain value (see `toCellInput`); numbers Excel cannot hold (NaN, ±Infinity) are written blank. */
export function toValueInput(value: CellValue): CellInput {
  if (value === null) return "";
  if (typeof value === "string") return value === "" ? "" : `'${value}`;
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  return value;
}
