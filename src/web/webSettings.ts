import { parseSettings, type Settings } from "../core";

/** The part of `localStorage` the page uses. */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const KEY = "attainment.web.settings";

/**
 * The options last used on the page, or null. The sheet and column choices belong to the file they were made
 * on, so for another file only the rest (method, decimals, language, colours, formulas) comes back.
 * Example: saved for "a.xlsx" with sheet "KQ", loaded for "b.xlsx" → same method, sheet null, mapping {}.
 */
export function loadWebSettings(storage: SettingsStorage | null, fileName: string): Settings | null {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(KEY) ?? null;
  } catch {
    return null; // Storage can be switched off by the browser; the page then starts from the defaults.
  }
  if (!raw) return null;
  let saved: { file?: unknown; settings?: unknown };
  try {
    saved = JSON.parse(raw) as typeof saved;
  } catch {
    return null;
  }
  const settings = parseSettings(saved.settings);
  return saved.file === fileName ? settings : { ...settings, sheet: null, mapping: {} };
}

/**
 * Remembers the options in the browser (nothing leaves the machine). Returns false when the browser refuses
 * (storage off or full); the options then last for this visit only, which loses nothing the user typed.
 */
export function saveWebSettings(storage: SettingsStorage | null, fileName: string, settings: Settings): boolean {
  try {
    storage?.setItem(KEY, JSON.stringify({ file: fileName, settings }));
    return storage !== null;
  } catch {
    return false;
  }
}
