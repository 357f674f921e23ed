/**
 * Request-size bookkeeping. Excel on the web rejects a request or response above 5 MB
 * (RequestPayloadSizeLimitExceeded); other hosts are more generous, so one budget is used everywhere.
 * The estimate is the JSON size of what is written plus a fixed cost per operation.
 */

/** Bytes one sync may carry by our estimate: below 5 MB with room for what the estimate leaves out. */
export const SYNC_BUDGET = 4.5 * 1024 * 1024;

/** Largest slice of a single block: small enough that a few slices pack well into one sync. */
export const SLICE_BUDGET = 1024 * 1024;

/** Estimated cost of one queued operation (object path, method name, ids) besides its arguments. */
export const OPERATION_BYTES = 128;

/** UTF-8 length of a value's JSON text. Example: `jsonBytes(["đạt"]) === 8`. */
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
