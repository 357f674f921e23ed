import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { Lang } from "../../core";
import { t, type UiKey, type UiParams } from "./translate";

/** A UI string of the panel's current language. */
export type Translate = (key: UiKey, params?: UiParams) => string;

interface LanguageState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LanguageContext = createContext<LanguageState | null>(null);
const FALLBACK: LanguageState = { lang: "vi", setLang: () => {} };

export interface LanguageProviderProps {
  /** Language at start (default vi); `setLang` from `useLang()` changes it afterwards. */
  initialLang?: Lang;
  children: ReactNode;
}

/**
 * Holds the UI language for everything below it. Inside another LanguageProvider it adds nothing, so the
 * web page's first screen and the panel it mounts later share one language.
 */
export function LanguageProvider({ initialLang = "vi", children }: LanguageProviderProps) {
  const outer = useContext(LanguageContext);
  const [lang, setLang] = useState<Lang>(initialLang);
  const value = useMemo(() => outer ?? { lang, setLang }, [outer, lang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The UI language and its setter (vi, unchangeable, outside any provider). */
export function useLang(): LanguageState {
  return useContext(LanguageContext) ?? FALLBACK;
}

/** `t` bound to the UI language. Example: `useT()("computeButton") === "Tính tỷ lệ đạt"` in vi. */
export function useT(): Translate {
  const { lang } = useLang();
  return useCallback((key: UiKey, params?: UiParams) => t(lang, key, params), [lang]);
}
