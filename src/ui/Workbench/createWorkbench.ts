import type { Analysis, Settings } from "../../core";
import { DEFAULT_SETTINGS } from "../../core";
import type { ComputeOutcome, PortError, Progress, StopWatching, WorkbookOverview, WorkbookPort } from "../../port";
import { settle } from "../settle";
import { editedInputs, typedOver, type RestoreState } from "./keepOriginals";
import { restoreSettings } from "./restoreSettings";

export type { RestoreState } from "./keepOriginals";

export type LoadState =
  { state: "loading" } | { state: "failed"; error: PortError } | { state: "ready"; overview: WorkbookOverview };

export type RunState =
  | { state: "idle" }
  | { state: "running"; progress: Progress }
  | { state: "done"; outcome: ComputeOutcome }
  | { state: "failed"; error: PortError };

export interface PreviewState {
  pending: boolean;
  analysis: Analysis | null;
  error: PortError | null;
}

/** Everything the panel shows for one port. */
export interface WorkbenchState {
  load: LoadState;
  settings: Settings;
  preview: PreviewState;
  run: RunState;
  saveError: PortError | null;
  /** The question before a compute writes over cells the officer typed (asked once per workbook), or null. */
  ask: { typed: number; disagree: number } | null;
  restore: RestoreState;
  /** A target or result cell the officer edited after the last run (the appendix and summary are behind), or null. */
  stale: { address: string } | null;
}

/** The timer functions the machine uses, passed in so tests can drive time. */
export interface Timers {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/** Settings that change what the engine finds; the others (colours, formulas) only change what is written. */
const ANALYSIS_KEYS: readonly (keyof Settings)[] = [
  "sheet",
  "mapping",
  "method",
  "decimals",
  "lang",
  "table",
  "directions",
];
export const SAVE_DELAY_MS = 400;

const INITIAL: WorkbenchState = {
  load: { state: "loading" },
  settings: DEFAULT_SETTINGS,
  preview: { pending: false, analysis: null, error: null },
  run: { state: "idle" },
  saveError: null,
  ask: null,
  restore: { state: "idle" },
  stale: null,
};

const realTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The panel's state machine for one port, free of React and the DOM: `start` reads the overview and restores
 * the saved settings; `update` previews after every change that affects the analysis (answers that arrive out
 * of order are dropped) and saves once changes stop for SAVE_DELAY_MS; `compute` runs once at a time with its
 * progress, then saves and previews again (the run may have added columns). Where the port writes the workbook in
 * place (it can restore), a compute that would write over cells the officer typed first asks (`ask`), once per
 * workbook: `confirmOverwrite` saves the answer in the settings and runs. After a run the target and result cells
 * are watched where the host tells of edits (`stale`). `restoreWorkbook` (after `askRestore`) puts the workbook back as it
 * was before the first run and reads it again. `stop` saves what is pending and ignores answers still under way.
 * Subscribers hear of every new state.
 */
export function createWorkbench(port: WorkbookPort, timers: Timers = realTimers) {
  let state = INITIAL;
  const listeners = new Set<() => void>();
  let generation = 0;
  let previewSeq = 0;
  let saveTimer: unknown = undefined;
  let unsaved: Settings | null = null;
  let running = false;
  let loaded = false;
  let stopWatching: StopWatching | null = null;
  let watchSeq = 0;

  const set = (patch: Partial<WorkbenchState>) => {
    state = { ...state, ...patch };
    listeners.forEach((listener) => listener());
  };

  function runPreview(settings: Settings): void {
    const seq = ++previewSeq;
    const gen = generation;
    set({ preview: { ...state.preview, pending: true } });
    void settle(() => port.preview(settings)).then((r) => {
      if (seq !== previewSeq || gen !== generation) return;
      set({
        preview: r.ok
          ? { pending: false, analysis: r.value, error: null }
          : { pending: false, analysis: null, error: r.error },
      });
    });
  }

  function flushSave(): void {
    timers.clearTimeout(saveTimer);
    const toSave = unsaved;
    unsaved = null;
    if (!toSave) return;
    const gen = generation;
    void settle(() => port.saveSettings(toSave)).then((r) => {
      if (gen === generation) set({ saveError: r.ok ? null : r.error });
    });
  }

  function readOverview(): void {
    const gen = generation;
    void settle(() => port.overview()).then((r) => {
      if (gen !== generation) return;
      if (!r.ok) {
        set({ load: { state: "failed", error: r.error } });
        return;
      }
      // The first read restores what the workbook saved; a re-read keeps what the user has on screen.
      const base = loaded ? state.settings : (r.value.settings ?? DEFAULT_SETTINGS);
      const settings = restoreSettings(r.value, base);
      loaded = true;
      set({ settings, load: { state: "ready", overview: r.value } });
      runPreview(settings);
    });
  }

  function unwatch(): void {
    watchSeq++;
    const stopping = stopWatching;
    stopWatching = null;
    if (stopping) void settle(async () => ({ ok: true as const, value: await stopping() }));
  }

  /** Watches the target and result cells of the table just computed, where the host tells of edits. */
  function watch(outcome: ComputeOutcome): void {
    const { table } = outcome.analysis;
    const ranges = editedInputs(outcome.analysis);
    if (!port.watchEdits || !ranges.length) return;
    const gen = generation;
    // A watch that answers after a newer run (or a restore) began is stopped at once: only the latest one counts.
    const seq = ++watchSeq;
    const current = () => gen === generation && seq === watchSeq;
    void port
      .watchEdits(table.sheet, ranges, (address) => {
        if (current() && state.run.state === "done") set({ stale: { address } });
      })
      .then(
        (stop) => {
          if (current() && stop) stopWatching = stop;
          else void stop?.();
        },
        () => undefined,
      );
  }

  /** The cells a compute would write over, from a preview (a fresh one if the last is pending or failed). */
  async function typedCells(): Promise<{ typed: number; disagree: number } | null> {
    const known = state.preview.pending ? null : state.preview.analysis;
    const analysis = known ?? (await settle(() => port.preview(state.settings)).then((r) => (r.ok ? r.value : null)));
    return typedOver(analysis);
  }

  async function run(): Promise<void> {
    running = true;
    unwatch();
    const gen = generation;
    let finished = false;
    set({
      run: { state: "running", progress: { stage: "reading", fraction: 0 } },
      stale: null,
      restore: { state: "idle" },
    });
    const r = await settle(() =>
      port.compute(state.settings, (progress) => {
        if (!finished && gen === generation) set({ run: { state: "running", progress } });
      }),
    );
    finished = true;
    running = false;
    if (gen !== generation) return;
    if (!r.ok) {
      set({ run: { state: "failed", error: r.error } });
      return;
    }
    set({ run: { state: "done", outcome: r.value } });
    unsaved = state.settings;
    flushSave();
    runPreview(state.settings);
    watch(r.value);
  }

  return {
    getState: (): WorkbenchState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Reads the workbook (again after a `stop`, as React's strict mode does). */
    start(): void {
      generation++;
      readOverview();
    },
    /** Saves what is still waiting, stops watching for edits and ignores every answer under way. */
    stop(): void {
      flushSave();
      unwatch();
      generation++;
    },
    update(patch: Partial<Settings>): void {
      const settings = { ...state.settings, ...patch };
      set({ settings });
      if (ANALYSIS_KEYS.some((key) => key in patch)) runPreview(settings);
      unsaved = settings;
      timers.clearTimeout(saveTimer);
      saveTimer = timers.setTimeout(flushSave, SAVE_DELAY_MS);
    },
    /** Reads the workbook again, keeping the settings on screen, and forgets the last run. */
    reload(): void {
      unwatch();
      generation++;
      set({ load: { state: "loading" }, run: { state: "idle" }, stale: null, ask: null });
      readOverview();
    },
    /** Computes, or first asks when the run would write over cells the officer typed and was never allowed to. */
    async compute(): Promise<void> {
      if (running || state.load.state !== "ready") return;
      if (port.restore && !state.settings.overwriteConfirmed) {
        running = true;
        const gen = generation;
        const typed = await typedCells();
        running = false;
        if (gen !== generation) return;
        if (typed) {
          set({ ask: typed });
          return;
        }
      }
      await run();
    },
    /** The officer agrees to write over their cells: remembered in the workbook's settings, then the run. */
    async confirmOverwrite(): Promise<void> {
      if (running || !state.ask) return;
      const settings = { ...state.settings, overwriteConfirmed: true };
      set({ ask: null, settings });
      unsaved = settings;
      flushSave();
      await run();
    },
    cancelOverwrite(): void {
      set({ ask: null });
    },
    askRestore(): void {
      if (!running && port.restore) set({ restore: { state: "confirming" } });
    },
    cancelRestore(): void {
      if (state.restore.state === "confirming") set({ restore: { state: "idle" } });
    },
    /** Puts the workbook back as it was before the first run, then reads it again (the run's results are gone). */
    async restoreWorkbook(): Promise<void> {
      const restoreWith = port.restore;
      if (running || !restoreWith) return;
      running = true;
      unwatch();
      const gen = generation;
      set({ restore: { state: "running", progress: { stage: "reading", fraction: 0 } }, ask: null, stale: null });
      const r = await settle(() =>
        restoreWith((progress) => {
          if (gen === generation && state.restore.state === "running") set({ restore: { state: "running", progress } });
        }),
      );
      running = false;
      if (gen !== generation) return;
      if (!r.ok) {
        set({ restore: { state: "failed", error: r.error } });
        return;
      }
      generation++;
      set({ restore: { state: "done", outcome: r.value }, run: { state: "idle" } });
      readOverview();
    },
  };
}

/** The machine's handle, as the hook and the tests hold it. */
export type Workbench = ReturnType<typeof createWorkbench>;
