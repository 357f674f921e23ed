import { Button, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { Lang } from "../../core";
import type { OutputFile } from "../createFilePort";
import { tw } from "../webStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0, overflowWrap: "anywhere" },
});

export interface DownloadButtonProps {
  lang: Lang;
  /** The computed workbook (null when there is none yet). */
  output: OutputFile | null;
  onSave: (file: OutputFile) => void;
}

/** "Download": saves the computed workbook as `<input name>.attainment.xlsx`, with a line saying what it holds. */
export function DownloadButton({ lang, output, onSave }: DownloadButtonProps) {
  const styles = useStyles();
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
        {tw(lang, "download")}
      </Button>
      <p id={hintId} className={styles.hint}>
        {tw(lang, "downloadHint", { name: output.name })}
      </p>
    </div>
  );
}
