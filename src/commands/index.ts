/**
 * The ribbon's FunctionFile (commands.html): registers "computeAttainment", the FunctionName in manifest.xml.
 */
import { createExcelPort, readSavedSettings } from "../excel";
import { runComputeCommand } from "./runComputeCommand";
import { showReportDialog } from "./showReportDialog";

/** The handler Office calls for the button; the port is created per click so each run reads fresh state. */
export function computeAttainment(event: Office.AddinCommands.Event): Promise<void> {
  return runComputeCommand(event, {
    port: createExcelPort(),
    loadSettings: readSavedSettings,
    showReport: (report) => showReportDialog(report),
    displayLanguage: Office.context?.displayLanguage,
  });
}

Office.onReady(() => {
  // Nothing to prepare: the handler is registered below, as Office expects, when the file loads.
});

if (Office.actions?.associate) Office.actions.associate("computeAttainment", computeAttainment);
else {
  // Older Office versions look the function up by name on the global object.
  (globalThis as unknown as Record<string, unknown>).computeAttainment = computeAttainment;
}
