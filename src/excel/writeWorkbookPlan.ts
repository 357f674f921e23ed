import { lowerPlan, type WorkbookPlan, type WriteNoticeCode } from "../core";
import type { ApiSupport } from "./detectApiSupport";
import { packByBytes, SYNC_BUDGET } from "./measurePayload";
import { queuePrintSetup } from "./queuePrintSetup";
import type { WorkbookMeta } from "./readWorkbook";
import { rollbackWrite, type RollbackReport } from "./rollbackWrite";
import { errorParts } from "./describeHostError";
import { syncBatches } from "./syncBatches";
import { writeCapabilities } from "./writeCapabilities";
import { writeProgram, type BatchContext, type WriteOp } from "./writeOps";
import type { LocatedComment } from "./readComments";

/** Something the user should know about how the result was written (see ComputeOutcome.notices). */
export type WriteNotice = { code: WriteNoticeCode };

/** A write that failed; the run's additions were rolled back as the report says. */
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

/** Batches of ops: a new one at each generated sheet, and wherever a sheet's ops exceed SYNC_BUDGET. */
function batchesOf(ops: WriteOp[]): WriteOp[][] {
  const segments: WriteOp[][] = [];
  for (const op of ops) {
    if (op.startsBatch || !segments.length) segments.push([]);
    segments[segments.length - 1]!.push(op);
  }
  return segments.flatMap((segment) => packByBytes(segment, SYNC_BUDGET));
}

function batchContext(context: Excel.RequestContext): BatchContext {
  const sheets = new Map<string, Excel.Worksheet>();
  return {
    context,
    sheet: (name) => sheets.get(name) ?? sheets.set(name, context.workbook.worksheets.getItem(name)).get(name)!,
  };
}

/**
 * Writes a plan by interpreting the core's write steps (lowerPlan) for this host's capabilities, in a fixed number
 * of syncs whatever the row count: (1) the originals sheet, then the source sheet (in that order, so the officer's
 * cells are kept before they are overwritten); (2) the appendix, prepared (rewritten in place when an
 * earlier run made it) and marked; (3) the summary likewise; then (4), best effort, the page setups. A sheet whose
 * writes exceed SYNC_BUDGET takes more syncs; a batch Excel refuses for its size is halved and sent again (it
 * applied none of it). Screen updating is suspended once, for the first write sync (repeated calls make Excel
 * flicker: learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendscreenupdatinguntilnextsync-member(1)).
 * Calculation is not suspended: Excel would then leave the recalculation to the add-in.
 * On failure the sheets this run added are deleted (see rollbackWrite); throws WriteError.
 */
export async function writeWorkbookPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  meta: WorkbookMeta,
  support: ApiSupport,
  onBatch: (done: number, total: number) => void,
  comments: LocatedComment[] = [],
): Promise<WriteNotice[]> {
  const lowered = lowerPlan(plan, writeCapabilities(support));
  const program = writeProgram(lowered.steps, meta, support, comments);
  const batches = batchesOf(program.ops);
  const rewriting = new Set<string>();
  let sourceTouched = false;
  let done = 0;

  if (support.printing && batches.length) context.application.suspendScreenUpdatingUntilNextSync();
  try {
    await syncBatches(
      context,
      batches,
      {
        queue(ops) {
          const batch = batchContext(context);
          for (const op of ops) {
            op.queue(batch);
            if (op.sheet === plan.source.sheet) sourceTouched = true;
            // The originals sheet is written whole before the source sheet: it is never left "to be refilled".
            if (op.rewrites !== undefined && op.rewrites !== plan.originals?.name) rewriting.add(op.rewrites);
          }
          return () => undefined;
        },
        retry: (thrown) => errorParts(thrown).code === "RequestPayloadSizeLimitExceeded",
        split: (op) => op.split?.() ?? null,
      },
      () => onBatch(++done, Math.max(done, batches.length)),
    );
  } catch (error) {
    throw new WriteError(error, await rollbackWrite(context, plan, program, [...rewriting], support), sourceTouched);
  }

  const notices: WriteNotice[] = lowered.notices.map((code) => ({ code }));
  if (program.prints.length) {
    try {
      const batch = batchContext(context);
      for (const p of program.prints) queuePrintSetup(batch.sheet(p.sheet), p.setup);
      await context.sync();
    } catch {
      // Print setup is a convenience: the data is written, so a host that refuses it only earns a notice.
      if (!notices.some((n) => n.code === "noPrintSettings")) notices.push({ code: "noPrintSettings" });
    }
  }
  return notices;
}
