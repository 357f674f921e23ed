import { analyzeWorkbook } from "./analyzeWorkbook";
import { planWorkbook } from "./planWorkbook";
import type { Settings } from "./settings";
import type { Analysis, AnalyzeOptions, Direction, PlanOptions, Result, WorkbookGrid, WorkbookPlan } from "./types";

const toRows = (directions: Settings["directions"]): Record<number, Direction> =>
  Object.fromEntries(Object.entries(directions).map(([row, dir]) => [Number(row), dir]));

/** Splits the user's saved settings into the engine's analyse and plan options. */
export function settingsToOptions(settings: Settings, sheet?: string): { analyze: AnalyzeOptions; plan: PlanOptions } {
  const chosen = settings.sheet ?? sheet;
  return {
    analyze: {
      ...(chosen ? { sheet: chosen } : {}),
      method: settings.method,
      decimals: settings.decimals,
      lang: settings.lang,
      mapping: settings.mapping,
      ...(settings.table ? { table: settings.table } : {}),
      ...(Object.keys(settings.directions ?? {}).length > 0 ? { directions: toRows(settings.directions) } : {}),
    },
    plan: {
      lang: settings.lang,
      liveFormulas: settings.liveFormulas,
      colors: settings.colors,
      appendixCaption: settings.appendixCaption ?? "",
    },
  };
}

/**
 * One run of the engine: analyse the workbook with the user's settings and plan the output; the analysis returned
 * lists the planner's warnings too.
 * `sheet` is used when the settings name none (the ribbon passes the active sheet).
 * Example: `computeWorkbook(grid, DEFAULT_SETTINGS)` → `{ ok: true, value: { analysis, plan } }`.
 */
export function computeWorkbook(
  workbook: WorkbookGrid,
  settings: Settings,
  sheet?: string,
): Result<{ analysis: Analysis; plan: WorkbookPlan }> {
  const options = settingsToOptions(settings, sheet);
  const analysis = analyzeWorkbook(workbook, options.analyze);
  if (!analysis.ok) return analysis;
  const plan = planWorkbook(workbook, analysis.value, options.plan);
  // The front ends list the planner's warnings with the analysis' (a new object: the analysis is not changed).
  const listed = plan.warnings.length
    ? { ...analysis.value, warnings: [...analysis.value.warnings, ...plan.warnings] }
    : analysis.value;
  return { ok: true, value: { analysis: listed, plan } };
}
