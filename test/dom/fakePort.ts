import { computeWorkbook, findTable, type Settings, type WorkbookGrid } from "../../src/core";
import type { ComputeOutcome, PortError, Progress, WorkbookPort } from "../../src/port";
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

  const analyse = (settings: Settings) => {
    const r = computeWorkbook(grid, settings, activeSheet ?? undefined);
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
      const r = analyse(settings);
      if (!r.ok) return r;
      onProgress({ stage: "writing", fraction: 0.8 });
      onProgress({ stage: "done", fraction: 1 });
      const value: ComputeOutcome = {
        analysis: r.value,
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
