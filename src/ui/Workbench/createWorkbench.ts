import type { Analysis, Settings } from "../../core";
import { DEFAULT_SETTINGS } from "../../core";
import type { ComputeOutcome, PortError, Progress, WorkbookOverview, WorkbookPort } from "../../port";
import { settle } from "../settle";
import { restoreSettings } from "./restoreSettings";

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
};

const realTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The panel's state machine for one port, free of React and the DOM: `start` reads the overview and restores
 * the saved settings; `update` previews after every change that affects the analysis (answers that arrive out
 * of order are dropped) and saves once changes stop for SAVE_DELAY_MS; `compute` runs once at a time with its
 * progress, then saves and previews again (the run may have added columns). `stop` saves what is pending and
 * ignores answers still under way. Subscribers hear of every new state.
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
    /** Saves what is still waiting and ignores every answer under way. */
    stop(): void {
      flushSave();
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
      generation++;
      set({ load: { state: "loading" }, run: { state: "idle" } });
      readOverview();
    },
    async compute(): Promise<void> {
      if (running || state.load.state !== "ready") return;
      running = true;
      const gen = generation;
      let finished = false;
      set({ run: { state: "running", progress: { stage: "reading", fraction: 0 } } });
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
    },
  };
}

/** The machine's handle, as the hook and the tests hold it. */
export type Workbench = ReturnType<typeof createWorkbench>;
