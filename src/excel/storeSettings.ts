import { parseSettings, type Settings } from "../core";

/** The document setting that holds the task pane's choices (JSON), used by the ribbon button too. */
export const SETTINGS_KEY = "attainment.settings";

/** The settings saved in this workbook, read leniently (see parseSettings), or null when none were saved. */
export function readSavedSettings(): Settings | null {
  const store = typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
  const raw: unknown = store?.get(SETTINGS_KEY);
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== "string") return parseSettings(raw);
  try {
    return parseSettings(JSON.parse(raw));
  } catch {
    // A hand-edited or truncated value: start from the defaults rather than fail.
    return parseSettings({});
  }
}

/** Saves the settings into the workbook (they travel with the file). Rejects with the host's error. */
export function saveSettingsToDocument(settings: Settings): Promise<void> {
  return new Promise((resolve, reject) => {
    const store = Office.context.document.settings;
    store.set(SETTINGS_KEY, JSON.stringify(settings));
    store.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) reject(result.error);
      else resolve();
    });
  });
}
