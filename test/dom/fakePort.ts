import { computeWorkbook, findTable, type CellRange, type Settings, type WorkbookGrid } from "../../src/core";
import type { ComputeOutcome, PortError, Progress, RestoreOutcome, WorkbookPort } from "../../src/port";
import { SOURCE_SHEET, workbook } from "./fixture";

/** What a workbook keeps between two openings of the panel (the saved settings). */
export interface FakeStore {
  settings: Settings | null;
}

export interface FakeOptions {
  grid?: WorkbookGrid;
  activeSheet?: string | null;
  store?: FakeStore;
  kind?: WorkbookPort["kind"];
  notices?: ComputeOutcome["notices"];
}

/** A promise the test resolves when it wants a held step (e.g. the write) to go on. */
function gate() {
  let open = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/**
 * A port over an in-memory workbook that runs the real engine, with every method a jest mock.
 * `holdCompute()` stops a compute after "reading" until `release()`; `failNext` makes the next compute fail.
 */
export function createFakePort(options: FakeOptions = {}) {
  const grid = options.grid ?? workbook();
  const store = options.store ?? { settings: null };
  const activeSheet = options.activeSheet === undefined ? SOURCE_SHEET : options.activeSheet;
  let held: ReturnType<typeof gate> | null = null;
  const control = {
    failNext: null as PortError | null,
    holdCompute: () => (held = gate()),
    release: () => held?.open(),
  };

  const run = (settings: Settings) => computeWorkbook(grid, settings, activeSheet ?? undefined);
  const analyse = (settings: Settings) => {
    const r = run(settings);
    return r.ok
      ? ({ ok: true, value: r.value.analysis } as const)
      : ({ ok: false, error: { kind: "engine", error: r.error } } as const);
  };

  const port = {
    kind: options.kind ?? "excel",
    overview: jest.fn(async () => {
      const sheets = grid.sheets.map((s) => ({ name: s.name, table: findTable(s) }));
      sheets.sort((a, b) => Number(b.table !== null) - Number(a.table !== null));
      return { ok: true, value: { sheets, activeSheet, settings: store.settings } } as const;
    }),
    preview: jest.fn(async (settings: Settings) => analyse(settings)),
    compute: jest.fn(async (settings: Settings, onProgress: (p: Progress) => void) => {
      onProgress({ stage: "reading", fraction: 0.1 });
      if (held) await held.promise;
      if (control.failNext) {
        const error = control.failNext;
        control.failNext = null;
        return { ok: false, error } as const;
      }
      onProgress({ stage: "computing", fraction: 0.5 });
      const r = run(settings);
      if (!r.ok) return { ok: false, error: { kind: "engine", error: r.error } } as const;
      onProgress({ stage: "writing", fraction: 0.8 });
      onProgress({ stage: "done", fraction: 1 });
      const value: ComputeOutcome = {
        analysis: r.value.analysis,
        appendix: r.value.plan.generated.find((g) => g.role === "appendix") ?? null,
        appendixSheet: settings.lang === "en" ? "Appendix" : "Phụ lục",
        summarySheet: settings.lang === "en" ? "Summary" : "Tổng hợp",
        notices: options.notices ?? [],
      };
      return { ok: true, value } as const;
    }),
    selectRange: jest.fn(async (_sheet: string, _address: string) => ({ ok: true, value: undefined }) as const),
    selectAppendix: jest.fn(async () => ({ ok: true, value: undefined }) as const),
    saveSettings: jest.fn(async (settings: Settings) => {
      store.settings = settings;
      return { ok: true, value: undefined } as const;
    }),
  } satisfies WorkbookPort;

  return { port, store, control };
}

/**
 * The fake port as Excel's is: it writes the workbook in place, so it can restore (a jest mock answering 3 cells
 * restored) and tell of edits (`edits.onEdit` is the callback the panel gave watchEdits; `edits.stop` its stop).
 */
export function createInPlacePort(options: FakeOptions = {}) {
  const base = createFakePort(options);
  const edits = { onEdit: null as ((address: string) => void) | null, stop: jest.fn(async () => undefined) };
  const port = {
    ...base.port,
    restore: jest.fn(async (onProgress: (p: Progress) => void) => {
      onProgress({ stage: "writing", fraction: 0.5 });
      const value: RestoreOutcome = {
        restored: 3,
        leftAsEdited: 0,
        removedSheets: ["Phụ lục", "Tổng hợp"],
        notices: [],
      };
      return { ok: true, value } as const;
    }),
    watchEdits: jest.fn(async (_sheet: string, _ranges: CellRange[], onEdit: (address: string) => void) => {
      edits.onEdit = onEdit;
      return edits.stop;
    }),
  } satisfies WorkbookPort;
  return { ...base, port, edits };
}
