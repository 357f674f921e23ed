import type { ReactNode } from "react";
import type { Lang } from "../../core";
import { t } from "../i18n";
import { LanguageSwitch } from "../LanguageSwitch/LanguageSwitch";
import { usePageFrameStyles } from "./PageFrame.styles";

export interface PageFrameProps {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  children?: ReactNode;
}

/** The page around the panel, in the task pane and on the web page alike: title, language switch, content. */
export function PageFrame({ lang, onLangChange, children }: PageFrameProps) {
  const styles = usePageFrameStyles();
  return (
    <main lang={lang} className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t(lang, "appTitle")}</h1>
        <LanguageSwitch lang={lang} onChange={onLangChange} />
      </header>
      {children}
    </main>
  );
}
