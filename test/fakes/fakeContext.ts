/**
 * The request context of the fake host: writes and loads are queued on proxies and run in order at
 * `sync()`, which is counted and whose request and response sizes are measured (JSON bytes), as in Office.js.
 */
import { ERROR_CODES, FakeOfficeError } from "./fakeErrors";
import { columnLetters } from "./fakeAddress";
import type { FakeChangedEvent, FakeWorkbook, Rect } from "./fakeModel";

/** The event a change of `rect` on a sheet raises. */
export function changedEvent(
  sheetId: string,
  rect: Rect,
  triggerSource: FakeChangedEvent["triggerSource"],
): FakeChangedEvent {
  const a1 = (r: number, c: number) => `${columnLetters(c)}${r + 1}`;
  const single = rect.top === rect.bottom && rect.left === rect.right;
  return {
    type: "WorksheetChanged",
    changeType: "RangeEdited",
    source: "Local",
    address: single ? a1(rect.top, rect.left) : `${a1(rect.top, rect.left)}:${a1(rect.bottom, rect.right)}`,
    worksheetId: sheetId,
    ...(triggerSource ? { triggerSource } : {}),
  };
}

/** What the fake reports about one `context.sync()`. */
export interface SyncRecord {
  /** Operations sent (loads, property writes, method calls). */
  operations: number;
  /**
   * UTF-8 bytes of the request's JSON as Office.js sends it: every action (`{"Id","ActionType","Name",
   * "ObjectPathId","ArgumentInfo":{"Arguments":[…]}}`) and the object path of every proxy it uses
   * (`{"Id","ObjectPathType","Name","ParentObjectPathId","ArgumentInfo"}` with e.g. the range address).
   */
  requestBytes: number;
  /** UTF-8 bytes of the response's JSON: `{"Results":[{"ActionId","Value"}…]}` with every loaded value. */
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
  /**
   * Request and response limit of Excel on the web: 5 MB each, counted on the JSON sent and received
   * (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
   */
  payloadLimit: number;
  /** Writes Excel did not do: values or formulas aimed at a cell hidden inside a merged area. */
  failures: { api: string; sheet: string; row: number; col: number }[];
  /** Time the fake spent measuring queued operations (so benchmarks can leave it out of the add-in's time). */
  enqueueMs: number;
  /** Cells the add-in changed in the sync under way, for the onChanged events raised after it. */
  changed: { sheetId: string; rect: { top: number; left: number; bottom: number; right: number } }[];
}

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

/** The proxy an operation belongs to, as its object path in the request. */
export interface OperationOwner {
  readonly pathId: number;
  readonly pathName: string;
  readonly pathArgs: unknown[];
}

interface Operation {
  api: string;
  /** The action's JSON bytes. */
  bytes: number;
  owner: OperationOwner | undefined;
  /** Lowest ExcelApi 1.x minor version needed. */
  minor: number;
  sheet: () => string | undefined;
  run: () => void;
}

/** The JSON text around the actions and object paths: {"Actions":[…],"ObjectPaths":{…}}. */
const REQUEST_FRAME = jsonBytes({ Actions: [], ObjectPaths: {} });
const RESPONSE_FRAME = jsonBytes({ Results: [] });

const sizeError = (code: string, what: string) =>
  new FakeOfficeError(
    code,
    `The ${what} payload size has exceeded the limit. Please refer to the documentation: ` +
      "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
    "",
  );

let nextPathId = 1;
/** A fresh object-path id for a proxy. */
export const newPathId = (): number => nextPathId++;

/** Excel.RequestContext in the fake: the operation queue and `sync()`. */
export class FakeRequestContext {
  private queue: Operation[] = [];
  private current: SyncRecord | null = null;
  private actionId = 0;

  constructor(readonly host: FakeHostState) {}

  /** Queues an operation; `payload` is what it sends (its arguments, or the value written). */
  enqueue(
    api: string,
    payload: unknown,
    minor: number,
    sheet: () => string | undefined,
    run: () => void,
    owner?: OperationOwner,
  ): void {
    const started = performance.now();
    this.host.calls.push(api);
    const member = api.slice(api.indexOf(".") + 1);
    const action = {
      Id: ++this.actionId,
      ActionType: member === "load" ? 2 : 3,
      Name: member,
      ObjectPathId: owner?.pathId ?? 0,
      ArgumentInfo: { Arguments: payload === undefined ? [] : Array.isArray(payload) ? payload : [payload] },
    };
    this.queue.push({ api, bytes: jsonBytes(action) + 1, owner, minor, sheet, run });
    this.host.enqueueMs += performance.now() - started;
  }

  /** Called by loads while they run, with the value they return. */
  addResponse(value: unknown): void {
    if (this.current) this.current.responseBytes += jsonBytes({ ActionId: this.actionId, Value: value }) + 1;
  }

  get pending(): number {
    return this.queue.length;
  }

  private requestBytes(ops: Operation[]): number {
    let bytes = REQUEST_FRAME;
    const paths = new Set<number>();
    for (const op of ops) {
      bytes += op.bytes;
      const owner = op.owner;
      if (!owner || paths.has(owner.pathId)) continue;
      paths.add(owner.pathId);
      const path = {
        Id: owner.pathId,
        ObjectPathType: 4,
        Name: owner.pathName,
        ParentObjectPathId: 0,
        ArgumentInfo: { Arguments: owner.pathArgs },
      };
      bytes += jsonBytes(String(owner.pathId)) + 2 + jsonBytes(path);
    }
    return bytes;
  }

  /**
   * Worksheet.onChanged (ExcelApi 1.7) fires for every data change, the add-in's own included; from ExcelApi 1.14
   * `triggerSource` says "ThisLocalAddin" for those
   * (learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs). Handlers run after the sync.
   */
  private raiseChanged(): void {
    const changes = this.host.changed.splice(0);
    for (const { sheetId, rect } of changes) {
      const handlers = this.host.workbook.changeHandlers.get(sheetId);
      if (!handlers?.size) continue;
      const event = changedEvent(sheetId, rect, this.host.excelApiMinor >= 14 ? "ThisLocalAddin" : undefined);
      for (const handler of handlers) setTimeout(() => void handler(event), 0);
    }
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      operations: ops.length,
      requestBytes: this.requestBytes(ops),
      responseBytes: RESPONSE_FRAME,
      hostMs: 0,
    };
    this.host.syncs.push(record);
    await Promise.resolve();
    if (this.host.editMode) {
      throw new FakeOfficeError(ERROR_CODES.invalidOperationInCellEditMode, "Excel is in cell-editing mode.", "");
    }
    // Refused before anything runs: nothing of the batch is applied.
    if (record.requestBytes > this.host.payloadLimit)
      throw sizeError(ERROR_CODES.requestPayloadSizeLimitExceeded, "request");
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
    this.raiseChanged();
    // The batch ran (its writes stay), but its answer is too large to be sent back.
    if (record.responseBytes > this.host.payloadLimit)
      throw sizeError(ERROR_CODES.responsePayloadSizeLimitExceeded, "response");
  }
}
