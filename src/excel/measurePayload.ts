/**
 * Payload bookkeeping. Excel on the web has "a payload size limit for requests and responses of 5MB"
 * (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * counted on the JSON exchanged. Reads and writes are sized by estimated UTF-8 bytes against budgets below it;
 * a batch Excel still refuses is halved and tried again (syncBatches). Other hosts are more generous, so one
 * budget is used everywhere.
 */

/** Bytes one write sync may carry by our estimate: below 5 MB with room for what the estimate leaves out. */
export const SYNC_BUDGET = 4.5 * 1024 * 1024;

/** Bytes one read sync may bring back by our estimate. */
export const READ_BUDGET = 4.5 * 1024 * 1024;

/** Largest slice of a single block: small enough that a few slices pack well into one sync. */
export const SLICE_BUDGET = 1024 * 1024;

/**
 * Estimated cost of one queued operation besides its arguments: the action ({"Id","ActionType","Name",
 * "ObjectPathId","ArgumentInfo"}) and the object path of its proxy (with the range address), about 200 bytes.
 */
export const OPERATION_BYTES = 256;

/** UTF-8 length of a value's JSON text. Example: `jsonBytes(["đạt"]) === 10`. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Packs items into consecutive groups of at most `budget` estimated bytes (a larger item gets a group of its own). */
export function packByBytes<S extends { bytes: number }>(items: S[], budget: number): S[][] {
  const groups: S[][] = [];
  let current: S[] = [];
  let bytes = 0;
  for (const item of items) {
    if (current.length && bytes + item.bytes > budget) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += item.bytes;
  }
  if (current.length) groups.push(current);
  return groups;
}
