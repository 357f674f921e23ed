import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { useT } from "../i18n";
import type { RestoreState, RunState, WorkbenchState } from "../Workbench/useWorkbench";
import { useOriginalsPanelStyles } from "./OriginalsPanel.styles";
import { useOriginalsPanel } from "./useOriginalsPanel";

export interface OriginalsPanelProps {
  run: RunState;
  ask: WorkbenchState["ask"];
  restore: RestoreState;
  stale: WorkbenchState["stale"];
  /** The workbook keeps originals and the port can put them back. */
  canRestore: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  onAskRestore: () => void;
  onCancelRestore: () => void;
  onRestore: () => void;
  onRecompute: () => void;
}

/**
 * The officer's own cells: the question before a run writes over them, what a run kept, the note that figures
 * changed since the last run, and "Hoàn tác" / "Restore" with its confirmation and result.
 */
export function OriginalsPanel(props: OriginalsPanelProps) {
  const { run, ask, restore, stale, canRestore } = props;
  const styles = useOriginalsPanelStyles();
  const t = useT();
  const { afterRun, afterRestore, restoring } = useOriginalsPanel(run, restore, t);
  const busy = run.state === "running" || restoring;
  return (
    <div className={styles.root}>
      {ask && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("confirmTitle")}</MessageBarTitle>
            <p className={styles.line}>{t("confirmBody", { typed: ask.typed, disagree: ask.disagree })}</p>
            <p className={styles.line}>{t("confirmKept")}</p>
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {t("confirmOverwrite")}
            </Button>
            <Button onClick={props.onCancel}>{t("confirmCancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {afterRun.map((line) => (
        <p key={line} className={styles.note}>
          {line}
        </p>
      ))}
      {stale && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("staleTitle")}</MessageBarTitle>
            <p className={styles.line}>{t("staleBody", { address: stale.address })}</p>
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" disabledFocusable={busy} onClick={props.onRecompute}>
              {t("recompute")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {restore.state === "confirming" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("restoreTitle")}</MessageBarTitle>
            <p className={styles.line}>{t("restoreBody")}</p>
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={props.onRestore}>
              {t("restoreConfirm")}
            </Button>
            <Button onClick={props.onCancelRestore}>{t("confirmCancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {canRestore && restore.state !== "confirming" && (
        <Button
          className={styles.restore}
          icon={<ArrowUndoRegular />}
          disabledFocusable={busy}
          onClick={props.onAskRestore}
        >
          {t("restoreButton")}
        </Button>
      )}
      {restoring && <Spinner size="tiny" label={t("restoring")} />}
      {afterRestore.length > 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {afterRestore.map((line) => (
              <p key={line} className={styles.line}>
                {line}
              </p>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {restore.state === "failed" && <ErrorBar title={t("errorRestore")} error={restore.error} />}
    </div>
  );
}
