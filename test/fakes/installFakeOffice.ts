/**
 * Installs a fake Office host (`Office`, `Excel`, `OfficeExtension`) on a global object, backed by an
 * in-memory workbook. Plain TypeScript without Node imports, so it can run in jest and in a browser page.
 *
 * Example:
 *   const host = installFakeOffice(globalThis, { excelApi: "1.13" });
 *   seedSheet(host.workbook, { name: "Sheet1", values: [["a", 1]] });
 *   await Excel.run(async (context) => { … });   // host.syncs, host.calls, host.workbook afterwards
 */
import { parseAddress } from "./fakeAddress";
import { enterInput } from "./fakeCells";
import { changedEvent, type FakeHostState } from "./fakeContext";
import { ERROR_CODES, FakeOfficeError } from "./fakeErrors";
import { FakeWorkbook } from "./fakeModel";
import { FakeExcelContext } from "./fakeWorkbookProxy";
import { createFakeDialogs, type FakeDialogHost } from "./fakeDialogs";

/** The handle a test keeps: the workbook, the knobs and the logs. */
export interface FakeHost extends FakeHostState, FakeDialogHost {
  /** Sets the highest supported ExcelApi version ("1.1" … "1.20"). */
  setExcelApi(version: string): void;
  /** Other requirement sets and their highest version ("DialogApi" → "1.2"). */
  readonly otherSets: Map<string, string>;
  /** Functions registered with Office.actions.associate. */
  readonly actions: Map<string, (event: unknown) => unknown>;
  /** Office.context.document.settings as the add-in currently sees them (saved ones are on workbook.savedSettings). */
  readonly liveSettings: Map<string, unknown>;
  /** Forgets the sync and call logs (before the part of a test that is measured). */
  clearLogs(): void;
  /**
   * The officer types `input` into one cell (A1 address) of a sheet, as Excel reads typed input, and the sheet's
   * onChanged handlers hear of it (from ExcelApi 1.14 with triggerSource "Unknown": not this add-in).
   */
  typeInto(sheet: string, address: string, input: string | number | boolean): void;
}

/** Options of installFakeOffice. */
export interface FakeOfficeOptions {
  excelApi?: string;
  workbook?: FakeWorkbook;
  /** Office.context.displayLanguage. */
  displayLanguage?: string;
}

const minorOf = (version: string): number => Number(version.split(".")[1] ?? 0);

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** Installs `Office`, `Excel` and `OfficeExtension` on `target` and returns the host handle. */
export function installFakeOffice(target: object, options: FakeOfficeOptions = {}): FakeHost {
  const workbook = options.workbook ?? new FakeWorkbook();
  const liveSettings = new Map(Object.entries(workbook.savedSettings));
  const host: FakeHost = {
    workbook,
    excelApiMinor: minorOf(options.excelApi ?? "1.13"),
    syncs: [],
    calls: [],
    editMode: false,
    failWhen: null,
    payloadLimit: 5 * 1024 * 1024,
    failures: [],
    enqueueMs: 0,
    otherSets: new Map([
      ["AddinCommands", "1.1"],
      ["DialogApi", "1.2"],
    ]),
    actions: new Map(),
    liveSettings,
    setExcelApi(version: string) {
      host.excelApiMinor = minorOf(version);
    },
    clearLogs() {
      host.syncs.length = 0;
      host.calls.length = 0;
      host.failures.length = 0;
      host.enqueueMs = 0;
    },
    dialogFailure: null,
    ...createFakeDialogs(() => host.dialogFailure),
    changed: [],
    typeInto(sheetName: string, address: string, input: string | number | boolean) {
      const sheet = workbook.sheet(sheetName);
      const rect = parseAddress(address);
      if (!sheet || !rect) throw new Error(`fake host: no cell ${sheetName}!${address}`);
      enterInput(sheet.ensure(rect.top, rect.left), input);
      const event = changedEvent(sheet.id, rect, host.excelApiMinor >= 14 ? "Unknown" : undefined);
      for (const handler of workbook.changeHandlers.get(sheet.id) ?? []) setTimeout(() => void handler(event), 0);
    },
  };

  const isSetSupported = (name: string, version = "1.1"): boolean => {
    if (name.toLowerCase() === "excelapi") return compareVersions(`1.${host.excelApiMinor}`, version) >= 0;
    const have = [...host.otherSets].find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
    return have !== undefined && compareVersions(have, version) >= 0;
  };

  const settings = {
    get: (name: string): unknown =>
      liveSettings.has(name) ? JSON.parse(JSON.stringify(liveSettings.get(name))) : null,
    set: (name: string, value: unknown): void => void liveSettings.set(name, JSON.parse(JSON.stringify(value))),
    remove: (name: string): void => void liveSettings.delete(name),
    saveAsync: (...args: unknown[]): void => {
      const callback = args.find((a): a is (r: unknown) => void => typeof a === "function");
      workbook.savedSettings = Object.fromEntries(liveSettings);
      setTimeout(() => callback?.({ status: "succeeded", value: undefined }), 0);
    },
  };

  const office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "PC" };
      callback?.(info);
      return Promise.resolve(info);
    },
    actions: { associate: (name: string, fn: (event: unknown) => unknown) => void host.actions.set(name, fn) },
    context: {
      displayLanguage: options.displayLanguage ?? "vi-VN",
      requirements: { isSetSupported },
      document: { settings },
      ui: host.ui,
    },
  };

  const excel = {
    run: async <T>(batch: (context: FakeExcelContext) => Promise<T>): Promise<T> => {
      const context = new FakeExcelContext(host);
      const result = await batch(context);
      if (context.pending) await context.sync();
      return result;
    },
    ConditionalFormatType: { custom: "Custom" },
    BorderIndex: {
      edgeTop: "EdgeTop",
      edgeBottom: "EdgeBottom",
      edgeLeft: "EdgeLeft",
      edgeRight: "EdgeRight",
      insideHorizontal: "InsideHorizontal",
      insideVertical: "InsideVertical",
    },
    BorderLineStyle: { continuous: "Continuous", none: "None" },
    ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
    CalculationType: { recalculate: "Recalculate", full: "Full" },
    ErrorCodes: ERROR_CODES,
  };

  Object.assign(target, {
    Office: office,
    Excel: excel,
    OfficeExtension: { Error: FakeOfficeError, ErrorCodes: ERROR_CODES },
  });
  return host;
}

/** Removes the globals installed by installFakeOffice. */
export function uninstallFakeOffice(target: object): void {
  for (const name of ["Office", "Excel", "OfficeExtension"]) delete (target as Record<string, unknown>)[name];
}
