/**
 * The result dialog of the ribbon button: shows the report passed in the URL fragment and tells the function
 * file when it is closed, so the command can complete. Opened with Office.context.ui.displayDialogAsync.
 */
import { renderReport, reportView } from "./renderReport";

function close(): void {
  // Inside Office the opener closes the dialog; opened on its own the page just closes itself.
  if (typeof Office !== "undefined" && Office.context?.ui?.messageParent) Office.context.ui.messageParent("close");
  else window.close();
}

function show(displayLanguage?: string): void {
  renderReport(document, reportView(window.location.hash, displayLanguage ?? navigator.language), close);
}

if (typeof Office !== "undefined") {
  // Outside Office, onReady never resolves without office.js's mapping table; show the page anyway after a moment.
  const fallback = window.setTimeout(() => show(), 1500);
  void Office.onReady(() => {
    window.clearTimeout(fallback);
    show(Office.context?.displayLanguage);
  });
} else {
  show();
}
