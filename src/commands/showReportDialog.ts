import { encodeReport, type Report } from "../dialog/report";

/**
 * Office closes a function command's runtime 5 minutes after it starts (or once `completed()` is called, which
 * would also close the dialog), so the dialog is closed and the promise resolved a little before that.
 */
export const DIALOG_TIMEOUT_MS = 270_000;

/** Where the dialog page is and how long it may stay open. */
export interface DialogOptions {
  /** The page the command runs in; dialog.html sits beside it (displayDialogAsync needs the add-in's own origin). */
  pageUrl?: string;
  timeoutMs?: number;
}

/** The URL of the result dialog for a report. */
export function dialogUrl(report: Report, pageUrl: string | undefined): string {
  const page = pageUrl ? new URL("dialog.html", pageUrl).toString() : "dialog.html";
  return `${page}#${encodeReport(report)}`;
}

/**
 * Shows the report in an Office dialog and resolves when the user closes it (the page's Close button or the
 * dialog's X), when it cannot be opened (another dialog open, pop-ups blocked), or at the timeout. Never rejects.
 */
export function showReportDialog(report: Report, options: DialogOptions = {}): Promise<void> {
  const url = dialogUrl(report, options.pageUrl ?? globalThis.location?.href);
  return new Promise((resolve) => {
    try {
      Office.context.ui.displayDialogAsync(url, { height: 45, width: 35, displayInIframe: true }, (result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
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
        timer = setTimeout(finish, options.timeoutMs ?? DIALOG_TIMEOUT_MS);
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, finish);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
      });
    } catch {
      resolve();
    }
  });
}
