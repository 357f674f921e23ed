import type { Translate } from "../i18n";
import type { RunState } from "../Workbench/useWorkbench";

/** What the compute area shows for a run state: whether it runs, how far, and the stage in words. */
export function useComputePanel(run: RunState, t: Translate) {
  if (run.state === "running") {
    return {
      running: true,
      fraction: Math.min(1, Math.max(0, run.progress.fraction)),
      stageText: t(`stage_${run.progress.stage}`),
    };
  }
  return { running: false, fraction: 0, stageText: run.state === "done" ? t("stage_done") : "" };
}
