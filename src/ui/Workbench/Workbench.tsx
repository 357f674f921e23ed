import { Button, Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { canRetry } from "../describePortError";
import { ComputePanel } from "../ComputePanel/ComputePanel";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { OriginalsPanel } from "../OriginalsPanel/OriginalsPanel";
import { useT } from "../i18n";
import type { ComputeOutcome, WorkbookPort } from "../../port";
import { PageFrame } from "../PageFrame/PageFrame";
import { ResultsPanel } from "../ResultsPanel/ResultsPanel";
import { SettingsSections } from "../SettingsSections/SettingsSections";
import { SourcePanel } from "../SourcePanel/SourcePanel";
import { TablePicker } from "../TablePicker/TablePicker";
import { effectiveSheet } from "./restoreSettings";
import { useWorkbench } from "./useWorkbench";
import { useWorkbenchStyles } from "./Workbench.styles";

export interface WorkbenchProps {
  port: WorkbookPort;
  resultActions?: (outcome: ComputeOutcome) => ReactNode;
  banner?: ReactNode;
}

/**
 * The panel for one port, work first: the sheet and "Compute attainment", then the results; the columns,
 * options and language folded below. On a wide window the results stand beside the work.
 */
export function Workbench({ port, resultActions, banner }: WorkbenchProps) {
  const bench = useWorkbench(port);
  const { load, settings, preview, run, saveError, update, reload, compute } = bench;
  const styles = useWorkbenchStyles();
  const t = useT();

  const body = (() => {
    if (load.state === "loading") return <Spinner size="small" label={t("loadingWorkbook")} />;
    if (load.state === "failed") {
      const retry = canRetry(load.error) ? <Button onClick={reload}>{t("retry")}</Button> : undefined;
      return <ErrorBar title={t("errorOverview")} error={load.error} actions={retry} />;
    }
    const { overview } = load;
    const sheet = effectiveSheet(overview, settings);
    const sheetInfo = overview.sheets.find((s) => s.name === sheet) ?? null;
    const table = preview.analysis?.table ?? sheetInfo?.table ?? null;
    const previewError = preview.pending ? null : preview.error;
    return (
      <div className={styles.layout}>
        <div className={styles.work}>
          <SourcePanel
            sheets={overview.sheets}
            sheet={sheet}
            table={table}
            analysis={preview.analysis}
            pending={preview.pending}
            onSheetChange={(name) => update({ sheet: name, mapping: {}, table: 0, directions: {} })}
            onReload={reload}
          />
          <TablePicker
            analysis={preview.analysis}
            onChange={(index) => update({ table: index, mapping: {}, directions: {} })}
          />
          <ComputePanel run={run} onCompute={() => void compute()} />
          <OriginalsPanel
            run={run}
            ask={bench.ask}
            restore={bench.restore}
            stale={bench.stale}
            // Every run in place keeps its originals sheet, so after one (or when the workbook already keeps one)
            // there is something to restore.
            canRestore={!!port.restore && (overview.keepsOriginals === true || run.state === "done")}
            onConfirm={() => void bench.confirmOverwrite()}
            onCancel={bench.cancelOverwrite}
            onAskRestore={bench.askRestore}
            onCancelRestore={bench.cancelRestore}
            onRestore={() => void bench.restoreWorkbook()}
            onRecompute={() => void compute()}
          />
          {saveError && <ErrorBar title={t("errorSave")} error={saveError} intent="warning" />}
        </div>
        {run.state === "done" && (
          <div className={styles.results}>
            <ResultsPanel
              outcome={run.outcome}
              colors={settings.colors}
              canSelect={port.kind === "excel"}
              onGoTo={(address) => port.selectRange(run.outcome.analysis.table.sheet, address)}
              onSelectAppendix={() => port.selectAppendix()}
              actions={resultActions?.(run.outcome)}
            />
          </div>
        )}
        <div className={styles.settings}>
          <SettingsSections
            table={table}
            detected={sheetInfo?.table?.columns ?? null}
            settings={settings}
            analysis={preview.analysis}
            previewError={previewError}
            onChange={update}
          />
        </div>
      </div>
    );
  })();

  return (
    <PageFrame>
      {banner}
      {body}
    </PageFrame>
  );
}
