import type { Lang } from "../../core";
import { en } from "./en";
import { vi } from "./vi";

/** The name of a UI string. */
export type UiKey = keyof typeof vi;

const STRINGS: Record<Lang, Record<UiKey, string>> = { vi, en };

/**
 * A UI string in the given language with `{name}` parameters filled in; an unknown parameter is left as written.
 * Example: `t("vi", "goToCell", { address: "E21" }) === "Đến ô E21"`.
 */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
