import { errorParts } from "./describeHostError";

/** The two errors Excel on the web raises for a request or response above 5 MB. */
export const PAYLOAD_ERRORS = ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"];

export const isPayloadError = (thrown: unknown): boolean => PAYLOAD_ERRORS.includes(errorParts(thrown).code);

/** How one kind of batch is queued, and what may be retried in smaller pieces. */
export interface BatchRunner<I, R> {
  /** Queues the items' operations; the returned function reads their results after the sync. */
  queue(items: I[]): () => R;
  /** Whether a batch that failed with this error may be tried again in smaller pieces. */
  retry(thrown: unknown, items: I[]): boolean;
  /** One item cut in two (rows halved), or null when it cannot be cut. */
  split(item: I): [I, I] | null;
}

/**
 * Syncs the batches in order, one `context.sync()` each. A batch refused as a whole (see `retry`: for reads the
 * payload errors and the merged-area limit, for writes only a refused request, which Excel applies nothing of)
 * is halved and each half synced in turn; a single item is split itself; what cannot be split fails as it was.
 * Returns the results in order and calls `onSynced` after each successful sync.
 */
export async function syncBatches<I, R>(
  context: Excel.RequestContext,
  batches: I[][],
  runner: BatchRunner<I, R>,
  onSynced: (items: I[]) => void = () => undefined,
): Promise<R[]> {
  const results: R[] = [];
  const pending = [...batches].reverse();
  while (pending.length) {
    const items = pending.pop()!;
    const read = runner.queue(items);
    try {
      // One sync per batch: more than one batch only where a sheet exceeds the budgets.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each batch depends on the previous one's outcome (a refusal halves it)
      await context.sync();
    } catch (thrown) {
      if (!runner.retry(thrown, items)) throw thrown;
      let halves: [I[], I[]] | null = null;
      if (items.length > 1) {
        const mid = Math.ceil(items.length / 2);
        halves = [items.slice(0, mid), items.slice(mid)];
      } else {
        const cut = runner.split(items[0]!);
        if (cut) halves = [[cut[0]], [cut[1]]];
      }
      if (!halves) throw thrown;
      pending.push(halves[1], halves[0]);
      continue;
    }
    results.push(read());
    onSynced(items);
  }
  return results;
}
