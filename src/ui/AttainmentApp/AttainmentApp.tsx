import type { ReactNode } from "react";
import type { Lang } from "../../core";
import { LanguageProvider } from "../i18n";
import type { ComputeOutcome, WorkbookPort } from "../../port";
import { Workbench } from "../Workbench/Workbench";
import { useAttainmentApp } from "./useAttainmentApp";

export interface AttainmentAppProps {
  /** Where the workbook lives; swapping it (the web page does on a new file) re-reads everything. */
  port: WorkbookPort;
  /** UI language at start (default vi) when no LanguageProvider is above; the panel's switch changes it. */
  initialLang?: Lang;
  /** Extra buttons beside the results' actions, e.g. the web page's downloads. */
  resultActions?: (outcome: ComputeOutcome) => ReactNode;
  /** Shown under the title, e.g. "running outside Excel" and a file picker. */
  banner?: ReactNode;
}

/**
 * The whole task pane: source, compute and results first, then the column mapping, options and language,
 * talking only to `port`. Render it inside `AttainmentProvider` (or any FluentProvider).
 */
export function AttainmentApp({ port, initialLang = "vi", resultActions, banner }: AttainmentAppProps) {
  const session = useAttainmentApp(port);
  return (
    <LanguageProvider initialLang={initialLang}>
      <Workbench key={session} port={port} resultActions={resultActions} banner={banner} />
    </LanguageProvider>
  );
}
