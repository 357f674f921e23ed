import { Button, Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Lang } from "../../core";
import { ComputePanel } from "../ComputePanel/ComputePanel";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { t } from "../i18n";
import { MappingPanel } from "../MappingPanel/MappingPanel";
import { OptionsPanel } from "../OptionsPanel/OptionsPanel";
import type { ComputeOutcome, WorkbookPort } from "../../port";
import { ResultsPanel } from "../ResultsPanel/ResultsPanel";
import { SourcePanel } from "../SourcePanel/SourcePanel";
import { effectiveSheet } from "./restoreSettings";
import { useWorkbench } from "./useWorkbench";
import { PageFrame } from "../PageFrame/PageFrame";

export interface WorkbenchProps {
  port: WorkbookPort;
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  resultActions?: (outcome: ComputeOutcome, lang: Lang) => ReactNode;
  banner?: ReactNode | ((lang: Lang) => ReactNode);
}

/** The panel for one port: header and language switch, then the sections from source to results. */
export function Workbench({ port, lang, onLangChange, resultActions, banner }: WorkbenchProps) {
  const { load, settings, preview, run, saveError, update, reload, compute } = useWorkbench(port);

  const body = (() => {
    if (load.state === "loading") return <Spinner size="small" label={t(lang, "loadingWorkbook")} />;
    if (load.state === "failed") {
      const retry = <Button onClick={reload}>{t(lang, "retry")}</Button>;
      return <ErrorBar lang={lang} title={t(lang, "errorOverview")} error={load.error} actions={retry} />;
    }
    const { overview } = load;
    const sheet = effectiveSheet(overview, settings);
    const sheetInfo = overview.sheets.find((s) => s.name === sheet) ?? null;
    const table = preview.analysis?.table ?? sheetInfo?.table ?? null;
    return (
      <>
        <SourcePanel
          lang={lang}
          sheets={overview.sheets}
          sheet={sheet}
          table={table}
          analysis={preview.analysis}
          pending={preview.pending}
          onSheetChange={(name) => update({ sheet: name, mapping: {} })}
          onReload={reload}
        />
        <MappingPanel
          lang={lang}
          table={table}
          detected={sheetInfo?.table?.columns ?? null}
          mapping={settings.mapping}
          error={preview.pending ? null : preview.error}
          onChange={(mapping) => update({ mapping })}
        />
        <OptionsPanel lang={lang} settings={settings} analysis={preview.analysis} onChange={update} />
        <ComputePanel lang={lang} run={run} onCompute={() => void compute()} />
        {saveError && <ErrorBar lang={lang} title={t(lang, "errorSave")} error={saveError} intent="warning" />}
        {run.state === "done" && (
          <ResultsPanel
            lang={lang}
            outcome={run.outcome}
            colors={settings.colors}
            canSelect={port.kind === "excel"}
            onGoTo={(address) => port.selectRange(run.outcome.analysis.table.sheet, address)}
            onSelectAppendix={() => port.selectAppendix()}
            actions={resultActions?.(run.outcome, lang)}
          />
        )}
      </>
    );
  })();

  return (
    <PageFrame lang={lang} onLangChange={onLangChange}>
      {typeof banner === "function" ? banner(lang) : banner}
      {body}
    </PageFrame>
  );
}
