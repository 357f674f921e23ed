import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { CalculatorRegular } from "@fluentui/react-icons";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { useT } from "../i18n";
import type { RunState } from "../Workbench/useWorkbench";
import { useComputePanelStyles } from "./ComputePanel.styles";
import { useComputePanel } from "./useComputePanel";

export interface ComputePanelProps {
  run: RunState;
  onCompute: () => void;
}

/** The primary "Compute attainment" button, its progress through reading, computing and writing, and its error. */
export function ComputePanel({ run, onCompute }: ComputePanelProps) {
  const styles = useComputePanelStyles();
  const t = useT();
  const { running, fraction, stageText } = useComputePanel(run, t);
  return (
    <div className={styles.root}>
      {/* disabledFocusable: the button keeps keyboard focus while the run it started is under way. */}
      <Button
        appearance="primary"
        size="large"
        icon={<CalculatorRegular />}
        disabledFocusable={running}
        onClick={onCompute}
      >
        {t("computeButton")}
      </Button>
      {running && (
        <Field label={t("progressLabel")}>
          <ProgressBar value={fraction} thickness="large" />
        </Field>
      )}
      <p role="status" className={styles.stage}>
        {stageText}
      </p>
      {run.state === "failed" && <ErrorBar title={t("errorCompute")} error={run.error} />}
    </div>
  );
}
