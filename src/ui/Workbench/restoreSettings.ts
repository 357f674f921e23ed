import type { Settings } from "../../core";
import type { WorkbookOverview } from "../../port";

/**
 * Fits settings (saved earlier, or the panel's current ones on a re-read) to the workbook as it is now:
 * a sheet that no longer exists falls back to the active one, and when the active sheet has no table
 * the first sheet with one is chosen. Column overrides belong to their sheet, so they go when it changes.
 * Example: saved sheet "Cũ" missing, active "Sheet1" without table, "Báo cáo" with one → sheet "Báo cáo", mapping {}.
 */
export function restoreSettings(overview: WorkbookOverview, base: Settings): Settings {
  let settings = base;
  if (settings.sheet !== null && !overview.sheets.some((s) => s.name === settings.sheet)) {
    settings = { ...settings, sheet: null, mapping: {} };
  }
  if (settings.sheet === null) {
    const active = overview.sheets.find((s) => s.name === overview.activeSheet);
    const firstWithTable = overview.sheets.find((s) => s.table !== null);
    if (!active?.table && firstWithTable) settings = { ...settings, sheet: firstWithTable.name, mapping: {} };
  }
  return settings;
}

/** The sheet the settings point at: the chosen one, or else the active one. */
export function effectiveSheet(overview: WorkbookOverview, settings: Settings): string | null {
  return settings.sheet ?? overview.activeSheet;
}
