import type { Lang } from "../../core";
import { en } from "./en";
import { vi } from "./vi";

/** The name of a UI string. */
export type UiKey = keyof typeof vi;

/** Parameters filled into a string's `{name}` marks. */
export type UiParams = Record<string, string | number>;

/** Every string of the UI (task pane and web page) by language: the one catalogue. */
export const UI_STRINGS: Record<Lang, Record<UiKey, string>> = { vi, en };

/**
 * A UI string in the given language with `{name}` parameters filled in, and `{name:one|other}` by the number in
 * `name` (English's "1 cell", "3 cells"); an unknown parameter is left as written.
 * Example: `t("vi", "goToCell", { address: "E21" }) === "Đến ô E21"`.
 */
export function t(lang: Lang, key: UiKey, params: UiParams = {}): string {
  return UI_STRINGS[lang][key].replace(
    /\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) =>
      !(name in params) ? whole : one === undefined ? String(params[name]) : Number(params[name]) === 1 ? one : other!,
  );
}
