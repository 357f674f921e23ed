import { draftWorkbook, listTables, rangeToA1, type Analysis, type Settings } from "../core";
import type { PortResult, SheetInfo, WorkbookOverview, WorkbookPort } from "../port";
import { restoreInExcel } from "./restoreInExcel";
import { watchEdits } from "./watchEdits";
import { detectApiSupport, hostIsSetSupported, type IsSetSupported } from "./detectApiSupport";
import { computeInExcel, type AppendixLocation } from "./computeInExcel";
import { classifyHostError, errorParts } from "./describeHostError";
import { chooseSheet, everyUserSheet, loadWorkbook } from "./loadWorkbook";
import { queueMeta } from "./readWorkbook";
import { readSavedSettings, saveSettingsToDocument } from "./storeSettings";

/** `Excel.run` as the adapter uses it (injectable, e.g. a host with a different batch wrapper). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** How to reach Excel; the defaults are the globals office.js installs. */
export interface ExcelPortOptions {
  /** Defaults to the global `Excel.run`. */
  run?: ExcelRun;
  /** Defaults to `Office.context.requirements.isSetSupported`. */
  isSetSupported?: IsSetSupported;
}

/** Runs a port call, turning anything Excel throws into a host error with its message as detail. */
async function guard<T>(call: () => Promise<PortResult<T>>): Promise<PortResult<T>> {
  try {
    return await call();
  } catch (error) {
    return {
      ok: false,
      error: { kind: "host", code: classifyHostError(error, false), detail: errorParts(error).message },
    };
  }
}

const NO_APPENDIX =
  "Chưa có trang phụ lục: hãy tính tỷ lệ đạt trước. / No appendix sheet yet: run Compute attainment first.";

/**
 * The WorkbookPort for the Excel task pane and ribbon: reads and writes the open workbook through Office.js
 * with a constant number of syncs per call (overview 3, preview 3, compute 7 — 8 when it keeps cells for the first
 * time —, restore 4, selectRange 1, selectAppendix 2).
 * Call it after Office.onReady. Example: `mountApp(createExcelPort())`.
 */
export function createExcelPort(options: ExcelPortOptions = {}): WorkbookPort {
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  const support = () => detectApiSupport(options.isSetSupported ?? hostIsSetSupported());
  let lastAppendix: AppendixLocation | null = null;

  return {
    kind: "excel",

    overview: () =>
      guard(() =>
        run(async (context) => {
          const loaded = await loadWorkbook(context, support(), everyUserSheet, { tableOnly: true });
          const tables = listTables(loaded.grid);
          const generated = new Set(Object.values(loaded.meta.generated));
          const sheets: SheetInfo[] = loaded.meta.sheetNames
            .filter((name) => !generated.has(name))
            .map((name) => ({ name, table: tables.find((t) => t.sheet === name) ?? null }));
          sheets.sort((a, b) => Number(b.table !== null) - Number(a.table !== null));
          const active = loaded.meta.activeSheet;
          const activeSheet = generated.has(active) ? (sheets.find((s) => s.table)?.name ?? null) : active;
          const value: WorkbookOverview = {
            sheets,
            activeSheet,
            settings: readSavedSettings(),
            keepsOriginals: loaded.meta.generated.originals !== undefined,
          };
          return { ok: true, value };
        }),
      ),

    preview: (settings: Settings) =>
      guard(() =>
        run(async (context): Promise<PortResult<Analysis>> => {
          const loaded = await loadWorkbook(context, support(), chooseSheet(settings.sheet), {
            mapping: settings.mapping,
          });
          const result = draftWorkbook(loaded.grid, { ...settings, sheet: null }, loaded.sheet);
          return result.ok
            ? { ok: true, value: result.value.analysis }
            : { ok: false, error: { kind: "engine", error: result.error } };
        }),
      ),

    compute: (settings, onProgress) =>
      guard(() =>
        run((context) =>
          computeInExcel(context, settings, support(), onProgress, (location) => (lastAppendix = location)),
        ),
      ),

    selectRange: (sheet, address) =>
      guard(() =>
        run(async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          worksheet.activate();
          worksheet.getRange(address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address).select();
          await context.sync();
          return { ok: true, value: undefined };
        }),
      ),

    selectAppendix: () =>
      guard(() =>
        run(async (context): Promise<PortResult<void>> => {
          const metaOf = queueMeta(context, support());
          await context.sync();
          const meta = metaOf();
          const sheet =
            meta.generated.appendix ??
            (lastAppendix && meta.sheetNames.includes(lastAppendix.sheet) ? lastAppendix.sheet : null);
          if (sheet === null) return { ok: false, error: { kind: "host", code: "unknown", detail: NO_APPENDIX } };
          const worksheet = context.workbook.worksheets.getItem(sheet);
          worksheet.activate();
          // The table as planned when this session wrote it; else the sheet's used range.
          const range =
            lastAppendix?.sheet === sheet
              ? worksheet.getRange(rangeToA1(lastAppendix.range))
              : worksheet.getUsedRange();
          range.select();
          await context.sync();
          return { ok: true, value: undefined };
        }),
      ),

    saveSettings: (settings) =>
      guard(async () => {
        await saveSettingsToDocument(settings);
        return { ok: true, value: undefined };
      }),

    restore: (onProgress) =>
      guard(() => run((context) => restoreInExcel(context, support(), onProgress, readSavedSettings()?.lang ?? "vi"))),

    watchEdits: (sheet, ranges, onEdit) => watchEdits(run, support(), sheet, ranges, onEdit),
  };
}
