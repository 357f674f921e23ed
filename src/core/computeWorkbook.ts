import { analyzeWorkbook } from "./analyzeWorkbook";
import type { CaptureCells } from "./originalsTypes";
import {
  captureFromGrid,
  captureRequest,
  draftOriginals,
  finishOriginals,
  keptOf,
  overlayWorkbook,
  type OriginalsDraft,
} from "./planOriginals";
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
 * One run of the engine up to the point where the adapter captures the cells it is about to overwrite: the kept
 * originals laid over the sheets (so the reported values are the officer's, however often this runs), the
 * analysis, the plan, and the draft of what the run keeps (`analysis.originals` counts it). The analysis lists the
 * planner's warnings too. Example: on the sample's own output, E21 is read as the 180 kept, not our formula.
 */
export function draftWorkbook(
  workbook: WorkbookGrid,
  settings: Settings,
  sheet?: string,
): Result<{ analysis: Analysis; plan: WorkbookPlan; draft: OriginalsDraft }> {
  const options = settingsToOptions(settings, sheet);
  const kept = keptOf(workbook);
  const typed = overlayWorkbook(workbook, kept);
  const analysis = analyzeWorkbook(typed.workbook, options.analyze);
  if (!analysis.ok) return analysis;
  const plan = planWorkbook(typed.workbook, analysis.value, options.plan);
  // The front ends list the planner's warnings with the analysis' (a new object: the analysis is not changed).
  const listed = plan.warnings.length
    ? { ...analysis.value, warnings: [...analysis.value.warnings, ...plan.warnings] }
    : analysis.value;
  const draft = draftOriginals(
    workbook,
    kept,
    typed.sheets.get(plan.source.sheet),
    listed,
    plan,
    options.plan.lang ?? listed.lang,
  );
  return { ok: true, value: { analysis: { ...listed, originals: draft.summary }, plan, draft } };
}

/**
 * One run of the engine: analyse the workbook with the user's settings (reading kept cells as the officer typed
 * them) and plan the output, including the originals sheet that keeps every cell the run overwrites. `capture`
 * reads those cells as they are now (each adapter has its own, which keeps the whole format; the default reads
 * the grid). `sheet` is used when the settings name none (the ribbon passes the active sheet).
 * Example: `computeWorkbook(grid, DEFAULT_SETTINGS)` → `{ ok: true, value: { analysis, plan } }`.
 */
export function computeWorkbook(
  workbook: WorkbookGrid,
  settings: Settings,
  sheet?: string,
  capture: CaptureCells = captureFromGrid(workbook),
): Result<{ analysis: Analysis; plan: WorkbookPlan }> {
  const drafted = draftWorkbook(workbook, settings, sheet);
  if (!drafted.ok) return drafted;
  const { analysis, plan, draft } = drafted.value;
  return {
    ok: true,
    value: { analysis, plan: { ...plan, originals: finishOriginals(draft, capture(captureRequest(draft))) } },
  };
}
