import { DEFAULT_SETTINGS, type Lang, type Settings } from "../core";
import type { Report } from "../dialog/report";
import type { WorkbookPort } from "../port";
import { deadlineOf, wouldRunLong } from "./commandTiming";
import { describeLongTable, describeOutcome, describeUnexpected } from "./describeOutcome";
import type { SheetSize } from "./measureSheet";

/** What the ribbon function needs, passed in so it can be tested without Office. */
export interface CommandDeps {
  port: Pick<WorkbookPort, "compute">;
  /** The settings saved by the task pane, or null. */
  loadSettings: () => Settings | null;
  /** Shows the report; resolves when the user has closed it, when it cannot be shown, or at `deadline`. */
  showReport: (report: Report, deadline: number) => Promise<void>;
  /** Office.context.displayLanguage, for the language when nothing was saved ("vi-VN", "en-US"). */
  displayLanguage?: string;
  /** When the button was clicked (ms since the epoch): Office's 5 minutes count from there. */
  clickedAt?: number;
  /** The clock (Date.now). */
  now?: () => number;
  /** The used range of the sheet the compute would read, or null when it cannot be told. */
  measureSheet?: (sheet: string | null) => Promise<SheetSize | null>;
  /**
   * Opens the task pane (Office.addin.showAsTaskpane), where a long compute is not cut off. Only a shared
   * runtime has it (https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in); absent otherwise,
   * and the report then says to open the panel.
   */
  openTaskpane?: () => Promise<void>;
}

/** The language of a run with no saved settings: Vietnamese in a Vietnamese Office, else English. */
export const languageOf = (displayLanguage: string | undefined): Lang =>
  displayLanguage === undefined || displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";

/**
 * The "Compute attainment" button: runs the compute with the saved settings (or on the active sheet) and shows
 * the result in a dialog until 270 s after the click. A sheet too large to finish within Office's 5 minutes is
 * not computed: the task pane is opened where it can be, else the dialog says to open it. `event.completed()` is
 * always called — on success, on failure and if anything throws — because Office queues further clicks until then.
 */
export async function runComputeCommand(event: { completed(): void }, deps: CommandDeps): Promise<void> {
  const now = deps.now ?? Date.now;
  const deadline = deadlineOf(deps.clickedAt ?? now());
  let lang: Lang = languageOf(deps.displayLanguage);
  try {
    const saved = deps.loadSettings();
    const settings: Settings = saved ?? { ...DEFAULT_SETTINGS, lang };
    lang = settings.lang;
    const size = deps.measureSheet ? await deps.measureSheet(settings.sheet) : null;
    if (size && wouldRunLong(size)) {
      if (await opened(deps.openTaskpane)) return;
      await deps.showReport(describeLongTable(size, lang), deadline);
      return;
    }
    const result = await deps.port.compute(settings, () => undefined);
    // Past the deadline a dialog would be closed at once; the results are in the workbook all the same.
    if (now() < deadline) await deps.showReport(describeOutcome(result, lang), deadline);
  } catch (error) {
    try {
      if (now() < deadline) await deps.showReport(describeUnexpected(error, lang), deadline);
    } catch {
      // Nothing more can be shown; completing the event below is what matters now.
    }
  } finally {
    event.completed();
  }
}

async function opened(openTaskpane: CommandDeps["openTaskpane"]): Promise<boolean> {
  if (!openTaskpane) return false;
  try {
    await openTaskpane();
    return true;
  } catch {
    return false;
  }
}
