import { quoteSheet, type WorkbookPlan } from "../core";
import type { ApiSupport } from "./detectApiSupport";
import { OPERATION_BYTES, SYNC_BUDGET } from "./measurePayload";
import { packSteps, planSheetSteps, type WriteStep } from "./planSheetSteps";
import { queuePrintSetup } from "./queuePrintSetup";
import type { WorkbookMeta } from "./readWorkbook";
import { rollbackWrite, type RollbackReport, type SetAside } from "./rollbackWrite";

/** Something the user should know about how the result was written (see ComputeOutcome.notices). */
export type WriteNotice = { code: "staticFills" | "noNames" | "noPrintSettings" };

/** A write that failed; the structural changes were rolled back as the report says. */
export class WriteError extends Error {
  constructor(
    readonly hostError: unknown,
    readonly rollback: RollbackReport,
    /** Whether cells of the source sheet may have been (partly) written before the failure. */
    readonly sourceTouched: boolean,
  ) {
    super(hostError instanceof Error ? hostError.message : String(hostError));
  }
}

/** A step that works on the workbook rather than on one sheet. */
interface Batch {
  run: ((context: Excel.RequestContext, sheets: Map<string, Excel.Worksheet>) => void)[];
  touchesSource: boolean;
}

const fold = (s: string) => s.normalize("NFC").toLowerCase();

function tempName(role: string, taken: string[]): string {
  for (let i = 1; ; i++) {
    const name = `_attainment_old_${role}_${i}`;
    if (!taken.some((t) => fold(t) === fold(name))) return name;
  }
}

const onSheet = (name: string, step: WriteStep) => (_: Excel.RequestContext, sheets: Map<string, Excel.Worksheet>) =>
  step.queue(sheets.get(name)!);

/**
 * Writes a plan in a fixed number of syncs whatever the row count: (1) earlier generated sheets set aside under
 * temporary names, new sheets added, the source sheet's cells; (2) the appendix; (3) the summary, the marker names,
 * and the set-aside sheets deleted; then (4), best effort, the print setup. A sheet whose writes exceed SYNC_BUDGET
 * takes more syncs. Screen updating and calculation are suspended during each write sync where the API allows.
 * On failure the created sheets are deleted and the set-aside ones restored (see rollbackWrite); throws WriteError.
 */
export async function writeWorkbookPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  meta: WorkbookMeta,
  support: ApiSupport,
  onBatch: (done: number, total: number) => void,
): Promise<WriteNotice[]> {
  const notices: WriteNotice[] = [];
  const setAside: SetAside[] = [];
  const taken = [...meta.sheetNames];
  for (const g of plan.generated) {
    if (g.replaces && meta.sheetNames.some((s) => fold(s) === fold(g.replaces!))) {
      const temp = tempName(g.role, taken);
      taken.push(temp);
      setAside.push({ original: g.replaces, temp });
    }
  }

  const structure: Batch["run"] = [
    // Renaming keeps the earlier sheets intact until the new ones are written, so a failure can restore them.
    ...setAside.map(
      (s) => (context: Excel.RequestContext) => void (context.workbook.worksheets.getItem(s.original).name = s.temp),
    ),
    (context, sheets) => {
      sheets.set(plan.source.sheet, context.workbook.worksheets.getItem(plan.source.sheet));
      for (const g of plan.generated) sheets.set(g.name, context.workbook.worksheets.add(g.name));
    },
  ];
  const source = planSheetSteps(plan.source, support);
  const batches: Batch[] = packSteps(source.steps, SYNC_BUDGET - OPERATION_BYTES * 8).map((group) => ({
    run: group.map((step) => onSheet(plan.source.sheet, step)),
    touchesSource: true,
  }));
  if (!batches.length) batches.push({ run: [], touchesSource: false });
  batches[0]!.run.unshift(...structure);
  let staticFills = source.staticFills;
  for (const g of plan.generated) {
    const { steps, staticFills: fills } = planSheetSteps(g, support);
    staticFills ||= fills;
    if (support.sheetView && g.tabColor)
      steps.push({ bytes: OPERATION_BYTES, queue: (sheet) => void (sheet.tabColor = g.tabColor!) });
    for (const group of packSteps(steps, SYNC_BUDGET))
      batches.push({ run: group.map((step) => onSheet(g.name, step)), touchesSource: false });
  }
  batches[batches.length - 1]!.run.push((context) => {
    if (support.names) {
      // Delete before add: names.add fails on an existing name. The markers are how every adapter finds these sheets.
      for (const name of meta.markerNames) context.workbook.names.getItem(name).delete();
      for (const g of plan.generated) context.workbook.names.add(plan.markers[g.role], `=${quoteSheet(g.name)}!$A$1`);
    }
    for (const s of setAside) context.workbook.worksheets.getItem(s.temp).delete();
  });
  if (staticFills) notices.push({ code: "staticFills" });
  if (!support.names) notices.push({ code: "noNames" });

  const sheets = new Map<string, Excel.Worksheet>();
  let sourceTouched = false;
  // One sync per batch: three when each sheet's writes fit SYNC_BUDGET, more only for sheets beyond it.
  for (const [i, batch] of batches.entries()) {
    // Both suspensions last until the next sync only, so they are renewed for each batch.
    if (support.printing) context.application.suspendScreenUpdatingUntilNextSync();
    if (support.conditionalFormats) context.application.suspendApiCalculationUntilNextSync();
    try {
      for (const run of batch.run) run(context, sheets);
      sourceTouched ||= batch.touchesSource;
      await context.sync();
    } catch (error) {
      throw new WriteError(error, await rollbackWrite(context, plan, meta, setAside, support), sourceTouched);
    }
    onBatch(i + 1, batches.length);
  }

  if (!support.printing) notices.push({ code: "noPrintSettings" });
  else {
    try {
      for (const g of plan.generated) queuePrintSetup(sheets.get(g.name)!, g.print);
      await context.sync();
    } catch {
      // Print setup is a convenience: the data is written, so a host that refuses it only earns a notice.
      notices.push({ code: "noPrintSettings" });
    }
  }
  return notices;
}
