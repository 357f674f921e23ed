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
 * A UI string in the given language with `{name}` parameters filled in; an unknown parameter is left as written.
 * Example: `t("vi", "goToCell", { address: "E21" }) === "Đến ô E21"`.
 */
export function t(lang: Lang, key: UiKey, params: UiParams = {}): string {
  return UI_STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
