/**
 * The ribbon's FunctionFile (commands.html): registers "computeAttainment", the FunctionName in manifest.xml.
 */
import { signalStarted } from "../boot";
import { createExcelPort, readSavedSettings } from "../excel";
import { measureSheet } from "./measureSheet";
import { runComputeCommand } from "./runComputeCommand";
import { showReportDialog } from "./showReportDialog";

/**
 * Office starts the function file's runtime when the button is clicked (its 5 minutes count from that event:
 * https://learn.microsoft.com/office/dev/add-ins/testing/runtimes#browser-runtime), so the page's own start is
 * the earliest moment known after the first click; a later click in the same runtime starts its own clock.
 */
let firstClick = true;
function clickTime(): number {
  const pageStart = globalThis.performance?.timeOrigin;
  const at = firstClick && pageStart ? Math.min(pageStart, Date.now()) : Date.now();
  firstClick = false;
  return at;
}

const supports = (set: string, version: string): boolean =>
  Office.context?.requirements?.isSetSupported(set, version) === true;

/**
 * Office.addin.showAsTaskpane works only in a shared runtime, where the function file is the task pane's own page
 * (https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime). This
 * add-in keeps the ribbon in its own runtime (commands.html), so today the report says to open the panel instead.
 */
function taskpaneOpener(): (() => Promise<void>) | undefined {
  const shared = !/\/commands\.html$/.test(globalThis.location?.pathname ?? "");
  const addin = (Office as { addin?: { showAsTaskpane?: () => Promise<void> } }).addin;
  if (!shared || !supports("SharedRuntime", "1.1") || typeof addin?.showAsTaskpane !== "function") return undefined;
  return () => addin.showAsTaskpane!();
}

/** The handler Office calls for the button; the port is created per click so each run reads fresh state. */
export function computeAttainment(event: Office.AddinCommands.Event): Promise<void> {
  const clickedAt = clickTime();
  const canMessageChild = supports("DialogApi", "1.2");
  return runComputeCommand(event, {
    port: createExcelPort(),
    loadSettings: readSavedSettings,
    showReport: (report, deadline) => showReportDialog(report, { deadline, canMessageChild }),
    displayLanguage: Office.context?.displayLanguage,
    clickedAt,
    measureSheet: (sheet) => measureSheet((batch) => Excel.run(batch), sheet, supports("ExcelApi", "1.2")),
    openTaskpane: taskpaneOpener(),
  });
}

// On an engine too old for this bundle the boot check registers its own handler, which explains.
if (signalStarted(globalThis as Pick<Window, "attainmentBoot">)) {
  Office.onReady(() => {
    // Nothing to prepare: the handler is registered below, as Office expects, when the file loads.
  });

  if (Office.actions?.associate) Office.actions.associate("computeAttainment", computeAttainment);
  else {
    // Older Office versions look the function up by name on the global object.
    (globalThis as unknown as Record<string, unknown>).computeAttainment = computeAttainment;
  }
}
