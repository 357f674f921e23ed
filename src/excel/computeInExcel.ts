import {
  captureRequest,
  draftWorkbook,
  finishOriginals,
  type Analysis,
  type CellRange,
  type GeneratedSheetPlan,
  type Settings,
  type WorkbookPlan,
} from "../core";
import type { ComputeOutcome, PortResult, Progress } from "../port";
import { captureCells } from "./captureCells";
import type { ApiSupport } from "./detectApiSupport";
import { classifyHostError, describeProtection, describeWriteFailure, errorParts } from "./describeHostError";
import { chooseSheet, loadWorkbook, type LoadedWorkbook } from "./loadWorkbook";
import { WriteError, writeWorkbookPlan } from "./writeWorkbookPlan";

/** Where the appendix's table sits, for "select the appendix" after a run. */
export interface AppendixLocation {
  sheet: string;
  range: CellRange;
}

/** The appendix table: the bordered area of its plan (header and rows), else every written cell. */
export function appendixRange(plan: GeneratedSheetPlan): CellRange | null {
  const bordered = plan.formats.filter((f) => f.style.border).map((f) => f.range);
  const areas = bordered.length
    ? bordered
    : plan.blocks.map((b) => ({
        top: b.top,
        left: b.left,
        bottom: b.top + b.cells.length - 1,
        right: b.left + (b.cells[0]?.length ?? 1) - 1,
      }));
  if (!areas.length) return null;
  return {
    top: Math.min(...areas.map((a) => a.top)),
    left: Math.min(...areas.map((a) => a.left)),
    bottom: Math.max(...areas.map((a) => a.bottom)),
    right: Math.max(...areas.map((a) => a.right)),
  };
}

const hostFailure = <T>(code: ReturnType<typeof classifyHostError>, detail: string): PortResult<T> => ({
  ok: false,
  error: { kind: "host", code, detail },
});

/**
 * Reads the workbook and plans a run, the originals included: read (3 syncs, plus 1 for the table's fonts from
 * ExcelApi 1.9), run the engine over the sheet as the
 * officer typed it, then — only when the run writes cells no earlier run kept — capture those cells (1 sync).
 * Example: a second run on the sample captures nothing and plans E21 as 180 kept, 108 computed.
 */
export async function planInExcel(
  context: Excel.RequestContext,
  settings: Settings,
  support: ApiSupport,
): Promise<
  | { ok: true; loaded: LoadedWorkbook; analysis: Analysis; plan: WorkbookPlan }
  | { ok: false; result: PortResult<never> }
> {
  const loaded = await loadWorkbook(context, support, chooseSheet(settings.sheet), {
    mapping: settings.mapping,
    comments: true,
    fonts: true,
  });
  const drafted = draftWorkbook(loaded.grid, { ...settings, sheet: null }, loaded.sheet);
  if (!drafted.ok) return { ok: false, result: { ok: false, error: { kind: "engine", error: drafted.error } } };
  const { analysis, plan, draft } = drafted.value;
  const request = captureRequest(draft);
  const grid = loaded.grid.sheets.find((s) => s.name === request.sheet);
  const captured = request.cells.length ? await captureCells(context, request, grid, support) : [];
  return { ok: true, loaded, analysis, plan: { ...plan, originals: finishOriginals(draft, captured) } };
}

/**
 * One compute inside an Excel.run: read and plan (3 syncs, plus 1 for the table's fonts from ExcelApi 1.9, plus 1
 * to capture the cells overwritten for the first time), refuse a protected sheet or workbook before writing
 * anything, write the plan — the originals sheet first, then the source sheet, then the generated sheets (3 syncs,
 * plus 1 for print setup) — and report notices. From ExcelApi 1.9, 8 syncs on a re-run and 9 when cells are kept
 * for the first time, for any table that fits the per-sync budgets. Returns where the appendix went through
 * `onAppendix`.
 */
export async function computeInExcel(
  context: Excel.RequestContext,
  settings: Settings,
  support: ApiSupport,
  onProgress: (p: Progress) => void,
  onAppendix: (location: AppendixLocation) => void,
): Promise<PortResult<ComputeOutcome>> {
  onProgress({ stage: "reading", fraction: 0 });
  const planned = await planInExcel(context, settings, support);
  if (!planned.ok) return planned.result;
  onProgress({ stage: "computing", fraction: 0.3 });
  const { analysis, plan, loaded } = planned;
  const lang = settings.lang;

  if (loaded.shapes.find((s) => s.name === plan.source.sheet)?.protected) {
    return hostFailure("sheetProtected", describeProtection(lang, plan.source.sheet));
  }
  if (loaded.meta.structureProtected) return hostFailure("sheetProtected", describeProtection(lang, null));

  onProgress({ stage: "writing", fraction: 0.4 });
  try {
    const notices = await writeWorkbookPlan(
      context,
      plan,
      loaded.meta,
      support,
      (done, total) => onProgress({ stage: "writing", fraction: 0.4 + (0.55 * done) / total }),
      loaded.comments,
    );
    const appendix = plan.generated.find((g) => g.role === "appendix");
    const summary = plan.generated.find((g) => g.role === "summary");
    const range = appendix ? appendixRange(appendix) : null;
    if (appendix && range) onAppendix({ sheet: appendix.name, range });
    onProgress({ stage: "done", fraction: 1 });
    return { ok: true, value: outcome(analysis, appendix ?? null, summary?.name ?? "", notices) };
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    const detail = describeWriteFailure(
      lang,
      errorParts(error.hostError).message,
      error.rollback,
      plan.source.sheet,
      error.sourceTouched,
    );
    return hostFailure(classifyHostError(error.hostError, true), detail);
  }
}

function outcome(
  analysis: Analysis,
  appendix: GeneratedSheetPlan | null,
  summarySheet: string,
  notices: ComputeOutcome["notices"],
): ComputeOutcome {
  return { analysis, appendixSheet: appendix?.name ?? "", summarySheet, notices, appendix };
}
