import { DEFAULT_SETTINGS, type Lang, type Settings } from "../core";
import type { Report } from "../dialog/report";
import type { WorkbookPort } from "../port";
import { describeOutcome, describeUnexpected } from "./describeOutcome";

/** What the ribbon function needs, passed in so it can be tested without Office. */
export interface CommandDeps {
  port: Pick<WorkbookPort, "compute">;
  /** The settings saved by the task pane, or null. */
  loadSettings: () => Settings | null;
  /** Shows the report; resolves when the user has closed it (or it could not be shown). */
  showReport: (report: Report) => Promise<void>;
  /** Office.context.displayLanguage, for the language when nothing was saved ("vi-VN", "en-US"). */
  displayLanguage?: string;
}

/** The language of a run with no saved settings: Vietnamese in a Vietnamese Office, else English. */
export const languageOf = (displayLanguage: string | undefined): Lang =>
  displayLanguage === undefined || displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";

/**
 * The "Compute attainment" button: runs the compute with the saved settings (or on the active sheet), shows the
 * result in a dialog, and always calls `event.completed()` — on success, on failure and if anything throws —
 * because Office queues further clicks until it is called.
 */
export async function runComputeCommand(event: { completed(): void }, deps: CommandDeps): Promise<void> {
  let lang: Lang = languageOf(deps.displayLanguage);
  try {
    const saved = deps.loadSettings();
    const settings: Settings = saved ?? { ...DEFAULT_SETTINGS, lang };
    lang = settings.lang;
    const result = await deps.port.compute(settings, () => undefined);
    await deps.showReport(describeOutcome(result, lang));
  } catch (error) {
    try {
      await deps.showReport(describeUnexpected(error, lang));
    } catch {
      // Nothing more can be shown; completing the event below is what matters now.
    }
  } finally {
    event.completed();
  }
}
