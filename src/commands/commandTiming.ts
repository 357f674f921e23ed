import type { SheetSize } from "./measureSheet";

/**
 * Office ends a function command's runtime 5 minutes after the click that triggered it ("Five minutes have
 * elapsed since the triggering event": https://learn.microsoft.com/office/dev/add-ins/testing/runtimes#browser-runtime,
 * and https://learn.microsoft.com/office/dev/add-ins/design/add-in-commands). The command finishes, and closes its
 * dialog, 30 s before that, counted from the click, not from when the dialog opened.
 */
export const COMMAND_BUDGET_MS = 270_000;

/**
 * Used cells (rows × columns of the used range) past which the button does not compute but sends the user to the
 * task pane, which has no time limit and shows progress. About 15,000 rows of a 10-column table: past about
 * 20,000 indicators the adapter splits its requests to stay under Office's 5 MB payload limit, and on a slow
 * Excel on the web each extra round trip costs seconds. A conservative guess, not measured in a real Excel.
 */
export const LONG_RUN_CELLS = 150_000;

/** True when computing a sheet of this size could run past the button's 5 minutes. */
export const wouldRunLong = (size: SheetSize | null): boolean =>
  size !== null && size.rows * size.columns > LONG_RUN_CELLS;

/** When the command must be finished, for a click at `clickedAt` (ms since the epoch). */
export const deadlineOf = (clickedAt: number): number => clickedAt + COMMAND_BUDGET_MS;
