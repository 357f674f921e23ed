import type { TableLayout } from "./types";

/**
 * A column's header text as read (the header rows' words joined), or "" where the column has none or is undefined.
 * Example: the sample's target column → "Chỉ tiêu Nghị quyết %".
 */
export function headerOf(table: Pick<TableLayout, "headers">, col: number | undefined): string {
  if (col === undefined) return "";
  return table.headers.find((h) => h.col === col)?.text ?? "";
}
