import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { CalculatorRegular } from "@fluentui/react-icons";
import type { Lang } from "../../core";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { t } from "../i18n";
import type { RunState } from "../Workbench/useWorkbench";
import { useComputePanelStyles } from "./ComputePanel.styles";
import { useComputePanel } from "./useComputePanel";

export interface ComputePanelProps {
  lang: Lang;
  run: RunState;
  onCompute: () => void;
}

/** The primary "Compute attainment" button, its progress through reading, computing and writing, and its error. */
export function ComputePanel({ lang, run, onCompute }: ComputePanelProps) {
  const styles = useComputePanelStyles();
  // disabledFocusable: the button keeps keyboard focus while the run it started is under way.
  const { running, fraction, stageText } = useComputePanel(run, lang);
  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        size="large"
        icon={<CalculatorRegular />}
        disabledFocusable={running}
        onClick={onCompute}
      >
        {t(lang, "computeButton")}
      </Button>
      {running && (
        <Field label={t(lang, "progressLabel")}>
          <ProgressBar value={fraction} thickness="large" />
        </Field>
      )}
      <p role="status" className={styles.stage}>
        {stageText}
      </p>
      {run.state === "failed" && <ErrorBar lang={lang} title={t(lang, "errorCompute")} error={run.error} />}
    </div>
  );
}
