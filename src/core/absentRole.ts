import type { TableLayout } from "./types";

/**
 * The value role a table does not have: "target" where it shows only results and their rates (`noTarget`), "result"
 * where it is a plan of targets only (`noResult`), else null. That role's column holds the other role's and is never
 * read, so no front end shows it as that role. Example: a customs table "Số thu | Tỷ lệ so với dự toán" → "target".
 */
export function absentRole(table: Pick<TableLayout, "noTarget" | "noResult">): "target" | "result" | null {
  return table.noTarget ? "target" : table.noResult ? "result" : null;
}
