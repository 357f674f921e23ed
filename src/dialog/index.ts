/**
 * The result dialog of the ribbon button, opened with Office.context.ui.displayDialogAsync. It gets the report
 * with `messageChild` (DialogApi 1.2: it says "ready", the command answers with the report) or, from hosts
 * without it, in the URL fragment; and it tells the function file when it is closed, so the command can complete.
 */
import { signalStarted } from "../boot";
import { renderReport, reportView } from "./renderReport";
import { decodeReport, parseReportMessage, type Report } from "./report";

/** How long to wait for the command's message before showing "nothing to show". */
const MESSAGE_WAIT_MS = 5000;

function close(): void {
  // Inside Office the opener closes the dialog; opened on its own the page just closes itself.
  if (typeof Office !== "undefined" && Office.context?.ui?.messageParent) Office.context.ui.messageParent("close");
  else window.close();
}

function show(report: Report | null, displayLanguage?: string): void {
  renderReport(document, reportView(report, displayLanguage ?? navigator.language), close);
}

/** Asks the command for the report; the handler is registered first, as the dialog API article shows. */
function receiveReport(displayLanguage: string | undefined): void {
  let done = false;
  const fallback = window.setTimeout(() => show(null, displayLanguage), MESSAGE_WAIT_MS);
  Office.context.ui.addHandlerAsync(
    Office.EventType.DialogParentMessageReceived,
    (arg: { message: string; origin?: string }) => {
      // Only the add-in's own pages may send the report.
      if (done || (arg.origin && arg.origin !== window.location.origin)) return;
      const report = parseReportMessage(arg.message);
      if (!report) return;
      done = true;
      window.clearTimeout(fallback);
      show(report, displayLanguage);
    },
    (result: Office.AsyncResult<void>) => {
      if (result.status === Office.AsyncResultStatus.Failed) show(null, displayLanguage);
      else Office.context.ui.messageParent("ready");
    },
  );
}

function start(displayLanguage?: string): void {
  const fromUrl = decodeReport(window.location.hash);
  const canReceive =
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("DialogApi", "1.2") === true &&
    typeof Office.context.ui?.addHandlerAsync === "function";
  if (fromUrl || !canReceive) show(fromUrl, displayLanguage);
  else receiveReport(displayLanguage);
}

if (signalStarted(window)) {
  if (typeof Office !== "undefined") {
    // Outside Office, onReady never resolves without office.js's mapping table; show the page anyway after a moment.
    const fallback = window.setTimeout(() => show(decodeReport(window.location.hash)), 1500);
    void Office.onReady(() => {
      window.clearTimeout(fallback);
      start(Office.context?.displayLanguage);
    });
  } else {
    show(decodeReport(window.location.hash));
  }
}
