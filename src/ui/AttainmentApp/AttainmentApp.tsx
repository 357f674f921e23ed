import type { ReactNode } from "react";
import type { Lang } from "../../core";
import type { ComputeOutcome, WorkbookPort } from "../../port";
import { Workbench } from "../Workbench/Workbench";
import { useAttainmentApp } from "./useAttainmentApp";

export interface AttainmentAppProps {
  /** Where the workbook lives; swapping it (the web page does on a new file) re-reads everything. */
  port: WorkbookPort;
  /** UI language at start (default vi); the panel's switch changes it afterwards. */
  initialLang?: Lang;
  /** Extra buttons under the results, e.g. the web page's Download. */
  resultActions?: (outcome: ComputeOutcome, lang: Lang) => ReactNode;
  /** Shown under the title, e.g. "running outside Excel" and a file picker; a function gets the panel's language. */
  banner?: ReactNode | ((lang: Lang) => ReactNode);
}

/**
 * The whole task pane: source, column mapping, options, compute and results, talking only to `port`.
 * Render it inside `AttainmentProvider` (or any FluentProvider).
 */
export function AttainmentApp({ port, initialLang = "vi", resultActions, banner }: AttainmentAppProps) {
  const { lang, setLang, session } = useAttainmentApp(port, initialLang);
  return (
    <Workbench
      key={session}
      port={port}
      lang={lang}
      onLangChange={setLang}
      resultActions={resultActions}
      banner={banner}
    />
  );
}
