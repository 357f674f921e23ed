import { useCallback, useEffect, useRef, useState } from "react";
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

/** Settings that change what the engine finds; the others (colours, formulas) only change what is written. */
const ANALYSIS_KEYS: readonly (keyof Settings)[] = ["sheet", "mapping", "method", "decimals", "lang"];
const SAVE_DELAY_MS = 400;

/**
 * State of the panel for one port: reads the overview on mount, restores the saved settings, previews after
 * every change that affects the analysis (ignoring answers that arrive out of order), saves changes shortly
 * after they stop, and runs the computation with its progress.
 */
export function useWorkbench(port: WorkbookPort) {
  const [load, setLoad] = useState<LoadState>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [preview, setPreview] = useState<PreviewState>({ pending: false, analysis: null, error: null });
  const [run, setRun] = useState<RunState>({ state: "idle" });
  const [saveError, setSaveError] = useState<PortError | null>(null);
  const latest = useRef<Settings | null>(null);
  const previewSeq = useRef(0);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const unsaved = useRef<Settings | null>(null);
  const running = useRef(false);

  const commit = useCallback((next: Settings) => {
    latest.current = next;
    setSettings(next);
  }, []);

  const runPreview = useCallback(
    (next: Settings) => {
      const seq = ++previewSeq.current;
      setPreview((p) => ({ ...p, pending: true }));
      void settle(() => port.preview(next)).then((r) => {
        if (seq !== previewSeq.current) return;
        setPreview(
          r.ok
            ? { pending: false, analysis: r.value, error: null }
            : { pending: false, analysis: null, error: r.error },
        );
      });
    },
    [port],
  );

  const flushSave = useCallback(() => {
    clearTimeout(saveTimer.current);
    const toSave = unsaved.current;
    unsaved.current = null;
    if (!toSave) return;
    void settle(() => port.saveSettings(toSave)).then((r) => setSaveError(r.ok ? null : r.error));
  }, [port]);

  useEffect(() => {
    let live = true;
    void settle(() => port.overview()).then((r) => {
      if (!live) return;
      if (!r.ok) {
        setLoad({ state: "failed", error: r.error });
        return;
      }
      // The first read restores what the workbook saved; a re-read keeps what the user has on screen.
      const next = restoreSettings(r.value, latest.current ?? r.value.settings ?? DEFAULT_SETTINGS);
      commit(next);
      setLoad({ state: "ready", overview: r.value });
      runPreview(next);
    });
    return () => {
      live = false;
    };
  }, [port, attempt, commit, runPreview]);

  // Whatever is still waiting to be saved when the panel goes (e.g. the web page swaps ports) is saved now.
  useEffect(() => flushSave, [flushSave]);

  const update = useCallback(
    (patch: Partial<Settings>) => {
      const next = { ...(latest.current ?? DEFAULT_SETTINGS), ...patch };
      commit(next);
      if (ANALYSIS_KEYS.some((key) => key in patch)) runPreview(next);
      unsaved.current = next;
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(flushSave, SAVE_DELAY_MS);
    },
    [commit, runPreview, flushSave],
  );

  const reload = useCallback(() => {
    setLoad({ state: "loading" });
    setRun({ state: "idle" });
    setAttempt((n) => n + 1);
  }, []);

  const compute = useCallback(async () => {
    const current = latest.current;
    if (running.current || !current) return;
    running.current = true;
    let finished = false;
    setRun({ state: "running", progress: { stage: "reading", fraction: 0 } });
    const r = await settle(() =>
      port.compute(current, (progress) => {
        if (!finished) setRun({ state: "running", progress });
      }),
    );
    finished = true;
    running.current = false;
    if (!r.ok) {
      setRun({ state: "failed", error: r.error });
      return;
    }
    setRun({ state: "done", outcome: r.value });
    unsaved.current = latest.current;
    flushSave();
    // The run may have added columns (attainment, status); refresh the mapping pickers.
    if (latest.current) runPreview(latest.current);
  }, [port, flushSave, runPreview]);

  return { load, settings, preview, run, saveError, update, reload, compute };
}
