import type { Translate } from "../i18n";
import type { RestoreState, RunState } from "../Workbench/useWorkbench";

/**
 * What the panel says about the officer's own cells: after a run, how many it wrote over (kept) and how many
 * edits it took as new reported figures; after a restore, what came back and which sheets went.
 */
export function useOriginalsPanel(run: RunState, restore: RestoreState, t: Translate) {
  const kept = run.state === "done" ? run.outcome.analysis.originals : undefined;
  const afterRun = [
    ...(kept && kept.typed > 0 ? [t("keptDone", { typed: kept.typed, disagree: kept.disagree })] : []),
    ...(kept && kept.edited > 0 ? [t("keptEdited", { edited: kept.edited })] : []),
  ];
  const restored = restore.state === "done" ? restore.outcome : null;
  const afterRestore = restored
    ? [
        t("restoredDone", {
          restored: restored.restored,
          sheets: restored.removedSheets.map((s) => `“${s}”`).join(", "),
        }),
        ...(restored.leftAsEdited > 0 ? [t("restoredEdited", { count: restored.leftAsEdited })] : []),
        ...restored.notices.map((n) => t(`notice_${n.code}`)),
      ]
    : [];
  return { afterRun, afterRestore, restoring: restore.state === "running" };
}
