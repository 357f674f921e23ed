import { encodeReport, reportMessage, type Report } from "../dialog/report";

/** Where the dialog page is, how it gets the report and when it must be closed. */
export interface DialogOptions {
  /** The page the command runs in; dialog.html sits beside it (displayDialogAsync needs the add-in's own origin). */
  pageUrl?: string;
  /** When the command must end (ms since the epoch); the dialog is closed then. */
  deadline: number;
  now?: () => number;
  /**
   * Whether the host has DialogApi 1.2 (`messageChild`); it cannot be required in the manifest and is checked at
   * run time (https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins#pass-information-to-the-dialog-box).
   */
  canMessageChild?: boolean;
}

/**
 * The URL of the result dialog. With DialogApi 1.2 the report is sent with `messageChild` once the page says it is
 * ready, so the URL carries nothing (Office appends its own `_host_Info` to it). Hosts without it get the report in
 * the fragment, clipped to a short length
 * (https://learn.microsoft.com/office/dev/add-ins/develop/parent-to-dialog).
 */
export function dialogUrl(report: Report, pageUrl: string | undefined, canMessageChild: boolean): string {
  const page = pageUrl ? new URL("dialog.html", pageUrl).toString() : "dialog.html";
  return canMessageChild ? page : `${page}#${encodeReport(report)}`;
}

/**
 * Shows the report in an Office dialog and resolves when the user closes it (the page's Close button or the
 * dialog's X), when it cannot be opened (another dialog open, pop-ups blocked), or at the deadline. Never rejects.
 */
export function showReportDialog(report: Report, options: DialogOptions): Promise<void> {
  const now = options.now ?? Date.now;
  const canMessageChild = options.canMessageChild ?? false;
  const url = dialogUrl(report, options.pageUrl ?? globalThis.location?.href, canMessageChild);
  return new Promise((resolve) => {
    try {
      // Office's enums are taken now: the callback may run after the page (or a test) has let go of the global.
      const { AsyncResultStatus, EventType } = Office;
      Office.context.ui.displayDialogAsync(url, { height: 45, width: 35, displayInIframe: true }, (result) => {
        if (result.status === AsyncResultStatus.Failed) {
          resolve();
          return;
        }
        const dialog = result.value;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const finish = () => {
          if (timer !== undefined) clearTimeout(timer);
          timer = undefined;
          try {
            dialog.close();
          } catch {
            // Already closed by the user.
          }
          resolve();
        };
        timer = setTimeout(finish, Math.max(0, options.deadline - now()));
        dialog.addEventHandler(EventType.DialogMessageReceived, (arg) => {
          const message = "message" in arg ? arg.message : "";
          if (message === "ready" && canMessageChild) dialog.messageChild(reportMessage(report));
          else finish();
        });
        dialog.addEventHandler(EventType.DialogEventReceived, finish);
      });
    } catch {
      resolve();
    }
  });
}
