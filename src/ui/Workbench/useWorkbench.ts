import { useEffect, useState, useSyncExternalStore } from "react";
import type { WorkbookPort } from "../../port";
import { createWorkbench } from "./createWorkbench";

export type { LoadState, PreviewState, RestoreState, RunState, WorkbenchState } from "./createWorkbench";

/** Subscribes the panel to the state machine of its port; the machine starts on mount and stops on unmount. */
export function useWorkbench(port: WorkbookPort) {
  // One machine per mounted panel; the app remounts the panel (a new key) when the port changes.
  const [machine] = useState(() => createWorkbench(port));
  useEffect(() => {
    machine.start();
    return machine.stop;
  }, [machine]);
  const state = useSyncExternalStore(machine.subscribe, machine.getState, machine.getState);
  return {
    ...state,
    update: machine.update,
    reload: machine.reload,
    compute: machine.compute,
    confirmOverwrite: machine.confirmOverwrite,
    cancelOverwrite: machine.cancelOverwrite,
    askRestore: machine.askRestore,
    cancelRestore: machine.cancelRestore,
    restoreWorkbook: machine.restoreWorkbook,
  };
}
