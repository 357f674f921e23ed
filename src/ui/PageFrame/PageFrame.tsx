import type { ReactNode } from "react";
import { useLang, useT } from "../i18n";
import { usePageFrameStyles } from "./PageFrame.styles";

export interface PageFrameProps {
  /** Shown at the right of the title, e.g. the language switch on the web page's first screen. */
  headerEnd?: ReactNode;
  children?: ReactNode;
}

/** The page around the panel, in the task pane and on the web page alike: the title, then the content. */
export function PageFrame({ headerEnd, children }: PageFrameProps) {
  const styles = usePageFrameStyles();
  const { lang } = useLang();
  const t = useT();
  return (
    <main lang={lang} className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t("appTitle")}</h1>
        {headerEnd}
      </header>
      {children}
    </main>
  );
}
