/**
 * The request context of the fake host: writes and loads are queued on proxies and run in order at
 * `sync()`, which is counted and whose request and response sizes are measured (JSON bytes), as in Office.js.
 */
import { ERROR_CODES, FakeOfficeError } from "./fakeErrors";
import type { FakeWorkbook } from "./fakeModel";

/** What the fake reports about one `context.sync()`. */
export interface SyncRecord {
  /** Operations sent (loads, property writes, method calls). */
  operations: number;
  /** Estimated request size: JSON bytes of every argument and value written, plus a small cost per operation. */
  requestBytes: number;
  /** JSON bytes of every property loaded. */
  responseBytes: number;
  /** Time the fake host spent running the operations (not the add-in's time). */
  hostMs: number;
}

/** What a failure injector sees about an operation about to run. */
export interface OperationInfo {
  /** "Range.values", "Worksheet.delete", "ConditionalFormatCollection.add", … */
  api: string;
  /** The sheet the operation touches, when known. */
  sheet?: string;
}

/** Shared state of one installed host: the workbook plus the knobs and logs tests use. */
export interface FakeHostState {
  workbook: FakeWorkbook;
  /** Highest supported ExcelApi 1.x minor version (1.13 = 13). */
  excelApiMinor: number;
  syncs: SyncRecord[];
  /** Every API member used, in order ("Range.merge", "ConditionalFormatCollection.add", …). */
  calls: string[];
  /** When true every sync fails as Excel does while a cell is being edited. */
  editMode: boolean;
  /** Return an error to make the operation fail (the batch stops there; earlier operations stay applied). */
  failWhen: ((op: OperationInfo) => FakeOfficeError | null) | null;
  /** Request and response limit of Excel on the web (5 MB). */
  payloadLimit: number;
  /** Time the fake spent measuring queued operations (so benchmarks can leave it out of the add-in's time). */
  enqueueMs: number;
}

/** Per-operation overhead in the request estimate (object path and action header). */
const OPERATION_BYTES = 40;

/** UTF-8 byte length of a value's JSON text. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

interface Operation {
  api: string;
  bytes: number;
  /** Lowest ExcelApi 1.x minor version needed. */
  minor: number;
  sheet: () => string | undefined;
  run: () => void;
}

/** Excel.RequestContext in the fake: the operation queue and `sync()`. */
export class FakeRequestContext {
  private queue: Operation[] = [];
  private current: SyncRecord | null = null;

  constructor(readonly host: FakeHostState) {}

  /** Queues an operation; `payload` is what it sends (measured as JSON). */
  enqueue(api: string, payload: unknown, minor: number, sheet: () => string | undefined, run: () => void): void {
    const started = performance.now();
    this.host.calls.push(api);
    this.queue.push({
      api,
      bytes: OPERATION_BYTES + (payload === undefined ? 0 : jsonBytes(payload)),
      minor,
      sheet,
      run,
    });
    this.host.enqueueMs += performance.now() - started;
  }

  /** Called by loads while they run. */
  addResponse(bytes: number): void {
    if (this.current) this.current.responseBytes += bytes;
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      operations: ops.length,
      requestBytes: ops.reduce((n, o) => n + o.bytes, 0),
      responseBytes: 0,
      hostMs: 0,
    };
    this.host.syncs.push(record);
    await Promise.resolve();
    if (this.host.editMode) {
      throw new FakeOfficeError(ERROR_CODES.invalidOperationInCellEditMode, "Excel is in cell-editing mode.", "");
    }
    if (record.requestBytes > this.host.payloadLimit) {
      throw new FakeOfficeError(
        ERROR_CODES.requestPayloadSizeLimitExceeded,
        "The request payload size has exceeded the limit.",
        "",
      );
    }
    this.current = record;
    const started = performance.now();
    try {
      for (const op of ops) {
        if (op.minor > this.host.excelApiMinor) {
          throw new FakeOfficeError(
            ERROR_CODES.apiNotFound,
            `The API you are trying to use could not be found (ExcelApi 1.${op.minor}).`,
            op.api,
          );
        }
        const injected = this.host.failWhen?.({ api: op.api, sheet: op.sheet() });
        if (injected) throw injected;
        op.run();
      }
    } finally {
      this.current = null;
      record.hostMs = performance.now() - started;
    }
    if (record.responseBytes > this.host.payloadLimit) {
      throw new FakeOfficeError(
        ERROR_CODES.responsePayloadSizeLimitExceeded,
        "The response payload size has exceeded the limit.",
        "",
      );
    }
  }
}
