import { Button, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { useT } from "../../ui";
import type { OutputFile } from "../createFilePort";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    maxWidth: "320px",
  },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0, overflowWrap: "anywhere" },
});

export interface DownloadButtonProps {
  /** The computed workbook (null when there is none yet). */
  output: OutputFile | null;
  onSave: (file: OutputFile) => void;
}

/** "Download": saves the computed workbook as `<input name>.attainment.xlsx`, with a line saying what it holds. */
export function DownloadButton({ output, onSave }: DownloadButtonProps) {
  const styles = useStyles();
  const t = useT();
  const hintId = useId();
  if (!output) return null;
  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        icon={<ArrowDownloadRegular />}
        aria-describedby={hintId}
        onClick={() => onSave(output)}
      >
        {t("download")}
      </Button>
      <p id={hintId} className={styles.hint}>
        {t("downloadHint", { name: output.name })}
      </p>
    </div>
  );
}
