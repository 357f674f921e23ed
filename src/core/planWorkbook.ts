import { sameSheetName } from "./a1";
import { SHEET_NAMES } from "./messages";
import { planAppendix } from "./planAppendix";
import { planSource } from "./planSource";
import { planSummary } from "./planSummary";
import { DEFAULT_COLORS } from "./settings";
import { SheetAccess } from "./sheetAccess";
import type { Analysis, GeneratedRole, GeneratedSheetPlan, PlanOptions, WorkbookGrid, WorkbookPlan } from "./types";

/** Workbook-level defined names that mark the sheets this product generated, each pointing to the sheet's A1. */
export const MARKERS: Record<GeneratedRole, string> = {
  appendix: "Attainment_Appendix",
  summary: "Attainment_Summary",
  originals: "Attainment_Originals",
};

const TAB_COLORS: Partial<Record<GeneratedRole, string>> = { appendix: "#2F5597", summary: "#548235" };

/**
 * The name for a generated sheet: the preferred one when it is free or belongs to the sheet being replaced,
 * else "Phụ lục (2)", "Phụ lục (3)", … so a user's own sheet of that name is never touched.
 * Example: `resolveSheetName("Phụ lục", ["Phụ lục"], null) === "Phụ lục (2)"`.
 */
export function resolveSheetName(preferred: string, existing: string[], replaces: string | null): string {
  const taken = (name: string) =>
    existing.some((e) => sameSheetName(e, name) && !(replaces !== null && sameSheetName(e, replaces)));
  if (!taken(preferred)) return preferred;
  for (let i = 2; ; i++) {
    const name = `${preferred} (${i})`;
    if (!taken(name)) return name;
  }
}

/**
 * Plans everything a run writes: the attainment and status columns on the source sheet, the appendix sheet and
 * the summary sheet (rewriting those of an earlier run, found through the markers), as plain data that both
 * adapters apply the same way (through `lowerPlan`). Pure: the analysis is not changed. Cells the plan must leave
 * alone (an attainment cell inside a merged area) come back in `plan.warnings`; the summary sheet lists them with
 * the analysis' warnings, and `computeWorkbook` hands both to the front ends.
 * Example: planning the same analysis twice gives equal plans and leaves `analysis.warnings` as it was.
 */
export function planWorkbook(workbook: WorkbookGrid, analysis: Analysis, options: PlanOptions = {}): WorkbookPlan {
  const lang = options.lang ?? analysis.lang;
  const colors = { ...DEFAULT_COLORS, ...options.colors };
  const grid = workbook.sheets.find((s) => s.name === analysis.table.sheet);
  if (!grid) throw new Error(`planWorkbook: sheet ${analysis.table.sheet} is not in the workbook`);
  const sheet = new SheetAccess(grid);
  const {
    attainmentCol: _a,
    statusCol: _s,
    warnings,
    ...source
  } = planSource(analysis, sheet, { lang, liveFormulas: options.liveFormulas ?? true, colors });
  const existing = workbook.sheets.map((s) => s.name);
  const generated: GeneratedSheetPlan[] = [];
  const listed: Analysis = warnings.length ? { ...analysis, warnings: [...analysis.warnings, ...warnings] } : analysis;
  const plans = {
    appendix: planAppendix(analysis, lang, sheet, { caption: options.appendixCaption ?? "" }),
    summary: planSummary(listed, lang, colors),
  };
  for (const role of ["appendix", "summary"] as const) {
    const replaces = workbook.generated?.[role] ?? null;
    const name = resolveSheetName(SHEET_NAMES[lang][role], [...existing, ...generated.map((g) => g.name)], replaces);
    generated.push({ ...plans[role], role, name, replaces, tabColor: TAB_COLORS[role] });
  }
  return { source: { ...source, sheet: grid.name }, generated, markers: MARKERS, warnings };
}
