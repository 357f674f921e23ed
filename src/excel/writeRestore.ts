import type { WriteStep } from "../core";
import type { ApiSupport } from "./detectApiSupport";
import { errorParts } from "./describeHostError";
import { packByBytes, SYNC_BUDGET } from "./measurePayload";
import type { LocatedComment } from "./readComments";
import type { WorkbookMeta } from "./readWorkbook";
import { syncBatches } from "./syncBatches";
import { writeProgram } from "./writeOps";

/**
 * Writes the steps of a restore (planRestore) in order, in one sync unless they exceed SYNC_BUDGET. Nothing is
 * rolled back on failure: the steps delete the originals sheet last, so a restore that stops midway keeps what it
 * needs to be run again.
 */
export async function writeRestore(
  context: Excel.RequestContext,
  steps: WriteStep[],
  meta: WorkbookMeta,
  support: ApiSupport,
  comments: LocatedComment[],
  onBatch: (done: number, total: number) => void,
): Promise<void> {
  const program = writeProgram(steps, meta, support, comments);
  const batches = packByBytes(program.ops, SYNC_BUDGET);
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) =>
    sheets.get(name) ?? sheets.set(name, context.workbook.worksheets.getItem(name)).get(name)!;
  let done = 0;
  await syncBatches(
    context,
    batches,
    {
      queue(ops) {
        sheets.clear();
        for (const op of ops) op.queue({ context, sheet });
        return () => undefined;
      },
      retry: (thrown) => errorParts(thrown).code === "RequestPayloadSizeLimitExceeded",
      split: (op) => op.split?.() ?? null,
    },
    () => onBatch(++done, Math.max(done, batches.length)),
  );
}
